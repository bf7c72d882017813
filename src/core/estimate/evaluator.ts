/**
 * Walks the syntax tree. Units come only from the unit resolver, names only from the scope,
 * functions only from the allow-list. In napkin mode every day-or-longer unit is scaled so
 * that 1 day is 10^5 s, the whiteboard convention.
 */
import type { MathUnit } from 'mathjs'
import { addOrSubtract, compareValues, divide, modulo, multiply, negate, power } from './arithmetic'
import type { Node, UnitExpr } from './ast'
import { closestMatches } from '../did-you-mean'
import { orList } from './or-list'
import { fail } from './failure'
import { callFunction, type FunctionEnv } from './functions'
import { conversionMessage } from './dimension-errors'
import { PERCENT_UNIT, targetUnit, type DisplayUnit } from './display-unit'
import { emptyHints, isDimensionless, mergeHints, Qty, sameDimensions, type Hints, type WrittenFactor } from './quantity'
import type { ResolveMode, UnitResolver } from './unit-resolver'
import { NAPKIN_DAY_FACTOR, NUMBER_WORDS } from './unit-table'
import { lookup } from './lookup'

export interface EvalEnv extends FunctionEnv {
  resolver: UnitResolver
  lookup(name: string): Qty | undefined
  variableNames(): string[]
  /** set when the name's last assignment failed (with its sheet line, when known) */
  failedAssignment(name: string): { line: number | undefined } | undefined
  notes: string[]
  napkin: boolean
}

export interface UnitsValue {
  unit: MathUnit
  written: WrittenFactor[]
  hints: Hints
}

/** The quantity 1 <units>, with the hints its words carry. */
export function evaluateUnits(env: EvalEnv, expr: UnitExpr, mode: ResolveMode): UnitsValue {
  const hints = emptyHints()
  const written: WrittenFactor[] = []
  let value = 1
  let dims: number[] = []
  let perTime = false
  const counted: string[] = []
  for (const atom of expr.atoms) {
    const resolved = env.resolver.resolve(atom.word, atom.column, mode)
    if (resolved.note !== undefined) env.notes.push(resolved.note)
    for (const factor of resolved.factors) {
      const p = factor.power * atom.power
      const def = factor.def
      if (def.category === 'percent') {
        value *= 0.01 ** p
        hints.percent = true
        continue
      }
      const unit = env.system.unitOf(def)
      value *= (unit.value as number) ** p
      const n = Math.max(dims.length, unit.dimensions.length)
      dims = Array.from({ length: n }, (_, i) => (dims[i] ?? 0) + (unit.dimensions[i] ?? 0) * p)
      written.push({ def, power: p })
      if (def.category === 'data' || def.category === 'rate') {
        if (def.bits) hints.bits = true
        else hints.bytes = true
        if (def.iec) hints.iec = true
      }
      const isTime = def.category === 'time' || (def.category === 'rate' && def.parts.some(([, pw]) => pw < 0))
      if (isTime) {
        const timeId = def.category === 'time' ? def.id : 's'
        if (!hints.times.includes(timeId)) hints.times.push(timeId)
        if (p < 0) perTime = true
        if (env.napkin && (def.seconds ?? 0) >= 86400) value *= NAPKIN_DAY_FACTOR ** p
      }
      if (def.category === 'count') {
        const key = def.countKey!
        if (!hints.nouns.has(key)) hints.nouns.set(key, def)
        if (p > 0) counted.push(key)
      }
    }
  }
  if (perTime) hints.rateNouns.push(...counted)
  if (expr.percent) hints.percent = true
  return { unit: env.system.make(value, dims), written: mergeWritten(written), hints }
}

/** The display unit for `to <target>` (and the hints its words carry), or why it does not fit. */
export interface ResolvedTarget {
  unit: DisplayUnit
  hints: Hints
  /** the target's units as written, so a named value remembers them */
  written?: WrittenFactor[]
}

export function resolveTarget(env: EvalEnv, q: Qty, target: UnitExpr): ResolvedTarget {
  if (target.percent) {
    if (!isDimensionless(q.dimensions)) fail('dimension', conversionMessage(q, '%', [], env), target.column)
    return { unit: PERCENT_UNIT, hints: { ...q.hints, percent: true } }
  }
  const units = evaluateUnits(env, target, 'target')
  if (!sameDimensions(q.dimensions, units.unit.dimensions)) {
    fail('dimension', conversionMessage(q, target.text.trim(), units.unit.dimensions, env), target.column)
  }
  const unit = targetUnit(units.written, (def) => env.system.unitOf(def).value as number)
  return { unit, hints: units.hints, written: units.written }
}

/** The value as it is shown in a target: it keeps the target's units for labels, display and rounding. */
export function shownInTarget(q: Qty, target: ResolvedTarget): Qty {
  const shown = new Qty(q.unit, target.written ?? q.written, mergeHints(target.hints, q.hints))
  shown.shownIn = { unit: target.unit, hints: target.hints }
  if (q.napkin) shown.napkin = q.napkin
  return shown
}

function mergeWritten(factors: WrittenFactor[]): WrittenFactor[] {
  const out: WrittenFactor[] = []
  for (const f of factors) {
    const key = f.def.category === 'count' ? `count:${f.def.countKey}` : f.def.id
    const same = out.find((o) => (o.def.category === 'count' ? `count:${o.def.countKey}` : o.def.id) === key)
    if (same) same.power += f.power
    else out.push({ ...f })
  }
  return out.filter((f) => f.power !== 0)
}

export function evaluateNode(env: EvalEnv, node: Node): Qty {
  switch (node.kind) {
    case 'number': {
      const hints = emptyHints()
      hints.percent = node.percent === true
      // 99.99 / 100 is 0.9998999999999999 in floating point; literals are decimals, so clean them
      const number = new Qty(env.system.scalar(Number(node.value.toPrecision(15))), [], hints)
      if (!node.unit) return number
      const units = evaluateUnits(env, node.unit, 'after-number')
      return multiply(env, number, new Qty(units.unit, units.written, units.hints), node.column)
    }
    case 'name':
      return evaluateName(env, node.name, node.column)
    case 'unary': {
      const operand = operandValue(env, node.operand)
      return node.op === '-' ? negate(env, operand) : operand
    }
    case 'percent': {
      const operand = operandValue(env, node.operand)
      const hints = { ...operand.hints, percent: true }
      return new Qty(env.system.make(operand.value / 100, operand.dimensions), operand.written, hints)
    }
    case 'binary': {
      const left = operandValue(env, node.left)
      const right = operandValue(env, node.right)
      switch (node.op) {
        case '+':
          return addOrSubtract(env, left, right, 1, node.column)
        case '-':
          return addOrSubtract(env, left, right, -1, node.column)
        case '*':
          return multiply(env, left, right, node.column)
        case '/':
          return divide(env, left, right, node.column)
        case '^':
          return power(env, left, right, node.column)
        case 'mod':
          return modulo(env, left, right, node.column)
      }
      break
    }
    case 'compare':
      return compareValues(env, node.op, operandValue(env, node.left), operandValue(env, node.right), node.column)
    case 'convert': {
      const operand = operandValue(env, node.operand)
      return shownInTarget(operand, resolveTarget(env, operand, node.target))
    }
    case 'call': {
      if (env.lookup(node.name) !== undefined) {
        fail('syntax', `'${node.name}' is a variable, not a function (column ${node.column + 1}): write ${node.name} * (...)`, node.column)
      }
      const args = node.args.map((arg) => operandValue(env, arg))
      return callFunction(env, node.name, args, node.column)
    }
  }
  return fail('syntax', 'unsupported expression')
}

/** A value that takes part in arithmetic: true/false cannot. */
function operandValue(env: EvalEnv, node: Node): Qty {
  const q = evaluateNode(env, node)
  if (q.bool !== undefined) fail('syntax', `a comparison (true/false) cannot be used in arithmetic (column ${node.column + 1})`, node.column)
  return q
}

function evaluateName(env: EvalEnv, name: string, column: number): Qty {
  const variable = env.lookup(name)
  if (variable !== undefined) return variable
  const failed = env.failedAssignment(name)
  if (failed !== undefined) {
    const where = failed.line === undefined ? 'its assignment' : `its line (${failed.line})`
    fail('undefined', `'${name}' has no value because ${where} failed`, column)
  }
  if (name === 'ans') fail('undefined', "'ans' is the previous result, and there is none yet", column)
  const scale = lookup(NUMBER_WORDS, name)
  if (scale !== undefined) return new Qty(env.system.scalar(scale), [], emptyHints())
  let units: UnitsValue
  try {
    units = evaluateUnits(env, { atoms: [{ word: name, power: 1, column }], column, text: name }, 'value')
  } catch (error) {
    const near = closestMatches(name, env.variableNames(), 2)
    if (near.length > 0) fail('undefined', `unknown name '${name}' at column ${column + 1}: did you mean ${orList(near)}?`, column)
    throw error
  }
  // A bare noun as a value (`videos * 10`) is almost always a missing variable, not "1 video".
  const noun = units.written.length === 1 && units.written[0]!.def.category === 'count' ? units.written[0]!.def : undefined
  if (noun !== undefined) {
    fail('undefined', `'${name}' is a unit, not a value (column ${column + 1}): write 1 ${noun.singular}, or define a variable with another name (${noun.plural}_total = ...)`, column)
  }
  return new Qty(units.unit, units.written, units.hints)
}
