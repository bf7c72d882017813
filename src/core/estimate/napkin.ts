/**
 * Napkin values, as interviewers write them on a whiteboard: the expression evaluated with
 * 1 day ≈ 10^5 s (by the evaluator), then one significant digit (two when the first is 1),
 * shown in the same unit as the exact value and as a power of ten in base units.
 */
import { autoUnit, withUnitText, type DisplayEnv, type DisplayUnit } from './display-unit'
import { clean, formatHeadline, napkinRound, powerOfTen, significantDigits } from './format-number'
import { Qty, type Hints } from './quantity'
import type { Napkin } from './types'

export interface NapkinValue extends Napkin {
  /** the whiteboard form: "4 × 10^7 B/s", when the value is large or small enough to need it */
  powers?: string
}

export function napkinOf(env: DisplayEnv, exact: Qty, rough: Qty, unit: DisplayUnit, hints: Hints): NapkinValue | undefined {
  // nines are the point of a percentage: rounding 99.9 % to 100 % would say nothing
  if (unit.kind === 'percent') return undefined
  const { value, digits } = napkinRound(rough.value / (unit.factor * unit.napkinScale))
  const head = formatHeadline(value, { words: unit.words }).text
  const unitText = unit.text(value === 1)
  const text = withUnitText(head, unitText)
  const dayRule = Math.abs(rough.value - exact.value) > 1e-12 * Math.abs(exact.value)
  const rule = `${dayRule ? '1 day ≈ 10^5 s, ' : ''}${digits} significant digit${digits === 1 ? '' : 's'}`
  const napkin: NapkinValue = { text, value, unit: unitText, rule }
  const base = autoUnit(new Qty(rough.unit, [], hints), env, { base: true })
  // the same rounded value in base units (60 min is 3.6 × 10^3 s, not 4 × 10^3), but never
  // more digits than a napkin holds (1 year is 3.7 × 10^7 s, not 3.652425 × 10^7)
  const inBase = clean((value * unit.factor * unit.napkinScale) / (base.factor * base.napkinScale))
  const baseValue = significantDigits(inBase) > 2 ? Number(inBase.toPrecision(2)) : inBase
  if (Math.abs(baseValue) >= 1000 || (baseValue !== 0 && Math.abs(baseValue) < 0.01)) {
    const baseText = base.text(baseValue === 1)
    const powers = withUnitText(powerOfTen(baseValue, significantDigits(baseValue)), baseText)
    // 2^64 is already 1.8 × 10^19: saying it twice adds nothing
    if (powers !== text) napkin.powers = powers
  }
  return napkin
}
