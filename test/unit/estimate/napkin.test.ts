import { describe, expect, it } from 'vitest'
import { ok } from './helpers'

const napkin = (expression: string) => ok(expression, { napkin: true }).napkin as { text: string; powers?: string } | undefined

describe('napkin powers of ten', () => {
  it('never carry more digits than the napkin value', () => {
    // 1 year at 1 day ≈ 10^5 s is 3.652425 × 10^7 s; a whiteboard writes 3.7 × 10^7
    expect(napkin('1 year')).toMatchObject({ text: '1 year', powers: '3.7 × 10^7 s' })
    expect(napkin('1 year to s')).toMatchObject({ text: '40,000,000 s', powers: '4 × 10^7 s' })
  })

  it('keep the digits the napkin value has in its own unit', () => {
    expect(napkin('36 min')).toMatchObject({ text: '40 min', powers: '2.4 × 10^3 s' })
    expect(napkin('2 billion comments/day * 2 KB/comment to MB/s')?.powers).toBe('4 × 10^7 B/s')
  })

  it('are left out when the napkin value already is one', () => {
    expect(napkin('2^64')).toEqual({ text: '1.8 × 10^19', value: 1.8e19, unit: '', rule: '2 significant digits' })
    expect(napkin('2^64 B')?.powers).toBe('1.8 × 10^19 B')
  })

  it('hang a bare per-unit off the number, as the exact value does', () => {
    expect(napkin('20 million/day * 100 * 3')).toMatchObject({ text: '60,000/s', unit: '/s', powers: '6 × 10^4/s' })
  })
})
