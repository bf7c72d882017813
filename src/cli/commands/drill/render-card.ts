/** A concept card on the terminal: the question, then the key points, the model answer and the next review. */
import type { CardPoint, CardScore } from '../../../core/progress/card-score'
import type { CardOutcome } from '../../../core/progress/drill-results'
import { describeInterval, type CardSchedule } from '../../../core/progress/scheduler'
import type { Problem } from '../../../core/problems/types'
import { wrap, wrapProse } from '../../text-layout'
import type { Theme } from '../../theme'
import type { PlannedCard } from './catalog'

function statusText(card: PlannedCard, nowMs: number): string {
  if (card.status === 'new') return card.suggested ? 'new · suggested by your interviews' : 'new'
  const ms = Math.abs(nowMs - (card.dueAt ?? nowMs))
  if (card.status === 'ahead') return `not due until ${describeInterval(ms).replace(/^in /, '')} from now`
  return ms < 60_000 ? 'due' : `due for ${describeInterval(ms).replace(/^in /, '')}`
}

export function cardQuestionLines(card: PlannedCard, problem: Problem, position: string, packTitle: string | undefined, theme: Theme, width: number, nowMs: number): string[] {
  const pack = ` · ${packTitle ?? card.card.pack}`
  const status = statusText(card, nowMs)
  // the status goes to a line of its own rather than past the edge of a narrow terminal
  const oneLine = `Card ${position}${pack} · ${status}`.length <= width
  return [
    ...(oneLine ? [theme.title(`Card ${position}`) + theme.dim(`${pack} · ${status}`)] : [theme.title(`Card ${position}`) + theme.dim(pack), theme.dim(`  ${status}`)]),
    ...wrap(theme.bold(problem.title), width, '  ', '  '),
    ...wrapProse(problem.statement, width, '  ', '  '),
  ]
}

function pointLines(point: CardPoint, theme: Theme, width: number, reveal: boolean): string[] {
  if (reveal) return wrap(point.point, width, '    • ', '      ')
  const mark = point.status === 'hit' ? theme.good('✓') : theme.bad('✗')
  const extra = point.status === 'hit' ? theme.dim(`  "${point.excerpt}"`) : point.status === 'negated' ? theme.dim(`  (only in a denial: "${point.excerpt}")`) : ''
  return wrap(`${point.point}${extra}`, width, `    ${mark} `, '      ')
}

/**
 * After the answer: the model answer, then the key points (a checklist when nothing was typed),
 * which end up next to the self-grade prompt that they inform.
 */
export function cardFeedbackLines(score: CardScore, problem: Problem, answer: string, theme: Theme, width: number): string[] {
  const reveal = answer.trim() === ''
  const weighted = `${Math.round(score.share * 100)} %`
  const lines = problem.modelAnswer ? [theme.bold('Model answer'), ...wrapProse(problem.modelAnswer, width, '  ', '  ')] : []
  lines.push(reveal ? theme.bold('Key points') : `${theme.bold(`Your key points: ${score.hit} of ${score.total}`)}${theme.dim(` (${weighted} by weight)`)}`)
  const order = reveal ? score.points : [...score.points.filter((p) => p.status === 'hit'), ...score.points.filter((p) => p.status !== 'hit')]
  for (const point of order) lines.push(...pointLines(point, theme, width, reveal))
  return lines
}

const GRADE_MEANING: Record<string, string> = { again: 'I did not know it', hard: 'I got there, with effort', good: 'I knew it', easy: 'I knew it cold' }

/** "good   next in 6 days", with what the grade means as the description */
export function gradeChoice(grade: string, schedule: CardSchedule, nowMs: number): { name: string; description: string } {
  return { name: `${grade.padEnd(5)}  next ${describeInterval(schedule.dueAt - nowMs)}`, description: GRADE_MEANING[grade]! }
}

export function scheduledLine(outcome: CardOutcome, theme: Theme, nowMs: number): string {
  if (outcome.grade === null || outcome.schedule === null) return theme.dim(`  Skipped ${outcome.id}; its schedule is unchanged.`)
  return theme.dim(`  ${outcome.grade}: next review of ${outcome.id} ${describeInterval(outcome.schedule.dueAt - nowMs)}.`)
}
