/**
 * Every plain-text table the CLI prints (problem lists, history, stats, the numbers card)
 * fitted to a width the same way: columns keep their natural width when they can; otherwise
 * the narrowable columns give way down to a comfortable width: wrap columns first, then the
 * flex column with the most room above that width (so two cut columns end up with the same
 * room, and a long tag list gives way before a title). Then the rightmost optional column
 * goes below its comfortable width if its minimum fits, else it is left out (and so on);
 * only then do narrowable columns go down to their minimum, the same way. A narrowed `flex`
 * cell is cut with '…' (or its own `cut`); a narrowed `wrap` cell continues on more lines.
 * Styles are applied after fitting, so escape codes never count towards the width.
 */

export interface Column {
  header: string
  align?: 'left' | 'right'
  /** may narrow; its cells end in '…' when cut */
  flex?: boolean
  /** how a narrowed flex cell is cut (default `truncate`); `truncateList` keeps whole items */
  cut?: (text: string, max: number) => string
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

/**
 * Cuts a comma-separated list to `max` characters at an item boundary, counting what was left
 * out ('caching, storage +3'), so no item is shown half; falls back to `truncate` when not even
 * the first item fits.
 */
export function truncateList(text: string, max: number): string {
  if (width(text) <= max) return text
  const items = text.split(', ')
  for (let keep = items.length - 1; keep >= 1; keep -= 1) {
    const shown = `${items.slice(0, keep).join(', ')} +${items.length - keep}`
    if (width(shown) <= max) return shown
  }
  return truncate(text, max)
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
      const room = (i: number) => widths[i]! - Math.max(floor(columns[i]!), width(columns[i]!.header))
      // wrapping loses nothing, so wrap columns give way first, rightmost first
      for (let i = columns.length - 1; i >= 0 && excess > 0; i -= 1) {
        if (columns[i]!.wrap !== true) continue
        const give = Math.max(0, Math.min(excess, room(i)))
        widths[i] = widths[i]! - give
        excess -= give
      }
      // then cut columns, one character at a time from the one with the most room left (the
      // rightmost on a tie): a long tag list gives way before a title, and two cut columns
      // end up with the same room rather than one of them at its floor
      while (excess > 0) {
        let widest = -1
        for (let i = columns.length - 1; i >= 0; i -= 1) if (columns[i]!.flex === true && room(i) > 0 && (widest < 0 || room(i) > room(widest))) widest = i
        if (widest < 0) return
        widths[widest] = widths[widest]! - 1
        excess -= 1
      }
    }
    narrow((column) => column.comfortable ?? floorOf(column))
    const drop = columns.map((c) => c.optional === true).lastIndexOf(true)
    // an optional column that still fits at its minimum is narrowed rather than left out
    const spare = drop >= 0 && narrows(columns[drop]!) ? widths[drop]! - Math.max(floorOf(columns[drop]!), width(columns[drop]!.header)) : 0
    if (excess > 0 && spare >= excess) {
      widths[drop] = widths[drop]! - excess
      excess = 0
    }
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
    const cells = columns.map((column, i) => (column.wrap === true ? wrapCell(row[i] ?? '', widths[i]!) : [(column.cut ?? truncate)(row[i] ?? '', widths[i]!)]))
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
