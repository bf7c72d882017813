/**
 * Turns session events into the lines of the interview transcript on stderr: the answer lines
 * as written, hints, the interviewer's replies, nudges, time-ups and phase changes.
 */
import type { SessionEvent } from '../../core/interview/session-events'
import { formatClock, formatElapsed } from '../../core/interview/session-time'
import { phaseIntro, resumeIntro, type IntroContext } from './phase-intro'
import { wrap, wrapBlock, wrapProse } from '../text-layout'

export function eventLines(event: SessionEvent, ctx: IntroContext): string[] {
  const { session, theme, width } = ctx
  const title = (index: number) => session.phases[index]?.title ?? ''
  switch (event.type) {
    case 'phase-started':
      return phaseIntro(ctx, event.index)
    case 'phase-resumed':
      return resumeIntro(ctx, event.index, event.remainingMs, earlierInPhase(ctx, event.index))
    case 'phase-ended': {
      const phase = session.phases[event.index]!
      const used = `${formatElapsed(event.usedMs)} of ${formatClock(phase.budgetSeconds * 1000)}`
      // the line still being typed went into the answer: show it where the answer lines are
      const kept = event.kept === undefined ? [] : wrapBlock(event.kept, width, `  ${theme.dim('│')} `, `  ${theme.dim('│')} `)
      if (event.reason === 'time-up') return [...kept, ...wrap(`Time is up for ${phase.title} (${used}). What you typed is kept.`, width, '  ⏱ ', '    ').map(theme.warn)]
      if (event.reason === 'skipped') return [...kept, ...wrap(`Skipped ${phase.title} after ${used}.`, width, '  ↷ ', '    ').map(theme.dim)]
      if (event.reason === 'finished') return [...kept, ...wrap(`${phase.title} ended with the interview after ${used}.`, width, '  ■ ', '    ').map(theme.dim)]
      return [...kept, ...wrap(`${phase.title} done in ${used}.`, width, '  ✓ ', '    ').map(theme.good)]
    }
    case 'nudge':
      return wrap(`${formatClock(event.remainingMs)} left in ${title(event.index)}: start wrapping this phase up.`, width, '  ⚑ ', '    ').map(theme.warn)
    case 'time-up':
      return event.endsPhase ? [] : wrap(`Time is up for ${title(event.index)}. You are in overtime (practice mode); /next when you are ready.`, width, '  ⏱ ', '    ').map(theme.warn)
    case 'follow-up': {
      const label = event.followUp.kind === 'requirement-change' ? theme.warn('Curveball from the interviewer:') : theme.accent('The interviewer asks:')
      return wrapProse(event.followUp.ask, width, `  ${label} `, '    ')
    }
    case 'next-deferred':
      return wrap('(The interviewer spoke up before you moved on. Answer, then /next again.)', width, '  ', '   ').map(theme.dim)
    case 'hint': {
      const used = session.phases[event.index]?.hints.length ?? 0
      return wrapProse(event.hint.text, width, `  ${theme.accent(`Hint ${used}:`)} `, '    ').concat(event.left === 0 ? [theme.dim('  (that was the last hint for this phase)')] : [])
    }
    case 'no-hint':
      return wrap(event.revealed === 0 ? 'No hints for this phase; trust the prompts above.' : `No more hints for this phase (you have seen ${event.revealed}).`, width, '  ', '    ').map(theme.dim)
    case 'clarified':
      return [
        ...wrap(event.clarification.question, width, `  ${theme.dim('You ask:')} `, '    '),
        ...wrapProse(event.clarification.answer, width, `  ${theme.accent('Interviewer:')} `, '    '),
      ]
    case 'noted':
      return event.note.error
        ? wrap(`${event.note.input}: ${event.note.error}`, width, `  ${theme.bad('=')} `, '    ')
        : wrap(`${event.note.input}  →  ${theme.bold(event.note.result ?? '')}`, width, `  ${theme.accent('=')} `, '    ')
    case 'answered':
      return wrapBlock(event.text, width, `  ${theme.dim('│')} `, `  ${theme.dim('│')} `)
    case 'estimate-answered':
      return []
    case 'paused':
      return [theme.warn('  ⏸ Paused. The clock is stopped.')]
    case 'unpaused':
      return [theme.dim(`  ▶ Resumed after a ${formatElapsed(event.pausedMs)} pause.`)]
    case 'refused':
      return wrap(`Cannot ${event.action}: ${event.reason}.`, width, '  ', '    ').map(theme.warn)
    case 'finished':
      return ['', theme.title('Interview over.')]
  }
}

/**
 * What the phase held before the interview stopped, in the order it happened, drawn as it was
 * then: the interviewer's replies and questions matter after a night's break as much as the
 * answer lines do. Estimates answered here come last (they carry no time).
 */
function earlierInPhase(ctx: IntroContext, index: number): string[] {
  const { session, theme, width } = ctx
  const phase = session.phases[index]!
  const timed: Array<{ atMs: number; lines: () => string[] }> = [
    ...phase.clarifications.map((clarification) => ({ atMs: clarification.atMs, lines: () => eventLines({ type: 'clarified', index, clarification }, ctx) })),
    ...phase.followUps.map((followUp) => ({ atMs: followUp.atMs, lines: () => eventLines({ type: 'follow-up', index, followUp }, ctx) })),
    ...phase.notes.map((note) => ({ atMs: note.atMs, lines: () => eventLines({ type: 'noted', index, note }, ctx) })),
    ...phase.hints.map((hint, n) => ({ atMs: hint.atMs, lines: () => wrapProse(hint.text, width, `  ${theme.accent(`Hint ${n + 1}:`)} `, '    ') })),
  ]
  const estimates = Object.entries(session.estimates).filter(([, e]) => e.phaseId === phase.id)
  return [
    ...timed.sort((a, b) => a.atMs - b.atMs).flatMap((item) => item.lines()),
    ...estimates.flatMap(([key, e]) => wrap(`${theme.code(key)} = ${e.input}`, width, `  ${theme.accent('•')} `, '    ')),
  ]
}
