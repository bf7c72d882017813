/** `sysdrill history`: the table (or --json) of past interviews, newest first. */
import type { CommandContext } from '../../context'
import { UsageError } from '../../errors'
import { historyJson } from '../../../core/progress/history-json'
import { closest } from '../../../core/did-you-mean'
import { loadDigests } from '../../progress/load-digests'
import type { HistoryOptions } from './define'
import { renderHistory } from './render'
import { columnsOf } from '../../text-layout'

const DEFAULT_LIMIT = 20

export function parseLimit(text: string | undefined, fallback: number, flag = '--limit'): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`${flag} '${text}' is not a whole number of 1 or more`, `for example ${flag} 10`)
  }
  return value
}

/** The terminal's width; through a pipe none (rows in full, for grep), unless COLUMNS sets one. */
function tableWidth(ctx: CommandContext): number | undefined {
  const { stdout, env } = ctx.deps
  if (stdout.isTTY === true) return columnsOf(stdout) ?? 80
  const columns = Number(env.COLUMNS)
  return Number.isInteger(columns) && columns > 0 ? columns : undefined
}

export async function runHistory(ctx: CommandContext, options: HistoryOptions): Promise<number> {
  const limit = parseLimit(options.limit, DEFAULT_LIMIT)
  const problem = options.problem
  const { digests, library } = await loadDigests(ctx, {
    json: options.json === true,
    ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }),
    ...(problem === undefined ? {} : { filter: (s) => s.problem.id === problem }),
  })
  const shown = digests.slice(0, limit)
  if (options.json) {
    ctx.output.json(historyJson(shown, digests.length))
    return 0
  }
  const { outTheme: theme } = ctx.output
  if (digests.length === 0) {
    if (problem !== undefined && library.find(problem) === undefined) {
      const match = closest(problem, library.summaries().map((s) => s.id))
      ctx.output.out(`No interviews on '${problem}', and the library has no problem by that name${match ? ` (did you mean '${match}'?)` : ''}.`)
      ctx.output.out(`See the problems: ${theme.code('sysdrill problems list')}`)
      return 0
    }
    ctx.output.out(problem === undefined ? 'No interviews yet.' : `No interviews on ${problem} yet.`)
    ctx.output.out(`Start one: ${theme.code(`sysdrill interview${problem === undefined ? '' : ` ${problem}`}`)}`)
    return 0
  }
  const lines = renderHistory(shown, theme, tableWidth(ctx), ctx.deps.clock.now())
  if (digests.length > shown.length) {
    lines.push('', theme.dim(`${digests.length - shown.length} older interview${digests.length - shown.length === 1 ? '' : 's'} not shown; --limit ${digests.length} shows them all.`))
  }
  ctx.output.out(lines.join('\n'))
  return 0
}
