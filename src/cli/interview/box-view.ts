/**
 * What the answer box shows around the line being typed: the countdown status line, and a
 * footer that follows the typing (matching commands for "/...", the value of "= expr", the
 * converted answer while an estimation question is asked).
 */
import type { CommandContext } from '../context'
import type { AnswerBoxView } from '../prompter'
import { matchingCommands } from '../../core/interview/box-commands'
import { remainingMs } from '../../core/interview/session-time'
import type { EstimateTools } from './estimate-tools'
import type { LineHandler } from './line-handler'
import type { LiveSession } from './live-session'
import { commandsFooter, statusLine } from './status-line'
import { layoutWidth } from '../text-layout'

function fit(text: string, width: number): string {
  const chars = [...text]
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`
}

export function boxView(ctx: CommandContext, live: LiveSession, tools: EstimateTools, handler: LineHandler, line: string): AnswerBoxView {
  const theme = ctx.output.errTheme
  const width = layoutWidth(ctx.deps.stderr.columns)
  const now = ctx.deps.clock.now()
  const session = live.session
  const index = session.current
  const phase = session.phases[index]
  if (!phase) return { status: '', footer: '' }
  const left = remainingMs(session, now)
  const later = session.phases.slice(index + 1).reduce((sum, p) => sum + p.budgetSeconds * 1000, 0)
  const status = `  ${statusLine({ remainingMs: left, budgetMs: phase.budgetSeconds * 1000, index, count: session.phases.length, title: phase.title, totalRemainingMs: Math.max(0, left) + later, width: width - 2 }, theme)}`
  return { status, footer: `  ${footer(line)}` }

  function footer(typed: string): string {
    const room = width - 2
    const trimmed = typed.trim()
    const question = handler.question()
    if (/^\/\S*$/.test(trimmed)) {
      const matches = matchingCommands(trimmed)
      if (matches.length === 0) return theme.warn(fit(`no command starts with ${trimmed}; /help lists them`, room))
      return theme.dim(fit(matches.map((m) => `/${m.name}${m.argument ? ` ${m.argument}` : ''}: ${m.help}`).join(' · '), room))
    }
    const expr = /^=\s*(.+)$/.exec(trimmed)?.[1] ?? /^\/(?:estimate|e)\s+(.+)$/i.exec(trimmed)?.[1]
    if (expr !== undefined) {
      const value = tools.evaluate(expr, session)
      if (value.kind === 'value') return theme.accent(fit(`→ ${value.text}`, room))
      return theme.dim(fit(`✗ ${value.message}`, room))
    }
    if (question && trimmed !== '' && !trimmed.startsWith('/')) {
      const checked = tools.check(trimmed, question.unit, session)
      if (checked.kind === 'ok') return theme.accent(fit(`→ ${checked.text}`, room))
      if (checked.kind === 'units') return theme.warn(fit(`→ ${checked.text}, not ${question.unit}`, room))
      return theme.dim(fit(`✗ ${checked.message}`, room))
    }
    if (question) return theme.dim(fit(`${question.label}, in ${question.unit} · /skip this one · /hint · /next`, room))
    return commandsFooter(room, theme, false)
  }
}
