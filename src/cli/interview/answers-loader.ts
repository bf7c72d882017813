/**
 * Reads and checks the --answers file (or stdin with --answers -). Every problem is printed
 * as file:line:col: message, then the command stops with exit 1.
 */
import { relative, resolve } from 'node:path'
import type { CommandContext } from '../context'
import { SilentFailure } from '../errors'
import { checkAnswers, type ScriptedAnswers } from '../../core/interview/answers-file'
import type { PhaseTemplate } from '../../core/interview/template-types'
import type { Problem } from '../../core/problems/types'
import { readYamlFile } from '../yaml-file'
import { printFileIssues } from './file-issues'

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8')
  return text
}

export async function loadAnswers(ctx: CommandContext, path: string, template: PhaseTemplate, problem: Problem): Promise<ScriptedAnswers> {
  const fromStdin = path === '-'
  const file = fromStdin ? '<stdin>' : resolve(ctx.deps.cwd, path)
  const shown = fromStdin ? '<stdin>' : relative(ctx.deps.cwd, file).startsWith('..') ? file : relative(ctx.deps.cwd, file)
  const yaml = await readYamlFile(file, shown, 'answers', fromStdin ? await readStdin(ctx.deps.stdin) : undefined)
  const checked = checkAnswers(yaml.data, template, problem)
  if (checked.ok) return checked.answers
  const { errTheme } = ctx.output
  printFileIssues(ctx, yaml, checked.issues)
  ctx.output.err(`${errTheme.dim('hint:')} an answers file has phases (phase id -> text), estimates (key -> expression) and minutes (phase id -> number); see \`sysdrill interview --help\``)
  throw new SilentFailure()
}
