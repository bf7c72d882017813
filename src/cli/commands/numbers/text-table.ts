/**
 * A plain-text table that fits a width: columns keep their natural width when they can;
 * otherwise the wrapping columns (notes, operations) narrow, rightmost first, and their
 * text wraps onto more lines at word boundaries. Styling is applied after fitting, so escape
 * codes never count towards the width. If that is not enough, optional columns are left out.
 */

export interface TableColumn {
  header: string
  align?: 'left' | 'right'
  /** may wrap onto several lines, down to `min` characters wide */
  wrap?: boolean
  min?: number
  /** left out (rightmost first) when the table cannot fit otherwise */
  optional?: boolean
}

const width = (text: string) => [...text].length

/** Word-wraps text to lines of at most `max` characters (a longer word is cut). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word
    while (width(rest) > max) {
      if (line !== '') {
        lines.push(line)
        line = ''
      }
      lines.push([...rest].slice(0, max).join(''))
      rest = [...rest].slice(max).join('')
    }
    if (line === '') line = rest
    else if (width(line) + 1 + width(rest) <= max) line += ` ${rest}`
    else {
      lines.push(line)
      line = rest
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

export function renderTextTable(
  columns: TableColumn[],
  rows: string[][],
  options: { width: number; gap?: number; header?: (text: string) => string },
): string[] {
  const gap = options.gap ?? 2
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))))
  let excess = widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1) - options.width
  for (let i = columns.length - 1; i >= 0 && excess > 0; i -= 1) {
    const column = columns[i]!
    if (!column.wrap) continue
    const floor = Math.max(column.min ?? 12, width(column.header))
    const give = Math.min(excess, widths[i]! - floor)
    if (give > 0) {
      widths[i] = widths[i]! - give
      excess -= give
    }
  }
  const drop = columns.map((c) => c.optional === true).lastIndexOf(true)
  if (excess > 0 && drop >= 0) {
    const keep = (_: unknown, i: number) => i !== drop
    return renderTextTable(columns.filter(keep), rows.map((row) => row.filter(keep)), options)
  }
  const pad = (text: string, i: number) => {
    const space = ' '.repeat(Math.max(0, widths[i]! - width(text)))
    return columns[i]!.align === 'right' ? space + text : text + space
  }
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, i)).join(' '.repeat(gap)).trimEnd()
  const out = [(options.header ?? ((t: string) => t))(line(columns.map((c) => c.header)))]
  for (const row of rows) {
    const cells = columns.map((c, i) => (c.wrap ? wrapText(row[i] ?? '', widths[i]!) : [row[i] ?? '']))
    const height = Math.max(...cells.map((c) => c.length))
    for (let k = 0; k < height; k += 1) out.push(line(cells.map((c) => c[k] ?? '')))
  }
  return out
}
