/**
 * The order to ask estimation quizzes in: first the ones last answered badly (off, wrong units,
 * invalid or skipped; the oldest miss first), then ones never asked, one problem at a time in a
 * shuffled order of problems (one question per problem per round, so a run spans several
 * problems), then the rest, least recently asked first.
 *
 * Which questions a problem has is only known once its file is read, so this returns a plan
 * (quiz ids and an order of problems) and the shell reads problems lazily until it has enough.
 * The shuffle is seeded (the shell passes the clock), so a run is reproducible under a fixed clock.
 */
import type { QuizRecord } from './drill-state'

const NEEDS_RETRY = new Set(['off', 'wrong-units', 'invalid', 'missing'])

export interface QuizPlan {
  /** quiz ids last answered badly, the oldest first */
  retry: string[]
  /** problem ids to look for never-asked questions in, in this order */
  problems: string[]
  /** quiz ids last answered well enough, the least recently asked first */
  seen: string[]
  /** every quiz id ever asked (to tell never-asked questions apart) */
  asked: ReadonlySet<string>
}

export function planQuizzes(problemIds: readonly string[], log: readonly QuizRecord[], seed: number): QuizPlan {
  const last = new Map<string, QuizRecord>()
  for (const record of log) {
    const previous = last.get(record.id)
    if (!previous || record.at >= previous.at) last.set(record.id, record)
  }
  const byAge = (a: QuizRecord, b: QuizRecord) => a.at - b.at || (a.id < b.id ? -1 : 1)
  const records = [...last.values()].sort(byAge)
  return {
    retry: records.filter((r) => NEEDS_RETRY.has(r.grade)).map((r) => r.id),
    problems: shuffle([...new Set(problemIds)].sort(), seed),
    seen: records.filter((r) => !NEEDS_RETRY.has(r.grade)).map((r) => r.id),
    asked: new Set(last.keys()),
  }
}

/** mulberry32: a small, well-distributed 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = Math.floor(Math.abs(seed)) % 4294967296
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher-Yates with a seeded generator; shuffles in place and returns the array. */
export function shuffle<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed)
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}
