/**
 * Reads a generated doc the way GitHub would (front matter split off, then GFM via marked)
 * and reports what a reviewer would see break: headings, table rows with the wrong number of
 * cells, code blocks, raw HTML, and `{{` left in the text.
 */
import { Lexer, type Token, type Tokens } from 'marked'
import { parse as parseYaml } from 'yaml'

export interface DocShape {
  frontMatter: Record<string, unknown> | undefined
  headings: Array<{ depth: number; text: string }>
  tables: Array<{ header: string[]; rows: string[][]; cellCounts: number[] }>
  codeBlocks: Array<{ lang: string; text: string }>
  /** raw HTML as it appears (tags only) */
  html: string[]
  /** lines with `{{` outside code that is not escaped */
  strayBraces: string[]
  tokens: Token[]
}

/** Cells in one table line, counting only pipes that are not escaped. */
export function countCells(line: string): number {
  const trimmed = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '')
  let cells = 1
  for (let i = 0; i < trimmed.length; i += 1) {
    if (trimmed[i] === '\\') i += 1
    else if (trimmed[i] === '|') cells += 1
  }
  return cells
}

function splitFrontMatter(markdown: string): { yaml: string | undefined; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  return match ? { yaml: match[1], body: markdown.slice(match[0].length) } : { yaml: undefined, body: markdown }
}

function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token)
    const nested = token as { tokens?: Token[]; items?: Token[] }
    if (nested.tokens) walk(nested.tokens, visit)
    if (nested.items) walk(nested.items, visit)
    if (token.type === 'table') {
      const table = token as Tokens.Table
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit)
    }
  }
}

export function inspectDoc(markdown: string): DocShape {
  const { yaml, body } = splitFrontMatter(markdown)
  const tokens = new Lexer({ gfm: true }).lex(body)
  const shape: DocShape = {
    frontMatter: yaml === undefined ? undefined : (parseYaml(yaml) as Record<string, unknown>),
    headings: [],
    tables: [],
    codeBlocks: [],
    html: [],
    strayBraces: [],
    tokens,
  }
  walk(tokens, (token) => {
    if (token.type === 'heading') shape.headings.push({ depth: (token as Tokens.Heading).depth, text: (token as Tokens.Heading).text })
    if (token.type === 'code') shape.codeBlocks.push({ lang: (token as Tokens.Code).lang ?? '', text: (token as Tokens.Code).text })
    if (token.type === 'html') shape.html.push(...((token as Tokens.HTML).raw.match(/<\/?[A-Za-z!][^>]*>/g) ?? []))
    if (token.type === 'table') {
      const table = token as Tokens.Table
      const lines = table.raw.split('\n').filter((line) => line.trim() !== '')
      shape.tables.push({
        header: table.header.map((cell) => cell.text),
        rows: table.rows.map((row) => row.map((cell) => cell.text)),
        cellCounts: lines.map(countCells),
      })
    }
  })
  // Placeholders left unfilled: `{{` in text, outside fenced code and code spans, not escaped.
  let fence = false
  for (const line of body.split('\n')) {
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence
    if (fence) continue
    const text = line.replace(/`[^`]*`/g, '')
    if (/(?<!\\)\{\{/.test(text.replace(/\\\{\\\{/g, ''))) shape.strayBraces.push(line)
  }
  return shape
}

/**
 * The raw Markdown under each heading (front matter excluded), up to the next heading of the
 * same or a higher level, keyed by the heading line's text.
 */
export function sections(markdown: string): Map<string, string> {
  const { body } = splitFrontMatter(markdown)
  const lines = body.split('\n')
  const headings: Array<{ index: number; depth: number; text: string }> = []
  let fence = false
  lines.forEach((line, index) => {
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence
    const match = fence ? null : /^(#{1,6})\s+(.*)$/.exec(line)
    if (match) headings.push({ index, depth: match[1]!.length, text: match[2]!.trim() })
  })
  const out = new Map<string, string>()
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((h) => h.depth <= heading.depth)
    out.set(heading.text, lines.slice(heading.index + 1, next?.index ?? lines.length).join('\n').trim())
  })
  return out
}
