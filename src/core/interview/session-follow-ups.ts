/**
 * Follow-ups are the interviewer speaking up during a phase: a question, or a curveball that
 * changes the requirements (kind requirement-change). A phase with n follow-ups raises the
 * k-th at (k+1)/(n+1) of its budget, so they arrive spread out while the candidate works; any
 * left when the candidate types /next are raised then, before the phase closes.
 */
import type { FollowUp, Problem } from '../problems/types'
import { phaseFollowUps } from './phase-material'
import type { SessionEvent, Transition } from './session-events'
import { phaseUsedMs } from './session-time'
import type { RaisedFollowUp, SessionRecord } from './session-types'

export function raiseFollowUps(session: SessionRecord, followUps: FollowUp[], nowMs: number): Transition {
  const index = session.current
  const atMs = phaseUsedMs(session, index, nowMs)
  const raised: RaisedFollowUp[] = followUps.map((f) => ({ id: f.id, kind: f.kind, ask: f.ask, atMs }))
  const phases = session.phases.map((p, i) => (i === index ? { ...p, followUps: [...p.followUps, ...raised] } : p))
  const events: SessionEvent[] = raised.map((followUp) => ({ type: 'follow-up', index, followUp }))
  return { session: { ...session, phases }, events }
}

/** Follow-ups whose moment has come (by the time used in the active phase) and not raised yet. */
export function dueFollowUps(session: SessionRecord, problem: Problem, nowMs: number): FollowUp[] {
  const phase = session.phases[session.current]
  if (!phase || phase.status !== 'active') return []
  const all = phaseFollowUps(problem, phase)
  const used = phaseUsedMs(session, session.current, nowMs)
  const budget = phase.budgetSeconds * 1000
  return all.filter((f, k) => used >= (budget * (k + 1)) / (all.length + 1) && !phase.followUps.some((r) => r.id === f.id))
}
