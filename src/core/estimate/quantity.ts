/**
 * The engine's value: a mathjs unit (SI value and dimension vector) plus what the input
 * looked like, which the formatter and the error messages need: the units as written
 * ("comments/day"), whether bits or IEC prefixes or `%` were used, and the noun chosen for
 * each counted thing ("servers" vs "machines").
 */
import type { MathUnit } from 'mathjs'
import type { DisplayUnit } from './display-unit'
import type { Quantity } from './types'
import type { UnitDef } from './unit-table'

export interface WrittenFactor {
  def: UnitDef
  power: number
}

export interface Hints {
  /** the input used `%` or `percent` */
  percent: boolean
  /** data units seen in bits and in bytes */
  bits: boolean
  bytes: boolean
  /** binary prefixes seen (KiB) */
  iec: boolean
  /** time units seen, by id, in order */
  times: string[]
  /** count key -> the noun the input used for it */
  nouns: Map<string, UnitDef>
  /** count keys written as a rate in one literal (`users/day`): the DAU-is-a-count hint needs them */
  rateNouns: string[]
}

export class Qty implements Quantity {
  declare readonly __quantity: true
  /** the same value computed the napkin way (1 day ≈ 10^5 s), when it was asked for */
  napkin?: Qty
  /** set by `(x to unit)`: the unit it is shown and rounded in */
  shownIn?: { unit: DisplayUnit; hints: Hints }

  constructor(
    readonly unit: MathUnit,
    readonly written: readonly WrittenFactor[],
    readonly hints: Hints,
    /** comparisons produce true/false */
    readonly bool?: boolean,
  ) {}

  get value(): number {
    return this.unit.value as number
  }

  get dimensions(): readonly number[] {
    return this.unit.dimensions
  }
}

export function isQty(value: unknown): value is Qty {
  return value instanceof Qty
}

export function emptyHints(): Hints {
  return { percent: false, bits: false, bytes: false, iec: false, times: [], nouns: new Map(), rateNouns: [] }
}

export function mergeHints(a: Hints, b: Hints): Hints {
  const times = [...a.times]
  for (const t of b.times) if (!times.includes(t)) times.push(t)
  return {
    percent: a.percent || b.percent,
    bits: a.bits || b.bits,
    bytes: a.bytes || b.bytes,
    iec: a.iec || b.iec,
    times,
    nouns: new Map([...b.nouns, ...a.nouns]),
    rateNouns: [...new Set([...a.rateNouns, ...b.rateNouns])],
  }
}

/** Units as written, merged by unit and with cancelled ones dropped (kept short on purpose). */
export function combineWritten(a: readonly WrittenFactor[], b: readonly WrittenFactor[], sign: 1 | -1): WrittenFactor[] {
  const out: WrittenFactor[] = a.map((f) => ({ ...f }))
  for (const f of b) {
    const key = writtenKey(f.def)
    const existing = out.find((o) => writtenKey(o.def) === key)
    if (existing) existing.power += sign * f.power
    else out.push({ def: f.def, power: sign * f.power })
  }
  return out.filter((f) => Math.abs(f.power) > 1e-12)
}

export function scaleWritten(a: readonly WrittenFactor[], power: number): WrittenFactor[] {
  return power === 0 ? [] : a.map((f) => ({ def: f.def, power: f.power * power }))
}

function writtenKey(def: UnitDef): string {
  return def.category === 'count' ? `count:${def.countKey}` : def.id
}

/** Does every dimension match (within rounding)? */
export function sameDimensions(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i += 1) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > 1e-9) return false
  return true
}

export function isDimensionless(dims: readonly number[]): boolean {
  return dims.every((d) => Math.abs(d) < 1e-9)
}
