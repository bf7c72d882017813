/**
 * The "show your work" table design docs embed: one row per sheet line that computes
 * something (name, expression, value). Blank and comment-only lines are left out; a line's
 * trailing comment goes in a last column when any line has one; a failed line shows its error.
 */
import type { SheetLine } from './types'

export interface MarkdownTableOptions {
  /** add a napkin column (lines evaluated with napkin: true) */
  napkin?: boolean
}

/** Escapes what would break a table cell: pipes, backslashes, line breaks, leading/trailing spaces. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim()
}

const code = (text: string) => (text === '' ? '' : `\`${text.replace(/`/g, "'")}\``)

export function renderSheetMarkdown(lines: readonly SheetLine[], options: MarkdownTableOptions = {}): string {
  const rows = lines.filter((l) => l.kind === 'expression' || l.kind === 'assignment')
  const withNotes = rows.some((l) => l.comment !== undefined && l.comment !== '')
  const header = ['name', 'expression', 'value']
  if (options.napkin) header.push('napkin')
  if (withNotes) header.push('note')
  const out = [`| ${header.join(' | ')} |`, `|${header.map((h) => (h === 'value' || h === 'napkin' ? '---:' : '---')).join('|')}|`]
  for (const l of rows) {
    const o = l.outcome!
    const name = o.ok ? o.name ?? '' : o.name ?? ''
    const cells = [name === '' ? '' : code(escapeCell(name)), code(escapeCell(l.expression ?? '')), o.ok ? escapeCell(o.text) : `error: ${escapeCell(o.error.message)}`]
    if (options.napkin) cells.push(o.ok && o.napkin ? `≈ ${escapeCell(o.napkin.text)}` : '')
    if (withNotes) cells.push(escapeCell(l.comment ?? ''))
    out.push(`| ${cells.join(' | ')} |`)
  }
  return `${out.join('\n')}\n`
}
