/**
 * What a session transition tells the shell: the new session (to save) and the events that
 * happened (to render). Transitions never print, save or read the clock themselves.
 */
import type { Clarification, EstimateNote, PhaseEndReason, RaisedFollowUp, RevealedHint, SessionRecord } from './session-types'

export type SessionEvent =
  /** a phase became active (first time) */
  | { type: 'phase-started'; index: number }
  /** the active phase continues after Ctrl-C, a crash or a pause across runs */
  | { type: 'phase-resumed'; index: number; remainingMs: number }
  /** `kept`: the line that was still being typed, added to the answer as it stood */
  | { type: 'phase-ended'; index: number; reason: PhaseEndReason; usedMs: number; kept?: string }
  /** 80 % of the budget is used */
  | { type: 'nudge'; index: number; remainingMs: number }
  /** 100 %: strict mode ends the phase (a phase-ended follows), practice mode goes into overtime */
  | { type: 'time-up'; index: number; endsPhase: boolean }
  | { type: 'follow-up'; index: number; followUp: RaisedFollowUp }
  /** /next was held back because the interviewer still had follow-ups (they were just raised) */
  | { type: 'next-deferred'; index: number }
  | { type: 'hint'; index: number; hint: RevealedHint; left: number }
  | { type: 'no-hint'; index: number; revealed: number }
  | { type: 'clarified'; index: number; clarification: Clarification }
  | { type: 'noted'; index: number; note: EstimateNote }
  | { type: 'answered'; index: number; text: string }
  | { type: 'estimate-answered'; key: string; input: string }
  | { type: 'paused' }
  | { type: 'unpaused'; pausedMs: number }
  /** an action that is not allowed now, with the reason in words */
  | { type: 'refused'; action: string; reason: string }
  | { type: 'finished' }

export interface Transition {
  session: SessionRecord
  events: SessionEvent[]
}
