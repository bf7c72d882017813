/** "Did you mean": the closest known spellings to a word, by edit distance. */

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0)
    row[0] = i
    return row
  })
  for (let j = 0; j < cols; j += 1) d[0]![j] = j
  for (let i = 1; i < rows; i += 1) {
    let rowMin = Infinity
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1)
      d[i]![j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
  }
  return d[a.length]![b.length]!
}

/** Candidates within `maxDistance`, closest first, at most `count`. */
export function closest(word: string, candidates: Iterable<string>, maxDistance: number, count = 3): string[] {
  const scored: Array<[string, number]> = []
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, maxDistance)
    if (distance <= maxDistance) scored.push([candidate, distance])
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
  return [...new Set(scored.map(([c]) => c))].slice(0, count)
}

/** "a", "a or b", "a, b or c" */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}
