/**
 * The persisted interview session (sessions/<id>.json under SYSDRILL_HOME). The session state
 * machine (session.ts) works on exactly this shape, so what is on disk is always what the
 * interview knew at its last save. Readers (the report, `sysdrill doc --session`) use these
 * types; changes are additive within a schemaVersion.
 *
 * Times: wall-clock instants are ISO strings (for people and other tools); durations are
 * milliseconds of interview time, pauses and time between runs excluded.
 */
import type { PhaseId } from '../phases'
import type { ProblemKind } from '../problems/types'

export const SESSION_SCHEMA_VERSION = 1

export type InterviewMode = 'strict' | 'practice'

/** in-progress: can be resumed; finished: the report is final */
export type SessionStatus = 'in-progress' | 'finished'

export type PhaseStatus = 'pending' | 'active' | 'done'

/**
 * next: the candidate moved on; skipped: moved on with /skip; time-up: strict mode ended it
 * at 100 % of its budget; finished: the interview was finished from this phase (last /next,
 * or the session was finished early)
 */
export type PhaseEndReason = 'next' | 'skipped' | 'time-up' | 'finished'

export interface RevealedHint {
  text: string
  /** where the hint came from: the problem's phase hints, a deep dive, or the estimate being asked */
  source: 'phase' | 'deep-dive' | 'estimate'
  /** ms into the phase when it was revealed */
  atMs: number
}

export interface Clarification {
  /** what the candidate asked, as typed */
  question: string
  /** the problem's clarifying question that matched, if any */
  matchedId?: string
  /** the interviewer's reply (a stock reply when nothing matched) */
  answer: string
  atMs: number
}

/** An inline `/estimate` evaluated during a phase, kept in the notes. */
export interface EstimateNote {
  input: string
  /** the engine's headline result, e.g. "23.1 thousand comments/s" */
  result?: string
  /** the engine's one-line error when the expression failed */
  error?: string
  atMs: number
}

/** A follow-up the interviewer raised in this phase (a question, or a curveball). */
export interface RaisedFollowUp {
  id: string
  kind: 'question' | 'requirement-change'
  ask: string
  atMs: number
}

export interface SessionPhase {
  /** the template's phase id (kebab-case); equal to a canonical id in the default template */
  id: string
  title: string
  /** the canonical phases this template phase stands for (rubric, cues, hints map through it) */
  covers: PhaseId[]
  budgetSeconds: number
  status: PhaseStatus
  /** interview time spent in the phase, up to the last save (see SessionRecord.runningSince) */
  usedMs: number
  /** ISO instants */
  startedAt?: string
  endedAt?: string
  endReason?: PhaseEndReason
  /** what the candidate wrote, lines joined with \n; commands (/hint ...) are not part of it */
  answer: string
  /** text typed but not yet submitted at the last save; becomes part of the answer if the phase ends */
  draft: string
  /** the 80 % nudge was shown */
  nudged: boolean
  /** the 100 % time-up was reached (strict: the phase ended; practice: overtime began) */
  timeUp: boolean
  hints: RevealedHint[]
  clarifications: Clarification[]
  notes: EstimateNote[]
  followUps: RaisedFollowUp[]
  /** total paused time in this phase (practice mode only) */
  pausedMs: number
}

/** The candidate's answer to one of the problem's derived quantities (scale.derived[].key). */
export interface EstimateAnswer {
  /** a unit expression, e.g. "23 thousand comments/s" or "commentsPerDay / day" */
  input: string
  /** template phase id where it was given */
  phaseId: string
}

export interface SessionRecord {
  schemaVersion: typeof SESSION_SCHEMA_VERSION
  /** e.g. 20261121-090000-live-comments; also the file name */
  id: string
  status: SessionStatus
  /** ISO instants */
  createdAt: string
  updatedAt: string
  finishedAt?: string
  problem: { id: string; title: string; kind: ProblemKind }
  template: { id: string; title: string; /** a user template's file, when not built in */ path?: string }
  mode: InterviewMode
  /** total planned length (the sum of the budgets) */
  minutes: number
  /** how the answers came in */
  source: 'interactive' | 'answers-file'
  phases: SessionPhase[]
  /** index of the active phase; phases.length once the interview is over */
  current: number
  /**
   * epoch ms when the active phase's clock last started, or null when it is stopped (paused,
   * suspended by Ctrl-C, finished). Time before this instant is already in usedMs. A saved
   * file always has it folded in at the save, so a crash loses at most the time since then.
   */
  runningSince: number | null
  /** practice mode: paused since this epoch ms */
  pausedSince: number | null
  estimates: Record<string, EstimateAnswer>
  /** how many times the session was resumed after Ctrl-C or a crash */
  resumes: number
}
