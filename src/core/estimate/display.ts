/**
 * A value as a person reads it: the headline, the exact form when the headline is rounded,
 * the split of a duration, and the other reading of a fraction (0.998001 and 99.8001 %).
 */
import { withUnitText, type DisplayUnit } from './display-unit'
import { clean, formatExact, formatHeadline } from './format-number'
import { fail } from './failure'
import type { Display } from './types'

/** years, days, h, min, s: the split shows at most four parts, from the largest */
const SPLIT_PARTS: Array<[number, string, string]> = [
  [31556952, 'year', 'years'],
  [86400, 'day', 'days'],
  [3600, 'h', 'h'],
  [60, 'min', 'min'],
  [1, 's', 's'],
]

export interface DisplayExtras extends Display {
  /** the same dimensionless value read the other way: "99.8001 %" for 0.998001 */
  alternate?: string
}

/** `fromUnits`: the value is a ratio of quantities with units, so its percentage is worth showing */
export function buildDisplay(si: number, unit: DisplayUnit, fromUnits = false): DisplayExtras {
  const raw = si / unit.factor
  const value = clean(raw)
  if (!Number.isFinite(value)) fail('math', `the result is too large to show in ${unit.text(false) || 'numbers'}`)
  const whole = unit.kind === 'percent' ? 100 : unit.kind === 'plain' ? 1 : undefined
  const head = formatHeadline(value, { words: unit.words, plainFrom: unit.kind === 'percent' ? 1e-8 : 1e-4, ...(whole === undefined ? {} : { whole }) })
  const one = value === 1
  const unitText = unit.text(one)
  const withUnit = (n: string) => withUnitText(n, unitText)
  const text = withUnit(head.text)
  const display: DisplayExtras = {
    value,
    unit: unitText,
    text,
    exactText: head.rounded ? withUnit(formatExact(raw)) : text,
  }
  // a whole number of days or longer reads best as it is: 12 months, not 365 days 5 h 49 min
  const wholeCalendar = unit.factor >= 86400 && Number.isInteger(value)
  if (unit.kind === 'duration' && !wholeCalendar) {
    const split = splitDuration(si)
    if (split !== undefined) display.split = split
  }
  if (unit.kind === 'percent') display.alternate = formatExact(si)
  else if (unit.kind === 'plain' && fromUnits && value !== 0 && Math.abs(value) < 1) display.alternate = `${formatHeadline(value * 100, { whole: 100 }).text} %`
  return display
}

/**
 * 31556.952 s -> "8 h 45 min 57 s"; 60.48 s -> "1 min 0.48 s". The split keeps about six
 * significant digits of the total (at most milliseconds), the precision the seeds' tables use.
 * Whole larger parts come first, from the exact total; only the smallest part is rounded, and
 * a rounding up to a whole larger part carries (59.8 min is 1 h, not 60 min). A year is not a
 * whole number of minutes, so rounding the total first would lose or invent seconds
 * (1 year + 1 h read "1 year 60 min").
 */
export function splitDuration(seconds: number, maxParts = 4): string | undefined {
  const total = Math.abs(seconds)
  if (!Number.isFinite(total) || total < 60) return undefined
  const largest = SPLIT_PARTS.findIndex(([size]) => total >= size)
  const smallest = Math.min(largest + maxParts - 1, SPLIT_PARTS.length - 1)
  const [unitSize] = SPLIT_PARTS[smallest]!
  const intDigits = Math.floor(Math.log10(total)) + 1
  const decimals = unitSize === 1 ? Math.max(0, Math.min(3, 6 - intDigits)) : 0
  const amounts: number[] = []
  let rest = total
  for (let i = largest; i < smallest; i += 1) {
    const [size] = SPLIT_PARTS[i]!
    const amount = Math.floor(rest / size + 1e-9)
    amounts.push(amount)
    rest = Math.max(0, clean(rest - amount * size))
  }
  amounts.push(Number((rest / unitSize).toFixed(decimals)))
  for (let k = amounts.length - 1; k > 0; k -= 1) {
    // carry only between units a whole number apart (60 s, 60 min, 24 h), never into a year
    const ratio = SPLIT_PARTS[largest + k - 1]![0] / SPLIT_PARTS[largest + k]![0]
    if (Number.isInteger(ratio) && amounts[k]! >= ratio) {
      amounts[k] = clean(amounts[k]! - ratio)
      amounts[k - 1]! += 1
    }
  }
  const parts: string[] = []
  amounts.forEach((amount, k) => {
    if (amount === 0) return
    const [, one, many] = SPLIT_PARTS[largest + k]!
    const text = k === amounts.length - 1 && decimals > 0 ? String(amount) : String(Math.round(amount))
    parts.push(`${text} ${amount === 1 ? one : many}`)
  })
  if (parts.length < 2) return undefined
  return `${seconds < 0 ? '-' : ''}${parts.join(' ')}`
}
