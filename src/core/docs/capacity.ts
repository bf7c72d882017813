/**
 * The capacity numbers of a doc, computed by the estimation engine when the doc is written,
 * the same way `problems show` computes them (computeScale): each given evaluated in order,
 * each derived quantity over the earlier keys and shown in its unit. A value that fails
 * becomes a visible warning in its row (and a line on stderr), never a silent blank.
 */
import type { Engine } from '../estimate/types'
import { computeScale, type ScaleRow } from '../problems/scale'
import type { Scale } from '../problems/types'
import { codeSpanText, sanitizeInline, tableCell } from './markdown-escape'
import { markdown, type Markdown, type TemplateRecord } from './template-types'

export interface CapacityRow {
  key: string
  label: string
  expression: string
  /** the headline value, or a warning */
  value: string
  exact: string
  notes: string
  unit: string
  ok: boolean
}

export interface Capacity {
  givens: CapacityRow[]
  derived: CapacityRow[]
  /** one line per failure, for stderr */
  warnings: string[]
}

export function computeCapacity(scale: Scale, engine: Engine): Capacity {
  const notes = new Map<string, string>()
  for (const given of scale.givens) notes.set(`given:${given.key}`, given.notes ?? '')
  for (const derived of scale.derived) notes.set(`derived:${derived.key}`, derived.notes ?? '')
  const warnings: string[] = []
  const toRow = (row: ScaleRow): CapacityRow => {
    const base = { key: row.key, label: row.label, expression: row.expression, notes: notes.get(`${row.kind}:${row.key}`) ?? '' }
    if (row.error || !row.display) {
      const message = row.error?.message ?? 'no value'
      warnings.push(`capacity: ${row.kind === 'given' ? 'given' : 'derived quantity'} '${row.key}' could not be computed: ${message}`)
      return { ...base, value: `⚠ not computed: ${message}`, exact: '', unit: row.unit ?? '', ok: false }
    }
    return { ...base, value: row.display.text, exact: row.display.exactText, unit: row.display.unit, ok: true }
  }
  const rows = computeScale(scale, engine)
  return {
    givens: rows.filter((row) => row.kind === 'given').map(toRow),
    derived: rows.filter((row) => row.kind === 'derived').map(toRow),
    warnings,
  }
}

export function capacityRecords(rows: CapacityRow[]): TemplateRecord[] {
  return rows.map(({ key, label, expression, value, exact, notes, unit }) => ({ key, label, expression, value, exact, notes, unit }))
}

const code = (text: string) => `\`${codeSpanText(text)}\``

/** One table of givens then derived quantities: what it measures, its name, expression and value. */
export function capacityTable(capacity: Capacity): Markdown {
  const rows = [...capacity.givens, ...capacity.derived]
  if (rows.length === 0) return markdown('')
  const lines = ['| Quantity | Name | Expression | Value |', '| --- | --- | --- | --- |']
  for (const row of rows) {
    const cells = [sanitizeInline(row.label), code(row.key), code(row.expression), sanitizeInline(row.value)]
    lines.push(`| ${cells.map(tableCell).join(' | ')} |`)
  }
  return markdown(lines.join('\n'))
}
