/**
 * Builds the document line by line and knows, at every placeholder, what kind of Markdown it
 * sits in: front matter, a fenced code block, a code span, a table row, a heading, or running
 * text (with the list or quote indentation its continuation lines need). Each value is
 * escaped for that spot, so no template can produce a broken table, an open fence or a
 * heading out of someone's answer.
 */
import {
  closesFence,
  codeBlockText,
  codeSpanText,
  fenceOpener,
  flattenText,
  sanitizeInline,
  sanitizeMarkdown,
  tableCell,
  yamlScalar,
  yamlSequence,
} from './markdown-escape'
import { isMarkdown, type Markdown } from './template-types'

export type WriterValue = string | Markdown | string[]

export type Spot = 'front-matter' | 'code-block' | 'code-span' | 'table-cell' | 'heading' | 'inline' | 'block'

/** Generated documents stay far below this; a runaway template does not. */
export const MAX_OUTPUT_CHARS = 16 * 1024 * 1024

/** True when the text ends inside an unclosed code span. */
function insideCodeSpan(prefix: string): boolean {
  const runs = prefix.match(/`+/g) ?? []
  let open: string | undefined
  for (const run of runs) {
    if (open === undefined) open = run
    else if (run === open) open = undefined
  }
  return open !== undefined
}

/** What each continuation line must start with to stay in the same quote or list item. */
function continuationPrefix(prefix: string): string {
  const match = /^((?:[ \t]*>)*[ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(prefix)!
  const quote = match[1] ?? ''
  const marker = match[2] ?? ''
  return quote + ' '.repeat(marker.length)
}

export class MarkdownWriter {
  private readonly lines: string[] = []
  private current = ''
  private size = 0
  private frontMatter: 'maybe' | 'open' | 'closed' = 'maybe'
  private fence: string | undefined

  /** Literal text from the template. */
  text(text: string): void {
    this.size += text.length
    if (this.size > MAX_OUTPUT_CHARS) throw new Error(`the document grew past ${MAX_OUTPUT_CHARS / 1024 / 1024} MiB; check the template for runaway repetition`)
    const parts = text.split('\n')
    for (let i = 0; i < parts.length - 1; i += 1) this.completeLine(this.current + parts[i])
    this.current = this.current + parts[parts.length - 1]
  }

  private completeLine(line: string): void {
    this.lines.push(line)
    this.current = ''
    // Front matter opens on the first non-blank line (tidying drops the blank lines before it).
    if (this.frontMatter === 'maybe' && line.trim() !== '') {
      this.frontMatter = line === '---' ? 'open' : 'closed'
      if (this.frontMatter === 'open') return
    }
    if (this.frontMatter === 'open') {
      if (line === '---' || line === '...') this.frontMatter = 'closed'
      return
    }
    if (this.fence !== undefined) {
      if (closesFence(line, this.fence)) this.fence = undefined
      return
    }
    this.fence = fenceOpener(line)
  }

  /** Where a value inserted now would land. */
  spot(): Spot {
    if (this.frontMatter === 'open') return 'front-matter'
    if (this.fence !== undefined) return 'code-block'
    const prefix = this.current
    if (insideCodeSpan(prefix)) return 'code-span'
    if (prefix.trimStart().startsWith('|')) return 'table-cell'
    if (/^ {0,3}#{1,6}[ \t]/.test(prefix)) return 'heading'
    if (prefix.trim() !== '' && !/^[ \t>]*$/.test(prefix)) return 'inline'
    return 'block'
  }

  /** A value, escaped for its spot. */
  value(value: WriterValue): void {
    const spot = this.spot()
    const prefix = this.current
    const isTrusted = isMarkdown(value)
    const raw = Array.isArray(value) ? value : isTrusted ? value.markdown : value
    switch (spot) {
      case 'front-matter': {
        if (Array.isArray(raw)) return this.text(yamlSequence(raw))
        const flat = flattenText(raw)
        // Inside quotes the template chose, escape for them rather than adding our own.
        if (prefix.endsWith('"')) return this.text(JSON.stringify(flat).slice(1, -1))
        if (prefix.endsWith("'")) return this.text(flat.replace(/'/g, "''"))
        return this.text(yamlScalar(flat))
      }
      case 'code-block':
        return this.text(codeBlockText(joined(raw), this.fence!))
      case 'code-span': {
        const text = codeSpanText(joined(raw))
        return this.text(prefix.trimStart().startsWith('|') ? tableCell(text) : text)
      }
      case 'table-cell':
        return this.text(tableCell(isTrusted ? (raw as string) : sanitizeMarkdown(joined(raw))))
      case 'heading':
        return this.text(isTrusted ? flattenText(raw as string) : sanitizeInline(joined(raw)))
      case 'inline':
      case 'block': {
        let body = isTrusted ? (raw as string) : sanitizeMarkdown(joined(raw))
        // Mid-line (after "- **" or "Stored in: "), a single paragraph wrapped over several
        // lines is one line of text; joining it keeps emphasis and list items intact.
        if (spot === 'inline' && !isTrusted && !/\n\s*\n/.test(body) && !body.split('\n').some((line) => fenceOpener(line) !== undefined)) {
          body = body.split('\n').map((line) => line.trim()).join(' ')
        }
        const indent = spot === 'block' ? prefix : continuationPrefix(prefix)
        const quote = indent.replace(/[ \t]+$/, '')
        return this.text(body.split('\n').map((line, i) => (i === 0 ? line : line === '' ? quote : indent + line)).join('\n'))
      }
    }
  }

  /** The document so far, with the line in progress. */
  finish(): string {
    return [...this.lines, this.current].join('\n')
  }
}

/** A list of texts as one value: sentences follow each other, short items take a semicolon. */
function joined(raw: string | string[]): string {
  if (!Array.isArray(raw)) return raw
  const items = raw.map((item) => flattenText(item)).filter((item) => item !== '')
  return items.join(items.some((item) => /[.!?]$/.test(item)) ? ' ' : '; ')
}
