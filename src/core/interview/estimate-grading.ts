/**
 * Grades the candidate's answers to the problem's derived quantities against the reference
 * the engine computes from the problem's givens. Bands by the ratio of answer to reference:
 * within 2x is good, within 10x fair, further off is off; a different dimension (MB/s for a
 * request rate) is wrong-units. A share close to its whole (an availability of 99.84 %) is
 * compared by what is missing from the whole instead: by plain ratio 98.9 % would pass for
 * 99.84 %, though it means seven times the downtime. The reference derivation is shown with
 * every grade.
 *
 * The candidate's expressions may use the givens by name (they are the interviewer's facts)
 * and their own earlier answers, never the reference values.
 */
import type { Engine, Quantity, Scope } from '../estimate/types'
import type { Problem, ScaleDerived } from '../problems/types'
import { estimationQuestions } from './phase-material'
import type { SessionRecord } from './session-types'

export type Grade = 'good' | 'fair' | 'off' | 'wrong-units' | 'invalid' | 'missing'

export const GRADE_BANDS = { good: 2, fair: 10 } as const

export interface EstimateGrade {
  key: string
  label: string
  unit: string
  /** what the candidate wrote */
  input?: string
  /** their answer shown in the question's unit (or in its own unit for wrong-units) */
  answerText?: string
  answerValue?: number
  referenceText: string
  referenceValue: number
  /** answer / reference, when comparable (see `basis`) */
  ratio?: number
  /** 'shortfall': the ratio compares what answer and reference miss of 100 % (or of 1) */
  basis?: RatioBasis
  grade: Grade
  /** the engine's message for invalid and wrong-units answers */
  error?: string
  /** how the reference is worked out, givens first: "writeQps = commentsPerDay / day = 23.1 thousand comments/s" */
  derivation: DerivationStep[]
}

export interface DerivationStep {
  key: string
  /** "commentSize = 2 KB/comment" or "ingress = writeRate * commentSize = 46.3 MB/s" */
  text: string
  /** a given from the interviewer rather than a worked step */
  given: boolean
}

export type RatioBasis = 'value' | 'shortfall' | 'exact'

/**
 * How an answer compares with the reference: by plain ratio, or, for a share above half its
 * whole (99.84 %, 0.9984), by the ratio of what each leaves out of the whole: 99.9 % against
 * 99.84 % is 0.1 % against 0.16 % missing, 0.63x. An answer at or above the whole misses
 * nothing and grades as off.
 */
export function compareToReference(answer: number, reference: number, unit: string): { ratio: number; basis: RatioBasis } {
  const whole = unit.trim() === '%' ? 100 : unit.trim() === '' ? 1 : undefined
  // 12 significant digits: a ratio of two displayed values carries their float noise
  const clean = (ratio: number) => (Number.isFinite(ratio) ? Number(ratio.toPrecision(12)) : ratio)
  if (whole !== undefined && reference > whole / 2 && reference < whole) {
    return { ratio: clean((whole - answer) / (whole - reference)), basis: 'shortfall' }
  }
  return { ratio: reference === 0 ? Number.NaN : clean(answer / reference), basis: 'value' }
}

/** answer / reference for people: "0.864×", "12×", "4.3e4×", "—" when there is none */
export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '—'
  if (ratio === 0) return '0×'
  if (Math.abs(ratio) >= 1000 || Math.abs(ratio) < 0.001) return `${ratio.toExponential(1).replace('e+', 'e')}×`
  return `${Number(ratio.toPrecision(3))}×`
}

/**
 * A plain ratio well under 1 reads better upside down: "0.0313×" is "32× too low". Shares
 * compared by what is missing, and exact answers, keep only their own note.
 */
export function ratioDirection(ratio: number | undefined, basis: RatioBasis | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio) || ratio <= 0 || ratio >= 0.5 || (basis !== undefined && basis !== 'value')) return ''
  return ` (${formatRatio(1 / ratio)} too low)`
}

/** How a ratio was taken, for the text beside it: "", " (by what is missing from 100 %)" or " (an exact answer)". */
export function ratioBasisNote(basis: RatioBasis | undefined, unit: string): string {
  if (basis === 'exact') return ' (an exact answer)'
  return basis === 'shortfall' ? ` (by what is missing from ${unit.trim() === '%' ? '100 %' : '1'})` : ''
}

/**
 * The engine's message for an answer in the wrong kind of unit, for a report: its closing
 * advice to convert to a unit of the answer's own kind ("(e.g. GB)") fits `x to unit` typed
 * by hand, not an answer to a question that names its unit, so it goes. Advice that fixes the
 * answer itself (multiply by a duration, write it per link) stays.
 */
export function wrongUnitsMessage(message: string): string {
  return message.replace(/; after to, name a unit of the value's own kind \(e\.g\. [^)]*\)$/, '')
}

/**
 * The grade of an answer: by the 2x and 10x bands for an estimate, right (good) or wrong (off)
 * for a quantity marked `exact` (a quorum size, a call count), within its tolerance.
 */
export function gradeAnswer(
  answer: number,
  reference: number,
  question: { unit: string; exact?: boolean; tolerance?: number },
): { grade: 'good' | 'fair' | 'off'; ratio: number; basis: RatioBasis } {
  if (question.exact === true) {
    const ratio = reference === 0 ? Number.NaN : Number((answer / reference).toPrecision(12))
    const slack = Math.max(question.tolerance ?? 0, 1e-9)
    const right = reference === 0 ? answer === 0 : Math.abs(ratio - 1) <= slack
    return { grade: right ? 'good' : 'off', ratio, basis: 'exact' }
  }
  const { ratio, basis } = compareToReference(answer, reference, question.unit)
  return { grade: gradeRatio(ratio), ratio, basis }
}

export function gradeRatio(ratio: number): 'good' | 'fair' | 'off' {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return 'off'
  const factor = ratio >= 1 ? ratio : 1 / ratio
  if (factor <= GRADE_BANDS.good) return 'good'
  if (factor <= GRADE_BANDS.fair) return 'fair'
  return 'off'
}

/** Names an expression refers to (identifiers that are keys of the problem's scale). */
function referencedKeys(expr: string, keys: Set<string>): string[] {
  const found = expr.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []
  return [...new Set(found.filter((word) => keys.has(word)))]
}

interface Reference {
  quantities: Map<string, Quantity>
  lines: Map<string, string>
}

function buildReference(problem: Problem, engine: Engine): Reference {
  const scope = engine.newScope()
  const quantities = new Map<string, Quantity>()
  const lines = new Map<string, string>()
  for (const given of problem.scale.givens) {
    const outcome = engine.evaluate(`${given.key} = ${given.value}`, { scope })
    if (outcome.ok) quantities.set(given.key, outcome.quantity)
    lines.set(given.key, `${given.key} = ${given.value}${outcome.ok ? '' : ' (the engine cannot read this given)'}`)
  }
  for (const derived of problem.scale.derived) {
    const outcome = engine.evaluate(`${derived.key} = ${derived.expr}`, { scope })
    if (!outcome.ok) {
      lines.set(derived.key, `${derived.key} = ${derived.expr} = ${formatNumber(derived.expected)} ${derived.unit}`)
      continue
    }
    quantities.set(derived.key, outcome.quantity)
    const shown = engine.convert(outcome.quantity, derived.unit)
    // a step that only converts a given says so: "writeRate = newLinksPerDay = 231 links/s" read as if a day's links were a second's
    const expr = /^[A-Za-z_][A-Za-z0-9_]*$/.test(derived.expr.trim()) ? `${derived.expr.trim()} to ${derived.unit}` : derived.expr
    lines.set(derived.key, `${derived.key} = ${expr} = ${shown.ok ? shown.display.text : `${formatNumber(derived.expected)} ${derived.unit}`}`)
  }
  return { quantities, lines }
}

function derivationFor(derived: ScaleDerived, problem: Problem, reference: Reference): DerivationStep[] {
  const keys = new Set([...problem.scale.givens.map((g) => g.key), ...problem.scale.derived.map((d) => d.key)])
  const order = [...problem.scale.givens.map((g) => g.key), ...problem.scale.derived.map((d) => d.key)]
  const needed = new Set<string>()
  const visit = (key: string) => {
    if (needed.has(key)) return
    needed.add(key)
    const step = problem.scale.derived.find((d) => d.key === key)
    if (step) for (const ref of referencedKeys(step.expr, keys)) visit(ref)
  }
  visit(derived.key)
  const givens = new Set(problem.scale.givens.map((g) => g.key))
  return order
    .filter((key) => needed.has(key) && reference.lines.has(key))
    .map((key) => ({ key, text: reference.lines.get(key)!, given: givens.has(key) }))
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en') : String(Number(value.toPrecision(4)))
}

export function gradeEstimates(session: SessionRecord, problem: Problem, engine: Engine): EstimateGrade[] {
  const reference = buildReference(problem, engine)
  const scope: Scope = engine.newScope()
  for (const given of problem.scale.givens) {
    const quantity = reference.quantities.get(given.key)
    if (quantity) scope.set(given.key, quantity)
  }
  return estimationQuestions(problem).map((derived) => {
    const refQuantity = reference.quantities.get(derived.key)
    const refShown = refQuantity ? engine.convert(refQuantity, derived.unit) : undefined
    const base = {
      key: derived.key,
      label: derived.label,
      unit: derived.unit,
      referenceText: refShown?.ok ? refShown.display.text : `${formatNumber(derived.expected)} ${derived.unit}`,
      referenceValue: refShown?.ok ? refShown.display.value : derived.expected,
      derivation: derivationFor(derived, problem, reference),
    }
    const answer = session.estimates[derived.key]
    if (!answer || answer.input === '') return { ...base, grade: 'missing' as const }
    const outcome = engine.evaluate(answer.input, { scope })
    if (!outcome.ok) return { ...base, input: answer.input, grade: 'invalid' as const, error: outcome.error.message }
    // later answers may build on this one by its key
    scope.set(derived.key, outcome.quantity)
    const converted = engine.convert(outcome.quantity, derived.unit)
    if (!converted.ok) {
      return { ...base, input: answer.input, answerText: outcome.text, grade: 'wrong-units' as const, error: wrongUnitsMessage(converted.error.message) }
    }
    const { grade, ratio, basis } = gradeAnswer(converted.display.value, base.referenceValue, derived)
    return {
      ...base,
      input: answer.input,
      answerText: converted.display.text,
      answerValue: converted.display.value,
      ratio,
      ...(basis === 'value' ? {} : { basis }),
      grade,
    }
  })
}
