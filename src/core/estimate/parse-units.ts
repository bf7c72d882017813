/**
 * The unit parts of the grammar: the compound unit after a number (`KB/comment`,
 * `requests/s/machine`) and the target after `to` (`MB/s`, `1/s` or `/s`, `%`). After a number,
 * `/` continues the unit only when a unit word follows; before a number, `(` or a variable
 * it is division, which is what makes `1 KB / 1 Gb/s` read as 1 KB / (1 Gb/s).
 */
import type { UnitAtom, UnitExpr } from './ast'
import { fail } from './failure'
import { lookup } from './lookup'
import type { ParseContext } from './parser'
import { at, describe, isOp, isWord, type TokenCursor } from './token-cursor'
import { NUMBER_WORDS } from './unit-table'

export const KEYWORDS = new Set(['to', 'mod', 'of'])

/** Can the word at this offset start or continue a unit after a number? */
export function isUnitWordAt(c: TokenCursor, ctx: ParseContext, offset: number): boolean {
  const t = c.peek(offset)
  return (
    t.type === 'word' &&
    !KEYWORDS.has(t.text) &&
    (!ctx.isVariable(t.text) || ctx.isUnitWord(t.text)) &&
    lookup(NUMBER_WORDS, t.text) === undefined &&
    !(ctx.isFunction(t.text) && isOp(c.peek(offset + 1), '('))
  )
}

/** `GB`, `s^2`, `s^-1` */
function parseAtom(c: TokenCursor): UnitAtom {
  const t = c.next()
  let power = 1
  if (isOp(c.peek(), '^')) {
    c.next()
    let sign = 1
    if (isOp(c.peek(), '-')) {
      c.next()
      sign = -1
    }
    const p = c.next()
    if (p.type !== 'number' || !Number.isInteger(p.value)) fail('syntax', `a unit's power must be a whole number (${at(p)})`, p.column)
    power = sign * p.value
  }
  return { word: t.type === 'word' ? t.text : '', power, column: t.column }
}

/**
 * Units right after a number. `first` allows a leading unit word (`2 KB/comment`); without
 * it only `/unit` parts are read (`4%/year`).
 */
export function parseUnitsAfterNumber(c: TokenCursor, ctx: ParseContext, first: boolean, lead: UnitAtom[] = []): UnitExpr | undefined {
  const atoms: UnitAtom[] = [...lead]
  const start = lead[0]?.column ?? c.peek().column
  if (first && isUnitWordAt(c, ctx, 0)) atoms.push(parseAtom(c))
  while (isOp(c.peek(), '/') && isUnitWordAt(c, ctx, 1) && (atoms.length > 0 || !first)) {
    c.next()
    const atom = parseAtom(c)
    atoms.push({ ...atom, power: -atom.power })
  }
  if (atoms.length === 0) return undefined
  return { atoms, column: start, text: c.sliceFrom(start) }
}

/** The target after `to`: `MB/s`, `requests/s/machine`, `GB/machine * machine`, `1/s`, `/s`, `%`. */
export function parseTarget(c: TokenCursor): UnitExpr {
  const start = c.peek()
  if (isOp(start, '%') || isWord(start, 'percent')) {
    c.next()
    return { atoms: [], percent: true, column: start.column, text: start.type === 'word' ? start.text : '%' }
  }
  const atoms: UnitAtom[] = []
  let sign = 1
  if (start.type === 'number' && start.value === 1 && isOp(c.peek(1), '/')) {
    c.next()
    c.next()
    sign = -1
  } else if (isOp(start, '/') && c.peek(1).type === 'word') {
    // `to /min` (and `to per min`): a plain count per time, written as the result reads (12/min)
    c.next()
    sign = -1
  }
  for (;;) {
    const w = c.peek()
    if (w.type !== 'word') fail('syntax', `expected a unit ${at(w)}, found ${describe(w)} (e.g. to MB/s)`, w.column)
    const atom = parseAtom(c)
    atoms.push({ ...atom, power: sign * atom.power })
    // a/b/c divides by b and c; a/b*c multiplies by c
    if (isOp(c.peek(), '/')) sign = -1
    else if (isOp(c.peek(), '*')) sign = 1
    else break
    c.next()
  }
  return { atoms, column: start.column, text: c.sliceFrom(start.column) }
}
