/**
 * Estimation quizzes from a problem's scale facts: one question per derived quantity the
 * interview would ask for, showing only the givens its derivation needs (as the engine displays
 * them, in the unit their author wrote) and, for the answer, every step of the reference worked
 * out: the expression, the same with labels, the same with values, and the result. The values
 * line is valid engine input, so it can be pasted into `sysdrill estimate`.
 */
import type { Display, Engine, Quantity } from '../estimate/types'
import { estimationQuestions } from '../interview/phase-material'
import { computeScale, type ScaleRow } from '../problems/scale'
import type { Problem } from '../problems/types'

export interface QuizGiven {
  key: string
  label: string
  /** the engine's display, in the unit the author wrote: "200 million videos/day" */
  text: string
}

export interface QuizStep {
  key: string
  label: string
  /** as written in the problem: "writeRate * peakFactor" */
  expr: string
  /** keys replaced by labels: "Average comment writes per second * Peak traffic over the daily average" */
  labelled: string
  /** keys replaced by values (earlier steps a little more precisely): "(23,148 comments/s) * 3" */
  substituted: string
  /** the step's value in its unit: "69,444 comments/s" */
  result: string
}

export interface QuizQuestion {
  /** <problem id>:<derived key> */
  id: string
  problemId: string
  problemTitle: string
  key: string
  label: string
  /** the unit the answer is graded and shown in */
  unit: string
  /** graded right or wrong within `tolerance` rather than by the bands (ScaleDerived.exact) */
  exact?: boolean
  tolerance?: number
  givens: QuizGiven[]
  /** the derived steps the answer needs, in order; the last is the question itself */
  steps: QuizStep[]
  reference: { value: number; text: string; exactText: string }
}

export interface ProblemQuizzes {
  questions: QuizQuestion[]
  /** the givens' values, for evaluating answers that use them by name */
  givens: Map<string, Quantity>
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g

function keysIn(expr: string, keys: ReadonlySet<string>): string[] {
  return [...new Set((expr.match(IDENTIFIER) ?? []).filter((word) => keys.has(word)))]
}

/** Replaces the keys of an expression, leaving everything else (units, numbers) as written. */
export function replaceKeys(expr: string, replacement: (key: string) => string | undefined): string {
  return expr.replace(IDENTIFIER, (word) => replacement(word) ?? word)
}

/**
 * An earlier step's value inside a later step: precise enough that the arithmetic checks out
 * by hand (231.5 links/s rather than the headline 231 links/s), still short, still engine input.
 */
export function stepValue(display: Display): string {
  if (display.text === display.exactText) return display.text
  const value = display.value
  const abs = Math.abs(value)
  const number = abs >= 1000 ? Math.round(value).toLocaleString('en-US') : String(Number(value.toPrecision(4)))
  return display.unit === '' ? number : `${number} ${display.unit}`
}

/** A value with a unit stands in brackets inside a larger expression. */
function operand(text: string, alone: boolean): string {
  return alone || /^[\d.,]+$/.test(text) ? text : `(${text})`
}

export function problemQuizzes(problem: Problem, engine: Engine): ProblemQuizzes {
  const rows = computeScale(problem.scale, engine)
  const byKey = new Map<string, ScaleRow>(rows.map((r) => [r.key, r]))
  const keys = new Set(byKey.keys())
  const givens = new Map<string, Quantity>()
  for (const row of rows) if (row.kind === 'given' && row.quantity) givens.set(row.key, row.quantity)

  const questions: QuizQuestion[] = []
  for (const derived of estimationQuestions(problem)) {
    const row = byKey.get(derived.key)
    if (!row?.display || row.error || !row.quantity) continue
    const needed = new Set<string>()
    const visit = (key: string) => {
      if (needed.has(key)) return
      needed.add(key)
      const r = byKey.get(key)
      if (r?.kind === 'derived') for (const ref of keysIn(r.expression, keys)) visit(ref)
    }
    visit(derived.key)
    const needRows = rows.filter((r) => needed.has(r.key))
    if (needRows.some((r) => !r.display)) continue
    const steps = needRows
      .filter((r) => r.kind === 'derived')
      .map((r): QuizStep => {
        const alone = keysIn(r.expression, keys).length === 1 && r.expression.trim().match(IDENTIFIER)?.[0] === r.expression.trim()
        return {
          key: r.key,
          label: r.label,
          expr: r.expression,
          labelled: replaceKeys(r.expression, (k) => byKey.get(k)?.label),
          substituted: replaceKeys(r.expression, (k) => {
            const used = byKey.get(k)
            if (!used?.display) return undefined
            return operand(used.kind === 'given' ? used.display.text : stepValue(used.display), alone)
          }),
          result: r.display!.text,
        }
      })
    const exact = engine.convert(row.quantity, derived.unit)
    questions.push({
      id: `${problem.id}:${derived.key}`,
      problemId: problem.id,
      problemTitle: problem.title,
      key: derived.key,
      label: derived.label,
      unit: derived.unit,
      ...(derived.exact === true ? { exact: true, tolerance: derived.tolerance } : {}),
      givens: needRows.filter((r) => r.kind === 'given').map((r) => ({ key: r.key, label: r.label, text: r.display!.text })),
      steps,
      reference: {
        value: row.display.value,
        text: row.display.text,
        exactText: exact.ok ? exact.display.exactText : row.display.exactText,
      },
    })
  }
  return { questions, givens }
}
