/**
 * A plain-text table fitted to a width: columns keep their natural width when it fits; when it
 * does not, the flexible columns (title, tags) shrink to a comfortable width, rightmost first,
 * and their cells end in '…'; if that is not enough, optional columns are dropped; only then do
 * flexible columns shrink further, down to their minimum. Styling is applied after fitting so escape codes never count towards the width.
 */

export interface Column {
  header: string
  /** may shrink when the table is too wide */
  flex?: boolean
  /** the width below which optional columns are dropped first (default: `min`) */
  comfortable?: number
  /** never narrower than this (default 8, and never narrower than the header) */
  min?: number
  align?: 'left' | 'right'
  /** dropped (rightmost first) when the table cannot fit otherwise */
  optional?: boolean
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
    // shrink the rightmost flexible column that can still give (tags before titles)
    const shrinkTo = (floorOf: (column: Column) => number) => {
      for (let i = columns.length - 1; i >= 0 && excess > 0; i -= 1) {
        const column = columns[i]!
        if (column.flex !== true) continue
        const give = Math.min(excess, widths[i]! - Math.max(floorOf(column), width(column.header)))
        if (give > 0) {
          widths[i] = widths[i]! - give
          excess -= give
        }
      }
    }
    shrinkTo((column) => column.comfortable ?? column.min ?? 8)
    const drop = columns.map((c) => c.optional === true).lastIndexOf(true)
    if (excess > 0 && drop >= 0) {
      return renderTable(
        columns.filter((_, i) => i !== drop),
        rows.map((row) => row.filter((_, i) => i !== drop)),
        options,
      )
    }
    shrinkTo((column) => column.min ?? 8)
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
