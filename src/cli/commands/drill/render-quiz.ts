/** An estimation quiz on the terminal: the question with its givens, then the graded answer. */
import type { QuizOutcome } from '../../../core/progress/drill-results'
import type { QuizQuestion } from '../../../core/progress/quiz'
import { formatRatio, ratioBasisNote, ratioDirection } from '../../../core/interview/estimate-grading'
import { wrap } from '../../text-layout'
import type { Theme } from '../../theme'
import { renderTable } from '../../table'

export function quizQuestionLines(question: QuizQuestion, position: string, theme: Theme, width: number): string[] {
  // long problem titles wrap at a word, not wherever the terminal cuts them
  const head = `Quiz ${position}`
  const lines = wrap(`${head} · ${question.problemTitle}`, width, '', '  ').map((line, i) => (i === 0 ? theme.title(head) + theme.dim(line.slice(head.length)) : theme.dim(line)))
  if (question.givens.length > 0) {
    lines.push(theme.dim('  Given'))
    const rows = question.givens.map((g) => [g.label, g.key, g.text])
    const table = renderTable([{ header: '', flex: true, comfortable: 20, min: 12 }, { header: '', style: (t) => theme.dim(t) }, { header: '' }], rows, { maxWidth: width - 4 })
    lines.push(...table.slice(1).map((l) => `    ${l}`))
  }
  lines.push(...wrap(`${theme.bold(question.label)}, in ${theme.code(question.unit)}?`, width, '  Work out: ', '    '))
  return lines
}

const GRADE_TEXT = { good: 'good', fair: 'fair', off: 'off', 'wrong-units': 'wrong units', invalid: 'not an expression', missing: 'no answer' } as const

export function quizResultLines(outcome: QuizOutcome, theme: Theme, width: number): string[] {
  const { question, result } = outcome
  const style = result.grade === 'good' ? theme.good : result.grade === 'fair' ? theme.warn : result.grade === 'missing' ? theme.dim : theme.bad
  const mark = result.grade === 'good' ? '✓' : result.grade === 'fair' ? '~' : result.grade === 'missing' ? '–' : '✗'
  const ratio = result.ratio !== undefined && Number.isFinite(result.ratio) ? ` · ${formatRatio(result.ratio)} the reference${ratioDirection(result.ratio, result.basis)}${ratioBasisNote(result.basis, question.unit)}` : ''
  const exactAnswer = result.basis === 'exact'
  const band = exactAnswer ? '' : result.grade === 'good' ? ' (within 2×)' : result.grade === 'fair' ? ' (within 10×)' : result.grade === 'off' ? ' (more than 10× off)' : ''
  const text = exactAnswer && result.grade === 'good' ? 'right' : exactAnswer && result.grade === 'off' ? 'wrong' : GRADE_TEXT[result.grade]
  const lines = [`  ${style(`${mark} ${text}`)}${theme.dim(band)}${ratio}`]
  if (result.input !== '') {
    const shown = result.answerText !== undefined && result.answerText !== result.input ? ` = ${result.answerText}` : ''
    lines.push(...wrap(`you: ${result.input}${shown}`, width, '    ', '      '))
  }
  if (result.error) lines.push(...wrap(result.error, width, '    ', '    ').map(theme.dim))
  const exact = question.reference.exactText !== question.reference.text ? theme.dim(`  (exactly ${question.reference.exactText})`) : ''
  lines.push(`    reference: ${theme.bold(question.reference.text)}${exact}`)
  lines.push(theme.dim('  Worked out'))
  for (const step of question.steps) {
    lines.push(...wrap(`${step.label} = ${step.labelled}`, width, '    ', '      '))
    lines.push(...wrap(`= ${step.substituted} = ${step.result}`, width, '      ', '        ').map(theme.dim))
  }
  return lines
}
