/** "Did you mean" for keys, enum values and ids: the closest candidate, if it is close enough. */

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/** snake_case, kebab-case and case differences do not count as typos: key_points ~ keyPoints. */
const fold = (word: string): string => word.toLowerCase().replace(/[-_\s]/g, '')

/**
 * The candidate closest to `word`, or undefined when none is plausibly meant. A candidate
 * qualifies when it differs only in case or separators, or is within about a third of its
 * length in edits (at least 1, at most 3).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const folded = fold(word)
  let best: string | undefined
  let bestScore = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    if (candidate === word) continue
    const target = fold(candidate)
    const distance = target === folded ? 0 : editDistance(folded, target)
    // one or two letters are too little to guess from ('d' is not 'id')
    if (distance > 0 && folded.length < 3) continue
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(folded.length, target.length) / 3)))
    const prefix = folded.length >= 4 && (target.startsWith(folded) || folded.startsWith(target))
    const score = prefix && distance > limit ? limit : distance
    if (score <= limit && score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

/** " (did you mean 'x'?)" or "" */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates)
  return match === undefined ? '' : ` (did you mean '${match}'?)`
}
