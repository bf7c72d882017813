/**
 * The order to ask estimation quizzes in: first the ones last answered badly (off, wrong
 * units, invalid or skipped; the oldest miss first), then ones never asked (shuffled, so each
 * run starts somewhere new), then the rest, least recently asked first. The shuffle is seeded
 * (the shell passes the clock), so a run is reproducible under a fixed clock.
 */
import type { QuizRecord } from './drill-state'

const NEEDS_RETRY = new Set(['off', 'wrong-units', 'invalid', 'missing'])

export function orderQuizzes<T extends { id: string }>(questions: readonly T[], log: readonly QuizRecord[], seed: number): T[] {
  const last = new Map<string, QuizRecord>()
  for (const record of log) {
    const previous = last.get(record.id)
    if (!previous || record.at >= previous.at) last.set(record.id, record)
  }
  const retry: T[] = []
  const fresh: T[] = []
  const seen: T[] = []
  for (const q of questions) {
    const record = last.get(q.id)
    if (!record) fresh.push(q)
    else if (NEEDS_RETRY.has(record.grade)) retry.push(q)
    else seen.push(q)
  }
  const at = (q: T) => last.get(q.id)!.at
  retry.sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1))
  seen.sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1))
  return [...retry, ...shuffle([...fresh].sort((a, b) => (a.id < b.id ? -1 : 1)), seed), ...seen]
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

/** Fisher-Yates with a seeded generator. */
export function shuffle<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed)
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}
