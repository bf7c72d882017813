/**
 * What `sysdrill drill` remembers between runs ($SYSDRILL_HOME/drill-state.json): each concept
 * card's schedule and last result, and a log of estimation quiz answers. In memory times are
 * epoch ms; on disk they are ISO strings, so the file reads well and other tools can use it.
 * Changes are additive within a schemaVersion; a file from a newer version is never rewritten.
 */
import type { Grade } from '../interview/estimate-grading'
import { isSelfGrade, type CardSchedule } from './scheduler'

export const DRILL_STATE_VERSION = 1
/** the quiz log keeps the most recent answers only */
export const MAX_QUIZ_RECORDS = 2000

export interface CardState extends CardSchedule {
  /** the drill's pack when it was last answered (stats group weak topics by it) */
  pack?: string
  /** weighted share of the rubric the last answer covered, 0 to 1 */
  lastCoverage?: number
}

export interface QuizRecord {
  /** <problem id>:<derived key> */
  id: string
  at: number
  grade: Grade
  /** answer / reference, when comparable */
  ratio?: number
}

export interface DrillState {
  cards: Record<string, CardState>
  quizzes: QuizRecord[]
}

export type DrillStateParse = { ok: true; state: DrillState } | { ok: false; reason: string; newerVersion?: number }

const GRADES: readonly Grade[] = ['good', 'fair', 'off', 'wrong-units', 'invalid', 'missing']

export function emptyDrillState(): DrillState {
  return { cards: {}, quizzes: [] }
}

const iso = (ms: number) => new Date(ms).toISOString()

/** The JSON written to disk. */
export function serialiseDrillState(state: DrillState): unknown {
  const cards: Record<string, unknown> = {}
  for (const id of Object.keys(state.cards).sort()) {
    const card = state.cards[id]!
    cards[id] = {
      ...(card.pack === undefined ? {} : { pack: card.pack }),
      reps: card.reps,
      ease: card.ease,
      intervalDays: card.intervalDays,
      lapses: card.lapses,
      reviews: card.reviews,
      dueAt: iso(card.dueAt),
      lastReviewedAt: iso(card.lastReviewedAt),
      lastGrade: card.lastGrade,
      ...(card.lastCoverage === undefined ? {} : { lastCoverage: card.lastCoverage }),
    }
  }
  const quizzes = state.quizzes.map((q) => ({ id: q.id, at: iso(q.at), grade: q.grade, ...(q.ratio === undefined ? {} : { ratio: q.ratio }) }))
  return { schemaVersion: DRILL_STATE_VERSION, cards, quizzes }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function time(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const ms = Date.parse(value)
  return Number.isFinite(ms) ? ms : undefined
}

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

function parseCard(id: string, value: unknown): CardState | string {
  if (!isObject(value)) return `card '${id}' is not an object`
  const dueAt = time(value.dueAt)
  const lastReviewedAt = time(value.lastReviewedAt)
  const { reps, ease, intervalDays, lapses, reviews, lastGrade, pack, lastCoverage } = value
  if (!count(reps) || !count(lapses) || !count(reviews)) return `card '${id}' has a bad reps, lapses or reviews count`
  if (typeof ease !== 'number' || !(ease >= 1 && ease <= 10)) return `card '${id}' has a bad ease`
  if (typeof intervalDays !== 'number' || !(intervalDays >= 0 && intervalDays <= 36_500)) return `card '${id}' has a bad interval`
  if (dueAt === undefined || lastReviewedAt === undefined) return `card '${id}' has a bad date`
  if (!isSelfGrade(lastGrade)) return `card '${id}' has a bad lastGrade`
  if (pack !== undefined && typeof pack !== 'string') return `card '${id}' has a bad pack`
  if (lastCoverage !== undefined && !(typeof lastCoverage === 'number' && lastCoverage >= 0 && lastCoverage <= 1)) return `card '${id}' has a bad lastCoverage`
  return {
    reps,
    ease,
    intervalDays,
    lapses,
    reviews,
    dueAt,
    lastReviewedAt,
    lastGrade,
    ...(pack === undefined ? {} : { pack }),
    ...(lastCoverage === undefined ? {} : { lastCoverage }),
  }
}

function parseQuiz(value: unknown, index: number): QuizRecord | string {
  if (!isObject(value)) return `quiz record ${index + 1} is not an object`
  const at = time(value.at)
  if (typeof value.id !== 'string' || value.id === '') return `quiz record ${index + 1} has no id`
  if (at === undefined) return `quiz record ${index + 1} has a bad date`
  if (!GRADES.includes(value.grade as Grade)) return `quiz record ${index + 1} has a bad grade`
  if (value.ratio !== undefined && typeof value.ratio !== 'number') return `quiz record ${index + 1} has a bad ratio`
  return { id: value.id, at, grade: value.grade as Grade, ...(typeof value.ratio === 'number' ? { ratio: value.ratio } : {}) }
}

/** Checks a parsed JSON value; the reason names the first thing wrong. */
export function parseDrillState(data: unknown): DrillStateParse {
  if (!isObject(data)) return { ok: false, reason: 'not a JSON object' }
  const version = data.schemaVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > DRILL_STATE_VERSION) {
    return { ok: false, reason: `written by a newer sysdrill (schema ${version}; this one reads ${DRILL_STATE_VERSION})`, newerVersion: version }
  }
  if (version !== DRILL_STATE_VERSION) return { ok: false, reason: 'no schemaVersion 1' }
  if (!isObject(data.cards)) return { ok: false, reason: "'cards' is not an object" }
  if (!Array.isArray(data.quizzes)) return { ok: false, reason: "'quizzes' is not a list" }
  const state = emptyDrillState()
  for (const [id, value] of Object.entries(data.cards)) {
    const card = parseCard(id, value)
    if (typeof card === 'string') return { ok: false, reason: card }
    state.cards[id] = card
  }
  for (const [index, value] of data.quizzes.entries()) {
    const record = parseQuiz(value, index)
    if (typeof record === 'string') return { ok: false, reason: record }
    state.quizzes.push(record)
  }
  return { ok: true, state }
}

export function withCard(state: DrillState, id: string, card: CardState): DrillState {
  return { ...state, cards: { ...state.cards, [id]: card } }
}

export function withQuiz(state: DrillState, record: QuizRecord): DrillState {
  const quizzes = [...state.quizzes, record]
  return { ...state, quizzes: quizzes.slice(Math.max(0, quizzes.length - MAX_QUIZ_RECORDS)) }
}
