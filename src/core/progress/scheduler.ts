/**
 * Spaced repetition for concept cards: SM-2 (SuperMemo 2, the scheduler Anki grew out of),
 * with Anki's four answer buttons. Why SM-2 rather than Leitner boxes: the four self-grades
 * carry more than pass/fail, and SM-2 keeps a per-card ease that learns which concepts keep
 * slipping (Paxos comes back sooner than DNS), where boxes treat every card alike. Why not
 * FSRS: it needs parameters fitted on many reviews, and one person's deck of long-answer cards
 * never produces enough of them; SM-2's intervals are also easy to explain ("in 6 days").
 *
 *   again  forgotten: back in 10 minutes, the run of successes restarts, ease -0.20
 *   hard   recalled with effort: interval x 1.2 (first time: 1 day), ease -0.14 (SM-2, q = 3)
 *   good   recalled: 1 day, then 6 days, then interval x ease (SM-2, q = 4, ease unchanged)
 *   easy   effortless: 4 days, then interval x ease x 1.3, ease +0.10 (SM-2, q = 5)
 *
 * Intervals use the ease before this answer; ease never drops below 1.3; no interval exceeds
 * a year. Time is a parameter (epoch ms).
 *
 * A learned card answered before it is due (named on the command line, or in an answers file)
 * earns only the time that really passed, as Anki does for early reviews: the interval becomes
 * the days elapsed times the ease (hard x 1.2, easy x ease x 1.15), never less than it was
 * (hard: 60 % of it), and the run of successes does not advance. Without this, answering a card
 * three times in a minute would put it 15 days away.
 */

export const SELF_GRADES = ['again', 'hard', 'good', 'easy'] as const
export type SelfGrade = (typeof SELF_GRADES)[number]

export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000

export const START_EASE = 2.5
export const MIN_EASE = 1.3
export const AGAIN_MINUTES = 10
export const MAX_INTERVAL_DAYS = 365
const HARD_FACTOR = 1.2
const EASY_BONUS = 1.3

/** SM-2's ease change for the quality of a successful answer: 0.1 - (5-q)(0.08 + (5-q)0.02). */
const EASE_CHANGE: Record<SelfGrade, number> = { again: -0.2, hard: -0.14, good: 0, easy: 0.1 }

export interface CardSchedule {
  /** successful answers in a row; 0 for a new card or one just forgotten */
  reps: number
  /** SM-2's E-factor */
  ease: number
  /** the interval chosen at the last answer, in days (0 after "again") */
  intervalDays: number
  /** times the card was forgotten after having been learned */
  lapses: number
  /** every answer ever given */
  reviews: number
  /** epoch ms */
  dueAt: number
  lastReviewedAt: number
  lastGrade: SelfGrade
}

export function isSelfGrade(value: unknown): value is SelfGrade {
  return typeof value === 'string' && (SELF_GRADES as readonly string[]).includes(value)
}

/** The next interval in days for a successful answer, before the cap. */
function successInterval(previous: CardSchedule | undefined, grade: Exclude<SelfGrade, 'again'>): number {
  const reps = previous?.reps ?? 0
  const last = previous?.intervalDays ?? 0
  const ease = previous?.ease ?? START_EASE
  if (reps === 0) return grade === 'easy' ? 4 : 1
  const good = reps === 1 ? 6 : Math.round(last * ease)
  if (grade === 'hard') return Math.max(last + 1, Math.round(last * HARD_FACTOR))
  if (grade === 'good') return Math.max(last + 1, good)
  return Math.max(good + 1, Math.round((reps === 1 ? 6 : last * ease) * EASY_BONUS))
}

const EARLY_EASY_BONUS = 1.15
const EARLY_HARD_FLOOR = 0.6

/** A success on a learned card before it was due: scaled by the days that really passed. */
function earlyInterval(previous: CardSchedule, grade: Exclude<SelfGrade, 'again'>, nowMs: number): number {
  const elapsedDays = Math.max(0, nowMs - previous.lastReviewedAt) / DAY_MS
  const last = previous.intervalDays
  if (grade === 'hard') return Math.max(1, Math.round(Math.max(last * EARLY_HARD_FLOOR, elapsedDays * HARD_FACTOR)))
  const grown = Math.max(last, elapsedDays * previous.ease)
  return Math.max(1, Math.round(grade === 'easy' ? grown * EARLY_EASY_BONUS : grown))
}

/** The card's schedule after answering it with `grade` at `nowMs` (previous undefined: a new card). */
export function scheduleCard(previous: CardSchedule | undefined, grade: SelfGrade, nowMs: number): CardSchedule {
  const ease = Math.max(MIN_EASE, round2((previous?.ease ?? START_EASE) + EASE_CHANGE[grade]))
  const base = { ease, reviews: (previous?.reviews ?? 0) + 1, lastReviewedAt: nowMs, lastGrade: grade }
  if (grade === 'again') {
    const learned = (previous?.reps ?? 0) > 0
    return { ...base, reps: 0, intervalDays: 0, lapses: (previous?.lapses ?? 0) + (learned ? 1 : 0), dueAt: nowMs + AGAIN_MINUTES * MINUTE_MS }
  }
  const early = previous !== undefined && previous.reps > 0 && nowMs < previous.dueAt
  const intervalDays = Math.min(MAX_INTERVAL_DAYS, early ? earlyInterval(previous, grade, nowMs) : successInterval(previous, grade))
  const reps = (previous?.reps ?? 0) + (early ? 0 : 1)
  return { ...base, reps, intervalDays, lapses: previous?.lapses ?? 0, dueAt: nowMs + intervalDays * DAY_MS }
}

/** What each grade would schedule, for the self-grade prompt ("good: in 6 days"). */
export function previewGrades(previous: CardSchedule | undefined, nowMs: number): Record<SelfGrade, CardSchedule> {
  return {
    again: scheduleCard(previous, 'again', nowMs),
    hard: scheduleCard(previous, 'hard', nowMs),
    good: scheduleCard(previous, 'good', nowMs),
    easy: scheduleCard(previous, 'easy', nowMs),
  }
}

/** "in 10 minutes", "in 1 day", "in 6 days", "in 3 months" */
export function describeInterval(ms: number): string {
  if (ms < 90 * MINUTE_MS) {
    const minutes = Math.max(1, Math.round(ms / MINUTE_MS))
    return `in ${minutes} minute${minutes === 1 ? '' : 's'}`
  }
  const hours = Math.round(ms / (60 * MINUTE_MS))
  // 23.6 hours rounds to a day, not to "24 hours"
  if (hours < 24) return `in ${hours} hour${hours === 1 ? '' : 's'}`
  const days = Math.max(1, Math.round(ms / DAY_MS))
  if (days < 60) return `in ${days} day${days === 1 ? '' : 's'}`
  const months = Math.round(days / 30.4)
  return `in ${months} month${months === 1 ? '' : 's'}`
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}
