import { describe, expect, it } from 'vitest'
import { splitDuration } from '../../../src/core/estimate/display'
import { engine } from './helpers'
import { clean, formatExact, formatHeadline, napkinRound, powerOfTen, significantDigits } from '../../../src/core/estimate/format-number'

const head = (x: number, words = true) => formatHeadline(x, { words }).text

describe('number formatting', () => {
  it('removes float noise: values at 13 significant digits, exact text at 12', () => {
    expect(clean(0.001 * 604800.0000000005)).toBe(604.8)
    expect(formatExact(604.7999999999301)).toBe('604.8')
    expect(clean(0.1 + 0.2)).toBe(0.3)
    expect(formatExact(0.1 + 0.2)).toBe('0.3')
  })

  it('keeps every digit of a whole number a double holds exactly', () => {
    expect(clean(3521614606208)).toBe(3521614606208)
    expect(formatExact(3521614606208)).toBe('3,521,614,606,208')
    expect(formatExact(2 ** 50)).toBe('1,125,899,906,842,624')
    expect(formatExact(2 ** 60)).toBe('1.15292150461 × 10^18')
  })

  it('keeps two significant digits of what a share is missing (nines)', () => {
    expect(formatHeadline(99.840065, { whole: 100 }).text).toBe('99.84')
    expect(formatHeadline(0.99840065, { whole: 1 }).text).toBe('0.9984')
    expect(formatHeadline(99.99999, { whole: 100 }).text).toBe('99.99999')
    expect(formatHeadline(95.123456, { whole: 100 }).text).toBe('95.1')
    expect(formatHeadline(99.840065).text).toBe('99.8')
  })

  it('counts significant digits', () => {
    expect([significantDigits(2000), significantDigits(604.8), significantDigits(0.0214), significantDigits(0)]).toEqual([1, 4, 3, 1])
  })

  it('shows exact values with 12 digits and thousands separators', () => {
    expect(formatExact(1250 / 27)).toBe('46.2962962963')
    expect(formatExact(31556.952)).toBe('31,556.952')
    expect(formatExact(4294967296)).toBe('4,294,967,296')
    expect(formatExact(-1234567.5)).toBe('-1,234,567.5')
    expect(formatExact(1.5e-7)).toBe('1.5 × 10^-7')
    expect(formatExact(2e21)).toBe('2 × 10^21')
  })

  it('keeps short values exact in the headline', () => {
    expect(head(604.8)).toBe('604.8')
    expect(head(192)).toBe('192')
    expect(head(0.998001)).toBe('0.998001')
    expect(head(12764)).toBe('12,764')
    expect(formatHeadline(12764).rounded).toBe(false)
  })

  it('rounds long values to 3 significant digits below 1,000', () => {
    expect(head(1250 / 27)).toBe('46.3')
    expect(head(14.4 / 672)).toBe('0.0214')
    expect(formatHeadline(1250 / 27).rounded).toBe(true)
  })

  it('rounds to whole numbers from 1,000 to a million, with separators', () => {
    expect(head(625000 / 27)).toBe('23,148')
    expect(head(31556.952)).toBe('31,557')
    expect(head(50000 / 3)).toBe('16,667')
  })

  it('uses number words from a million, unless words are off', () => {
    expect(head(2e11 / 86400)).toBe('2.31 million')
    expect(head(2e6)).toBe('2 million')
    expect(head(4294967296)).toBe('4.29 billion')
    expect(head(3.52e12)).toBe('3.52 trillion')
    expect(head(4294967296, false)).toBe('4,294,967,296')
    expect(head(2.5e15)).toBe('2.5 × 10^15')
  })

  it('never hides nines', () => {
    expect(head(99.99999)).toBe('99.99999')
    expect(head(99.999999)).toBe('99.999999')
    expect(head(19.99961)).toBe('19.9996')
    expect(head(1999.6)).toBe('1,999.6')
    expect(head(999999.7)).toBe('999,999.7')
    expect(head(37.037037)).toBe('37')
  })

  it('writes powers of ten', () => {
    expect(powerOfTen(4e7, 1)).toBe('4 × 10^7')
    expect(powerOfTen(1e6, 2)).toBe('10^6')
    expect(powerOfTen(1.2e6, 2)).toBe('1.2 × 10^6')
  })

  it('napkin rounding keeps one digit, two when the first is 1', () => {
    expect(napkinRound(46.296)).toEqual({ value: 50, digits: 1 })
    expect(napkinRound(16.67)).toEqual({ value: 17, digits: 2 })
    expect(napkinRound(11.57)).toEqual({ value: 12, digits: 2 })
    expect(napkinRound(19.6)).toEqual({ value: 20, digits: 1 })
    expect(napkinRound(0)).toEqual({ value: 0, digits: 1 })
  })
})

describe('the other reading of a fraction', () => {
  it('keeps the nines the headline keeps', () => {
    const r = engine.evaluate('1 - 43 min / 1 month') as { text: string; alternate?: string }
    expect([r.text, r.alternate]).toEqual(['0.99902', '99.902 %'])
    const r2 = engine.evaluate('14.4 * 1 hour / 28 day') as { text: string; alternate?: string }
    expect([r2.text, r2.alternate]).toEqual(['0.0214', '2.14 %'])
  })
})

describe('duration split', () => {
  it('keeps about six significant digits, at most milliseconds', () => {
    expect(splitDuration(31556.952)).toBe('8 h 45 min 57 s')
    expect(splitDuration(60.48)).toBe('1 min 0.48 s')
    expect(splitDuration(262.9746)).toBe('4 min 22.975 s')
    expect(splitDuration(2629.746)).toBe('43 min 49.75 s')
    expect(splitDuration(3155.6952)).toBe('52 min 35.7 s')
    expect(splitDuration(604.8)).toBe('10 min 4.8 s')
    expect(splitDuration(86.4)).toBe('1 min 26.4 s')
  })

  it('starts at the largest part and shows at most four (or the number asked)', () => {
    expect(splitDuration(3e7)).toBe('347 days 5 h 20 min')
    expect(splitDuration(1.5e8)).toBe('4 years 275 days 3 h 23 min')
    expect(splitDuration(3155695.2, 3)).toBe('36 days 12 h 35 min')
    expect(splitDuration(-604.8)).toBe('-10 min 4.8 s')
    // a year is not a whole number of minutes: whole parts come from the exact total
    expect(splitDuration(31556952 + 3600)).toBe('1 year 1 h')
    expect(splitDuration(31556952 + 86400 + 90)).toBe('1 year 1 day 2 min')
    // a rounded smallest part carries into the next one
    expect(splitDuration(5399.9996)).toBe('1 h 30 min')
    expect(splitDuration(31556952 + 3600 - 0.4)).toBe('1 year 1 h')
  })

  it('does not split under a minute or into a single part', () => {
    expect(splitDuration(59.9)).toBeUndefined()
    expect(splitDuration(7200)).toBeUndefined()
    expect(splitDuration(Infinity)).toBeUndefined()
  })

  it('a whole number of days or longer is not split; a fraction of one is', () => {
    const split = (input: string) => engine.evaluate(input).ok && (engine.evaluate(input) as { split?: string }).split
    expect(split('1 year to months')).toBeUndefined()
    expect(split('2 years')).toBeUndefined()
    expect(split('1 month to days')).toBe('30 days 10 h 29 min 6 s')
    expect(split('0.5 year')).toBe('182 days 14 h 54 min 36 s')
    expect(split('90 min')).toBe('1 h 30 min')
  })
})
