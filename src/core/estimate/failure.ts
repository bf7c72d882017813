/**
 * The one exception type inside the engine. Every expected problem is thrown as a Failure
 * with a kind, a one-line message that already says how to fix it, and the column; the
 * engine's entry points catch it and return `{ ok: false }`. Nothing else escapes.
 */
import type { EstimateError, EstimateErrorKind } from './types'

export class EstimateFailure extends Error {
  readonly kind: EstimateErrorKind
  readonly column: number | undefined

  constructor(kind: EstimateErrorKind, message: string, column?: number) {
    super(message)
    this.name = 'EstimateFailure'
    this.kind = kind
    this.column = column
  }

  toError(): EstimateError {
    return this.column === undefined
      ? { kind: this.kind, message: this.message }
      : { kind: this.kind, message: this.message, column: this.column }
  }
}

export function fail(kind: EstimateErrorKind, message: string, column?: number): never {
  throw new EstimateFailure(kind, message, column)
}

/** Turns anything thrown into an EstimateError (unexpected ones become a one-line 'math' error). */
export function toEstimateError(error: unknown): EstimateError {
  if (error instanceof EstimateFailure) return error.toError()
  if (error instanceof RangeError && /too many different things/.test(error.message)) {
    return { kind: 'math', message: `${error.message}; start a new session` }
  }
  if (error instanceof RangeError) {
    return { kind: 'too-long', message: 'the expression is nested too deeply; split it into named steps (name = expr)' }
  }
  const reason = error instanceof Error ? error.message : String(error)
  return { kind: 'math', message: `could not evaluate this expression (${oneLine(reason)})` }
}

export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 160 ? `${line.slice(0, 157)}...` : line
}
