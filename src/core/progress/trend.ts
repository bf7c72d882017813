/**
 * Whether practice is paying off: the earlier half of the sessions against the recent half
 * (rubric coverage, estimates within 2x, phases over budget; with an odd count the middle
 * session is in neither half), plus each session's coverage for a sparkline. Needs at least MIN_TREND_SESSIONS sessions; fewer say nothing reliable.
 */
import type { SessionDigest } from './session-digest'

export const MIN_TREND_SESSIONS = 4
/** the sparkline shows at most this many recent sessions */
export const MAX_SERIES = 20

export interface TrendWindow {
  sessions: number
  from: string
  to: string
  /** rubric points covered / points, or null when nothing could be scored */
  coverage: number | null
  /** estimates within 2x / estimates answered, or null when none were answered */
  goodEstimates: number | null
  /** phases over budget / phases */
  overBudget: number
}

export interface Trend {
  earlier: TrendWindow
  recent: TrendWindow
  /** coverage share per session, oldest first (null: not scored) */
  series: Array<{ session: string; createdAt: string; coverage: number | null }>
}

function window(digests: readonly SessionDigest[]): TrendWindow {
  let hit = 0
  let total = 0
  let good = 0
  let answered = 0
  let over = 0
  let phases = 0
  for (const d of digests) {
    if (d.coverage) {
      hit += d.coverage.hit
      total += d.coverage.total
    }
    if (d.estimates) {
      good += d.estimates.good
      answered += d.estimates.total - d.estimates.missing
    }
    for (const p of d.phases) {
      phases += 1
      if (p.usedSeconds > p.budgetSeconds) over += 1
    }
  }
  return {
    sessions: digests.length,
    from: digests[0]!.createdAt,
    to: digests[digests.length - 1]!.createdAt,
    coverage: total === 0 ? null : hit / total,
    goodEstimates: answered === 0 ? null : good / answered,
    overBudget: phases === 0 ? 0 : over / phases,
  }
}

export function computeTrend(digests: readonly SessionDigest[]): Trend | null {
  if (digests.length < MIN_TREND_SESSIONS) return null
  const sorted = [...digests].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
  const half = Math.floor(sorted.length / 2)
  return {
    earlier: window(sorted.slice(0, half)),
    recent: window(sorted.slice(sorted.length - half)),
    series: sorted.slice(-MAX_SERIES).map((d) => ({
      session: d.id,
      createdAt: d.createdAt,
      coverage: d.coverage && d.coverage.total > 0 ? d.coverage.hit / d.coverage.total : null,
    })),
  }
}
