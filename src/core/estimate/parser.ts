/**
 * A Pratt parser for the estimate language. The one unusual rule: a number followed by
 * units takes them as one compound unit, so `50 GB/machine` is 50 (GB/machine) and
 * `1 KB / 1 Gb/s` is 1 KB / (1 Gb/s) (see parse-units.ts).
 */
import type { Node, Statement } from './ast'
import { fail } from './failure'
import type { Token } from './lexer'
import { lookup } from './lookup'
import { isUnitWordAt, KEYWORDS, parseTarget, parseUnitsAfterNumber } from './parse-units'
import { at, describe, isOp, isWord, TokenCursor } from './token-cursor'
import { NUMBER_WORDS, SCALE_LETTERS } from './unit-table'

export interface ParseContext {
  isVariable(name: string): boolean
  /** a unit or noun already known: after a number it stays a unit even when a variable has its name */
  isUnitWord(word: string): boolean
  /** allowed or refused function names, so `name(` parses as a call */
  isFunction(name: string): boolean
  /** a known unit that is not a count (data, time, rate): `2B requests` vs `2B/s` */
  isPhysicalUnit(word: string): boolean
}

const MAX_DEPTH = 200

/** conversion words of other calculators: a hint to write `to` */
const CONVERSION_WORDS = new Set(['in', 'into', 'as'])
/** `5 x 3`, `5 times 3`: read as a count of x's, then a stray number */
const MULTIPLY_WORDS = new Set(['x', 'X', 'times'])

const INFIX: Record<string, number> = {
  '<': 10,
  '>': 10,
  '<=': 10,
  '>=': 10,
  '==': 10,
  '!=': 10,
  '+': 20,
  '-': 20,
  '*': 30,
  '/': 30,
  mod: 30,
  of: 30,
  '^': 50,
  '%': 60,
}

export function parse(tokens: Token[], input: string, ctx: ParseContext): Statement {
  const c = new TokenCursor(tokens, input)
  const peek = (offset = 0) => c.peek(offset)
  const next = () => c.next()
  let depth = 0

  const expectClose = (open: Token) => {
    const t = peek()
    if (isOp(t, ')')) return void next()
    if (t.type === 'eof') fail('syntax', `unclosed '(' at column ${open.column + 1}: add ')'`, open.column)
    missingOperator(t)
    fail('syntax', `expected ')' ${at(t)}, found ${describe(t)}`, t.column)
  }

  /** Two values side by side (`2 3`, `2 x`, `2 (3)`) */
  const missingOperator = (t: Token) => {
    if (t.type === 'word' && ctx.isVariable(t.text)) {
      fail('syntax', `missing operator before '${t.text}' ${at(t)}: '${t.text}' is a variable, so write * ${t.text}`, t.column)
    }
    // words other calculators use: `1 KB in MB` (insect, qalc), `5 x 3`
    if (t.type === 'word' && CONVERSION_WORDS.has(t.text.toLowerCase())) {
      fail('syntax', `'${t.text}' ${at(t)}: to convert, write 'to' (e.g. 1 KB to MB)`, t.column)
    }
    const before = c.previous()
    if (before.type === 'word' && MULTIPLY_WORDS.has(before.text)) {
      fail('syntax', `missing operator before ${describe(t)} ${at(t)}: to multiply, write * instead of ${before.text}`, t.column)
    }
    if (t.type === 'number' || (t.type === 'word' && !KEYWORDS.has(t.text)) || isOp(t, '(')) {
      fail('syntax', `missing operator before ${describe(t)} ${at(t)}`, t.column)
    }
  }

  const parseNumber = (t: Extract<Token, { type: 'number' }>): Node => {
    let value = t.value
    // number words and scale letters: 2 billion, 2k, 3 M, 2B users
    for (;;) {
      const w = peek()
      if (w.type !== 'word') break
      const scale = lookup(NUMBER_WORDS, w.text) ?? lookup(SCALE_LETTERS, w.text)
      if (scale !== undefined) {
        next()
        value *= scale
        continue
      }
      if (w.text === 'B' && !w.spaced && isUnitWordAt(c, ctx, 1) && !ctx.isPhysicalUnit((peek(1) as { text: string }).text)) {
        next()
        value *= 1e9
        continue
      }
      break
    }
    let percent = false
    if (isOp(peek(), '%')) {
      next()
      percent = true
      value /= 100
      rejectModuloPercent()
    } else if (isWord(peek(), 'percent')) {
      next()
      percent = true
      value /= 100
    }
    // `$5 million/year`: the dollars come after the number words, before any `/unit`
    const lead = t.dollars ? [{ word: 'dollars', power: 1, column: t.column }] : []
    const unit = parseUnitsAfterNumber(c, ctx, !percent && !t.dollars, lead)
    const node: Node = { kind: 'number', value, column: t.column, text: t.text }
    if (percent) node.percent = true
    if (unit) node.unit = unit
    return node
  }

  const rejectModuloPercent = () => {
    const t = peek()
    if (t.type === 'number' || isOp(t, '(') || (t.type === 'word' && ctx.isVariable(t.text))) {
      fail('syntax', `'%' means percent (${at(t)}): for the remainder of a division write a mod b`, t.column)
    }
  }

  /** `x to h` inside parentheses or arguments: a value shown in (and rounded in) that unit */
  const withConversion = (node: Node): Node => {
    const t = peek()
    if (!isWord(t, 'to') && !isOp(t, '->')) return node
    next()
    return { kind: 'convert', operand: node, target: parseTarget(c), column: t.column }
  }

  const parseArgs = (): Node[] => {
    const args: Node[] = []
    const open = next()
    if (isOp(peek(), ')')) {
      next()
      return args
    }
    for (;;) {
      args.push(withConversion(parseExpr(0)))
      if (isOp(peek(), ',')) {
        next()
        continue
      }
      expectClose(open)
      return args
    }
  }

  const nud = (): Node => {
    const t = next()
    if (t.type === 'number') return parseNumber(t)
    if (t.type === 'word') {
      if (t.text === 'mod' && isOp(peek(), '(')) return { kind: 'call', name: 'mod', args: parseArgs(), column: t.column }
      if (KEYWORDS.has(t.text)) fail('syntax', `'${t.text}' needs a value before it (${at(t)})`, t.column)
      if (isOp(peek(), '(') && (ctx.isFunction(t.text) || !peek().spaced)) {
        return { kind: 'call', name: t.text, args: parseArgs(), column: t.column }
      }
      return { kind: 'name', name: t.text, column: t.column }
    }
    if (isOp(t, '(')) {
      const inner = withConversion(parseExpr(0))
      expectClose(t)
      // remembered so that 2^(1 KB) stays an error while 2^40 B is (2^40) B
      return inner.kind === 'number' ? { ...inner, grouped: true } : inner
    }
    if (t.type === 'op' && (t.text === '-' || t.text === '+')) {
      return { kind: 'unary', op: t.text, operand: parseExpr(40), column: t.column }
    }
    if (t.type === 'eof') fail('syntax', tokens.length === 1 ? 'empty expression: type a number, e.g. 2 billion comments/day' : `the expression ends too early: a value is missing at column ${t.column + 1}`, t.column)
    if (isOp(t, ',')) fail('syntax', `unexpected ',' ${at(t)}: commas separate function arguments or group thousands (1,000,000)`, t.column)
    if (isOp(t, '->')) fail('syntax', `'->' needs a value before it (${at(t)})`, t.column)
    return fail('syntax', `unexpected ${describe(t)} ${at(t)}: a value is missing before it`, t.column)
  }

  const infixPower = (t: Token): number | undefined => {
    if (t.type === 'op') return lookup(INFIX, t.text)
    if (t.type === 'word' && (t.text === 'mod' || t.text === 'of')) return INFIX.mod
    return undefined
  }

  const parseExpr = (minPower: number): Node => {
    depth += 1
    if (depth > MAX_DEPTH) fail('too-long', 'the expression is nested too deeply; split it into named steps (name = expr)')
    let left = nud()
    for (;;) {
      const t = peek()
      const power = infixPower(t)
      if (power === undefined || power <= minPower) break
      next()
      // `20% of 1 TB` multiplies
      const op = t.type === 'word' ? (t.text === 'of' ? '*' : 'mod') : (t as { text: string }).text
      if (op === '%') {
        left = { kind: 'percent', operand: left, column: t.column }
        rejectModuloPercent()
        const unit = parseUnitsAfterNumber(c, ctx, false)
        if (unit) fail('syntax', `units after '%' need a number: write e.g. 4%/year as (4 %) / 1 year (${at(t)})`, t.column)
        continue
      }
      if (power === 10) {
        const right = parseExpr(power)
        if (infixPower(peek()) === 10) fail('syntax', `comparisons do not chain (${at(peek())}): compare two values at a time`, peek().column)
        left = { kind: 'compare', op: op as '<', left, right, column: t.column }
        continue
      }
      // ^ is right-associative
      const right = parseExpr(op === '^' ? power - 1 : power)
      const split = op === '^' ? unitsOutOfExponent(right) : undefined
      if (split) {
        // `2^40 B` means (2^40) B: the units go on the power, not in the exponent
        const raised: Node = { kind: 'binary', op: '^', left, right: split.exponent, column: t.column }
        const unit = split.unit
        left = { kind: 'binary', op: '*', left: raised, right: { kind: 'number', value: 1, column: unit.column, text: '1', unit }, column: unit.column }
        continue
      }
      left = { kind: 'binary', op: op as '+', left, right, column: t.column }
    }
    depth -= 1
    return left
  }

  const expr = parseExpr(0)
  let target: Statement['target']
  const t = peek()
  if (isWord(t, 'to') || isOp(t, '->')) {
    next()
    target = parseTarget(c)
  }
  const end = peek()
  if (end.type !== 'eof') {
    if (isOp(end, ')')) fail('syntax', `unmatched ')' ${at(end)}: remove it or add '(' before`, end.column)
    if (end.type === 'word' && (isWord(end, 'to') || target)) fail('syntax', `unexpected ${describe(end)} ${at(end)} after the conversion`, end.column)
    missingOperator(end)
    if (isOp(end, ',')) fail('syntax', `unexpected ',' ${at(end)}: commas separate function arguments or group thousands (1,000,000)`, end.column)
    fail('syntax', `missing operator before ${describe(end)} ${at(end)}`, end.column)
  }
  return target === undefined ? { expr } : { expr, target }
}

/** `40 B` or `-1 s` as an exponent: the number, and the units that belong outside the power */
function unitsOutOfExponent(node: Node): { exponent: Node; unit: NonNullable<Extract<Node, { kind: 'number' }>['unit']> } | undefined {
  if (node.kind === 'number' && node.unit && !node.percent && !node.grouped) {
    const { unit, ...exponent } = node
    return { exponent, unit }
  }
  if (node.kind === 'unary') {
    const inner = unitsOutOfExponent(node.operand)
    if (inner) return { exponent: { ...node, operand: inner.exponent }, unit: inner.unit }
  }
  return undefined
}
