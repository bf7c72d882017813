/**
 * Grades a quiz answer the way the interview grades estimates (estimate-grading.ts): the answer
 * is evaluated with the question's givens in scope, expressed in the question's unit and
 * compared by ratio: within 2x good, within 10x fair, else off; another dimension is
 * wrong-units; an expression the engine cannot read is invalid; nothing is missing.
 */
import type { Engine, Quantity } from '../estimate/types'
import { gradeAnswer, wrongUnitsMessage, type Grade, type RatioBasis } from '../interview/estimate-grading'
import type { QuizQuestion } from './quiz'

export interface QuizGrade {
  grade: Grade
  input: string
  /** the answer in the question's unit (or in its own unit for wrong-units) */
  answerText?: string
  answerValue?: number
  /** answer / reference (see `basis`) */
  ratio?: number
  /** 'shortfall': compares what answer and reference miss of 100 %; 'exact': right or wrong */
  basis?: RatioBasis
  /** the engine's one-line message for invalid and wrong-units answers */
  error?: string
}

export function gradeQuizAnswer(question: QuizQuestion, input: string, engine: Engine, givens: ReadonlyMap<string, Quantity>): QuizGrade {
  const trimmed = input.trim()
  if (trimmed === '') return { grade: 'missing', input: '' }
  const outcome = evaluateAnswer(question, trimmed, engine, givens)
  if (!outcome.ok) return { grade: 'invalid', input: trimmed, error: outcome.error }
  const converted = engine.convert(outcome.quantity, question.unit)
  if (!converted.ok) return { grade: 'wrong-units', input: trimmed, answerText: outcome.text, error: wrongUnitsMessage(converted.error.message) }
  const { grade, ratio, basis } = gradeAnswer(converted.display.value, question.reference.value, question)
  return {
    grade,
    input: trimmed,
    answerText: converted.display.text,
    answerValue: converted.display.value,
    ratio,
    ...(basis === 'value' ? {} : { basis }),
  }
}

/** Evaluates an answer with the question's givens by name; used for the live preview too. */
export function evaluateAnswer(
  question: QuizQuestion,
  input: string,
  engine: Engine,
  givens: ReadonlyMap<string, Quantity>,
): { ok: true; quantity: Quantity; text: string } | { ok: false; error: string } {
  const scope = engine.newScope()
  for (const given of question.givens) {
    const quantity = givens.get(given.key)
    if (quantity) scope.set(given.key, quantity)
  }
  const outcome = engine.evaluate(input, { scope })
  if (!outcome.ok) return { ok: false, error: outcome.error.message }
  return { ok: true, quantity: outcome.quantity, text: outcome.text }
}
