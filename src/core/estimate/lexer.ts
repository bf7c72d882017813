/**
 * Our lexer: numbers (with `1,000,000` separators and `2e9`), words (units, number words,
 * names), operators, and a clear refusal for anything that smells of code (quotes,
 * brackets, property access). Columns are 0-based.
 */
import { fail } from './failure'

export type Token =
  | { type: 'number'; value: number; text: string; column: number; spaced: boolean; dollars?: boolean }
  | { type: 'word'; text: string; column: number; spaced: boolean }
  | { type: 'op'; text: string; column: number; spaced: boolean }
  | { type: 'eof'; column: number; spaced: boolean }

export interface LexResult {
  tokens: Token[]
  notes: string[]
}

const OPERATOR_ALIASES: Record<string, string> = {
  '×': '*',
  '·': '*',
  '⋅': '*',
  '÷': '/',
  '−': '-',
  '–': '-',
  '**': '^',
  '→': '->',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
}

const OPERATORS = ['->', '**', '==', '!=', '<=', '>=', '+', '-', '*', '/', '^', '(', ')', ',', '%', '<', '>', '×', '·', '⋅', '÷', '−', '–', '→', '≤', '≥', '≠']

const WORD_START = /[\p{L}_]/u
const WORD_PART = /[\p{L}\p{N}_]/u
const NUMBER = /^(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\d,])/

export function lex(input: string): LexResult {
  const tokens: Token[] = []
  const notes: string[] = []
  /** open parentheses: true when they hold a function's arguments (commas separate them) */
  const parens: boolean[] = []
  let i = 0
  let spaced = true
  let dollars = false
  while (i < input.length) {
    const ch = input[i]!
    if (/\s/.test(ch)) {
      i += 1
      spaced = true
      continue
    }
    const rest = input.slice(i)
    if (/[\d.]/.test(ch) && (ch !== '.' || /^\.\d/.test(rest))) {
      const inCall = parens.at(-1) === true
      const grouped = inCall ? null : GROUPED.exec(rest)
      const match = grouped ?? NUMBER.exec(rest)!
      const text = match[0]
      const value = Number(text.replace(/[,_]/g, ''))
      if (text.endsWith('_') || text.includes('__')) fail('syntax', `malformed number '${text}' at column ${i + 1}`, i)
      if (!Number.isFinite(value)) fail('syntax', `number too large at column ${i + 1}: ${text.slice(0, 20)}`, i)
      const next = /^,(\d{3})(?!\d)/.exec(input.slice(i + text.length))
      if (inCall && next) notes.push(`commas inside a function's parentheses separate arguments: '${text},${next[1]}' was read as ${text} and ${next[1]}`)
      tokens.push(dollars ? { type: 'number', value, text, column: i, spaced, dollars } : { type: 'number', value, text, column: i, spaced })
      dollars = false
      i += text.length
      spaced = false
      if (input[i] === '.') fail('syntax', `malformed number at column ${i + 1}: a second '.'`, i)
      // 0x10 would otherwise read as 0 of a new thing called x10
      const radix = text === '0' ? /^([xXbBoO])[0-9a-fA-F]/.exec(input.slice(i)) : null
      if (radix) fail('syntax', `'0${radix[1]}' numbers are not supported (column ${i}): write the number in decimal`, i - 1)
      continue
    }
    // $0.023/GB/month: a money amount, counted in dollars
    if (ch === '$' && /^\$[\d.]/.test(rest)) {
      dollars = true
      i += 1
      continue
    }
    if (WORD_START.test(ch)) {
      let j = i + 1
      while (j < input.length && WORD_PART.test(input[j]!)) j += 1
      const text = input.slice(i, j)
      // `requests per second` reads as requests/second
      if (text === 'per') {
        tokens.push({ type: 'op', text: '/', column: i, spaced })
        i = j
        spaced = false
        continue
      }
      tokens.push({ type: 'word', text, column: i, spaced })
      i = j
      spaced = false
      if (input[i] === '.') {
        const prop = /^\.([\p{L}_][\p{L}\p{N}_]*)?/u.exec(input.slice(i))?.[1] ?? ''
        fail('forbidden', `property access is not allowed (${text}.${prop}) at column ${i + 1}: estimates have numbers, units and names only`, i)
      }
      continue
    }
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate))
    if (op !== undefined) {
      const text = OPERATOR_ALIASES[op] ?? op
      if (text === '(') parens.push(tokens.at(-1)?.type === 'word' && !spaced)
      if (text === ')') parens.pop()
      tokens.push({ type: 'op', text, column: i, spaced })
      i += op.length
      spaced = false
      continue
    }
    // a whole character for the message, even outside the Basic Multilingual Plane (an emoji)
    refuse(String.fromCodePoint(input.codePointAt(i)!), i)
  }
  tokens.push({ type: 'eof', column: input.length, spaced: true })
  return { tokens, notes }
}

function refuse(ch: string, column: number): never {
  const at = `at column ${column + 1}`
  switch (ch) {
    case '`':
    case '"':
    case "'":
      return fail('forbidden', `strings are not allowed (${ch} ${at}): write numbers, units and names`, column)
    case '[':
    case ']':
      return fail('forbidden', `indexing with [ ] is not allowed (${at}): use names for values (name = expr)`, column)
    case '{':
    case '}':
      return fail('forbidden', `{ } is not allowed (${at}): write one expression per line`, column)
    case '.':
      return fail('forbidden', `property access is not allowed ('.' ${at}): estimates have numbers, units and names only`, column)
    case ';':
      return fail('syntax', `';' is not supported (${at}): write one expression per line`, column)
    case '!':
      return fail('syntax', `'!' is not supported (${at}): for n choose k write combinations(n, k); to compare write !=`, column)
    case '=':
      return fail('syntax', `'=' assigns only at the start of a line (name = expr) (${at}); to compare write ==`, column)
    case ':':
      return fail('syntax', `':' is not supported (${at})`, column)
    case '#':
      return fail('syntax', `unexpected '#' ${at}`, column)
    default:
      return fail('syntax', `unexpected character '${ch}' ${at}`, column)
  }
}
