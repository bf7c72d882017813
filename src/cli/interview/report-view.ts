/**
 * The end-of-interview report for the terminal: time per phase as a bar chart against the
 * budget, the key points covered (✓/✗) per phase, estimate grades with the reference
 * derivation, hints, the weakest phase, what to drill next and the next command to run.
 */
import { formatRatio, ratioBasisNote, ratioDirection, type EstimateGrade } from '../../core/interview/estimate-grading'
import type { InterviewReport, PhaseReport } from '../../core/interview/report'
import type { PointResult } from '../../core/interview/scoring'
import { formatClock } from '../../core/interview/session-time'
import type { Theme } from '../theme'
import { visibleLength, wrap } from '../text-layout'

/** Cells for a whole budget: 20 on wide terminals, 16 from 80 columns down. */
const barCells = (width: number) => (width >= 90 ? 20 : 16)

/** How many ▓ cells show the time past the budget (1 up to half a bar). */
function overCells(used: number, budget: number, bar: number): number {
  return budget === 0 || used <= budget ? 0 : Math.min(bar / 2, Math.max(1, Math.round(((used - budget) / budget) * bar)))
}

/** The bar for one phase: █ used and ░ left within the budget, ▓ past it; padded to `pad` overflow cells. */
export function timeBar(used: number, budget: number, theme: Theme, pad = 10, bar = 20): string {
  const inside = budget === 0 ? 0 : Math.min(bar, Math.round((used / budget) * bar))
  const over = overCells(used, budget, bar)
  return `${theme.accent('█'.repeat(inside))}${theme.dim('░'.repeat(bar - inside))}${theme.bad('▓'.repeat(over))}${' '.repeat(Math.max(0, pad - over))}`
}

function timeSection(report: InterviewReport, theme: Theme, width: number): string[] {
  const BAR = barCells(width)
  const pad = Math.max(0, ...report.phases.map((p) => overCells(p.usedSeconds, p.budgetSeconds, BAR)))
  // title, bar, "12:34 / 15:00" and a note such as " +1:05" or " time up" must fit the width
  const room = width - (2 + 2 + BAR + pad + 1 + 13 + 8)
  const titleWidth = Math.max(8, Math.min(28, room, Math.max(...report.phases.map((p) => p.title.length))))
  const row = (phase: PhaseReport) => {
    const title = phase.title.length > titleWidth ? `${phase.title.slice(0, titleWidth - 1)}…` : phase.title.padEnd(titleWidth)
    const times = phase.status === 'pending' ? theme.dim('not reached') : `${formatClock(phase.usedSeconds * 1000).padStart(5)} / ${formatClock(phase.budgetSeconds * 1000).padStart(5)}`
    const note = phase.overSeconds > 0 ? theme.bad(` +${formatClock(phase.overSeconds * 1000)}`) : phase.endReason === 'time-up' ? theme.warn(' time up') : phase.endReason === 'skipped' ? theme.dim(' skipped') : ''
    return `  ${title}  ${timeBar(phase.usedSeconds, phase.budgetSeconds, theme, pad, BAR)} ${times}${note}`
  }
  const budget = report.phases.reduce((s, p) => s + p.budgetSeconds, 0)
  return [
    theme.bold('Time per phase') + theme.dim(`  (█ used, ░ left, ▓ over the budget)`),
    ...report.phases.map(row),
    `  ${'Total'.padEnd(titleWidth)}  ${' '.repeat(BAR + pad)} ${formatClock(report.usedSeconds * 1000).padStart(5)} / ${formatClock(budget * 1000).padStart(5)}`,
  ]
}

function pointLine(point: PointResult, theme: Theme, width: number, phaseTitle: (id: string) => string): string[] {
  const mark = point.status === 'hit' ? theme.good('✓') : point.status === 'elsewhere' ? theme.warn('~') : theme.bad('✗')
  const extra =
    point.status === 'hit'
      ? theme.dim(`  "${point.excerpt}"`)
      : point.status === 'elsewhere'
        ? theme.warn(`  (said in ${phaseTitle(point.saidIn!)}, not here)`)
        : point.status === 'negated'
          ? theme.dim(`  (only in a denial: "${point.excerpt}")`)
          : ''
  return wrap(`${point.point}${extra}`, width, `    ${mark} `, '      ')
}

function coverageSection(report: InterviewReport, theme: Theme, width: number): string[] {
  const { hit, total } = report.coverage
  if (total === 0 && report.unplaced.length === 0) return [theme.bold('Key points'), theme.dim('  This problem has no rubric points.')]
  const percent = total === 0 ? 0 : Math.round((hit / total) * 100)
  const titleOf = (id: string) => report.phases.find((p) => p.id === id)?.title ?? id
  const lines = [theme.bold(`Key points: ${hit} of ${total} covered (${percent} %)`)]
  for (const phase of report.phases) {
    if (phase.points.length === 0) continue
    const score = `${phase.coverage.hit}/${phase.coverage.total}`
    const styled = phase.coverage.hit === phase.coverage.total ? theme.good(score) : phase.coverage.hit === 0 ? theme.bad(score) : theme.warn(score)
    lines.push(`  ${phase.title}  ${styled}${phase.empty ? theme.dim('  (no answer)') : ''}`)
    for (const point of phase.points) lines.push(...pointLine(point, theme, width, titleOf))
  }
  if (report.unplaced.length > 0) {
    lines.push(`  ${theme.dim('Not in this template, checked against the whole interview:')}`)
    for (const point of report.unplaced) lines.push(...pointLine(point, theme, width, titleOf))
  }
  return lines
}

const GRADE_LABEL: Record<EstimateGrade['grade'], string> = {
  good: 'good',
  fair: 'fair',
  off: 'off',
  'wrong-units': 'units',
  invalid: 'error',
  missing: 'none',
}

/** Shows the converted value only when it says something the input did not. */
function yourAnswer(e: EstimateGrade): string {
  if (e.input === undefined) return 'you: no answer'
  const plain = new RegExp(`^[\\d.,\\s]+(?:thousand|million|billion|trillion|k)?\\s*${e.unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'i')
  const same = e.answerText === undefined || e.answerText === e.input.trim() || plain.test(e.input.trim())
  return `you: ${e.input}${same ? '' : ` = ${e.answerText}`}`
}

function estimateSection(report: InterviewReport, theme: Theme, width: number, engineNote: string | undefined): string[] {
  if (engineNote) return [theme.bold('Estimates'), theme.dim(`  Not graded: ${engineNote}.`)]
  if (report.estimates.length === 0) return []
  const good = report.estimates.filter((e) => e.grade === 'good').length
  const lines = [theme.bold(`Estimates: ${good} of ${report.estimates.length} within 2×`) + theme.dim('  (good: within 2×, fair: within 10×)')]
  const givens = new Map<string, string>()
  for (const e of report.estimates) for (const step of e.derivation) if (step.given) givens.set(step.key, step.text)
  if (givens.size > 0) {
    lines.push(theme.dim('  Givens:'))
    for (const text of givens.values()) lines.push(...wrap(text, width, '    ', '      ').map(theme.dim))
  }
  for (const e of report.estimates) {
    const style = e.grade === 'good' ? theme.good : e.grade === 'fair' ? theme.warn : e.grade === 'missing' ? theme.dim : theme.bad
    const mark = e.grade === 'good' ? '✓' : e.grade === 'fair' ? '~' : e.grade === 'missing' ? '–' : '✗'
    const label = e.basis === 'exact' && e.grade === 'good' ? 'right' : e.basis === 'exact' && e.grade === 'off' ? 'wrong' : GRADE_LABEL[e.grade]
    lines.push(`  ${style(`${mark} ${label.padEnd(5)}`)} ${e.label}`)
    const ratio = e.ratio !== undefined && Number.isFinite(e.ratio) ? ` · ${formatRatio(e.ratio)}${ratioDirection(e.ratio, e.basis)}${ratioBasisNote(e.basis, e.unit)}` : ''
    lines.push(...wrap(`${yourAnswer(e)} · reference: ${e.referenceText}${ratio}`, width, '          ', '          '))
    if (e.error) lines.push(...wrap(e.error, width, '          ', '          ').map(theme.dim))
    // a good answer needs only its own step; the others get the whole chain to learn from
    const steps = e.derivation.filter((step) => !step.given)
    for (const step of e.grade === 'good' ? steps.slice(-1) : steps) lines.push(...wrap(step.text, width, '          ', '            ').map(theme.dim))
  }
  return lines
}

/**
 * A label and a command to copy: never broken inside the command (a wrapped command pastes as
 * two), so when both do not fit the command gets a line of its own, as long as it needs.
 */
function commandLines(label: string, command: string, width: number, theme: Theme): string[] {
  if (visibleLength(label) + 1 + command.length <= width) return [`${label} ${theme.code(command)}`]
  // too long even on its own line: break between words with shell continuations, so the
  // terminal never cuts an id in two and the lines still paste as one command
  const lines: string[] = []
  let line = ''
  for (const word of command.split(' ')) {
    if (line !== '' && 4 + (lines.length > 0 ? 2 : 0) + line.length + 1 + word.length + 2 > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(line)
  return [label, ...lines.map((text, i) => `    ${i > 0 ? '  ' : ''}${theme.code(text)}${i < lines.length - 1 ? ' \\' : ''}`)]
}

export function renderReport(report: InterviewReport, theme: Theme, width: number, options: { engineNote?: string; problemTitles?: Map<string, string> } = {}): string[] {
  const lines = [
    theme.title(`Interview report: ${report.title}`),
    ...wrap(`session ${report.session} · ${report.mode} · ${report.template} template · ${report.minutes} min${report.status === 'finished' ? '' : ' · unfinished'}`, width).map(theme.dim),
    '',
    ...timeSection(report, theme, width),
    '',
    ...coverageSection(report, theme, width),
  ]
  const estimates = estimateSection(report, theme, width, options.engineNote)
  if (estimates.length > 0) lines.push('', ...estimates)
  const followUps = report.phases.flatMap((p) => p.followUps.map((f) => ({ phase: p.title, f })))
  if (followUps.length > 0) {
    lines.push('', theme.bold('The interviewer raised'))
    for (const { phase, f } of followUps) lines.push(...wrap(`${f.ask} ${theme.dim(`(${phase})`)}`, width, `  ${f.kind === 'requirement-change' ? 'curveball:' : 'question: '} `, '             '))
  }
  const hinted = report.phases.filter((p) => p.hintsUsed > 0)
  lines.push('', `${theme.bold('Hints used:')} ${report.hintsUsed === 0 ? 'none' : `${report.hintsUsed} (${hinted.map((p) => `${p.title} ${p.hintsUsed}`).join(', ')})`}`)
  const unreached = report.phases.filter((p) => p.status === 'pending')
  if (unreached.length > 0) lines.push(...wrap(`${unreached.map((p) => p.title).join(', ')}; pace the earlier phases so the interview gets there.`, width, `${theme.bold('Not reached:')} `, '  '))
  if (report.weakestPhase) lines.push(...wrap(`${report.weakestPhase.title} ${theme.dim(`(${report.weakestPhase.reason})`)}`, width, `${theme.bold('Weakest phase:')} `, '  '))
  if (report.drillNext.length > 0) {
    lines.push(theme.bold('Drill next'))
    for (const id of report.drillNext) {
      const title = options.problemTitles?.get(id)
      lines.push(...wrap(`${theme.code(id)}${title ? theme.dim(`: ${title}`) : ''}`, width, '  • ', '    '))
    }
    lines.push(...commandLines(theme.dim('  practise them:'), `sysdrill drill ${report.drillNext.join(' ')}`, width, theme))
  }
  if (report.estimationDrill) lines.push(...commandLines(theme.bold('Estimates to practise:'), `sysdrill drill ${report.problem} --estimation`, width, theme))
  lines.push('', `${theme.bold('Next:')} ${theme.code('sysdrill doc --last')} writes a design doc from this interview.`)
  return lines
}
