/**
 * The only functions an expression can call. Names that would reach into mathjs or the
 * runtime (import, evaluate, createUnit ...) are refused by name with a clear message;
 * there is no route from input to any other code.
 */
import { mismatchMessage } from './dimension-errors'
import { closestMatches } from '../did-you-mean'
import { orList } from './or-list'
import { autoUnit, type DisplayEnv } from './display-unit'
import { fail } from './failure'
import { emptyHints, isDimensionless, mergeHints, Qty, sameDimensions } from './quantity'
import type { ArithmeticEnv } from './arithmetic'
import { power } from './arithmetic'

export const ALLOWED_FUNCTIONS = [
  'abs',
  'ceil',
  'floor',
  'round',
  'min',
  'max',
  'sqrt',
  'log',
  'log2',
  'log10',
  'ln',
  'exp',
  'pow',
  'mod',
  'combinations',
  'permutations',
  'factorial',
] as const

/** Refused by name: mathjs's code paths and JavaScript's. */
const REFUSED = new Set([
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'simplify',
  'compile',
  'derivative',
  'rationalize',
  'resolve',
  'eval',
  'Function',
  'require',
  'process',
  'constructor',
  'prototype',
  '__proto__',
  'globalThis',
  'global',
  'window',
  'config',
  'chain',
  'typed',
  'reviver',
  'replacer',
  'help',
  'unit',
  'setTimeout',
  'fetch',
])

export type FunctionEnv = ArithmeticEnv & DisplayEnv

export function isAllowedFunction(name: string): boolean {
  return (ALLOWED_FUNCTIONS as readonly string[]).includes(name)
}

export function isFunctionName(name: string): boolean {
  return (ALLOWED_FUNCTIONS as readonly string[]).includes(name) || REFUSED.has(name)
}

const plain = (env: FunctionEnv, value: number, hints = undefined as Qty['hints'] | undefined, from?: Qty) =>
  new Qty(env.system.scalar(value), [], hints ?? from?.hints ?? emptyHints())

function needPlain(name: string, q: Qty, column: number): number {
  if (!isDimensionless(q.dimensions)) fail('dimension', `${name}() takes a plain number (column ${column + 1}); divide by a unit first, e.g. ${name}(x / 1 GB)`, column)
  return q.value
}

function needInteger(name: string, q: Qty, column: number): number {
  const n = needPlain(name, q, column)
  if (!Number.isInteger(n) || n < 0) fail('math', `${name}() takes whole numbers of 0 or more (column ${column + 1})`, column)
  return n
}

function count(name: string, args: Qty[], min: number, max: number, column: number): void {
  if (args.length < min || args.length > max) {
    const wanted = min === max ? `${min}` : max === Infinity ? `${min} or more` : `${min} to ${max}`
    fail('syntax', `${name}() takes ${wanted} argument${wanted === '1' ? '' : 's'}, got ${args.length} (column ${column + 1})`, column)
  }
}

function finite(name: string, value: number, column: number): number {
  if (!Number.isFinite(value)) fail('math', `${name}() has no finite value here (column ${column + 1})`, column)
  return value
}

/** Rounds in the unit the value is shown in (or the unit given as the second argument). */
function roundIn(env: FunctionEnv, name: string, fn: (x: number) => number, args: Qty[], column: number): Qty {
  count(name, args, 1, 2, column)
  const x = args[0]!
  const second = args[1]
  if (second !== undefined && isDimensionless(second.dimensions)) {
    const digits = needInteger(name, second, column)
    const f = 10 ** digits
    return new Qty(env.system.make(fn(x.value * f) / f, x.dimensions), x.written, x.hints)
  }
  let factor: number
  if (second !== undefined) {
    if (!sameDimensions(second.dimensions, x.dimensions)) fail('dimension', mismatchMessage(`round ${name === 'round' ? '' : `(${name}) `}`.trim(), x, second, env), column)
    factor = second.value
  } else factor = (x.shownIn?.unit ?? autoUnit(x, env)).factor
  const value = fn(Number((x.value / factor).toPrecision(12))) * factor
  return new Qty(env.system.make(value, x.dimensions), x.written, x.hints)
}

export function callFunction(env: FunctionEnv, name: string, args: Qty[], column: number): Qty {
  if (REFUSED.has(name)) {
    fail('forbidden', `${name}() is not allowed (column ${column + 1}): estimates can call only ${ALLOWED_FUNCTIONS.join(', ')}`, column)
  }
  const at = column
  switch (name) {
    case 'abs':
      count(name, args, 1, 1, at)
      return new Qty(env.system.make(Math.abs(args[0]!.value), args[0]!.dimensions), args[0]!.written, args[0]!.hints)
    case 'ceil':
      return roundIn(env, name, Math.ceil, args, at)
    case 'floor':
      return roundIn(env, name, Math.floor, args, at)
    case 'round':
      return roundIn(env, name, Math.round, args, at)
    case 'min':
    case 'max': {
      count(name, args, 1, Infinity, at)
      const first = args[0]!
      for (const other of args.slice(1)) {
        if (!sameDimensions(first.dimensions, other.dimensions)) fail('dimension', mismatchMessage(`take the ${name} of`, first, other, env), at)
      }
      const pick = args.reduce((best, q) => ((name === 'min' ? q.value < best.value : q.value > best.value) ? q : best))
      return new Qty(pick.unit, pick.written, args.slice(1).reduce((h, q) => mergeHints(h, q.hints), first.hints))
    }
    case 'sqrt':
      count(name, args, 1, 1, at)
      if (args[0]!.value < 0) fail('math', `sqrt() of a negative number has no real value (column ${at + 1})`, at)
      return power(env, args[0]!, plain(env, 0.5), at)
    case 'pow':
      count(name, args, 2, 2, at)
      return power(env, args[0]!, args[1]!, at)
    case 'log':
    case 'log2':
    case 'log10':
    case 'ln': {
      count(name, args, 1, name === 'log' ? 2 : 1, at)
      const x = needPlain(name, args[0]!, at)
      if (x <= 0) fail('math', `${name}() needs a number above 0 (column ${at + 1})`, at)
      const base = name === 'log2' ? 2 : name === 'log10' ? 10 : args[1] ? needPlain(name, args[1], at) : Math.E
      if (base <= 0 || base === 1) fail('math', `log() needs a base above 0 other than 1 (column ${at + 1})`, at)
      const value = name === 'log2' ? Math.log2(x) : name === 'log10' ? Math.log10(x) : Math.log(x) / Math.log(base)
      return plain(env, value, undefined, args[0])
    }
    case 'exp':
      count(name, args, 1, 1, at)
      return plain(env, finite(name, Math.exp(needPlain(name, args[0]!, at)), at))
    case 'mod': {
      count(name, args, 2, 2, at)
      const [a, b] = args as [Qty, Qty]
      if (!sameDimensions(a.dimensions, b.dimensions)) fail('dimension', mismatchMessage('take the remainder of', a, b, env), at)
      if (b.value === 0) fail('math', `remainder of a division by zero (column ${at + 1})`, at)
      return new Qty(env.system.make(a.value - b.value * Math.floor(a.value / b.value), a.dimensions), a.written, a.hints)
    }
    case 'factorial': {
      count(name, args, 1, 1, at)
      const n = needInteger(name, args[0]!, at)
      if (n > 170) fail('math', `factorial(${n}) is too large to represent (column ${at + 1})`, at)
      let value = 1
      for (let i = 2; i <= n; i += 1) value *= i
      return plain(env, value)
    }
    case 'combinations':
    case 'permutations': {
      count(name, args, 2, 2, at)
      const n = needInteger(name, args[0]!, at)
      const k = needInteger(name, args[1]!, at)
      if (k > n) fail('math', `${name}(n, k) needs k ≤ n (column ${at + 1})`, at)
      // C(n, k) = C(n, n - k); both loops overflow to Infinity long before they get slow
      const steps = name === 'combinations' ? Math.min(k, n - k) : k
      let value = 1
      for (let i = 0; i < steps && Number.isFinite(value); i += 1) value = name === 'permutations' ? value * (n - i) : (value * (n - i)) / (i + 1)
      return plain(env, finite(name, Math.round(value), at))
    }
    default: {
      const near = closestMatches(name, ALLOWED_FUNCTIONS, 2)
      const hint = near.length > 0 ? `did you mean ${orList(near)}?` : `available: ${ALLOWED_FUNCTIONS.join(', ')}`
      return fail('forbidden', `unknown function ${name}() at column ${at + 1}: ${hint}`, at)
    }
  }
}
