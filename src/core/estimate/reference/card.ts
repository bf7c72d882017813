/**
 * The reference card behind `sysdrill numbers`: every figure that can be computed is computed
 * here by the engine (throughputs, "if 1 ns were 1 s", downtime per period, the exact value
 * behind each rule of thumb), so the card cannot drift from the engine.
 */
import { splitDuration } from '../display'
import { clean, formatHeadline, powerOfTen } from '../format-number'
import type { Engine } from '../types'
import { AVAILABILITY_LEVELS, AVAILABILITY_PERIODS } from './availability'
import { LATENCY_FACTS, LATENCY_SOURCES } from './latency'
import { POWERS_OF_TWO } from './powers'
import { RULES } from './rules'

export const TOPICS = ['latency', 'powers', 'availability', 'rules'] as const
export type Topic = (typeof TOPICS)[number]

export interface LatencyRow {
  operation: string
  latency: string
  seconds: number
  /** the latency times a billion: "if 1 ns were 1 s" */
  humanScale: string
  derived?: string
  /** short label ("Dean 2009"); the full reference is in `sources` */
  source: string
  note?: string
}

export interface PowerRow {
  exponent: number
  value: number
  exact: string
  approx: string
  iec?: string
  decimal?: string
  note?: string
}

export interface AvailabilityRow {
  availability: string
  name: string
  /** downtime allowed per period, in seconds and as text */
  downtime: Record<(typeof AVAILABILITY_PERIODS)[number][0], { seconds: number; text: string }>
}

export interface RuleRow {
  rule: string
  expression: string
  exact: string
  value: number
  unit: string
  approx: number
  /** |exact / approx - 1|: how far the rule is off */
  error: number
  holds: boolean
}

export interface ReferenceCard {
  latency: LatencyRow[]
  sources: Array<{ label: string; reference: string }>
  powers: PowerRow[]
  availability: AvailabilityRow[]
  rules: RuleRow[]
}

function evaluate(engine: Engine, expression: string) {
  const outcome = engine.evaluate(expression)
  if (!outcome.ok) throw new Error(`reference card: ${expression}: ${outcome.error.message}`)
  return outcome
}

function seconds(engine: Engine, expression: string): number {
  const converted = engine.convert(evaluate(engine, expression).quantity, 's')
  if (!converted.ok) throw new Error(`reference card: ${expression} is not a duration`)
  return converted.display.value
}

const SCALE_WORDS: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
]

/** 65536 -> "65.5 thousand", 2^50 -> "1.13 × 10^15" */
function approxWords(value: number): string {
  if (value >= 1e15) return powerOfTen(Number(value.toPrecision(3)), 3)
  const scale = SCALE_WORDS.find(([s]) => value >= s)
  if (!scale) return formatHeadline(value).text
  return `${Number((value / scale[0]).toPrecision(3))} ${scale[1]}`
}

export function latencyRows(engine: Engine): LatencyRow[] {
  return LATENCY_FACTS.map((fact) => {
    const latency = evaluate(engine, fact.latency)
    const row: LatencyRow = {
      operation: fact.operation,
      latency: latency.text,
      seconds: seconds(engine, fact.latency),
      humanScale: evaluate(engine, `(${fact.latency}) * 1e9`).text,
      source: LATENCY_SOURCES[fact.source].label,
    }
    if (fact.derived !== undefined) row.derived = evaluate(engine, fact.derived).text
    if (fact.note !== undefined) row.note = fact.note
    return row
  })
}

export function powerRows(engine: Engine): PowerRow[] {
  return POWERS_OF_TWO.map((p) => {
    const value = evaluate(engine, `2^${p.exponent}`).value
    // exact digits from BigInt: 2^64 has more digits than a double prints
    const exact = (2n ** BigInt(p.exponent)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    const row: PowerRow = { exponent: p.exponent, value, exact, approx: approxWords(value) }
    if (p.iec !== undefined && p.decimal !== undefined) {
      row.iec = `1 ${p.iec}`
      row.decimal = evaluate(engine, `1 ${p.iec} to ${p.decimal}`).text
    }
    if (p.note !== undefined) row.note = p.note
    return row
  })
}

export function availabilityRows(engine: Engine): AvailabilityRow[] {
  return AVAILABILITY_LEVELS.map((level) => {
    const downtime = {} as AvailabilityRow['downtime']
    for (const [period, expression] of AVAILABILITY_PERIODS) {
      const formula = `(1 - ${level.percent}) * ${expression}`
      const s = seconds(engine, formula)
      downtime[period] = { seconds: s, text: splitDuration(s, 3) ?? evaluate(engine, formula).text }
    }
    return { availability: level.percent.replace('%', ' %'), name: level.name, downtime }
  })
}

export function ruleRows(engine: Engine): RuleRow[] {
  return RULES.map((r) => {
    const outcome = evaluate(engine, r.expression)
    // without float noise in --json (0.03549382716083, not 0.03549382716083338)
    const error = clean(Math.abs(outcome.value / r.approx - 1))
    return {
      rule: r.rule,
      expression: r.expression,
      exact: outcome.text,
      value: outcome.value,
      unit: outcome.unit,
      approx: r.approx,
      error,
      holds: error <= r.tolerance + 1e-12,
    }
  })
}

export function buildReferenceCard(engine: Engine, topics: readonly Topic[] = TOPICS): Partial<ReferenceCard> {
  const card: Partial<ReferenceCard> = {}
  if (topics.includes('latency')) {
    card.latency = latencyRows(engine)
    card.sources = Object.values(LATENCY_SOURCES).map(({ label, reference }) => ({ label, reference }))
  }
  if (topics.includes('powers')) card.powers = powerRows(engine)
  if (topics.includes('availability')) card.availability = availabilityRows(engine)
  if (topics.includes('rules')) card.rules = ruleRows(engine)
  return card
}
