/**
 * `sysdrill stats` as data: over the finished interviews (optionally since a date) the time and
 * coverage per phase, the weakest phases and topics, estimation accuracy (interviews and
 * quizzes), the trend, and what to drill next. Pure: digests and drill state in, numbers out.
 */
import type { DrillState } from './drill-state'
import { phaseStats, weakestPhases, type PhaseStats, type WeakPhase } from './phase-stats'
import { addGrade, emptyCounts, type GradeCounts, type SessionDigest } from './session-digest'
import { packStats, tagStats, type PackStats, type TagStats } from './topic-stats'
import { computeTrend, type Trend } from './trend'

export interface Accuracy extends GradeCounts {
  /** every grade but missing */
  answered: number
  /** shares of the answered: good (within 2×), fair (within 10×), off (further, wrong units or invalid) */
  shares: { good: number; fair: number; off: number } | null
}

export interface Suggestion {
  command: string
  reason: string
}

export interface ProgressStats {
  /** finished sessions counted */
  sessions: number
  /** unfinished sessions in the same period (not counted) */
  unfinished: number
  since: string | null
  from: string | null
  to: string | null
  usedSeconds: number
  budgetSeconds: number
  phases: PhaseStats[]
  weakestPhases: WeakPhase[]
  topics: { tags: TagStats[]; packs: PackStats[] }
  estimates: Accuracy
  quizzes: Accuracy
  cards: { reviewed: number; due: number; forgotten: number }
  trend: Trend | null
  drillNext: Suggestion[]
}

export interface StatsOptions {
  nowMs: number
  /** count only sessions and drill answers from this instant on */
  sinceMs?: number
}

const WEAK_LIMIT = 3
/** below these the stats suggest drilling the pack, or estimation quizzes */
export const WEAK_PACK_BELOW = 0.6
export const WEAK_ESTIMATES_BELOW = 0.5
const MIN_ESTIMATES_FOR_ADVICE = 3

export function accuracy(counts: GradeCounts): Accuracy {
  const answered = counts.total - counts.missing
  const off = counts.off + counts.wrongUnits + counts.invalid
  return { ...counts, answered, shares: answered === 0 ? null : { good: counts.good / answered, fair: counts.fair / answered, off: off / answered } }
}

export function computeStats(all: readonly SessionDigest[], state: DrillState, options: StatsOptions): ProgressStats {
  const since = options.sinceMs
  const inRange = all.filter((d) => since === undefined || Date.parse(d.createdAt) >= since)
  const digests = inRange.filter((d) => d.status === 'finished').sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
  const cards = Object.fromEntries(Object.entries(state.cards).filter(([, c]) => since === undefined || c.lastReviewedAt >= since))
  const recentState: DrillState = { cards, quizzes: state.quizzes.filter((q) => since === undefined || q.at >= since) }

  const estimateCounts = emptyCounts()
  for (const d of digests) {
    if (!d.estimates) continue
    for (const key of Object.keys(estimateCounts) as Array<keyof GradeCounts>) estimateCounts[key] += d.estimates[key]
  }
  const quizCounts = emptyCounts()
  for (const q of recentState.quizzes) addGrade(quizCounts, q.grade)

  const phases = phaseStats(digests)
  const packs = packStats(recentState)
  const estimates = accuracy(estimateCounts)
  const quizzes = accuracy(quizCounts)
  const due = Object.values(state.cards).filter((c) => c.dueAt <= options.nowMs).length
  return {
    sessions: digests.length,
    unfinished: inRange.length - digests.length,
    since: since === undefined ? null : new Date(since).toISOString(),
    from: digests[0]?.createdAt ?? null,
    to: digests[digests.length - 1]?.createdAt ?? null,
    usedSeconds: digests.reduce((s, d) => s + d.usedSeconds, 0),
    budgetSeconds: digests.reduce((s, d) => s + d.budgetSeconds, 0),
    phases,
    weakestPhases: weakestPhases(phases, WEAK_LIMIT),
    topics: {
      tags: tagStats(digests).filter((t) => t.share < 1).slice(0, WEAK_LIMIT),
      packs: packs.filter((p) => p.coverage < 1).slice(0, WEAK_LIMIT),
    },
    estimates,
    quizzes,
    cards: { reviewed: Object.keys(cards).length, due, forgotten: Object.values(cards).filter((c) => c.lastGrade === 'again').length },
    trend: computeTrend(digests),
    drillNext: suggestions(digests, state, packs, estimates, quizzes, due),
  }
}

function suggestions(digests: readonly SessionDigest[], state: DrillState, packs: readonly PackStats[], estimates: Accuracy, quizzes: Accuracy, due: number): Suggestion[] {
  const out: Suggestion[] = []
  if (due > 0) out.push({ command: 'sysdrill drill --concepts', reason: `${due} concept card${due === 1 ? ' is' : 's are'} due for review` })
  const weakPack = packs.find((p) => p.coverage < WEAK_PACK_BELOW)
  if (weakPack) out.push({ command: `sysdrill drill --pack ${weakPack.pack}`, reason: `your answers in this pack covered ${Math.round(weakPack.coverage * 100)} % of the key points` })
  const answered = estimates.answered + quizzes.answered
  const good = estimates.good + quizzes.good
  if (answered >= MIN_ESTIMATES_FOR_ADVICE && good / answered < WEAK_ESTIMATES_BELOW) {
    out.push({ command: 'sysdrill drill --estimation', reason: `${good} of ${answered} estimates were within 2×` })
  }
  // drills the interview reports asked for, the recent ones counting more; a card answered well since drops out
  const votes = new Map<string, { score: number; sessions: number; last: string }>()
  digests.forEach((d, index) => {
    d.drillNext.forEach((id, rank) => {
      const vote = votes.get(id) ?? { score: 0, sessions: 0, last: d.createdAt }
      vote.score += (index + 1) * (3 - Math.min(rank, 2))
      vote.sessions += 1
      vote.last = d.createdAt
      votes.set(id, vote)
    })
  })
  const learned = (id: string, last: string) => {
    const card = state.cards[id]
    return card !== undefined && card.lastGrade !== 'again' && card.lastReviewedAt >= Date.parse(last) && (card.lastCoverage ?? 0) >= WEAK_PACK_BELOW
  }
  const ranked = [...votes.entries()].filter(([id, v]) => !learned(id, v.last)).sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
  for (const [id, vote] of ranked.slice(0, 3)) {
    out.push({ command: `sysdrill drill ${id}`, reason: `suggested by ${vote.sessions} interview report${vote.sessions === 1 ? '' : 's'}` })
  }
  if (digests.length === 0) out.push({ command: 'sysdrill interview', reason: 'a finished interview gives the stats something to measure' })
  return out.slice(0, 6)
}
