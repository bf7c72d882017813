/**
 * `sysdrill doc` without a problem id: on a terminal, search the design problems; anywhere
 * else, say what to type (a script must never hang on a prompt).
 */
import type { CommandContext } from '../../context'
import { CancelledError, UsageError } from '../../errors'
import { isPromptCancelled } from '../../prompter'
import type { ProblemSummary } from '../../../core/problems/types'
import { columnsOf } from '../../text-layout'

export async function pickProblem(ctx: CommandContext, summaries: ProblemSummary[]): Promise<string> {
  const designs = summaries.filter((s) => s.kind !== 'drill')
  if (!ctx.interactive || designs.length === 0) {
    throw new UsageError('name a problem, or a session to fill the doc from', 'sysdrill doc <problem-id> (see `sysdrill problems list`), or sysdrill doc --last')
  }
  const prompter = await ctx.deps.prompter()
  // One line each: inquirer wraps a long line mid-word. A choice also carries the 2-column
  // pointer ('❯ ') and must stay clear of the last column.
  const columns = columnsOf(ctx.deps.stderr) ?? 80
  const fit = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1).trimEnd()}…` : text)
  const idWidth = Math.max(...designs.map((s) => s.id.length))
  const choices = designs.map((s) => ({
    name: fit(`${s.id.padEnd(idWidth)}  ${s.title}`, Math.max(20, columns - 4)),
    value: s.id,
    description: fit(s.summary, Math.max(20, columns - 1)),
  }))
  try {
    return await prompter.search({
      message: 'Design doc for which problem? (type to filter)',
      source: (term) => {
        const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean)
        return choices.filter((c) => words.every((w) => `${c.name} ${c.description}`.toLowerCase().includes(w)))
      },
    })
  } catch (error) {
    if (isPromptCancelled(error)) throw new CancelledError()
    throw error
  }
}
