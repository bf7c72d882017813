/** Word wrap for the interview's transcript; styled (ANSI) text is measured by what shows. */
import { stripVTControlCharacters } from 'node:util'

/** How many columns the text takes on screen. */
export function visibleLength(text: string): number {
  return [...stripVTControlCharacters(text)].length
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

/** The width to lay text out in: the terminal's, kept between 40 and 100 columns. */
export function layoutWidth(columns: number | undefined): number {
  return Math.max(40, Math.min(100, (columns ?? 80) - 1))
}

/** Wraps prose written with hard line breaks (YAML blocks): blank lines separate paragraphs. */
export function wrapProse(text: string, width: number, first = '', rest = ' '.repeat(visibleLength(first))): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .flatMap((paragraph, i) => wrap(paragraph, width, i === 0 ? first : rest, rest))
}
