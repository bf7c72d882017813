/**
 * Prints the problems found in a hand-written YAML file (a phase template, an answers file)
 * as `error: file:line:col: message`, in the order they appear in the file, so a person
 * fixing them can walk down it; the checks find them in their own order.
 */
import type { CommandContext } from '../context'
import type { TemplateIssue } from '../../core/interview/template-validate'
import type { YamlFile } from '../yaml-file'

function lineAndColumn(where: string): [number, number] {
  const match = /:(\d+):(\d+)$/.exec(where)
  return match ? [Number(match[1]), Number(match[2])] : [0, 0]
}

export function printFileIssues(ctx: Pick<CommandContext, 'output'>, yaml: YamlFile, issues: readonly TemplateIssue[]): void {
  const located = issues.map((issue) => ({ where: yaml.where(issue.path, issue.at), message: issue.message }))
  const sorted = located
    .map((item, order) => ({ ...item, order, at: lineAndColumn(item.where) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.order - b.order)
  for (const { where, message } of sorted) ctx.output.err(`${ctx.output.errTheme.bad('error:')} ${where}: ${message}`)
}
