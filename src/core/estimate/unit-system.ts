/**
 * mathjs's Unit class, built with plain-number scalar functions instead of typed-function
 * (which alone costs more start-up time than the whole CLI may use). mathjs gives us the
 * dimension vectors, prefixes and conversion factors; the unit table decides which names
 * exist. Count nouns become new base dimensions, registered on first use.
 */
import { createUnitClass, type MathUnit, type MathUnitClass } from 'mathjs'
import { TIME_UNITS, type UnitDef } from './unit-table'

/** Each new count noun adds a dimension; past this many, something is generating nonsense. */
export const MAX_COUNT_DIMENSIONS = 2000

// Stand-ins for the numeric types we never use; mathjs only constructs them in unused branches.
function Complex(): void {}
function BigNumber(): void {}
function Fraction(): void {}

export interface UnitSystem {
  Unit: MathUnitClass
  /** a quantity of 1 in this unit (parts multiplied) */
  unitOf(def: UnitDef): MathUnit
  /** the dimension index of a count key, registering the dimension on first use */
  countDimension(key: string): number
  /** the count key of a dimension index, if it is a count */
  countKeyAt(index: number): string | undefined
  timeIndex: number
  dataIndex: number
  /** a dimensionless quantity */
  scalar(value: number): MathUnit
  /** a quantity with the given SI value and dimensions */
  make(value: number, dimensions: readonly number[]): MathUnit
}

export function createUnitSystem(): UnitSystem {
  const Unit = createUnitClass({
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
  // The calendar the seeds' availability tables use (mathjs's own year is 365.25 days).
  const year = TIME_UNITS.find((t) => t.id === 'year')!
  const month = TIME_UNITS.find((t) => t.id === 'month')!
  Unit.createUnit({ [year.math]: { definition: new Unit(year.seconds, 's') } })
  Unit.createUnit({ [month.math]: { definition: new Unit(month.seconds, 's') } })

  const dims = Unit.BASE_DIMENSIONS
  const timeIndex = dims.indexOf('TIME')
  const dataIndex = dims.indexOf('BIT')
  const countIndexByKey = new Map<string, number>()
  const countKeyByIndex = new Map<number, string>()
  const mathNameByKey = new Map<string, string>()
  const cache = new Map<string, MathUnit>()

  const countDimension = (key: string): number => {
    const known = countIndexByKey.get(key)
    if (known !== undefined) return known
    if (countIndexByKey.size >= MAX_COUNT_DIMENSIONS) {
      throw new RangeError(`too many different things counted (over ${MAX_COUNT_DIMENSIONS})`)
    }
    const mathName = `cnt${countIndexByKey.size}`
    Unit.createUnit({ [mathName]: { baseName: `COUNT_${countIndexByKey.size}` } })
    const index = dims.length - 1
    countIndexByKey.set(key, index)
    countKeyByIndex.set(index, key)
    mathNameByKey.set(key, mathName)
    return index
  }

  const make = (value: number, dimensions: readonly number[]): MathUnit => {
    const u = new Unit()
    u.value = value
    u.dimensions = dims.map((_, i) => dimensions[i] ?? 0)
    return u
  }

  const unitOf = (def: UnitDef): MathUnit => {
    const cacheKey = def.category === 'count' ? `count:${def.countKey}` : def.id
    const hit = cache.get(cacheKey)
    if (hit !== undefined) return hit
    let result: MathUnit
    if (def.category === 'count') {
      const index = countDimension(def.countKey!)
      const vector: number[] = []
      vector[index] = 1
      result = make(1, vector)
    } else {
      result = make(1, [])
      for (const [name, power] of def.parts) {
        const part = new Unit(1, name)
        result = result.multiply(power === 1 ? part : part.pow(power))
      }
      result = make(result.value as number, result.dimensions)
    }
    cache.set(cacheKey, result)
    return result
  }

  return {
    Unit,
    unitOf,
    countDimension,
    countKeyAt: (index) => countKeyByIndex.get(index),
    timeIndex,
    dataIndex,
    scalar: (value) => make(value, []),
    make,
  }
}
