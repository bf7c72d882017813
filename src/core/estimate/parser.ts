/**
 * A Pratt parser for the estimate language. The one unusual rule: a number followed by
 * units takes them as one compound unit, so `50 GB/machine` is 50 (GB/machine) and
 * `1 KB / 1 Gb/s` is 1 KB / (1 Gb/s). After a unit, `/` followed by a unit word continues
 * the unit; `/` followed by a number, `(` or a variable is division.
 */
import type { Node, Statement, UnitAtom, UnitExpr } from './ast'
import { fail } from './failure'
import type { Token } from './lexer'
import { NUMBER_WORDS, SCALE_LETTERS } from './unit-table'
import { lookup } from './lookup'

export interface ParseContext {
  isVariable(name: string): boolean
  /** a unit or noun already known: after a number it stays a unit even when a variable has its name */
  isUnitWord(word: string): boolean
  /** allowed or refused function names, so `name(` parses as a call */
  isFunction(name: string): boolean
  /** a known unit that is not a count (data, time, rate): `2B requests` vs `2B/s` */
  isPhysicalUnit(word: string): boolean
}

const KEYWORDS = new Set(['to', 'mod'])
const MAX_DEPTH = 200

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
  '^': 50,
  '%': 60,
}

export function parse(tokens: Token[], input: string, ctx: ParseContext): Statement {
  let pos = 0
  let depth = 0
  const peek = (offset = 0): Token => tokens[Math.min(pos + offset, tokens.length - 1)]!
  const next = (): Token => tokens[Math.min(pos++, tokens.length - 1)]!
  const isOp = (t: Token, text: string) => t.type === 'op' && t.text === text
  const isWord = (t: Token, text?: string) => t.type === 'word' && (text === undefined || t.text === text)
  const describe = (t: Token) => (t.type === 'eof' ? 'the end' : `'${t.type === 'number' ? t.text : t.text}'`)
  const at = (t: Token) => `at column ${t.column + 1}`

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
    if (t.type === 'number' || (t.type === 'word' && !KEYWORDS.has(t.text)) || isOp(t, '(')) {
      fail('syntax', `missing operator before ${describe(t)} ${at(t)}`, t.column)
    }
  }

  /** Can the word at this offset start or continue a unit after a number? */
  const unitWord = (offset: number): boolean => {
    const t = peek(offset)
    return (
      t.type === 'word' &&
      !KEYWORDS.has(t.text) &&
      (!ctx.isVariable(t.text) || ctx.isUnitWord(t.text)) &&
      lookup(NUMBER_WORDS, t.text) === undefined &&
      !(ctx.isFunction(t.text) && isOp(peek(offset + 1), '('))
    )
  }

  const parseAtom = (): UnitAtom => {
    const t = next()
    let power = 1
    if (isOp(peek(), '^')) {
      next()
      let sign = 1
      if (isOp(peek(), '-')) {
        next()
        sign = -1
      }
      const p = next()
      if (p.type !== 'number' || !Number.isInteger(p.value)) fail('syntax', `a unit's power must be a whole number (${at(p)})`, p.column)
      power = sign * p.value
    }
    return { word: t.type === 'word' ? t.text : '', power, column: t.column }
  }

  /** `KB/comment`, `requests/s/machine`: stops at anything that is not `/` + unit word */
  const parseUnitsAfterNumber = (first: boolean): UnitExpr | undefined => {
    const atoms: UnitAtom[] = []
    const start = peek().column
    if (first && unitWord(0)) atoms.push(parseAtom())
    while (isOp(peek(), '/') && unitWord(1) && (atoms.length > 0 || !first)) {
      next()
      const atom = parseAtom()
      atoms.push({ ...atom, power: -atom.power })
    }
    if (atoms.length === 0) return undefined
    const end = tokens[pos - 1]!
    const endColumn = end.column + (end.type === 'eof' ? 0 : String(end.type === 'number' ? end.text : end.text).length)
    return { atoms, column: start, text: input.slice(start, endColumn) }
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
      if (w.text === 'B' && !w.spaced && unitWord(1) && !ctx.isPhysicalUnit((peek(1) as { text: string }).text)) {
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
    const unit = parseUnitsAfterNumber(!percent)
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
    return { kind: 'convert', operand: node, target: parseTarget(), column: t.column }
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
      return inner
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
    if (t.type === 'word' && t.text === 'mod') return INFIX.mod
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
      const op = t.type === 'word' ? 'mod' : (t as { text: string }).text
      if (op === '%') {
        left = { kind: 'percent', operand: left, column: t.column }
        rejectModuloPercent()
        const unit = parseUnitsAfterNumber(false)
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
      left = { kind: 'binary', op: op as '+', left, right, column: t.column }
    }
    depth -= 1
    return left
  }

  const parseTarget = (): UnitExpr => {
    const start = peek()
    if (isOp(start, '%') || isWord(start, 'percent')) {
      next()
      return { atoms: [], percent: true, column: start.column, text: start.type === 'word' ? start.text : '%' }
    }
    const atoms: UnitAtom[] = []
    let sign = 1
    if (start.type === 'number' && start.value === 1 && isOp(peek(1), '/')) {
      next()
      next()
      sign = -1
    }
    for (;;) {
      const w = peek()
      if (w.type !== 'word') fail('syntax', `expected a unit ${at(w)}, found ${describe(w)} (e.g. to MB/s)`, w.column)
      const atom = parseAtom()
      atoms.push({ ...atom, power: sign * atom.power })
      if (isOp(peek(), '/')) {
        next()
        sign = -1
        continue
      }
      if (isOp(peek(), '*')) {
        next()
        sign = 1
        continue
      }
      break
    }
    const end = tokens[pos - 1]!
    return { atoms, column: start.column, text: input.slice(start.column, end.column + (end.type === 'number' ? end.text : (end as { text: string }).text).length) }
  }

  const expr = parseExpr(0)
  let target: UnitExpr | undefined
  const t = peek()
  if (isWord(t, 'to') || isOp(t, '->')) {
    next()
    target = parseTarget()
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
