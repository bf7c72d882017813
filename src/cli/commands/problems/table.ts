/**
 * A plain-text table fitted to a width: columns keep their natural width when it fits; when it
 * does not, the flexible columns (title, tags) shrink, longest first, and their cells end in
 * '…'. Styling is applied after fitting so escape codes never count towards the width.
 */

export interface Column {
  header: string
  /** may shrink down to `min` characters */
  flex?: boolean
  min?: number
  align?: 'left' | 'right'
  style?: (text: string, row: number) => string
}

const width = (text: string): number => [...text].length

export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text
  if (max <= 1) return '…'.slice(0, max)
  return `${[...text].slice(0, max - 1).join('').trimEnd()}…`
}

/** Lines of the table, header first; `maxWidth` undefined means no limit. */
export function renderTable(columns: Column[], rows: string[][], options: { maxWidth?: number; gap?: number; headerStyle?: (t: string) => string } = {}): string[] {
  const gap = options.gap ?? 2
  const widths = columns.map((column, i) => Math.max(width(column.header), ...rows.map((row) => width(row[i] ?? ''))))
  if (options.maxWidth !== undefined) {
    let excess = widths.reduce((sum, w) => sum + w, 0) + gap * (columns.length - 1) - options.maxWidth
    while (excess > 0) {
      // shrink the widest flexible column that can still give
      let pick = -1
      columns.forEach((column, i) => {
        const floor = Math.max(column.min ?? 8, width(column.header))
        if (column.flex === true && widths[i]! > floor && (pick < 0 || widths[i]! > widths[pick]!)) pick = i
      })
      if (pick < 0) break
      widths[pick] = widths[pick]! - 1
      excess -= 1
    }
  }
  const cell = (text: string, i: number, style?: (t: string) => string) => {
    const fitted = truncate(text, widths[i]!)
    const pad = ' '.repeat(widths[i]! - width(fitted))
    const shown = style ? style(fitted) : fitted
    return columns[i]!.align === 'right' ? pad + shown : i === columns.length - 1 ? shown : shown + pad
  }
  const spacer = ' '.repeat(gap)
  const header = columns.map((column, i) => cell(column.header, i, options.headerStyle)).join(spacer).trimEnd()
  const body = rows.map((row, r) => columns.map((column, i) => cell(row[i] ?? '', i, column.style ? (t) => column.style!(t, r) : undefined)).join(spacer).trimEnd())
  return [header, ...body]
}
