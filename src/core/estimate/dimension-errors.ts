/**
 * Dimension mismatches, worded for people: both sides as written, what kind of quantity
 * each is, and what to multiply or divide by to fix it, with an example.
 *   cannot convert comments/day to MB/s: multiply by a size per comment (e.g. 2 KB/comment)
 */
import { autoUnit, targetUnit, withUnitText } from './display-unit'
import { formatHeadline } from './format-number'
import type { Qty, WrittenFactor } from './quantity'
import { isDimensionless } from './quantity'
import type { UnitDef } from './unit-table'
import type { UnitSystem } from './unit-system'

export interface DimensionEnv {
  system: UnitSystem
  countDef(key: string): UnitDef | undefined
}

interface Parts {
  d: number
  t: number
  counts: Array<{ key: string; power: number; one: string; many: string }>
}

function parts(dims: readonly number[], env: DimensionEnv, nouns: ReadonlyMap<string, UnitDef>): Parts {
  const counts: Parts['counts'] = []
  dims.forEach((power, i) => {
    if (!power || i === env.system.dataIndex || i === env.system.timeIndex) return
    const key = env.system.countKeyAt(i) ?? '?'
    const def = nouns.get(key) ?? env.countDef(key)
    counts.push({ key, power, one: def?.singular ?? key, many: def?.plural ?? key })
  })
  return { d: dims[env.system.dataIndex] ?? 0, t: dims[env.system.timeIndex] ?? 0, counts }
}

/** Units as written: "comments/day", "KB/comment", "" for a plain number. */
export function writtenLabel(written: readonly WrittenFactor[]): string {
  const name = (f: WrittenFactor, plural: boolean) => {
    const def = f.def
    const base = def.category === 'count' ? (plural ? def.plural! : def.singular!) : def.id
    return Math.abs(f.power) === 1 ? base : `${base}^${Math.abs(f.power)}`
  }
  const num = written.filter((f) => f.power > 0).map((f) => name(f, true))
  const den = written.filter((f) => f.power < 0).map((f) => name(f, false))
  if (num.length === 0 && den.length === 0) return ''
  return `${num.length === 0 ? '1' : num.join('·')}${den.map((d) => `/${d}`).join('')}`
}

function label(q: Qty, env: DimensionEnv): string {
  if (isDimensionless(q.dimensions)) return 'a plain number'
  // TB/GB in `9.6 TB / 50 GB/machine` cancel: name the value as shown (machines), not TB·machines/GB
  const w = q.written
  const cancelling = w.some((f) => f.def.category !== 'count' && w.some((g) => g.def.category === f.def.category && g.power * f.power < 0))
  if (cancelling) return autoUnit(q, env).text(false)
  return writtenLabel(w) || 'this value'
}

/** "data", "time", "a data rate", "comments", "a size per comment" ... */
function kindOf(p: Parts): string {
  const [c1, c2] = p.counts
  const n = p.counts.length
  if (p.d === 0 && p.t === 0 && n === 0) return 'a plain number'
  if (n === 0) {
    if (p.d === 1 && p.t === 0) return 'data'
    if (p.d === 0 && p.t === 1) return 'time'
    if (p.d === 1 && p.t === -1) return 'a data rate'
    if (p.d === 0 && p.t === -1) return 'a frequency'
  }
  if (n === 1 && c1!.power === 1 && p.d === 0 && p.t === 0) return c1!.many
  if (n === 1 && c1!.power === 1 && p.d === 0 && p.t === -1) return `a rate of ${c1!.many}`
  if (n === 1 && c1!.power === -1 && p.d === 1 && p.t === 0) return `a size per ${c1!.one}`
  if (n === 1 && c1!.power === -1 && p.d === 0 && p.t === 1) return `a time per ${c1!.one}`
  if (n === 2 && p.d === 0 && p.t === 0 && c1!.power * c2!.power === -1) {
    const [top, bottom] = c1!.power > 0 ? [c1!, c2!] : [c2!, c1!]
    return `${top.many} per ${bottom.one}`
  }
  return 'a different kind of quantity'
}

/** An example size per thing that reads true: RAM per machine, capacity per disk, else a record. */
function sizeFor(countKey: string): string {
  return countKey === 'machine' ? '64 GB' : countKey === 'disk' ? '10 TB' : '2 KB'
}

/** What multiplying by R means: "a size per comment" with an example "2 KB/comment"; undefined when there is no plain name for it. */
function describeFactor(p: Parts): { what: string; example: string } | undefined {
  const n = p.counts.length
  const [c1, c2] = p.counts
  const perCounts = p.counts.filter((c) => c.power === -1)
  const overCount = n === 1 && c1!.power === -1 ? `/${c1!.one}` : undefined
  if (p.d === 1 && p.t === 0 && (n === 0 || overCount)) {
    return overCount ? { what: `a size per ${c1!.one}`, example: `${sizeFor(c1!.key)}${overCount}` } : { what: 'a size', example: '2 KB' }
  }
  if (p.d === 1 && p.t === -1 && (n === 0 || overCount)) return { what: `a data rate${overCount ? ` per ${c1!.one}` : ''}`, example: `125 MB/s${overCount ?? ''}` }
  if (p.d === 0 && p.t === 1 && (n === 0 || overCount)) return overCount ? { what: `a time per ${c1!.one}`, example: `5 ms${overCount}` } : { what: 'a duration', example: '1 day' }
  if (p.d === 0 && p.t === 0 && n === 1 && c1!.power === 1) return { what: `a number of ${c1!.many}`, example: `10 ${c1!.many}` }
  if (p.d === 0 && p.t === -1 && n === 1 && c1!.power === 1) return { what: `a rate of ${c1!.many}`, example: `100 ${c1!.many}/s` }
  if (p.d === 0 && n === 2 && perCounts.length === 1 && (p.t === 0 || p.t === -1)) {
    const [top, bottom] = c1!.power > 0 ? [c1!, c2!] : [c2!, c1!]
    // 10,000 requests/s/machine: the usual way to size a tier
    if (p.t === -1) return { what: `a rate of ${top.many} per ${bottom.one}`, example: `1,000 ${top.many}/s/${bottom.one}` }
    return { what: `a ratio of ${top.many} per ${bottom.one}`, example: `3 ${top.many}/${bottom.one}` }
  }
  return undefined
}

/** What was probably meant per thing: a size (4 KB), a data rate (5 Mbps), a time (10 ms) or a rate (10 requests/s). */
function perThingExample(p: Parts): [string, string] | undefined {
  if (p.counts.length === 0 && p.d === 1 && p.t === 0) return ['size', '4 KB']
  if (p.counts.length === 0 && p.d === 1 && p.t === -1) return ['rate', '5 Mbps']
  if (p.counts.length === 0 && p.d === 0 && p.t === 1) return ['time', '10 ms']
  const [c] = p.counts
  if (p.counts.length === 1 && c!.power === 1 && p.d === 0 && p.t === -1) return ['rate', `10 ${c!.many}/s`]
  return undefined
}

/** A unit of the same kind, for "after to, name a unit of the value's own kind (e.g. Gbps)". */
function sampleUnit(p: Parts): string | undefined {
  const [c1, c2] = p.counts
  const n = p.counts.length
  if (n === 0) {
    if (p.d === 1 && p.t === 0) return 'GB'
    if (p.d === 0 && p.t === 1) return 'h'
    if (p.d === 1 && p.t === -1) return 'Gbps'
    return undefined
  }
  if (n === 1 && c1!.power === 1 && p.d === 0 && (p.t === 0 || p.t === -1)) return p.t === 0 ? c1!.many : `${c1!.many}/s`
  if (n === 1 && c1!.power === -1 && p.t === 0 && p.d === 1) return `KB/${c1!.one}`
  if (n === 1 && c1!.power === -1 && p.d === 0 && p.t === 1) return `ms/${c1!.one}`
  if (n === 2 && p.d === 0 && p.t === 0 && c1!.power * c2!.power === -1) {
    const [top, bottom] = c1!.power > 0 ? [c1!, c2!] : [c2!, c1!]
    return `${top.many}/${bottom.one}`
  }
  return undefined
}

function invert(p: Parts): Parts {
  return { d: -p.d, t: -p.t, counts: p.counts.map((c) => ({ ...c, power: -c.power })) }
}

function ratioParts(top: readonly number[], bottom: readonly number[], env: DimensionEnv, nouns: ReadonlyMap<string, UnitDef>): Parts {
  const n = Math.max(top.length, bottom.length)
  const dims = Array.from({ length: n }, (_, i) => (top[i] ?? 0) - (bottom[i] ?? 0))
  return parts(dims, env, nouns)
}

const onlyTime = (p: Parts, power: number) => p.d === 0 && p.counts.length === 0 && p.t === power

function daiHint(q: Qty): string {
  return q.hints.rateNouns.includes('user') ? '; if /day meant daily active users, drop it: DAU is a count, not a rate' : ''
}

/** `x to unit` where the dimensions differ. */
export function conversionMessage(q: Qty, targetText: string, targetDims: readonly number[], env: DimensionEnv): string {
  const from = label(q, env)
  const nouns = q.hints.nouns
  const r = ratioParts(targetDims, q.dimensions, env, nouns)
  const head = `cannot convert ${from} to ${targetText}`
  const suspect = suspects(q)
  if (suspect !== '') return `${head}: ${suspect}`
  if (isDimensionless(q.dimensions)) return `${head}: a plain number has no unit to convert; give it one (e.g. 5 ${targetText})`
  if (isDimensionless(targetDims)) return `${head}: ${from} is ${kindOf(parts(q.dimensions, env, nouns))}, not a plain number`
  if (onlyTime(r, 1)) return `${head}: ${from} is a rate and ${targetText} an amount; multiply by a duration (e.g. * 1 day)${daiHint(q)}`
  if (onlyTime(r, -1)) return `${head}: ${from} is an amount and ${targetText} a rate; divide by a duration (e.g. / 1 day)`
  const differentThings = r.d === 0 && r.t === 0 && r.counts.length === 2 && r.counts[0]!.power * r.counts[1]!.power === -1
  if (differentThings) return `${head}: they count different things; relate them with a ratio (e.g. ${describeFactor(r)!.example})`
  const reciprocal = q.dimensions.every((power, i) => power === -(targetDims[i] ?? 0)) && targetDims.every((power, i) => power === -(q.dimensions[i] ?? 0))
  if (reciprocal) {
    const example = from.startsWith('1/') ? `1 / x to ${targetText}` : `1 / (50 ${from}) to ${targetText}`
    return `${head}: ${targetText} is the reciprocal of ${from}; divide 1 by the value (e.g. ${example})`
  }
  const extra = r.d === 0 && r.t === 0 && r.counts.length === 1 && r.counts[0]!.power === -1 ? r.counts[0]! : undefined
  const own = parts(q.dimensions, env, nouns)
  // what is left once the extra count is taken away (with its /s when it came as a rate: 10k IOPS)
  const countRate = extra !== undefined && q.hints.rateNouns.includes(extra.key) ? 1 : 0
  const perThing = extra === undefined ? undefined : perThingExample({ ...own, t: own.t + countRate, counts: own.counts.filter((c) => c.key !== extra.key) })
  if (extra !== undefined && perThing !== undefined) {
    // 10k IOPS * 4 KB: the size was meant per operation
    const [what, example] = perThing
    return `${head}: the result still counts ${extra.many}; if the ${what} is per ${extra.one}, write it per ${extra.one} (e.g. ${example}/${extra.one})`
  }
  const allNegative = r.d <= 0 && r.t <= 0 && r.counts.every((c) => c.power < 0)
  const multiply = allNegative ? undefined : describeFactor(r)
  if (multiply) return `${head}: multiply by ${multiply.what} (e.g. ${multiply.example})`
  const divide = describeFactor(invert(r))
  if (divide) return `${head}: divide by ${divide.what} (e.g. ${divide.example})`
  const targetKind = parts(targetDims, env, nouns)
  const sample = sampleUnit(own)
  const kinds = `${from} is ${kindOf(own)} and ${targetText} is ${kindOf(targetKind)}`
  return sample === undefined ? `${head}: ${kinds}; check the units on both sides` : `${head}: ${kinds}; after to, name a unit of the value's own kind (e.g. ${sample})`
}

/** `a + b`, `a - b`, `a < b`, `max(a, b)` where the dimensions differ. */
export function mismatchMessage(verb: string, a: Qty, b: Qty, env: DimensionEnv): string {
  const nouns = new Map([...b.hints.nouns, ...a.hints.nouns])
  const pa = parts(a.dimensions, env, nouns)
  const pb = parts(b.dimensions, env, nouns)
  const la = label(a, env)
  const lb = label(b, env)
  const head = `cannot ${verb} ${la}${kindNote(la, pa)} and ${lb}${kindNote(lb, pb)}`
  const suspect = suspects(a, b)
  if (suspect !== '') return `${head}: ${suspect}`
  const plainA = isDimensionless(a.dimensions)
  const plainB = isDimensionless(b.dimensions)
  if (plainA || plainB) {
    const [plain, other] = plainA ? [a, b] : [b, a]
    const number = formatHeadline(plain.value)
    const unit = targetUnit(other.written, (def) => env.system.unitOf(def).value as number).text(plain.value === 1)
    return `cannot ${verb} ${plainA ? 'a plain number' : la} and ${plainB ? 'a plain number' : lb}: give the number a unit (e.g. ${withUnitText(number.text, unit)})`
  }
  const r = ratioParts(a.dimensions, b.dimensions, env, nouns)
  if (r.d === 0 && r.t === 0 && r.counts.length === 2 && r.counts[0]!.power * r.counts[1]!.power === -1) {
    return `${head}: they count different things; relate them with a ratio (e.g. ${describeFactor(r)!.example})`
  }
  if (r.d === 0 && r.t === 0 && r.counts.length === 1 && Math.abs(r.counts[0]!.power) === 1) {
    const c = r.counts[0]!
    const side = c.power > 0 ? lb : la
    return `${head}: multiply ${side} by a number of ${c.many} first (e.g. * 10 ${c.many})`
  }
  if (onlyTime(r, 1) || onlyTime(r, -1)) {
    const [rate, amount] = r.t === 1 ? [lb, la] : [la, lb]
    return `${head}: ${rate} is a rate and ${amount} an amount; multiply the rate by a duration first (e.g. * 1 day)${daiHint(r.t === 1 ? b : a)}`
  }
  // b times r has the kind of a: name r when it has a plain name (GB + requests: * 2 KB/request)
  const multiply = describeFactor(r)
  if (multiply) return `${head}: to ${verb} them, first multiply ${lb} by ${multiply.what} (e.g. * ${multiply.example})`
  const divide = describeFactor(invert(r))
  if (divide) return `${head}: to ${verb} them, first divide ${lb} by ${divide.what} (e.g. / ${divide.example})`
  return `${head}: they measure different things; use units of one kind on both sides (both like ${la}, or both like ${lb})`
}

/** "'reqeusts' is not a known unit; did you mean requests?" when a counted noun looks like a typo */
function suspects(...qs: Qty[]): string {
  for (const q of qs) {
    for (const f of q.written) {
      if (f.def.suspect !== undefined) return `'${f.def.plural}' is not a known unit; did you mean ${f.def.suspect}?`
    }
  }
  return ''
}

/** " (data)" after a label, unless it would only repeat it */
function kindNote(label: string, p: Parts): string {
  const kind = kindOf(p)
  if (kind === label || kind === 'a different kind of quantity' || kind === 'a plain number') return ''
  return ` (${kind})`
}
