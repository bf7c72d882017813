import { createEngine } from '../../../src/core/estimate/engine'
import type { Evaluation, Failure, Outcome } from '../../../src/core/estimate/types'

/** A fresh engine per test file, so new nouns from one file never leak into another. */
export const engine = createEngine()

export function ok(expression: string, options: Parameters<typeof engine.evaluate>[1] = {}): Evaluation & { alternate?: string } {
  const outcome: Outcome = engine.evaluate(expression, options)
  if (!outcome.ok) throw new Error(`${expression}: ${outcome.error.kind}: ${outcome.error.message}`)
  return outcome
}

export function bad(expression: string, options: Parameters<typeof engine.evaluate>[1] = {}): Failure['error'] {
  const outcome = engine.evaluate(expression, options)
  if (outcome.ok) throw new Error(`${expression} should fail but gave ${outcome.text}`)
  return outcome.error
}

export const text = (expression: string) => ok(expression).text
