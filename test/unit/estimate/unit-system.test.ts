import { describe, expect, it } from 'vitest'
import { buildUnitTable } from '../../../src/core/estimate/unit-table'
import { createUnitSystem } from '../../../src/core/estimate/unit-system'

const SI: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 }
const IEC: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 }

/** bits (and per second) that an id like kB, MiB, Gbps or MB/s stands for, worked out from its name */
function expected(id: string): { value: number; dimensions: number[] } {
  const m = /^(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|)(B|b)(ps|\/s)?$/.exec(id)
  if (!m) throw new Error(`unexpected data id ${id}`)
  const [, prefix, symbol, rate] = m
  const factor = (IEC[prefix!] ?? SI[prefix!]!) * (symbol === 'B' ? 8 : 1)
  return { value: factor, dimensions: rate ? [-1, 1] : [0, 1] }
}

describe('the unit system', () => {
  const system = createUnitSystem()
  const table = buildUnitTable()

  it('every data and rate spelling is worth what its prefix says, in bits (and per second)', () => {
    const defs = [...table.byId.values()].filter((d) => d.category === 'data' || d.category === 'rate')
    expect(defs.length).toBe(40)
    for (const def of defs) {
      const got = system.unitOf(def)
      const want = expected(def.id)
      expect([def.id, got.value / want.value, [...got.dimensions]]).toEqual([def.id, 1, want.dimensions])
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
