/**
 * The estimation engine as the interview uses it: inline `= expr` notes, the live preview
 * under the answer box, and answers to the problem's derived quantities. Expressions may use
 * the interviewer's givens and the candidate's own earlier answers by name. Without an engine
 * (it failed to load) answers are still recorded, just not evaluated.
 */
import type { Engine, Quantity, Scope } from '../../core/estimate/types'
import { estimationQuestions } from '../../core/interview/phase-material'
import type { SessionRecord } from '../../core/interview/session-types'
import type { Problem } from '../../core/problems/types'

export type Evaluated =
  | { kind: 'value'; text: string; quantity: Quantity }
  | { kind: 'error'; message: string }
  | { kind: 'unavailable'; message: string }

export type Checked =
  | { kind: 'ok'; text: string }
  | { kind: 'units'; text: string; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'unavailable'; message: string }

export interface EstimateTools {
  /** evaluates an expression in the scope of the givens and the answers so far */
  evaluate(expr: string, session: SessionRecord): Evaluated
  /** evaluates and shows the value in the question's unit */
  check(expr: string, unit: string, session: SessionRecord): Checked
}

export function createEstimateTools(engine: Engine | undefined, engineError: string | undefined, problem: Problem): EstimateTools {
  const unavailable = { kind: 'unavailable' as const, message: `not evaluated: ${engineError ?? 'the estimation engine is unavailable'}` }
  let givens: Scope | undefined
  const scopeFor = (session: SessionRecord): Scope | undefined => {
    if (!engine) return undefined
    if (!givens) {
      givens = engine.newScope()
      for (const given of problem.scale.givens) engine.evaluate(`${given.key} = ${given.value}`, { scope: givens })
    }
    const scope = engine.newScope()
    for (const name of givens.names()) scope.set(name, givens.get(name)!)
    for (const question of estimationQuestions(problem)) {
      const answer = session.estimates[question.key]
      if (!answer) continue
      const outcome = engine.evaluate(answer.input, { scope })
      if (outcome.ok) scope.set(question.key, outcome.quantity)
    }
    return scope
  }
  const evaluate = (expr: string, session: SessionRecord): Evaluated => {
    if (!engine) return unavailable
    const outcome = engine.evaluate(expr, { scope: scopeFor(session)! })
    if (!outcome.ok) return { kind: 'error', message: outcome.error.message }
    return { kind: 'value', text: outcome.text, quantity: outcome.quantity }
  }
  return {
    evaluate,
    check(expr, unit, session) {
      const value = evaluate(expr, session)
      if (value.kind !== 'value') return value
      const converted = engine!.convert(value.quantity, unit)
      if (!converted.ok) return { kind: 'units', text: value.text, message: converted.error.message }
      return { kind: 'ok', text: converted.display.text }
    },
  }
}

/** Loads the engine, keeping the reason when it cannot be built. */
export async function loadEngine(): Promise<{ engine?: Engine; error?: string }> {
  try {
    const { getEngine } = await import('./engine-entry')
    return { engine: getEngine() }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}
