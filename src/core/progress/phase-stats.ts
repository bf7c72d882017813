/**
 * Time and coverage per phase over many sessions. Phases are matched by their template id, so
 * the default template's phases add up across sessions, and a four-step "scope" phase is its
 * own row. Rows follow the interview's order (the first canonical phase each one covers).
 */
import { PHASE_IDS } from '../phases'
import type { Coverage, SessionDigest } from './session-digest'

export interface PhaseStats {
  id: string
  /** the title in the most recent session that had the phase */
  title: string
  /** sessions that had this phase */
  sessions: number
  avgUsedSeconds: number
  avgBudgetSeconds: number
  /** total used / total budget (1 = exactly on budget) */
  usedShare: number
  /** sessions in which the phase ran over its budget */
  overCount: number
  /** rubric points summed over the sessions whose problem could be scored */
  coverage: Coverage
  /** coverage.hit / coverage.total, or null when the phase has no points */
  coverageShare: number | null
}

interface Totals {
  id: string
  title: string
  titleAt: string
  order: number
  sessions: number
  used: number
  budget: number
  over: number
  hit: number
  total: number
}

export function phaseStats(digests: readonly SessionDigest[]): PhaseStats[] {
  const totals = new Map<string, Totals>()
  for (const digest of digests) {
    for (const phase of digest.phases) {
      const order = Math.min(...phase.covers.map((c) => PHASE_IDS.indexOf(c)).filter((i) => i >= 0), PHASE_IDS.length)
      const row = totals.get(phase.id) ?? { id: phase.id, title: phase.title, titleAt: digest.createdAt, order, sessions: 0, used: 0, budget: 0, over: 0, hit: 0, total: 0 }
      if (digest.createdAt > row.titleAt) {
        row.title = phase.title
        row.titleAt = digest.createdAt
      }
      row.sessions += 1
      row.used += phase.usedSeconds
      row.budget += phase.budgetSeconds
      if (phase.usedSeconds > phase.budgetSeconds) row.over += 1
      if (phase.coverage) {
        row.hit += phase.coverage.hit
        row.total += phase.coverage.total
      }
      totals.set(phase.id, row)
    }
  }
  return [...totals.values()]
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((row) => ({
      id: row.id,
      title: row.title,
      sessions: row.sessions,
      avgUsedSeconds: Math.round(row.used / row.sessions),
      avgBudgetSeconds: Math.round(row.budget / row.sessions),
      usedShare: row.budget === 0 ? 0 : row.used / row.budget,
      overCount: row.over,
      coverage: { hit: row.hit, total: row.total },
      coverageShare: row.total === 0 ? null : row.hit / row.total,
    }))
}

export interface WeakPhase {
  id: string
  title: string
  coverageShare: number
  overCount: number
  sessions: number
}

/**
 * Phases with uncovered points, lowest coverage first; at the same coverage the one with more
 * points missed (0 of 6 over six interviews says more than 0 of 1 once), then the one more
 * often over time.
 */
export function weakestPhases(stats: readonly PhaseStats[], limit = 3): WeakPhase[] {
  const missed = (s: PhaseStats) => s.coverage.total - s.coverage.hit
  return stats
    .filter((s): s is PhaseStats & { coverageShare: number } => s.coverageShare !== null && s.coverageShare < 1)
    .sort((a, b) => a.coverageShare - b.coverageShare || missed(b) - missed(a) || b.overCount / b.sessions - a.overCount / a.sessions || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((s) => ({ id: s.id, title: s.title, coverageShare: s.coverageShare, overCount: s.overCount, sessions: s.sessions }))
}
