/**
 * Reads the drill's --answers file (or stdin with --answers -) and checks its shape; every
 * problem is printed as file:line:col: message, then the command stops with exit 1.
 */
import { relative, resolve } from 'node:path'
import type { CommandContext } from '../../context'
import { SilentFailure } from '../../errors'
import { checkDrillAnswers, type DrillAnswer } from '../../../core/progress/drill-answers'
import type { NodePath } from '../../../core/interview/template-validate'
import { readYamlFile } from '../../yaml-file'

export interface LoadedAnswers {
  answers: DrillAnswer[]
  /** file:line:col of a node, for complaints found later (an unknown card id) */
  where(path: NodePath, at?: 'key' | 'value'): string
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8')
  return text
}

export async function loadDrillAnswers(ctx: CommandContext, path: string): Promise<LoadedAnswers> {
  const fromStdin = path === '-'
  const file = fromStdin ? '<stdin>' : resolve(ctx.deps.cwd, path)
  const shown = fromStdin ? '<stdin>' : relative(ctx.deps.cwd, file).startsWith('..') ? file : relative(ctx.deps.cwd, file)
  const yaml = await readYamlFile(file, shown, 'answers', fromStdin ? await readStdin(ctx.deps.stdin) : undefined)
  const checked = checkDrillAnswers(yaml.data)
  if (checked.ok) return { answers: checked.answers, where: yaml.where }
  const { errTheme } = ctx.output
  for (const issue of checked.issues) ctx.output.err(`${errTheme.bad('error:')} ${yaml.where(issue.path, issue.at)}: ${issue.message}`)
  ctx.output.err(`${errTheme.dim('hint:')} a drill answers file is a list of answers in the order asked; see \`sysdrill drill --help\``)
  throw new SilentFailure()
}
