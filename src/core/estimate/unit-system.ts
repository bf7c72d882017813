/**
 * Dimensions and conversion factors. mathjs's Unit class (built with plain-number scalar
 * functions instead of typed-function, which alone costs more start-up time than the whole
 * CLI may use) reads the data and rate spellings of our table: prefixes, bits and bytes.
 * Time units come from their seconds and counted things are dimensions of their own, so an
 * estimate pays for the mathjs class only when it uses a data unit, and never for
 * registering a noun with it.
 *
 * A measure is a value in base units (seconds, bits, one of a thing) and a dimension vector:
 * index 0 is time, 1 is data, and each count noun gets the next index on first use.
 */
import { createUnitClass, type MathUnitClass } from 'mathjs'
import type { UnitDef } from './unit-table'

/** Each new count noun adds a dimension; past this many, something is generating nonsense. */
export const MAX_COUNT_DIMENSIONS = 2000

export interface Measure {
  readonly value: number
  readonly dimensions: readonly number[]
}

// Stand-ins for the numeric types we never use; mathjs only constructs them in unused branches.
function Complex(): void {}
function BigNumber(): void {}
function Fraction(): void {}

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

function createMathUnit(): MathUnitClass {
  return createUnitClass({
    config: { number: 'number', predictable: true },
    addScalar: (a: number, b: number) => a + b,
    subtractScalar: (a: number, b: number) => a - b,
    multiplyScalar: (a: number, b: number) => a * b,
    divideScalar: (a: number, b: number) => a / b,
    pow: Math.pow,
    abs: Math.abs,
    fix: Math.trunc,
    round: Math.round,
    equal: (a: number, b: number) => a === b,
    isNumeric: (a: unknown) => typeof a === 'number',
    format: String,
    number: Number,
    Complex,
    BigNumber,
    Fraction,
  })
}

export function createUnitSystem(): UnitSystem {
  let mathUnit: MathUnitClass | undefined
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

  /** 1 of a data spelling mathjs knows (kB, Mib, GiB), in bits */
  const dataPart = (name: string): Measure => {
    mathUnit ??= createMathUnit()
    const u = new mathUnit(1, name)
    const dims = mathUnit.BASE_DIMENSIONS
    const bits = u.dimensions[dims.indexOf('BIT')] ?? 0
    const seconds = u.dimensions[dims.indexOf('TIME')] ?? 0
    // our table only names data, time and their ratios; anything else would be a table bug
    if (u.dimensions.some((d, i) => d !== 0 && dims[i] !== 'BIT' && dims[i] !== 'TIME')) throw new Error(`unit table: '${name}' is neither data nor time`)
    return make(u.value as number, [seconds, bits])
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
