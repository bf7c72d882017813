/**
 * Which unit a result is shown in. With `to X` it is X. Otherwise (decided, tested):
 * - data: bytes unless the input used only bits; decimal prefixes unless it used IEC ones;
 *   the prefix that puts the number between 1 and 1000 (46.3 MB/s, 1.6 GB); bits per
 *   second read as Mbps, Gbps;
 * - rates: per second, unless that is below 1 (40 disks/year stays per year);
 * - durations: ns, µs, ms, s, min, h, days, years by size (or the input's own unit when it
 *   reads between 1 and 1000: `3 months` stays 3 months);
 * - counts keep their noun, plural unless the value is exactly 1 (192 machines, 1 machine),
 *   per-thing units put the thing last (KB/comment, ms/request, requests/s/machine);
 * - plain numbers stay plain; with `%` in the input, a dimensionless result is a percentage.
 */
import type { Qty, WrittenFactor } from './quantity'
import { NAPKIN_DAY_FACTOR, TIME_UNITS, type UnitDef } from './unit-table'
import type { UnitSystem } from './unit-system'

export interface DisplayUnit {
  /** the unit text; `one` picks singular nouns (value exactly 1) */
  text(one: boolean): string
  /** the SI value of one display unit (a value shows as si / factor) */
  factor: number
  kind: 'plain' | 'percent' | 'duration' | 'other'
  /** number words (million, billion) may scale the value */
  words: boolean
  /** napkin maths scales day-or-longer units (1 day ≈ 10^5 s); this is that scale for the whole unit */
  napkinScale: number
}

export interface DisplayEnv {
  system: UnitSystem
  countDef(key: string): UnitDef | undefined
}

interface Piece {
  one: string
  many: string
  power: number
  /** SI value of this piece's unit */
  factor: number
  count?: boolean
  /** a day-or-longer time unit */
  long?: boolean
}

const SI_PREFIXES: Array<[string, number]> = [
  ['E', 1e18],
  ['P', 1e15],
  ['T', 1e12],
  ['G', 1e9],
  ['M', 1e6],
  ['k', 1e3],
]
const IEC_PREFIXES: Array<[string, number]> = [
  ['Ei', 2 ** 60],
  ['Pi', 2 ** 50],
  ['Ti', 2 ** 40],
  ['Gi', 2 ** 30],
  ['Mi', 2 ** 20],
  ['Ki', 2 ** 10],
]

const time = (id: string) => TIME_UNITS.find((t) => t.id === id)!
const LONG_TIME = new Set(['day', 'week', 'month', 'year'])

/** The name of a time unit: symbols for short ones, words (days, years) for long ones. */
export function timePiece(id: string, power: number): Piece {
  const t = time(id)
  const many = LONG_TIME.has(id) ? `${id}s` : id
  return { one: id, many, power, factor: t.seconds ** power, long: t.seconds >= 86400 }
}

export function composeText(pieces: readonly Piece[], one: boolean): string {
  const numerator = pieces.filter((p) => p.power > 0)
  const denominator = pieces.filter((p) => p.power < 0)
  const pow = (p: Piece, name: string) => (Math.abs(p.power) === 1 ? name : `${name}^${Math.abs(p.power)}`)
  const lastCount = numerator.findLastIndex((p) => p.power === 1)
  const num = numerator.map((p, i) => pow(p, !one && i === lastCount ? p.many : p.one)).join('·')
  const den = denominator.map((p) => `/${pow(p, p.one)}`).join('')
  return `${num}${den}`
}

function compose(pieces: Piece[], kind: DisplayUnit['kind'], words: boolean): DisplayUnit {
  const factor = pieces.reduce((f, p) => f * p.factor, 1)
  const napkinScale = pieces.reduce((f, p) => (p.long ? f * NAPKIN_DAY_FACTOR ** p.power : f), 1)
  return { text: (one) => composeText(pieces, one), factor, kind, words, napkinScale }
}

/**
 * A number and its unit as one reads them: `46.3 MB/s`, but `69,444/s` for a plain count per
 * second (a unit that starts with `/` hangs off the number, as it is written by hand).
 */
export function withUnitText(number: string, unitText: string): string {
  if (unitText === '') return number
  return unitText.startsWith('/') ? `${number}${unitText}` : `${number} ${unitText}`
}

export const PLAIN_UNIT: DisplayUnit = { text: () => '', factor: 1, kind: 'plain', words: true, napkinScale: 1 }
export const PERCENT_UNIT: DisplayUnit = { text: () => '%', factor: 0.01, kind: 'percent', words: false, napkinScale: 1 }

/** The display unit for `to <units>`. */
export function targetUnit(factors: readonly WrittenFactor[], unitOf: (def: UnitDef) => number): DisplayUnit {
  const pieces = factors.map((f) => piece(f.def, f.power, unitOf(f.def)))
  const onlyTime = factors.length === 1 && factors[0]!.def.category === 'time' && factors[0]!.power === 1
  const hasCount = factors.some((f) => f.def.category === 'count' && f.power > 0)
  return compose(pieces, onlyTime ? 'duration' : 'other', hasCount)
}

function piece(def: UnitDef, power: number, siValue: number): Piece {
  if (def.category === 'count') return { one: def.singular!, many: def.plural!, power, factor: 1, count: true }
  if (def.category === 'time') return { ...timePiece(def.id, power), factor: siValue ** power }
  return { one: def.id, many: def.id, power, factor: siValue ** power }
}

/** The unit the engine picks for a value (see the module comment). */
export function autoUnit(q: Qty, env: DisplayEnv, options: { base?: boolean } = {}): DisplayUnit {
  const { system } = env
  const dims = q.dimensions
  const d = dims[system.dataIndex] ?? 0
  const t = dims[system.timeIndex] ?? 0
  const counts: Piece[] = []
  for (let i = 0; i < dims.length; i += 1) {
    const power = dims[i] ?? 0
    if (power === 0 || i === system.dataIndex || i === system.timeIndex) continue
    const key = system.countKeyAt(i)
    const def = key === undefined ? undefined : q.hints.nouns.get(key) ?? env.countDef(key)
    if (def === undefined) return compose([{ one: '?', many: '?', power, factor: 1 }], 'other', false)
    counts.push({ one: def.singular!, many: def.plural!, power, factor: 1, count: true })
  }
  if (d === 0 && t === 0 && counts.length === 0) {
    return q.hints.percent ? PERCENT_UNIT : PLAIN_UNIT
  }

  const bits = q.hints.bits && !q.hints.bytes
  const dataBase = bits ? 1 : 8
  // the value with data in base units (b or B) and time in seconds
  const base = (q.value as number) / dataBase ** d
  const pieces: Piece[] = []

  let timeChoice: Piece | undefined
  if (t === 1 && d === 0) timeChoice = timePiece(options.base ? 's' : durationUnit(Math.abs(base), q.hints.times), 1)
  else if (t === -1) timeChoice = timePiece(options.base ? 's' : rateUnit(Math.abs(base), q.hints.times), -1)
  else if (t !== 0) timeChoice = timePiece('s', t)
  const perTime = timeChoice === undefined ? base : base / timeChoice.factor

  if (d !== 0) {
    if (d === 1) {
      const [prefix, scale] = options.base ? ['', 1] : pickPrefix(Math.abs(perTime), q.hints.iec)
      const symbol = `${prefix}${bits ? 'b' : 'B'}`
      if (bits && t === -1 && timeChoice?.one === 's') {
        pieces.push({ one: `${prefix}bps`, many: `${prefix}bps`, power: 1, factor: scale * dataBase })
        timeChoice = { ...timeChoice, one: '', many: '', factor: 1, power: 0 }
      } else pieces.push({ one: symbol, many: symbol, power: 1, factor: scale * dataBase })
    } else {
      const written = q.written.find((f) => f.def.category === 'data' && Math.sign(f.power) === Math.sign(d))
      const symbol = written?.def.id ?? (bits ? 'b' : 'B')
      const unitBytes = written ? writtenBits(written.def) : dataBase
      pieces.push({ one: symbol, many: symbol, power: d, factor: unitBytes ** d })
    }
  }
  if (timeChoice && timeChoice.power > 0) pieces.push(timeChoice)
  pieces.push(...counts.filter((c) => c.power > 0))
  if (timeChoice && timeChoice.power < 0) pieces.push(timeChoice)
  pieces.push(...counts.filter((c) => c.power < 0))

  const kind = t === 1 && d === 0 && counts.length === 0 ? 'duration' : 'other'
  const words = d <= 0 && t <= 0
  return compose(
    pieces.filter((p) => p.power !== 0),
    kind,
    words,
  )
}

function writtenBits(def: UnitDef): number {
  const match = /^(Ki|Mi|Gi|Ti|Pi|Ei|k|K|M|G|T|P|E)?(b|B)$/.exec(def.id)
  if (!match) return 8
  const prefix = match[1] ?? ''
  const scale = IEC_PREFIXES.find(([p]) => p === prefix)?.[1] ?? SI_PREFIXES.find(([p]) => p === prefix.replace('K', 'k'))?.[1] ?? 1
  return scale * (match[2] === 'b' ? 1 : 8)
}

function pickPrefix(magnitude: number, iec: boolean): [string, number] {
  for (const [prefix, scale] of iec ? IEC_PREFIXES : SI_PREFIXES) if (magnitude >= scale) return [prefix, scale]
  return ['', 1]
}

const DURATION_STEPS: Array<[number, string]> = [
  [1e-6, 'ns'],
  [1e-3, 'µs'],
  [1, 'ms'],
  [60, 's'],
  [3600, 'min'],
  [86400, 'h'],
  [31556952, 'day'],
]

/** ns .. years by size; the input's own unit wins when it is larger and reads 1..1000. */
function durationUnit(seconds: number, seen: readonly string[]): string {
  if (seconds === 0) return seen.find((id) => id !== undefined) ?? 's'
  const auto = DURATION_STEPS.find(([limit]) => seconds < limit)?.[1] ?? 'year'
  const autoSeconds = time(auto).seconds
  const own = seen
    .map(time)
    .filter((u) => u.seconds > autoSeconds && seconds / u.seconds >= 1 && seconds / u.seconds < 1000)
    .sort((a, b) => b.seconds - a.seconds)[0]
  return own?.id ?? auto
}

const RATE_STEPS = ['min', 'h', 'day', 'week', 'month', 'year']

/** Per second, unless that reads below 1: then the input's largest time unit, or the first that reads 1 or more. */
function rateUnit(perSecond: number, seen: readonly string[]): string {
  if (perSecond === 0 || perSecond >= 1) return 's'
  const own = seen
    .map(time)
    .filter((u) => u.seconds > 1)
    .sort((a, b) => b.seconds - a.seconds)[0]
  if (own) return own.id
  return RATE_STEPS.find((id) => perSecond * time(id).seconds >= 1) ?? 'year'
}
