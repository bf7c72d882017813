/**
 * What the candidate does inside a phase: write answer lines, keep a draft, ask for a hint,
 * ask a clarifying question, note an inline estimate, answer an estimation question.
 * Pure transitions, like session.ts.
 */
import type { PhaseId } from '../phases'
import type { Problem } from '../problems/types'
import { matchClarifyingQuestion } from './clarify'
import { phaseHints } from './phase-material'
import { updatePhase } from './session'
import type { Transition } from './session-events'
import { phaseUsedMs } from './session-time'
import type { EstimateNote, SessionRecord } from './session-types'

/** Longest answer we keep for one phase (a novel's chapter; protects the session file). */
export const MAX_ANSWER_CHARS = 100_000

function active(session: SessionRecord, action: string): Transition | undefined {
  const phase = session.phases[session.current]
  if (!phase || phase.status !== 'active' || session.status === 'finished') {
    return { session, events: [{ type: 'refused', action, reason: 'no phase is active' }] }
  }
  if (session.pausedSince !== null) return { session, events: [{ type: 'refused', action, reason: 'the interview is paused; resume it first' }] }
  return undefined
}

/** Appends a line (or several) to the active phase's answer; the draft is cleared. */
export function addAnswer(session: SessionRecord, text: string, nowMs: number): Transition {
  const refused = active(session, 'answer')
  if (refused) return refused
  const index = session.current
  const phase = session.phases[index]!
  const line = text.replace(/\s+$/, '')
  if (line.trim() === '') return { session, events: [] }
  if (phase.answer.length + line.length > MAX_ANSWER_CHARS) {
    return { session, events: [{ type: 'refused', action: 'answer', reason: `this phase's answer is over ${MAX_ANSWER_CHARS.toLocaleString('en')} characters; move on with /next` }] }
  }
  const answer = phase.answer === '' ? line : `${phase.answer}\n${line}`
  const updated = updatePhase(session, index, (p) => ({ ...p, answer, draft: '' }))
  return { session: { ...updated, updatedAt: new Date(nowMs).toISOString() }, events: [{ type: 'answered', index, text: line }] }
}

/** Remembers the line being typed, so a crash or time-up does not lose it. */
export function setDraft(session: SessionRecord, draft: string): SessionRecord {
  const phase = session.phases[session.current]
  if (!phase || phase.status !== 'active' || phase.draft === draft) return session
  return updatePhase(session, session.current, (p) => ({ ...p, draft: draft.slice(0, MAX_ANSWER_CHARS) }))
}

/** Removes the last answer line (a typo fix); returns it in the event text. */
export function undoAnswer(session: SessionRecord): Transition {
  const refused = active(session, 'undo')
  if (refused) return refused
  const index = session.current
  const phase = session.phases[index]!
  if (phase.answer === '') return { session, events: [{ type: 'refused', action: 'undo', reason: 'nothing written in this phase yet' }] }
  const cut = phase.answer.lastIndexOf('\n')
  const removed = phase.answer.slice(cut + 1)
  const updated = updatePhase(session, index, (p) => ({ ...p, answer: cut < 0 ? '' : p.answer.slice(0, cut) }))
  return { session: updated, events: [{ type: 'answered', index, text: removed }] }
}

/**
 * The next hint of the phase, in order; `prefer` puts one canonical phase's hints first, so a
 * four-step scope phase answering estimation questions gives an estimation hint, not one
 * about requirements. While an estimation question is asked, its own hint (`question`, from
 * questionHint) comes before the phase's.
 */
export function revealHint(session: SessionRecord, problem: Problem, nowMs: number, prefer?: PhaseId, question?: string): Transition {
  const refused = active(session, 'hint')
  if (refused) return refused
  const index = session.current
  const phase = session.phases[index]!
  const shown = new Set(phase.hints.map((h) => h.text))
  const own = question === undefined ? [] : [{ text: question, source: 'estimate' as const }]
  const left = [...own, ...phaseHints(problem, phase)].filter((h) => !shown.has(h.text))
  const preferred = new Set(prefer ? (problem.phases[prefer]?.hints ?? []) : [])
  const next = left.find((h) => h.source === 'estimate') ?? left.find((h) => h.source === 'phase' && preferred.has(h.text)) ?? left[0]
  if (!next) return { session, events: [{ type: 'no-hint', index, revealed: phase.hints.length }] }
  const hint = { ...next, atMs: phaseUsedMs(session, index, nowMs) }
  const updated = updatePhase(session, index, (p) => ({ ...p, hints: [...p.hints, hint] }))
  return { session: updated, events: [{ type: 'hint', index, hint, left: left.length - 1 }] }
}

export function clarify(session: SessionRecord, problem: Problem, question: string, nowMs: number): Transition {
  const refused = active(session, 'clarify')
  if (refused) return refused
  const index = session.current
  const match = matchClarifyingQuestion(question, problem.clarifyingQuestions)
  const clarification = {
    question: question.trim(),
    ...(match.question ? { matchedId: match.question.id } : {}),
    answer: match.answer,
    atMs: phaseUsedMs(session, index, nowMs),
  }
  const updated = updatePhase(session, index, (p) => ({ ...p, clarifications: [...p.clarifications, clarification] }))
  return { session: updated, events: [{ type: 'clarified', index, clarification }] }
}

/** Keeps an inline estimate (already evaluated by the shell with the engine) in the notes. */
export function addNote(session: SessionRecord, note: Omit<EstimateNote, 'atMs'>, nowMs: number): Transition {
  const refused = active(session, 'estimate')
  if (refused) return refused
  const index = session.current
  const full: EstimateNote = { ...note, atMs: phaseUsedMs(session, index, nowMs) }
  const updated = updatePhase(session, index, (p) => ({ ...p, notes: [...p.notes, full] }))
  return { session: updated, events: [{ type: 'noted', index, note: full }] }
}

/** Records the answer to one of the problem's derived quantities (replacing an earlier one). */
export function answerEstimate(session: SessionRecord, key: string, input: string): Transition {
  const refused = active(session, 'estimate')
  if (refused) return refused
  const phaseId = session.phases[session.current]!.id
  const estimates = { ...session.estimates, [key]: { input: input.trim(), phaseId } }
  return { session: { ...session, estimates }, events: [{ type: 'estimate-answered', key, input: input.trim() }] }
}
