/**
 * Interview time, computed from the session and "now" (a number the shell passes in).
 * Only the active phase's clock runs; pauses and the time between runs never count.
 */
import type { SessionPhase, SessionRecord } from './session-types'

/** Fraction of the budget at which the nudge appears. */
export const NUDGE_AT = 0.8

export function currentPhase(session: SessionRecord): SessionPhase | undefined {
  return session.phases[session.current]
}

/** Interview time spent in a phase, including the running part of the active phase. */
export function phaseUsedMs(session: SessionRecord, index: number, nowMs: number): number {
  const phase = session.phases[index]
  if (!phase) return 0
  const running = index === session.current && session.runningSince !== null ? Math.max(0, nowMs - session.runningSince) : 0
  return phase.usedMs + running
}

/** Budget left in the active phase (negative when over). */
export function remainingMs(session: SessionRecord, nowMs: number): number {
  const phase = currentPhase(session)
  if (!phase) return 0
  return phase.budgetSeconds * 1000 - phaseUsedMs(session, session.current, nowMs)
}

export function totalUsedMs(session: SessionRecord, nowMs: number): number {
  return session.phases.reduce((sum, _p, i) => sum + phaseUsedMs(session, i, nowMs), 0)
}

export function totalBudgetMs(session: SessionRecord): number {
  return session.phases.reduce((sum, p) => sum + p.budgetSeconds * 1000, 0)
}

/** Moves the running time into usedMs so the saved file holds it; the clock keeps running. */
export function foldTime(session: SessionRecord, nowMs: number): SessionRecord {
  const iso = new Date(nowMs).toISOString()
  if (session.runningSince === null) return { ...session, updatedAt: iso }
  const index = session.current
  const phases = session.phases.map((p, i) => (i === index ? { ...p, usedMs: phaseUsedMs(session, i, nowMs) } : p))
  return { ...session, phases, runningSince: nowMs, updatedAt: iso }
}

/** m:ss, or h:mm:ss past an hour; negative values get a leading minus. */
export function formatClock(ms: number): string {
  const negative = ms < 0
  // round toward the displayed second the way a countdown does: 4.2 s left shows 0:05
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const h = Math.floor(totalSeconds / 3600)
  const m = Math.floor((totalSeconds % 3600) / 60)
  const s = totalSeconds % 60
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`
  return negative && totalSeconds > 0 ? `-${body}` : body
}

/**
 * A time spent, m:ss to the nearest second, as the report counts it (formatClock rounds up
 * like a countdown, so 10.2 s spent would read 0:11 in one place and 0:10 in the report).
 */
export function formatElapsed(ms: number): string {
  return formatClock(Math.round(ms / 1000) * 1000)
}
