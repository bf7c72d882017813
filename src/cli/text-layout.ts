/**
 * Word wrap for everything the CLI prints as prose (the interview, problems, drills, stats);
 * styled (ANSI) text is measured by what shows on screen.
 */
import stringWidth from 'string-width'

/** How many columns the text takes on screen: escape codes take none, CJK and emoji take two. */
export function visibleLength(text: string): number {
  return stringWidth(text)
}

/** Wraps one paragraph: the first line starts with `first`, the rest with `rest` (same width). */
export function wrap(text: string, width: number, first = '', rest = ' '.repeat(visibleLength(first))): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  const lines: string[] = []
  let line = first
  let empty = true
  for (const word of words) {
    if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) {
      lines.push(line)
      line = rest + word
    } else {
      line += (empty ? '' : ' ') + word
    }
    empty = false
  }
  if (!empty || lines.length === 0) lines.push(line)
  return lines
}

/** Wraps text that may hold several lines (each wrapped on its own, blank lines dropped). */
export function wrapBlock(text: string, width: number, first = '', rest = ' '.repeat(visibleLength(first))): string[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l, i) => wrap(l, width, i === 0 ? first : rest, rest))
}

/**
 * The width of a terminal stream, or undefined for a pipe, a file or a terminal that reports
 * no width (script(1) and some containers say 0 columns).
 */
export function columnsOf(stream: { isTTY?: boolean | undefined; columns?: number | undefined }): number | undefined {
  return stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : undefined
}

/** The width to lay text out in: the terminal's, kept between 40 and 100 columns (80 when unknown). */
export function layoutWidth(columns: number | undefined): number {
  return Math.max(40, Math.min(100, (columns !== undefined && columns > 0 ? columns : 80) - 1))
}

/** Wraps prose written with hard line breaks (YAML blocks): blank lines separate paragraphs. */
export function wrapProse(text: string, width: number, first = '', rest = ' '.repeat(visibleLength(first))): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .flatMap((paragraph, i) => wrap(paragraph, width, i === 0 ? first : rest, rest))
}

const LIST_ITEM = /^(\s*)([-*•]|\d+[.)])\s+/

/**
 * Reflows prose from problem files: authors hard-wrap YAML text at whatever width they like,
 * so paragraphs (split by blank lines, kept apart by one) are joined and re-wrapped, while list
 * items (-, *, 1.) and indented lines keep their own line with a hanging indent.
 */
export function reflow(text: string, width: number, indent = ''): string[] {
  const out: string[] = []
  const paragraphs = text.replace(/\r\n/g, '\n').trim().split(/\n\s*\n/)
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) out.push('')
    const logical: string[] = []
    for (const line of paragraph.split('\n')) {
      if (logical.length === 0 || LIST_ITEM.test(line) || /^\s{2,}\S/.test(line)) logical.push(line.trimEnd())
      else logical[logical.length - 1] += ` ${line.trim()}`
    }
    for (const line of logical) {
      const item = LIST_ITEM.exec(line)
      if (item) {
        const marker = item[0].trimStart()
        const lead = indent + item[1]
        out.push(...wrap(marker + line.slice(item[0].length), width, lead, lead + ' '.repeat(marker.length)))
      } else {
        out.push(...wrap(line, width, indent))
      }
    }
  })
  return out
}
