/** `sysdrill stats`: progress over the finished interviews and the drills, as charts or JSON. */
import type { CommandContext } from '../../context'
import { computeStats, type ProgressStats } from '../../../core/progress/stats'
import { layoutWidth } from '../../text-layout'
import { isoDay } from '../../dates'
import { loadDigests } from '../../progress/load-digests'
import { loadDrillState } from '../../progress/review-store'
import { parseSince } from '../../progress/since'
import type { Theme } from '../../theme'
import type { StatsOptions } from './define'
import { coverageChart, timeChart } from './render-phases'
import { drillNextLines, estimateLines, trendLines, weakestLines, type Names } from './render-summary'

export async function runStats(ctx: CommandContext, options: StatsOptions): Promise<number> {
  const nowMs = ctx.deps.clock.now()
  const sinceMs = options.since === undefined ? undefined : parseSince(options.since, nowMs)
  const { digests, library, engineError } = await loadDigests(ctx, { json: options.json === true, ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }) })
  const state = loadDrillState(ctx)
  const stats = computeStats(digests, state, { nowMs, ...(sinceMs === undefined ? {} : { sinceMs }) })
  if (options.json) {
    ctx.output.json(stats)
    return 0
  }
  const theme = ctx.output.outTheme
  const packs = new Map(library.packs().map((p) => [p.id, p.title]))
  const lines = render(stats, theme, layoutWidth(ctx.deps.stdout.columns), { pack: (id) => packs.get(id) })
  if (engineError !== undefined && stats.sessions > 0) lines.push('', theme.dim(`Estimates were not graded: ${engineError}.`))
  ctx.output.out(lines.join('\n'))
  return 0
}

function headline(stats: ProgressStats, theme: Theme): string[] {
  const period = stats.since === null ? '' : ` since ${isoDay(Date.parse(stats.since))}`
  if (stats.sessions === 0) {
    const lines = [`No finished interviews${period}.`]
    if (stats.unfinished > 0) lines.push(theme.dim(`${stats.unfinished} unfinished: see ${theme.code('sysdrill history')} to resume ${stats.unfinished === 1 ? 'it' : 'them'}.`))
    return lines
  }
  const hours = Math.floor(stats.usedSeconds / 3600)
  const minutes = Math.round((stats.usedSeconds % 3600) / 60)
  const practice = hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`
  const [from, to] = [stats.from, stats.to].map((d) => (d === null ? '' : isoDay(Date.parse(d))))
  // "since 2026-11-01, 2026-11-03" would read as two limits; with --since the dates go in brackets
  const dates = from === to ? from : `${from} to ${to}`
  const range = from === '' ? '' : stats.since === null ? `, ${dates}` : ` (${from === to ? 'on ' : ''}${dates})`
  const lines = [theme.title(`Progress over ${stats.sessions} finished interview${stats.sessions === 1 ? '' : 's'}${period}${range}`) + theme.dim(` · ${practice} of practice`)]
  if (stats.unfinished > 0) lines.push(theme.dim(`(${stats.unfinished} unfinished not counted; ${theme.code('sysdrill history')} shows how to resume)`))
  return lines
}

export function render(stats: ProgressStats, theme: Theme, width: number, names: Names): string[] {
  const drills = stats.cards.reviewed + stats.quizzes.total
  if (stats.sessions === 0 && drills === 0 && stats.cards.due === 0) {
    return [
      ...headline(stats, theme),
      `Start with ${theme.code('sysdrill interview')} (a timed mock) or ${theme.code('sysdrill drill')} (quizzes and concept cards).`,
    ]
  }
  const sections: string[][] = [headline(stats, theme)]
  if (stats.sessions > 0) sections.push(timeChart(stats.phases, theme, width), coverageChart(stats.phases, theme, width))
  sections.push(weakestLines(stats, theme, width, names), estimateLines(stats, theme, width))
  if (stats.cards.reviewed > 0) {
    const forgotten = stats.cards.forgotten > 0 ? `, ${stats.cards.forgotten} forgotten at the last review` : ''
    sections.push([`${theme.bold('Concept cards:')} ${stats.cards.reviewed} reviewed${forgotten}, ${stats.cards.due} due now`])
  }
  sections.push(trendLines(stats, theme), drillNextLines(stats, theme, width))
  return sections.filter((s) => s.length > 0).flatMap((s, i) => (i === 0 ? s : ['', ...s]))
}
