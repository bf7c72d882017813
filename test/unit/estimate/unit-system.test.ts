import { createUnitClass } from 'mathjs'
import { describe, expect, it } from 'vitest'
import { buildUnitTable } from '../../../src/core/estimate/unit-table'
import { createUnitSystem } from '../../../src/core/estimate/unit-system'

/** mathjs's Unit class on plain numbers: the oracle for every data spelling of our table */
function mathjsUnit() {
  const f = <T>(fn: T) => fn
  return createUnitClass({
    config: { number: 'number', predictable: true },
    addScalar: f((a: number, b: number) => a + b),
    subtractScalar: f((a: number, b: number) => a - b),
    multiplyScalar: f((a: number, b: number) => a * b),
    divideScalar: f((a: number, b: number) => a / b),
    pow: Math.pow,
    abs: Math.abs,
    fix: Math.trunc,
    round: Math.round,
    equal: f((a: number, b: number) => a === b),
    isNumeric: f((a: unknown) => typeof a === 'number'),
    format: String,
    number: Number,
    Complex: function Complex() {},
    BigNumber: function BigNumber() {},
    Fraction: function Fraction() {},
  })
}

describe('the unit system', () => {
  const system = createUnitSystem()
  const table = buildUnitTable()

  it('every data and rate spelling has the factor mathjs gives it, in bits (and per second)', () => {
    const Unit = mathjsUnit()
    const bit = Unit.BASE_DIMENSIONS.indexOf('BIT')
    const time = Unit.BASE_DIMENSIONS.indexOf('TIME')
    const defs = [...table.byId.values()].filter((d) => d.category === 'data' || d.category === 'rate')
    expect(defs.length).toBe(40)
    for (const def of defs) {
      let value = 1
      let seconds = 0
      let bits = 0
      for (const [name, power] of def.parts) {
        const u = new Unit(1, name)
        value *= (u.value as number) ** power
        seconds += (u.dimensions[time] ?? 0) * power
        bits += (u.dimensions[bit] ?? 0) * power
      }
      const dimensions = [seconds, bits]
      const got = system.unitOf(def)
      expect([def.id, got.value / value, [...got.dimensions]]).toEqual([def.id, 1, dimensions])
    }
  })

  it('time units are their seconds (a Gregorian year, month = year / 12); counts are dimensions of their own', () => {
    expect(system.unitOf(table.byId.get('year')!)).toEqual({ value: 31556952, dimensions: [1] })
    expect(system.unitOf(table.byId.get('month')!)).toEqual({ value: 2629746, dimensions: [1] })
    const first = system.countDimension('request')
    expect([first, system.countDimension('comment'), system.countDimension('request')]).toEqual([2, 3, 2])
    expect(system.countKeyAt(3)).toBe('comment')
  })
})
