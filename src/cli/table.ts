/**
 * Every plain-text table the CLI prints (problem lists, history, stats, the numbers card)
 * fitted to a width the same way: columns keep their natural width when they can; otherwise
 * the narrowable columns give way, rightmost first, down to a comfortable width; then optional
 * columns are left out (rightmost first); only then do narrowable columns go down to their
 * minimum. A narrowed `flex` cell is cut with '…' (a title, a tag list); a narrowed `wrap`
 * cell continues on more lines (a note, an operation). Styles are applied after fitting, so
 * escape codes never count towards the width.
 */

export interface Column {
  header: string
  align?: 'left' | 'right'
  /** may narrow; its cells end in '…' when cut */
  flex?: boolean
  /** may narrow; its cells wrap onto more lines at word boundaries */
  wrap?: boolean
  /** the width optional columns are dropped below (default: `min`) */
  comfortable?: number
  /** never narrower than this (default 8 for flex, 12 for wrap; never narrower than the header) */
  min?: number
  /** left out (rightmost first) when the table cannot fit otherwise */
  optional?: boolean
  style?: (text: string, row: number) => string
}

export interface TableOptions {
  /** undefined: no limit */
  maxWidth?: number
  /** spaces between columns (default 2) */
  gap?: number
  headerStyle?: (text: string) => string
}

const width = (text: string): number => [...text].length

/** Cuts text to `max` characters, ending in '…' when it was longer. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text
  if (max <= 1) return '…'.slice(0, max)
  return `${[...text].slice(0, max - 1).join('').trimEnd()}…`
}

/** Word-wraps a cell to lines of at most `max` characters (a longer word is cut). */
export function wrapCell(text: string, max: number): string[] {
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

const narrows = (column: Column): boolean => column.flex === true || column.wrap === true
const floorOf = (column: Column): number => column.min ?? (column.wrap === true ? 12 : 8)

/** Lines of the table, header first. */
export function renderTable(columns: Column[], rows: string[][], options: TableOptions = {}): string[] {
  const gap = options.gap ?? 2
  const widths = columns.map((column, i) => Math.max(width(column.header), ...rows.map((row) => width(row[i] ?? ''))))
  if (options.maxWidth !== undefined) {
    let excess = widths.reduce((sum, w) => sum + w, 0) + gap * (columns.length - 1) - options.maxWidth
    const narrow = (floor: (column: Column) => number) => {
      for (let i = columns.length - 1; i >= 0 && excess > 0; i -= 1) {
        const column = columns[i]!
        if (!narrows(column)) continue
        const give = Math.min(excess, widths[i]! - Math.max(floor(column), width(column.header)))
        if (give > 0) {
          widths[i] = widths[i]! - give
          excess -= give
        }
      }
    }
    narrow((column) => column.comfortable ?? floorOf(column))
    const drop = columns.map((c) => c.optional === true).lastIndexOf(true)
    if (excess > 0 && drop >= 0) {
      const keep = (_: unknown, i: number) => i !== drop
      return renderTable(columns.filter(keep), rows.map((row) => row.filter(keep)), options)
    }
    narrow(floorOf)
  }
  const spacer = ' '.repeat(gap)
  const cell = (text: string, i: number, style?: (t: string) => string) => {
    const pad = ' '.repeat(Math.max(0, widths[i]! - width(text)))
    const shown = style ? style(text) : text
    return columns[i]!.align === 'right' ? pad + shown : i === columns.length - 1 ? shown : shown + pad
  }
  const header = columns.map((column, i) => cell(truncate(column.header, widths[i]!), i, options.headerStyle)).join(spacer).trimEnd()
  const out = [header]
  rows.forEach((row, r) => {
    const cells = columns.map((column, i) => (column.wrap === true ? wrapCell(row[i] ?? '', widths[i]!) : [truncate(row[i] ?? '', widths[i]!)]))
    const height = Math.max(...cells.map((lines) => lines.length))
    for (let k = 0; k < height; k += 1) {
      out.push(
        columns
          .map((column, i) => cell(cells[i]![k] ?? '', i, column.style ? (t) => column.style!(t, r) : undefined))
          .join(spacer)
          .trimEnd(),
      )
    }
  })
  return out
}
