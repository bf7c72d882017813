/** The closing lines of a drill: what was done, and what is due next. */
import { summarise, type DrillOutcome } from '../../../core/progress/drill-results'
import type { DrillState } from '../../../core/progress/drill-state'
import { describeInterval } from '../../../core/progress/scheduler'
import type { Theme } from '../../theme'

export function dueNow(state: DrillState, nowMs: number): number {
  return Object.values(state.cards).filter((c) => c.dueAt <= nowMs).length
}

export function nextDue(state: DrillState, nowMs: number): { id: string; dueAt: number } | undefined {
  let next: { id: string; dueAt: number } | undefined
  for (const [id, card] of Object.entries(state.cards)) {
    if (card.dueAt > nowMs && (!next || card.dueAt < next.dueAt)) next = { id, dueAt: card.dueAt }
  }
  return next
}

export function summaryLines(outcomes: readonly DrillOutcome[], state: DrillState, nowMs: number, theme: Theme): string[] {
  const s = summarise(outcomes)
  const parts: string[] = []
  if (s.quizzes.asked > 0) {
    const grades = [`${s.quizzes.good} good`, s.quizzes.fair > 0 ? `${s.quizzes.fair} fair` : '', s.quizzes.off > 0 ? `${s.quizzes.off} off` : '', s.quizzes.missing > 0 ? `${s.quizzes.missing} unanswered` : '']
    parts.push(`${s.quizzes.asked} quiz${s.quizzes.asked === 1 ? '' : 'zes'} (${grades.filter(Boolean).join(', ')})`)
  }
  if (s.cards.answered + s.cards.skipped > 0) {
    const grades = (['again', 'hard', 'good', 'easy'] as const).filter((g) => s.cards[g] > 0).map((g) => `${g} ${s.cards[g]}`)
    if (s.cards.skipped > 0) grades.push(`skipped ${s.cards.skipped}`)
    parts.push(`${s.cards.answered + s.cards.skipped} card${s.cards.answered + s.cards.skipped === 1 ? '' : 's'} (${grades.join(', ')})`)
  }
  const lines = [`${theme.bold('Drilled:')} ${parts.length > 0 ? parts.join(' · ') : 'nothing'}`]
  const due = dueNow(state, nowMs)
  const next = nextDue(state, nowMs)
  if (due > 0) lines.push(`${due} card${due === 1 ? ' is' : 's are'} due now: ${theme.code('sysdrill drill --concepts')}`)
  else if (next) lines.push(theme.dim(`Next card due ${describeInterval(next.dueAt - nowMs)} (${next.id}).`))
  return lines
}
