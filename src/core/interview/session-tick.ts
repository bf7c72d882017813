/**
 * The passage of time. The shell calls tick() about once a second (and once per phase in an
 * --answers run); it raises due follow-ups, the 80 % nudge and the 100 % time-up. In strict
 * mode time-up closes the phase (its partial answer kept) and starts the next; in practice
 * mode the phase runs on and the overtime is recorded.
 */
import type { Problem } from '../problems/types'
import { advance, updatePhase } from './session'
import type { SessionEvent, Transition } from './session-events'
import { dueFollowUps, raiseFollowUps } from './session-follow-ups'
import { NUDGE_AT, phaseUsedMs } from './session-time'
import type { SessionRecord } from './session-types'

export function tick(session: SessionRecord, problem: Problem, nowMs: number): Transition {
  const index = session.current
  const phase = session.phases[index]
  if (!phase || phase.status !== 'active' || session.runningSince === null) return { session, events: [] }
  const events: SessionEvent[] = []
  let current = session
  const budget = phase.budgetSeconds * 1000
  const used = phaseUsedMs(session, index, nowMs)

  const due = dueFollowUps(current, problem, nowMs)
  if (due.length > 0 && used < budget) {
    const raised = raiseFollowUps(current, due, nowMs)
    current = raised.session
    events.push(...raised.events)
  }
  if (!phase.nudged && used >= budget * NUDGE_AT) {
    current = updatePhase(current, index, (p) => ({ ...p, nudged: true }))
    // jumping straight past 100 % (a long sleep, a scripted run) skips the nudge
    if (used < budget) events.push({ type: 'nudge', index, remainingMs: budget - used })
  }
  if (!phase.timeUp && used >= budget) {
    const strict = current.mode === 'strict'
    current = updatePhase(current, index, (p) => ({ ...p, timeUp: true }))
    events.push({ type: 'time-up', index, endsPhase: strict })
    if (strict) {
      const moved = advance(current, problem, nowMs, 'time-up')
      current = moved.session
      events.push(...moved.events)
    }
  }
  return { session: current, events }
}
