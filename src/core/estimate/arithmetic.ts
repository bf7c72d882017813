/**
 * Arithmetic on quantities: mathjs multiplies dimensions; we keep the written units short,
 * merge the hints, refuse mismatches with a readable message and never return NaN or ∞.
 */
import { mismatchMessage, type DimensionEnv } from './dimension-errors'
import { fail } from './failure'
import { combineWritten, isDimensionless, mergeHints, Qty, sameDimensions, scaleWritten } from './quantity'

export interface ArithmeticEnv extends DimensionEnv {}

function finite(value: number, column: number, what: string): number {
  if (Number.isNaN(value)) fail('math', `${what} has no defined value (column ${column + 1})`, column)
  if (!Number.isFinite(value)) fail('math', `${what} is too large to represent (column ${column + 1})`, column)
  return value
}

function make(env: ArithmeticEnv, value: number, dims: readonly number[]) {
  return env.system.make(value, dims)
}

export function multiply(env: ArithmeticEnv, a: Qty, b: Qty, column: number): Qty {
  const u = a.unit.multiply(b.unit)
  const value = finite(u.value as number, column, 'the product')
  return new Qty(make(env, value, u.dimensions), combineWritten(a.written, b.written, 1), mergeHints(a.hints, b.hints))
}

export function divide(env: ArithmeticEnv, a: Qty, b: Qty, column: number): Qty {
  if (b.value === 0) fail('math', `division by zero at column ${column + 1}`, column)
  const u = a.unit.divide(b.unit)
  const value = finite(u.value as number, column, 'the quotient')
  return new Qty(make(env, value, u.dimensions), combineWritten(a.written, b.written, -1), mergeHints(a.hints, b.hints))
}

export function addOrSubtract(env: ArithmeticEnv, a: Qty, b: Qty, sign: 1 | -1, column: number): Qty {
  if (!sameDimensions(a.dimensions, b.dimensions)) {
    fail('dimension', mismatchMessage(sign === 1 ? 'add' : 'subtract', a, b, env), column)
  }
  const value = dropCancellationNoise(finite(a.value + sign * b.value, column, sign === 1 ? 'the sum' : 'the difference'), a.value, b.value)
  const written = a.written.length > 0 || b.written.length === 0 ? a.written : b.written
  return new Qty(make(env, value, a.dimensions), written, mergeHints(a.hints, b.hints))
}

/**
 * 1 - 0.9999 is 1.0000000000000009e-4 in floating point: the noise of the operands shows up
 * in the difference. Nothing below the 15th significant digit of the larger operand is real,
 * so the result is rounded there (1e-4 exactly).
 */
export function dropCancellationNoise(result: number, a: number, b: number): number {
  const larger = Math.max(Math.abs(a), Math.abs(b))
  if (larger === 0 || result === 0) return result
  const decimals = 14 - Math.floor(Math.log10(larger))
  if (decimals < 0 || decimals > 100) return result
  return Number(result.toFixed(decimals))
}

export function negate(env: ArithmeticEnv, a: Qty): Qty {
  return new Qty(make(env, -a.value, a.dimensions), a.written, a.hints)
}

export function power(env: ArithmeticEnv, base: Qty, exponent: Qty, column: number): Qty {
  if (!isDimensionless(exponent.dimensions)) {
    fail('dimension', `an exponent must be a plain number (column ${column + 1}), not something with units`, column)
  }
  const p = exponent.value
  const dims = base.dimensions.map((d) => (d ?? 0) * p)
  if (dims.some((d) => Math.abs(d - Math.round(d)) > 1e-9)) {
    fail('dimension', `cannot raise units to the power ${p} (column ${column + 1}): their powers must stay whole numbers`, column)
  }
  const value = Math.pow(base.value, p)
  if (Number.isNaN(value)) fail('math', `a negative number to a fractional power has no real value (column ${column + 1})`, column)
  finite(value, column, 'the power')
  const roundedDims = dims.map((d) => Math.round(d))
  return new Qty(make(env, value, roundedDims), scaleWritten(base.written, p), mergeHints(base.hints, exponent.hints))
}

/** Floored modulo, like mathjs: the result has the sign of the divisor. */
export function modulo(env: ArithmeticEnv, a: Qty, b: Qty, column: number): Qty {
  if (!sameDimensions(a.dimensions, b.dimensions)) fail('dimension', mismatchMessage('take the remainder of', a, b, env), column)
  if (b.value === 0) fail('math', `remainder of a division by zero at column ${column + 1}`, column)
  const value = a.value - b.value * Math.floor(a.value / b.value)
  return new Qty(make(env, value, a.dimensions), a.written, mergeHints(a.hints, b.hints))
}

export function compareValues(env: ArithmeticEnv, op: string, a: Qty, b: Qty, column: number): Qty {
  if (!sameDimensions(a.dimensions, b.dimensions)) fail('dimension', mismatchMessage('compare', a, b, env), column)
  // compare at the displayed precision, so 0.1 + 0.2 == 0.3 holds
  const x = Number(a.value.toPrecision(12))
  const y = Number(b.value.toPrecision(12))
  const results: Record<string, boolean> = { '<': x < y, '>': x > y, '<=': x <= y, '>=': x >= y, '==': x === y, '!=': x !== y }
  const result = results[op] === true
  return new Qty(env.system.scalar(result ? 1 : 0), [], mergeHints(a.hints, b.hints), result)
}
