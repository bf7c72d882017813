/**
 * YAML syntax errors in the words of the slip that caused them. The parser notices an
 * unclosed `[`, `{` or quote only where the text runs out, often lines later, and says so in
 * its own terms; we point at the character that opened it and say how to close it. An
 * indentation slip and a colon inside plain text raise the same parser error, so the hint
 * depends on what the line holds.
 */
import { Parser, type YAMLError } from 'yaml'

export interface SyntaxExplanation {
  /** where to point: an offset into the text */
  offset: number
  message: string
}

interface Token {
  type: string
  offset: number
  source?: string
  start?: { source?: string }
  end?: Array<{ source?: string }>
}

/** Every CST token with a type and an offset, in document order. */
function tokens(text: string): Token[] {
  const out: Token[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item)
      return
    }
    if (node === null || typeof node !== 'object') return
    const token = node as Token
    if (typeof token.type === 'string' && typeof token.offset === 'number') out.push(token)
    for (const value of Object.values(node)) walk(value)
  }
  for (const token of new Parser().parse(text)) walk(token)
  return out.sort((a, b) => a.offset - b.offset)
}

const lastBefore = (list: Token[], offset: number, keep: (token: Token) => boolean): Token | undefined =>
  list.filter((token) => token.offset < offset && keep(token)).pop()

/** The line around an offset. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const end = text.indexOf('\n', offset)
  return text.slice(start, end < 0 ? text.length : end)
}

const COLON_HINT = 'text containing ": " must be quoted'
const INDENT_HINT = 'check the indentation of this line and the ones around it'

/** Our reading of one parser error, or undefined to keep the parser's own words. */
export function explainSyntaxError(error: YAMLError, text: string): SyntaxExplanation | undefined {
  const at = error.pos[0]
  const first = error.message.split('\n')[0] ?? ''
  if (error.code === 'MISSING_CHAR' && /^Missing closing .?quote/.test(first)) {
    const quote = first.includes('"') ? '"' : "'"
    const type = quote === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar'
    const opened = lastBefore(tokens(text), at, (token) => token.type === type)
    if (!opened) return undefined
    const extra = quote === "'" ? ` (an apostrophe inside '...' is written '')` : ''
    return { offset: opened.offset, message: `this ${quote} is never closed; add the closing ${quote} where the text ends${extra}` }
  }
  if (error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(first)) {
    const opened = lastBefore(tokens(text), at + 1, (token) => {
      if (token.type !== 'flow-collection') return false
      const open = token.start?.source
      const close = open === '[' ? ']' : '}'
      return !(token.end ?? []).some((end) => end.source === close)
    })
    if (!opened) return undefined
    const list = opened.start?.source === '['
    return {
      offset: opened.offset,
      message: list
        ? 'this [ is never closed; end the list with ], or write one "- item" per line'
        : 'this { is never closed; end the mapping with }, or write one "key: value" per line',
    }
  }
  if (error.code === 'UNEXPECTED_TOKEN' && at > 0 && (text[at - 1] === "'" || text[at - 1] === '"')) {
    const quote = text[at - 1]
    return {
      offset: at,
      message:
        quote === "'"
          ? `text goes on after its closing '; write an apostrophe inside '...' as '' (it''s), or quote the whole text with "..."`
          : `text goes on after its closing "; write a quote inside "..." as \\", or quote the whole text with '...'`,
    }
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // "key: Note: more" has a second ": " in its value; "   - key: x" is only indented wrongly
    const line = lineAt(text, at).replace(/^\s*(-\s+)*/, '')
    const rest = line.slice(line.indexOf(': ') + 2)
    const colon = line.includes(': ') && /(^|\S):(\s|$)/.test(rest)
    return { offset: at, message: `${first.replace(/[.:]$/, '')} (${colon ? COLON_HINT : INDENT_HINT})` }
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return { offset: at, message: 'a second document starts here (---); a problem file holds one, so remove the ---' }
  }
  return undefined
}

const SYNTAX_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'a key appears twice in the same mapping; keep one',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
}

/** yaml's messages sometimes end with the position and a source excerpt; we give our own. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]$/, '')
}

/**
 * Any YAML error or warning as one line and where to point: our explanation when there is
 * one (explainSyntaxError), else the parser's own first line with a hint for common slips.
 * Problem files, phase templates, answers files and the config file all report through here.
 */
export function describeYamlError(error: YAMLError, text: string): SyntaxExplanation {
  const explained = explainSyntaxError(error, text)
  if (explained) return explained
  const hint = SYNTAX_HINTS[error.code]
  return { offset: error.pos[0], message: `${firstLine(error.message)}${hint && !error.message.includes(hint) ? ` (${hint})` : ''}` }
}
