/** A position in the token list, with the small questions the parsers ask about tokens. */
import type { Token } from './lexer'

export class TokenCursor {
  pos = 0

  constructor(
    readonly tokens: Token[],
    /** the text the tokens came from, for slices such as a target's "MB/s" */
    readonly input: string,
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!
  }

  next(): Token {
    return this.tokens[Math.min(this.pos++, this.tokens.length - 1)]!
  }

  /** the last token consumed */
  previous(): Token {
    return this.tokens[Math.max(0, this.pos - 1)]!
  }

  /** the input from a column to the end of the last token consumed */
  sliceFrom(column: number): string {
    const end = this.previous()
    return this.input.slice(column, end.column + (end.type === 'eof' ? 0 : end.text.length))
  }
}

export const isOp = (t: Token, text: string): boolean => t.type === 'op' && t.text === text
export const isWord = (t: Token, text?: string): boolean => t.type === 'word' && (text === undefined || t.text === text)
export const describe = (t: Token): string => (t.type === 'eof' ? 'the end' : `'${t.text}'`)
export const at = (t: Token): string => `at column ${t.column + 1}`
