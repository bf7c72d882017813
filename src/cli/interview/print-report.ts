/** Prints the end report: text for people on stdout, or one JSON object with --json. */
import type { CommandContext } from '../context'
import type { Engine } from '../../core/estimate/types'
import { buildReport } from '../../core/interview/report'
import { reportJson } from '../../core/interview/report-json'
import type { SessionRecord } from '../../core/interview/session-types'
import type { Problem } from '../../core/problems/types'
import { renderReport } from './report-view'
import { layoutWidth } from '../text-layout'

export function printReport(
  ctx: CommandContext,
  session: SessionRecord,
  problem: Problem,
  engine: Engine | undefined,
  engineError: string | undefined,
  options: { json: boolean; nowMs: number; titles: Map<string, string> },
): void {
  const report = buildReport(session, problem, engine, options.nowMs)
  if (options.json) {
    ctx.output.json(reportJson(report))
    return
  }
  const width = layoutWidth(ctx.deps.stdout.columns)
  const lines = renderReport(report, ctx.output.outTheme, width, {
    ...(engine ? {} : { engineNote: engineError ?? 'the estimation engine is unavailable' }),
    problemTitles: options.titles,
  })
  ctx.output.out(['', ...lines].join('\n'))
}
