/**
 * The per-phase charts of `sysdrill stats`: time against the budget, then key points covered.
 * Rows are labelled with the phase ids (requirements, high-level-design), which fit at 80
 * columns where the templates' titles do not, and match the keys of an answers file.
 */
import { formatClock } from '../../../core/interview/session-time'
import type { PhaseStats } from '../../../core/progress/phase-stats'
import { budgetBar, shareBar } from '../../progress/bars'
import type { Theme } from '../../theme'
import { truncate } from '../../table'

/** Room for the bars once the titles and the numbers are laid out. */
function layout(phases: readonly PhaseStats[], width: number) {
  const titleWidth = Math.min(20, Math.max(5, ...phases.map((p) => [...p.id].length)))
  // "  <title>  <bar with its overflow> 12:30 / 10:00  over in 12 of 12"
  const bar = Math.max(8, Math.min(24, width - (2 + titleWidth + 2 + 1 + 13 + 2 + 16)))
  return { titleWidth, bar, overflow: Math.max(2, Math.round(bar / 3)) }
}

const pad = (text: string, width: number) => {
  const cut = truncate(text, width)
  return cut + ' '.repeat(width - [...cut].length)
}

export function timeChart(phases: readonly PhaseStats[], theme: Theme, width: number): string[] {
  const { titleWidth, bar, overflow } = layout(phases, width)
  const lines = [theme.bold('Time per phase') + theme.dim('  average used / budget · █ used ░ left ▓ over')]
  for (const p of phases) {
    const times = `${formatClock(p.avgUsedSeconds * 1000).padStart(5)} / ${formatClock(p.avgBudgetSeconds * 1000).padStart(5)}`
    const over = p.overCount === 0 ? '' : `  ${theme.bad(`over in ${p.overCount} of ${p.sessions}`)}`
    lines.push(`  ${pad(p.id, titleWidth)}  ${budgetBar(p.avgUsedSeconds, p.avgBudgetSeconds, bar - overflow, overflow, theme)} ${times}${over}`)
  }
  return lines
}

export function coverageChart(phases: readonly PhaseStats[], theme: Theme, width: number): string[] {
  const scored = phases.filter((p) => p.coverageShare !== null)
  if (scored.length === 0) return []
  const { titleWidth, bar } = layout(phases, width)
  const lines = [theme.bold('Key points per phase') + theme.dim('  covered / rubric points')]
  for (const p of scored) {
    const share = p.coverageShare!
    const percent = `${Math.round(share * 100)} %`.padStart(5)
    const style = share >= 0.75 ? theme.good : share >= 0.4 ? theme.warn : theme.bad
    lines.push(`  ${pad(p.id, titleWidth)}  ${shareBar(share, bar, theme)} ${style(percent)}  ${theme.dim(`${p.coverage.hit} of ${p.coverage.total}`)}`)
  }
  return lines
}
