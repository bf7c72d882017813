/** A concept card on the terminal: the question, then the key points, the model answer and the next review. */
import type { CardPoint, CardScore } from '../../../core/progress/card-score'
import type { CardOutcome } from '../../../core/progress/drill-results'
import { describeInterval, type CardSchedule } from '../../../core/progress/scheduler'
import type { Problem } from '../../../core/problems/types'
import { wrap, wrapProse } from '../../interview/text-wrap'
import type { Theme } from '../../theme'
import type { PlannedCard } from './catalog'

function statusText(card: PlannedCard, nowMs: number): string {
  if (card.status === 'new') return 'new'
  const ms = Math.abs(nowMs - (card.dueAt ?? nowMs))
  if (card.status === 'ahead') return `not due until ${describeInterval(ms).replace(/^in /, '')} from now`
  return ms < 60_000 ? 'due' : `due for ${describeInterval(ms).replace(/^in /, '')}`
}

export function cardQuestionLines(card: PlannedCard, problem: Problem, position: string, packTitle: string | undefined, theme: Theme, width: number, nowMs: number): string[] {
  return [
    theme.title(`Card ${position}`) + theme.dim(` · ${packTitle ?? card.card.pack} · ${statusText(card, nowMs)}`),
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

/** After the answer: key points (a checklist when nothing was typed), then the model answer. */
export function cardFeedbackLines(score: CardScore, problem: Problem, answer: string, theme: Theme, width: number): string[] {
  const reveal = answer.trim() === ''
  const weighted = `${Math.round(score.share * 100)} %`
  const head = reveal ? theme.bold('Key points') : `${theme.bold(`Key points: ${score.hit} of ${score.total}`)}${theme.dim(` (${weighted} by weight)`)}`
  const lines = [head]
  const order = reveal ? score.points : [...score.points.filter((p) => p.status === 'hit'), ...score.points.filter((p) => p.status !== 'hit')]
  for (const point of order) lines.push(...pointLines(point, theme, width, reveal))
  if (problem.modelAnswer) lines.push(theme.bold('Model answer'), ...wrapProse(problem.modelAnswer, width, '  ', '  '))
  return lines
}

export function gradeChoiceText(grade: string, schedule: CardSchedule, nowMs: number): string {
  const when = describeInterval(schedule.dueAt - nowMs)
  const meaning: Record<string, string> = { again: 'I did not know it', hard: 'I got there with effort', good: 'I knew it', easy: 'I knew it cold' }
  return `${grade.padEnd(5)}  ${meaning[grade]}; next review ${when}`
}

export function scheduledLine(outcome: CardOutcome, theme: Theme, nowMs: number): string {
  if (outcome.grade === null || outcome.schedule === null) return theme.dim(`  Skipped ${outcome.id}; its schedule is unchanged.`)
  return theme.dim(`  ${outcome.grade}: next review of ${outcome.id} ${describeInterval(outcome.schedule.dueAt - nowMs)}.`)
}
