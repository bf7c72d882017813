/**
 * Dimensions and conversion factors. Data units come from their SI or IEC prefix (checked
 * against mathjs's Unit class, spelling by spelling, in test/unit/estimate/unit-system.test.ts),
 * time units from their seconds, and each counted thing is a dimension of its own. Building
 * mathjs's Unit class cost about a sixth of a one-shot estimate's start-up beyond node's own,
 * for factors this table already knows.
 *
 * A measure is a value in base units (seconds, bits, one of a thing) and a dimension vector:
 * index 0 is time, 1 is data, and each count noun gets the next index on first use.
 */
import type { UnitDef } from './unit-table'

/** Each new count noun adds a dimension; past this many, something is generating nonsense. */
export const MAX_COUNT_DIMENSIONS = 2000

export interface Measure {
  readonly value: number
  readonly dimensions: readonly number[]
}

export interface UnitSystem {
  /** a quantity of 1 in this unit (parts multiplied) */
  unitOf(def: UnitDef): Measure
  /** the dimension index of a count key, registering the dimension on first use */
  countDimension(key: string): number
  /** the count key of a dimension index, if it is a count */
  countKeyAt(index: number): string | undefined
  timeIndex: number
  dataIndex: number
  /** a dimensionless quantity */
  scalar(value: number): Measure
  /** a quantity with the given SI value and dimensions */
  make(value: number, dimensions: readonly number[]): Measure
}

const TIME = 0
const DATA = 1

/** SI and IEC prefixes of our data units */
const PREFIXES: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 }
const DATA_SPELLING = /^(k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?(B|b)$/

export function createUnitSystem(): UnitSystem {
  const countIndexByKey = new Map<string, number>()
  const countKeyByIndex = new Map<number, string>()
  const cache = new Map<string, Measure>()

  const make = (value: number, dimensions: readonly number[]): Measure => ({ value, dimensions: Array.from(dimensions, (d) => d ?? 0) })

  const countDimension = (key: string): number => {
    const known = countIndexByKey.get(key)
    if (known !== undefined) return known
    if (countIndexByKey.size >= MAX_COUNT_DIMENSIONS) {
      throw new RangeError(`too many different things counted (over ${MAX_COUNT_DIMENSIONS})`)
    }
    const index = DATA + 1 + countIndexByKey.size
    countIndexByKey.set(key, index)
    countKeyByIndex.set(index, key)
    return index
  }

  /** 1 of a data spelling (kB, Mib, GiB), in bits */
  const dataPart = (name: string): Measure => {
    const m = DATA_SPELLING.exec(name)
    if (!m) throw new Error(`unit table: '${name}' is not a data unit`)
    const [, prefix = '', symbol] = m
    return make((PREFIXES[prefix] ?? NaN) * (symbol === 'B' ? 8 : 1), [0, 1])
  }

  const unitOf = (def: UnitDef): Measure => {
    const cacheKey = def.category === 'count' ? `count:${def.countKey}` : def.id
    const hit = cache.get(cacheKey)
    if (hit !== undefined) return hit
    let result: Measure
    if (def.category === 'count') {
      const vector: number[] = []
      vector[countDimension(def.countKey!)] = 1
      result = make(1, vector)
    } else if (def.category === 'time') {
      // seconds from our table: the Gregorian year and month = year / 12, not mathjs's 365.25 days
      result = make(def.seconds!, [1])
    } else {
      let value = 1
      const dimensions = [0, 0]
      for (const [name, power] of def.parts) {
        const part = name === 's' ? make(1, [1]) : dataPart(name)
        value *= part.value ** power
        part.dimensions.forEach((d, i) => (dimensions[i] = (dimensions[i] ?? 0) + d * power))
      }
      result = make(value, dimensions)
    }
    cache.set(cacheKey, result)
    return result
  }

  return {
    unitOf,
    countDimension,
    countKeyAt: (index) => countKeyByIndex.get(index),
    timeIndex: TIME,
    dataIndex: DATA,
    scalar: (value) => make(value, []),
    make,
  }
}
