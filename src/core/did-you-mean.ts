/**
 * "Did you mean": the one place that decides whether a misspelt word (a key, a unit, a
 * command, an id) was plausibly meant to be a known one. Every module suggests through here,
 * so the same slip gets the same suggestion everywhere.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment): `titel` is one edit
 * from `title`. With a limit, stops early and returns limit + 1 once the words are further apart.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const cols = b.length + 1
  let before = new Array<number>(cols).fill(0)
  let previous = Array.from({ length: cols }, (_, j) => j)
  let current = new Array<number>(cols).fill(0)
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}

/** snake_case, kebab-case and case differences do not count as typos: key_points ~ keyPoints. */
const fold = (word: string): string => word.toLowerCase().replace(/[-_\s]/g, '')

/**
 * The candidate closest to `word`, or undefined when none is plausibly meant. A candidate
 * qualifies when it differs only in case or separators, or is within about a third of its
 * length in edits (at least 1, at most 3), or when one starts with the other (4 letters on).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const folded = fold(word)
  let best: string | undefined
  let bestScore = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    if (candidate === word) continue
    const target = fold(candidate)
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(folded.length, target.length) / 3)))
    const distance = target === folded ? 0 : editDistance(folded, target, limit + 1)
    // one or two letters are too little to guess from ('d' is not 'id')
    if (distance > 0 && folded.length < 3) continue
    const prefix = folded.length >= 4 && (target.startsWith(folded) || folded.startsWith(target))
    const score = prefix && distance > limit ? limit : distance
    if (score <= limit && score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

/** Every candidate within `maxDistance` edits (exact spelling, case kept), closest first, at most `count`. */
export function closestMatches(word: string, candidates: Iterable<string>, maxDistance: number, count = 3): string[] {
  const scored: Array<[string, number]> = []
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, maxDistance)
    if (distance <= maxDistance) scored.push([candidate, distance])
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
  return [...new Set(scored.map(([c]) => c))].slice(0, count)
}

/** " (did you mean 'x'?)" or "" */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates)
  return match === undefined ? '' : ` (did you mean '${match}'?)`
}
