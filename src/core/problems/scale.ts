/**
 * A problem's numbers, worked out by the estimation engine: each given evaluated with its
 * units, each derived expression evaluated over the earlier keys, expressed in its `unit` and
 * compared with `expected`. `problems show` prints the rows; `problems validate` turns the
 * failures into diagnostics (checkScale), which is how wrong arithmetic is kept out of the
 * library. The engine is passed in, so this stays pure and testable.
 */
import type { Display, Engine, Quantity } from '../estimate/types'
import type { Diagnostic } from './diagnostic'
import { namesUsed } from './file-rules'
import type { Path, Positions } from './positions'
import type { Scale } from './types'

export interface ScaleRow {
  kind: 'given' | 'derived'
  key: string
  label: string
  /** the value (givens) or expression (derived) as written */
  expression: string
  /** where in the file: scale.givens[i] or scale.derived[i] */
  path: Path
  /** the engine's display; for derived rows, in the row's `unit` */
  display?: Display
  quantity?: Quantity
  /** derived only */
  expected?: number
  unit?: string
  tolerance?: number
  /** |value - expected| / |expected| (absolute difference when expected is 0) */
  deviation?: number
  /** why the row has no value: the engine's message; `blocked` when an earlier key failed or a later one is used */
  error?: { message: string; column?: number; field: 'key' | 'value' | 'expr' | 'unit'; blocked?: boolean }
  /** the engine's notes ("'mins' was read as a new count unit; did you mean 'min'?") */
  notes: string[]
}

export function computeScale(scale: Partial<Scale> | undefined, engine: Engine): ScaleRow[] {
  const scope = engine.newScope()
  const failed = new Set<string>()
  const rows: ScaleRow[] = []
  const keys = new Set([...(scale?.givens ?? []), ...(scale?.derived ?? [])].map((entry) => entry?.key))
  const done = new Set<string>()
  // a key the engine would not take as a variable (KB, day, qps) could never be typed in an
  // answer or a quiz, so it is refused here with the engine's own reason
  const refusedName = (key: string): string | undefined => {
    const probe = engine.evaluate(`${key} = 1`, { scope: engine.newScope() })
    return probe.ok ? undefined : probe.error.message
  }
  // an earlier key that failed, or a key defined later (the file rules report the order)
  const blockedBy = (expression: string) => {
    const names = [...namesUsed(expression)]
    const failedName = names.find((name) => failed.has(name))
    if (failedName !== undefined) return `uses '${failedName}', which has no value`
    const later = names.find((name) => keys.has(name) && !done.has(name))
    return later === undefined ? undefined : `uses '${later}', which is defined later`
  }

  /**
   * Pushes the row and evaluates its expression, unless its key is refused or the expression is
   * blocked; a failure is recorded on the row (and the key marked failed) and gives undefined.
   */
  const evaluateRow = (row: ScaleRow, field: 'value' | 'expr'): Quantity | undefined => {
    rows.push(row)
    const blocker = blockedBy(row.expression)
    done.add(row.key)
    const refused = refusedName(row.key)
    const outcome = refused === undefined && blocker === undefined ? engine.evaluate(row.expression, { scope }) : undefined
    if (outcome?.ok) {
      row.notes = outcome.notes
      row.quantity = outcome.quantity
      scope.set(row.key, outcome.quantity)
      return outcome.quantity
    }
    if (refused !== undefined) row.error = { message: refused, field: 'key' }
    else if (blocker !== undefined) row.error = { message: blocker, field, blocked: true }
    else if (outcome && !outcome.ok) row.error = { message: outcome.error.message, field, ...(outcome.error.column === undefined ? {} : { column: outcome.error.column }) }
    failed.add(row.key)
    return undefined
  }

  ;(scale?.givens ?? []).forEach((given, index) => {
    if (!given || typeof given.key !== 'string' || typeof given.value !== 'string') return
    const row: ScaleRow = { kind: 'given', key: given.key, label: given.label, expression: given.value, path: ['scale', 'givens', index], notes: [] }
    const quantity = evaluateRow(row, 'value')
    if (quantity !== undefined) row.display = displayAsWritten(engine, quantity, given.value)
  })

  ;(scale?.derived ?? []).forEach((derived, index) => {
    if (!derived || typeof derived.key !== 'string' || typeof derived.expr !== 'string') return
    const row: ScaleRow = {
      kind: 'derived',
      key: derived.key,
      label: derived.label,
      expression: derived.expr,
      path: ['scale', 'derived', index],
      expected: derived.expected,
      unit: derived.unit,
      tolerance: derived.tolerance,
      notes: [],
    }
    const quantity = evaluateRow(row, 'expr')
    if (quantity === undefined || typeof derived.unit !== 'string') return
    const converted = engine.convert(quantity, derived.unit)
    if (!converted.ok) {
      row.error = { message: converted.error.message, field: 'unit' }
      return
    }
    row.display = converted.display
    if (typeof derived.expected === 'number') {
      const diff = Math.abs(converted.display.value - derived.expected)
      row.deviation = derived.expected === 0 ? diff : diff / Math.abs(derived.expected)
    }
  })
  return rows
}

/**
 * A given shown in the unit its author wrote ("20 million links/day" stays per day), not the
 * unit the engine would pick ("231 links/s"), which would hand the candidate a derived answer.
 */
function displayAsWritten(engine: Engine, quantity: Quantity, written: string): Display {
  const unit = writtenUnit(written)
  if (unit !== undefined) {
    const converted = engine.convert(quantity, unit)
    if (converted.ok) return converted.display
  }
  return engine.display(quantity)
}

/** "20 million links/day" -> "links/day"; undefined for a plain number or an expression. */
export function writtenUnit(value: string): string | undefined {
  const match = /^\s*[\d.,_]+(?:e[+-]?\d+)?\s*(?:(?:thousand|million|billion|trillion)\s+)?([A-Za-zµμ%][\w/%µμ^ ]*?)\s*$/.exec(value)
  const unit = match?.[1]
  return unit === undefined || /[+*()-]/.test(unit) ? undefined : unit
}

/** Percent with enough digits to see the difference: 0.64 %, 12 %, 0.0021 %. */
export function formatPercent(ratio: number): string {
  const percent = ratio * 100
  if (percent === 0) return '0 %'
  const digits = percent >= 10 ? 0 : percent >= 1 ? 1 : Math.min(6, 1 - Math.floor(Math.log10(percent)))
  return `${Number(percent.toFixed(digits))} %`
}

/** Turns failed or out-of-tolerance rows into diagnostics at the offending value. */
export function scaleDiagnostics(rows: readonly ScaleRow[], positions: Positions): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const row of rows) {
    const name = `${row.kind} '${row.key}'`
    if (row.error) {
      if (row.error.blocked === true) continue // the earlier failure is already reported
      const path = [...row.path, row.error.field]
      const at = row.error.field === 'unit' || row.error.field === 'key' ? positions.at(path) : positions.inside(path, row.error.column)
      const message = row.error.field === 'unit' ? `${name} cannot be expressed in '${row.unit}': ${row.error.message}` : `${name}: ${row.error.message}`
      out.push({ ...at, severity: 'error', message })
      continue
    }
    for (const note of row.notes) {
      out.push({ ...positions.at([...row.path, row.kind === 'given' ? 'value' : 'expr']), severity: 'warning', message: `${name}: ${note}` })
    }
    if (row.kind === 'derived' && row.display && row.deviation !== undefined && row.tolerance !== undefined && row.deviation > row.tolerance * (1 + 1e-9)) {
      const off = row.expected === 0 ? `off by ${row.deviation}` : `${formatPercent(row.deviation)} off`
      out.push({
        ...positions.at([...row.path, 'expected']),
        severity: 'error',
        message: `${name} works out to ${row.display.exactText}, but expected is ${row.expected} ${row.unit} (${off}, tolerance ${formatPercent(row.tolerance)}); fix expected or the expression`,
      })
    }
  }
  return out
}
