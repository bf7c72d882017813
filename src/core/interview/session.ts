/**
 * The interview session state machine: start, move between phases, pause, suspend, finish.
 * Pure: every function takes the session and "now" (epoch ms) and returns the next session
 * plus events; nothing here reads a clock, prints or saves. In-phase actions (answers, hints,
 * clarifications, estimates) are in session-actions.ts, the passage of time in session-tick.ts.
 */
import type { Problem } from '../problems/types'
import type { BudgetPlan } from './budgets'
import { phaseFollowUps } from './phase-material'
import type { SessionEvent, Transition } from './session-events'
import { phaseUsedMs, remainingMs } from './session-time'
import {
  SESSION_SCHEMA_VERSION,
  type InterviewMode,
  type PhaseEndReason,
  type SessionPhase,
  type SessionRecord,
} from './session-types'
import type { PhaseTemplate } from './template-types'
import { raiseFollowUps } from './session-follow-ups'

export interface SessionSetup {
  id: string
  problem: Problem
  template: PhaseTemplate
  /** a user template's file; omitted for built-in templates */
  templatePath?: string
  plan: BudgetPlan
  mode: InterviewMode
  source: SessionRecord['source']
  nowMs: number
}

const iso = (ms: number) => new Date(ms).toISOString()

/** A new session, not started yet: every phase pending, no clock running. */
export function createSession(setup: SessionSetup): SessionRecord {
  const { problem, template, plan } = setup
  const phases: SessionPhase[] = template.phases.map((phase, i) => ({
    id: phase.id,
    title: phase.title,
    covers: [...phase.covers],
    budgetSeconds: plan.phases[i]?.budgetSeconds ?? phase.minutes[45] * 60,
    status: 'pending',
    usedMs: 0,
    answer: '',
    draft: '',
    nudged: false,
    timeUp: false,
    hints: [],
    clarifications: [],
    notes: [],
    followUps: [],
    pausedMs: 0,
  }))
  const minutes = phases.reduce((sum, p) => sum + p.budgetSeconds, 0) / 60
  return {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: setup.id,
    status: 'in-progress',
    createdAt: iso(setup.nowMs),
    updatedAt: iso(setup.nowMs),
    problem: { id: problem.id, title: problem.title, kind: problem.kind },
    template: { id: template.id, title: template.title, ...(setup.templatePath ? { path: setup.templatePath } : {}) },
    mode: setup.mode,
    minutes,
    source: setup.source,
    phases,
    current: 0,
    runningSince: null,
    pausedSince: null,
    estimates: {},
    resumes: 0,
  }
}

export function updatePhase(session: SessionRecord, index: number, change: (phase: SessionPhase) => SessionPhase): SessionRecord {
  return { ...session, phases: session.phases.map((p, i) => (i === index ? change(p) : p)) }
}

/** Starts the interview, or continues it after Ctrl-C or a crash (the clock starts again). */
export function begin(session: SessionRecord, nowMs: number): Transition {
  if (session.status === 'finished' || session.current >= session.phases.length) {
    return { session, events: [{ type: 'refused', action: 'resume', reason: 'this interview is already finished' }] }
  }
  const index = session.current
  const phase = session.phases[index]!
  if (phase.status === 'pending') {
    const started = updatePhase(session, index, (p) => ({ ...p, status: 'active', startedAt: iso(nowMs) }))
    return { session: { ...started, runningSince: nowMs, pausedSince: null, updatedAt: iso(nowMs) }, events: [{ type: 'phase-started', index }] }
  }
  // a pause does not survive a restart: the time paused until the suspend was already counted
  const resumed = { ...session, runningSince: nowMs, pausedSince: null, resumes: session.resumes + 1, updatedAt: iso(nowMs) }
  return { session: resumed, events: [{ type: 'phase-resumed', index, remainingMs: remainingMs(resumed, nowMs) }] }
}

/**
 * Ends the active phase and starts the next one (or finishes after the last). With
 * reason 'next', follow-ups the interviewer has not raised yet come first and the phase
 * stays open; /skip and time-up move on regardless.
 */
export function advance(session: SessionRecord, problem: Problem, nowMs: number, reason: PhaseEndReason = 'next'): Transition {
  const index = session.current
  const phase = session.phases[index]
  if (!phase || session.status === 'finished') return { session, events: [{ type: 'refused', action: reason, reason: 'the interview is over' }] }
  if (session.pausedSince !== null) return { session, events: [{ type: 'refused', action: reason, reason: 'the interview is paused; resume it first' }] }
  if (reason === 'next') {
    const pending = phaseFollowUps(problem, phase).filter((f) => !phase.followUps.some((r) => r.id === f.id))
    if (pending.length > 0) {
      const raised = raiseFollowUps(session, pending, nowMs)
      return { session: raised.session, events: [...raised.events, { type: 'next-deferred', index }] }
    }
  }
  const ended = endPhase(session, index, nowMs, reason)
  const events: SessionEvent[] = [...ended.events]
  const nextIndex = index + 1
  if (nextIndex >= session.phases.length) {
    const finished = finishSession(ended.session, nowMs)
    return { session: finished, events: [...events, { type: 'finished' }] }
  }
  const started = updatePhase({ ...ended.session, current: nextIndex, runningSince: nowMs }, nextIndex, (p) => ({
    ...p,
    status: 'active',
    startedAt: iso(nowMs),
  }))
  return { session: started, events: [...events, { type: 'phase-started', index: nextIndex }] }
}

/** Closes a phase: time folded in (capped at the budget when strict time ran out), draft kept. */
export function endPhase(session: SessionRecord, index: number, nowMs: number, reason: PhaseEndReason): Transition {
  const phase = session.phases[index]!
  let usedMs = phaseUsedMs(session, index, nowMs)
  if (reason === 'time-up' && session.mode === 'strict') usedMs = Math.min(usedMs, phase.budgetSeconds * 1000)
  const draft = phase.draft.trim()
  const answer = draft === '' ? phase.answer : phase.answer === '' ? draft : `${phase.answer}\n${draft}`
  const ended = updatePhase(session, index, (p) => ({ ...p, status: 'done', usedMs, answer, draft: '', endedAt: iso(nowMs), endReason: reason }))
  const event: SessionEvent = { type: 'phase-ended', index, reason, usedMs, ...(draft === '' ? {} : { kept: draft }) }
  return { session: { ...ended, runningSince: null, updatedAt: iso(nowMs) }, events: [event] }
}

function finishSession(session: SessionRecord, nowMs: number): SessionRecord {
  return { ...session, status: 'finished', current: session.phases.length, runningSince: null, pausedSince: null, finishedAt: iso(nowMs), updatedAt: iso(nowMs) }
}

/** Finishes now: the active phase ends with reason 'finished', later phases stay unanswered. */
export function finish(session: SessionRecord, nowMs: number): Transition {
  if (session.status === 'finished') return { session, events: [] }
  let current = session
  const events: SessionEvent[] = []
  if (current.pausedSince !== null) current = unpause(current, nowMs).session
  const phase = current.phases[current.current]
  if (phase && phase.status === 'active') {
    const ended = endPhase(current, current.current, nowMs, 'finished')
    current = ended.session
    events.push(...ended.events)
  }
  return { session: finishSession(current, nowMs), events: [...events, { type: 'finished' }] }
}

/** Ctrl-C or quit: stops the clock and keeps everything (draft included) for --resume. */
export function suspend(session: SessionRecord, nowMs: number): SessionRecord {
  let current = session
  if (current.pausedSince !== null) current = unpause(current, nowMs).session
  const index = current.current
  if (current.runningSince !== null && current.phases[index]) {
    current = updatePhase(current, index, (p) => ({ ...p, usedMs: phaseUsedMs(current, index, nowMs) }))
  }
  return { ...current, runningSince: null, updatedAt: iso(nowMs) }
}

/** Practice mode only: stops the phase clock until unpause. */
export function pause(session: SessionRecord, nowMs: number): Transition {
  if (session.mode !== 'practice') {
    return { session, events: [{ type: 'refused', action: 'pause', reason: 'strict mode has no pause, like a real interview (use --mode practice to allow it)' }] }
  }
  if (session.pausedSince !== null) return { session, events: [{ type: 'refused', action: 'pause', reason: 'already paused' }] }
  const index = session.current
  if (!session.phases[index] || session.runningSince === null) return { session, events: [{ type: 'refused', action: 'pause', reason: 'no phase is running' }] }
  const folded = updatePhase(session, index, (p) => ({ ...p, usedMs: phaseUsedMs(session, index, nowMs) }))
  return { session: { ...folded, runningSince: null, pausedSince: nowMs, updatedAt: iso(nowMs) }, events: [{ type: 'paused' }] }
}

export function unpause(session: SessionRecord, nowMs: number): Transition {
  if (session.pausedSince === null) return { session, events: [] }
  const pausedMs = Math.max(0, nowMs - session.pausedSince)
  const index = session.current
  const updated = updatePhase(session, index, (p) => ({ ...p, pausedMs: p.pausedMs + pausedMs }))
  return { session: { ...updated, pausedSince: null, runningSince: nowMs, updatedAt: iso(nowMs) }, events: [{ type: 'unpaused', pausedMs }] }
}
