/**
 * `100 million DAU * 10 requests/day` gives DAU·requests/s: two counts multiplied, almost
 * always a missing "per" (10 requests/user/day). The value is right for what was typed, so
 * this is a note, not an error.
 */
import type { Qty } from './quantity'

export function countProductNote(q: Qty): string | undefined {
  const counted = q.written.filter((f) => f.def.category === 'count' && f.power > 0)
  if (counted.length < 2) return undefined
  const [first, second] = counted.map((f) => f.def)
  const [a, b] = [first!, second!]
  return `two counts are multiplied (${a.singular}·${b.plural}); if one is per the other, write it with a slash: ${b.plural}/${a.singular} or ${a.plural}/${b.singular}`
}
