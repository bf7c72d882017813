/**
 * `100 million DAU * 10 requests/day` gives DAU·requests/s: two counts multiplied, almost
 * always a missing "per" (10 requests/user/day). `3 machines * 50 GB` gives GB·machines: a
 * size (or data rate) times a count, almost always a size per thing written without its
 * "per". The value is right for what was typed, so these are notes, not errors.
 */
import type { Qty } from './quantity'

export function countProductNote(q: Qty): string | undefined {
  const counted = q.written.filter((f) => f.def.category === 'count' && f.power > 0)
  if (counted.length >= 2) {
    const [first, second] = counted.map((f) => f.def)
    const [a, b] = [first!, second!]
    return `two counts are multiplied (${a.singular}·${b.plural}); if one is per the other, write it with a slash: ${b.plural}/${a.singular} or ${a.plural}/${b.singular}`
  }
  return sizeTimesCountNote(q)
}

/** One count times data (or a data rate) that nothing divides: GB·machines, Mbps·viewers. */
function sizeTimesCountNote(q: Qty): string | undefined {
  const counted = q.written.filter((f) => f.def.category === 'count' && f.power > 0)
  if (counted.length !== 1 || counted[0]!.power !== 1 || q.written.some((f) => f.def.category === 'count' && f.power < 0)) return undefined
  const data = q.written.filter((f) => f.def.category === 'data' || f.def.category === 'rate')
  const size = data.find((f) => f.power === 1)
  if (data.length !== 1 || size === undefined) return undefined
  const thing = counted[0]!.def
  const what = size.def.category === 'rate' ? 'a data rate' : 'a data amount'
  return `${what} times a count (${size.def.id}·${thing.plural}); if it is per ${thing.singular}, write ${size.def.id}/${thing.singular}`
}
