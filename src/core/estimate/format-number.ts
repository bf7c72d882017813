/**
 * How numbers read. One style everywhere (tested):
 * - values keep 13 significant digits, and whole numbers below 2^53 every digit: a double's
 *   float noise lives in its last few digits (604.7999999999301 is 604.8) while counts stay
 *   exact (3,521,614,606,208; 2^50 = 1,125,899,906,842,624);
 * - exact text: 12 significant digits, thousands separated by commas (31,556.952), and every
 *   digit of a whole number below 2^53 (2^50 is 1,125,899,906,842,624);
 * - headlines: the exact value when it has at most 6 significant digits (604.8, 192,
 *   0.998001); otherwise 3 significant digits (46.3) for values under 1,000, whole numbers
 *   with separators from 1,000 to a million (23,148), and number words from a million on
 *   (2.31 million, 4.29 billion); below 10^-4 and from 10^15 on, powers of ten;
 * - never hide nines: when rounding would make a value look round (99.99999 -> 100), the
 *   precision grows until it no longer does; and a share of a whole (a percentage, a fraction)
 *   keeps two significant digits of what is missing, so 99.84 % never reads as 99.8 %.
 */

export const EXACT_DIGITS = 12
const CLEAN_DIGITS = 13
const SHORT_DIGITS = 6
const HEADLINE_DIGITS = 3

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
]

/** The value without float noise: 13 significant digits, or the whole number as it is. */
export function clean(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x
  if (Number.isSafeInteger(x)) return x
  return Number(x.toPrecision(CLEAN_DIGITS))
}

/** Significant digits of a (cleaned) number: 2000 -> 1, 604.8 -> 4, 0.0214 -> 3. */
export function significantDigits(x: number): number {
  if (x === 0) return 1
  const [mantissa] = Math.abs(x).toExponential().split('e')
  return mantissa!.replace('.', '').replace(/0+$/, '').length || 1
}

/** Plain decimal digits (no exponent) for a value in [1e-7, 1e21). */
function toPlain(x: number, maxDecimals?: number): string {
  let text: string
  if (maxDecimals !== undefined) text = x.toFixed(maxDecimals)
  else {
    text = String(x)
    if (/e/.test(text)) text = x.toFixed(20)
  }
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '')
  return text === '-0' ? '0' : text
}

/** 1234567.5 -> "1,234,567.5" */
export function groupThousands(text: string): string {
  const negative = text.startsWith('-')
  const body = negative ? text.slice(1) : text
  const [int, frac] = body.split('.')
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`
}

/** 1.23 × 10^15 */
export function powerOfTen(x: number, digits: number): string {
  const [mantissa, exponent] = x.toExponential(Math.max(0, digits - 1)).split('e')
  const m = mantissa!.includes('.') ? mantissa!.replace(/0+$/, '').replace(/\.$/, '') : mantissa!
  const e = Number(exponent)
  return m === '1' ? `10^${e}` : m === '-1' ? `-10^${e}` : `${m} × 10^${e}`
}

const inPlainRange = (x: number, from = 1e-4) => Math.abs(x) >= from && Math.abs(x) < 1e15

/** The full-precision text: "46.2962962963", "31,556.952", "4,294,967,296". */
export function formatExact(x: number): string {
  if (x === 0) return '0'
  if (Number.isSafeInteger(x)) return groupThousands(String(x))
  // from the raw value: rounding the 13-digit clean value again could round twice
  const c = Number(x.toPrecision(EXACT_DIGITS))
  if (!inPlainRange(c)) return powerOfTen(c, significantDigits(c))
  return groupThousands(toPlain(c))
}

/** Toward zero, n significant digits. */
function truncate(c: number, n: number): number {
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(c))) - n + 1)
  return Number((Math.trunc(Number((c / magnitude).toPrecision(15))) * magnitude).toPrecision(15))
}

/**
 * Round to n significant digits; when rounding carries into a rounder number (99.9999 -> 100,
 * 19.9996 -> 20.0), use more digits until it does not, so nines are never hidden.
 */
function roundHonestly(c: number, n: number): number {
  for (let digits = n; digits < EXACT_DIGITS; digits += 1) {
    const r = Number(c.toPrecision(digits))
    const carried = r !== truncate(c, digits) && significantDigits(r) < digits
    if (!carried) return r
  }
  return c
}

/** Round to a whole number, with decimals when rounding would carry (1999.6 -> 1,999.6, not 2,000). */
function roundWholeHonestly(c: number): { value: number; decimals: number } {
  for (let decimals = 0; decimals < 6; decimals += 1) {
    const f = 10 ** decimals
    const r = Math.round(c * f) / f
    const t = Math.trunc(c * f) / f
    const intDigits = String(Math.trunc(Math.abs(r))).length
    const carried = r !== t && significantDigits(r) < intDigits + decimals
    if (!carried) return { value: r, decimals }
  }
  return { value: c, decimals: 6 }
}

export interface HeadlineOptions {
  /** use million/billion/trillion from a million on (counts and plain numbers; default true) */
  words?: boolean
  /** smallest magnitude written without a power of ten (default 10^-4; percentages go lower) */
  plainFrom?: number
  /** the value is a share of this whole (100 for a percentage, 1 for a fraction) */
  whole?: number
}

/**
 * Significant digits that keep two of what is missing from the whole: 99.840065 of 100 needs
 * 4 (99.84: 0.16 missing, not 99.8: 0.2 missing); 0.999 of 1 needs no more than it has.
 */
function digitsForShare(c: number, whole: number | undefined): number {
  if (whole === undefined || c <= whole / 2 || c >= whole) return HEADLINE_DIGITS
  const decimals = 1 - Math.floor(Math.log10(whole - c))
  return Math.max(HEADLINE_DIGITS, Math.floor(Math.log10(c)) + 1 + decimals)
}

export interface Headline {
  text: string
  /** false when the text shows the value exactly (in other digits or words) */
  rounded: boolean
}

/** The headline text of a number (see the module comment for the rules). */
export function formatHeadline(x: number, options: HeadlineOptions = {}): Headline {
  const c = clean(x)
  if (c === 0) return { text: '0', rounded: false }
  const abs = Math.abs(c)
  const short = significantDigits(c) <= SHORT_DIGITS
  if (!inPlainRange(c, options.plainFrom)) {
    const shown = short ? c : roundHonestly(c, HEADLINE_DIGITS)
    return { text: powerOfTen(shown, significantDigits(shown)), rounded: shown !== c }
  }
  if (abs >= 1e6 && options.words !== false) {
    const [scale, word] = SCALES.find(([s]) => abs >= s)!
    const m = clean(c / scale)
    const shown = short ? m : roundHonestly(m, HEADLINE_DIGITS)
    return { text: `${groupThousands(toPlain(shown))} ${word}`, rounded: !short }
  }
  if (short) return { text: groupThousands(toPlain(c)), rounded: false }
  if (abs >= 1e3) {
    const { value, decimals } = roundWholeHonestly(c)
    return { text: groupThousands(toPlain(value, decimals)), rounded: value !== c }
  }
  const shown = roundHonestly(c, digitsForShare(c, options.whole))
  return { text: toPlain(shown), rounded: shown !== c }
}

/** Napkin rounding: 1 significant digit, or 2 when the first digit is 1 (16.7 -> 17, not 20). */
export function napkinRound(x: number): { value: number; digits: number } {
  if (x === 0 || !Number.isFinite(x)) return { value: x, digits: 1 }
  const abs = Math.abs(x)
  const mantissa = abs / 10 ** Math.floor(Math.log10(abs))
  const digits = mantissa < 1.95 ? 2 : 1
  return { value: Number(x.toPrecision(digits)), digits }
}
