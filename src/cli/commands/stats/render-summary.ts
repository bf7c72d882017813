/**
 * The rest of `sysdrill stats` after the phase charts: weakest phases and topics, estimation
 * accuracy as stacked bars, the trend, and what to drill next.
 */
import type { ProgressStats, Accuracy } from '../../../core/progress/stats'
import type { TrendWindow } from '../../../core/progress/trend'
import { sparkline, stackedBar } from '../../progress/bars'
import { wrap } from '../../text-layout'
import type { Theme } from '../../theme'

export interface Names {
  pack(id: string): string | undefined
}

const pct = (share: number) => `${Math.round(share * 100)} %`

export function weakestLines(stats: ProgressStats, theme: Theme, width: number, names: Names): string[] {
  const lines: string[] = []
  if (stats.weakestPhases.length > 0) {
    const list = stats.weakestPhases.map((p) => `${p.id} ${theme.dim(`(${pct(p.coverageShare)})`)}`).join(', ')
    lines.push(...wrap(`${theme.bold('Weakest phases:')} ${list}`, width, '', '  '))
  }
  const { tags, packs } = stats.topics
  if (tags.length + packs.length > 0) {
    lines.push(theme.bold('Weakest topics') + theme.dim('  share of the key points covered'))
    const row = (share: number, text: string) => wrap(text, width, `  ${pct(share).padStart(5)}  `, '         ')
    for (const t of tags) {
      lines.push(...row(t.share, `${t.tags.length === 1 ? 'tag' : 'tags'} ${t.tags.join(', ')} ${theme.dim(`(${t.sessions} interview${t.sessions === 1 ? '' : 's'})`)}`))
    }
    for (const p of packs) {
      const title = names.pack(p.pack)
      const forgotten = p.forgotten > 0 ? `, ${p.forgotten} forgotten` : ''
      lines.push(...row(p.coverage, `pack ${p.pack}${title ? `: ${title}` : ''} ${theme.dim(`(${p.cards} card${p.cards === 1 ? '' : 's'}${forgotten})`)}`))
    }
  }
  return lines
}

function accuracyLine(label: string, a: Accuracy, theme: Theme, bar: number): string | undefined {
  if (a.total === 0) return undefined
  const missing = a.missing > 0 ? theme.dim(` · ${a.missing} not answered`) : ''
  if (!a.shares) return `  ${label}  ${theme.dim(`none answered${a.missing > 0 ? ` (${a.missing} left blank)` : ''}`)}`
  const parts = [
    { share: a.shares.good, glyph: '█', style: theme.good },
    { share: a.shares.fair, glyph: '▒', style: theme.warn },
    { share: a.shares.off, glyph: '░', style: theme.bad },
  ]
  const off = a.off + a.wrongUnits + a.invalid
  const counts = `good ${a.good} · fair ${a.fair} · off ${off}`
  return `  ${label}  ${stackedBar(parts, bar)}  ${counts}${missing}`
}

export function estimateLines(stats: ProgressStats, theme: Theme, width: number): string[] {
  const bar = Math.max(10, Math.min(20, width - 60))
  const rows = [accuracyLine('interviews', stats.estimates, theme, bar), accuracyLine('quizzes   ', stats.quizzes, theme, bar)].filter((l): l is string => l !== undefined)
  if (rows.length === 0) return []
  const answered = stats.estimates.answered + stats.quizzes.answered
  const good = stats.estimates.good + stats.quizzes.good
  const head = answered === 0 ? 'Estimates' : `Estimates: ${pct(good / answered)} within 2×`
  return [theme.bold(head) + theme.dim('  █ good (2×) ▒ fair (10×) ░ off'), ...rows]
}

const LABEL = 22

function trendRow(label: string, earlier: number | null, recent: number | null, lowerIsBetter: boolean, theme: Theme): string | undefined {
  if (earlier === null || recent === null) return undefined
  const delta = Math.round(recent * 100) - Math.round(earlier * 100)
  const better = lowerIsBetter ? delta < 0 : delta > 0
  const arrow = delta === 0 ? theme.dim('= same') : (better ? theme.good : theme.bad)(`${delta > 0 ? '▲ +' : '▼ −'}${Math.abs(delta)}${better ? ' better' : ' worse'}`)
  return `  ${label.padEnd(LABEL)}${pct(earlier).padStart(5)} → ${pct(recent).padStart(5)}   ${arrow}`
}

export function trendLines(stats: ProgressStats, theme: Theme): string[] {
  const trend = stats.trend
  if (!trend) {
    const need = 4 - stats.sessions
    return stats.sessions > 0 ? [theme.dim(`Trend: shown once there are ${need} more finished interview${need === 1 ? '' : 's'}.`)] : []
  }
  const e: TrendWindow = trend.earlier
  const r: TrendWindow = trend.recent
  const rows = [
    trendRow('key points covered', e.coverage, r.coverage, false, theme),
    trendRow('estimates within 2×', e.goodEstimates, r.goodEstimates, false, theme),
    trendRow('phases over budget', e.overBudget, r.overBudget, true, theme),
  ].filter((l): l is string => l !== undefined)
  return [
    theme.bold('Trend') + theme.dim(`  first ${e.sessions} against last ${r.sessions} interviews`),
    ...rows,
    `  ${'each interview'.padEnd(LABEL)}${sparkline(trend.series.map((s) => s.coverage))}  ${theme.dim('key points, oldest to newest')}`,
  ]
}

export function drillNextLines(stats: ProgressStats, theme: Theme, width: number): string[] {
  if (stats.drillNext.length === 0) return []
  const commandWidth = Math.min(40, Math.max(...stats.drillNext.map((s) => s.command.length)))
  const lines = [theme.bold('Drill next')]
  for (const s of stats.drillNext) {
    if (s.command.length > commandWidth || width - commandWidth - 4 < 24) {
      lines.push(`  ${theme.code(s.command)}`, ...wrap(s.reason, width, '    ', '    ').map(theme.dim))
      continue
    }
    const reason = wrap(s.reason, width - commandWidth - 4)
    reason.forEach((text, i) => lines.push(`  ${i === 0 ? theme.code(s.command.padEnd(commandWidth)) : ' '.repeat(commandWidth)}  ${theme.dim(text)}`))
  }
  return lines
}
