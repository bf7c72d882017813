/**
 * How an outcome reads: the human block (headline, then labelled detail lines), the JSON
 * object of the spec (`input, ok, value, unit, text` first, extras after), and the notes.
 */
import type { Theme } from '../../theme'
import type { Napkin, Outcome } from '../../../core/estimate/types'

type Extras = { alternate?: string; napkin?: Napkin & { powers?: string } }

/** The headline and detail lines: exact value when rounded, split, other reading, napkin. */
export function renderHuman(outcome: Extract<Outcome, { ok: true }>, theme: Theme): string[] {
  const extra = outcome as typeof outcome & Extras
  const head = outcome.name === undefined ? theme.bold(outcome.text) : `${outcome.name} = ${theme.bold(outcome.text)}`
  const lines = [head]
  const detail = (label: string, text: string) => lines.push(`  ${theme.dim(label.padEnd(8))} ${text}`)
  if (outcome.exactText !== outcome.text) detail('exact', outcome.exactText)
  if (outcome.split !== undefined) detail('split', outcome.split)
  if (extra.alternate !== undefined) detail(outcome.unit === '%' ? 'fraction' : 'percent', extra.alternate)
  // a napkin value that only repeats the headline adds nothing to read
  if (extra.napkin !== undefined && extra.napkin.text !== outcome.text) {
    const n = extra.napkin
    detail('napkin', `≈ ${n.text}${n.powers === undefined ? '' : ` = ${n.powers}`} ${theme.dim(`(${n.rule})`)}`)
  }
  return lines
}

/** The spec's JSON shape; extra fields come after the five required ones. */
export function toJson(outcome: Outcome, line?: number): Record<string, unknown> {
  if (!outcome.ok) {
    const json: Record<string, unknown> = { input: outcome.input, ok: false, error: outcome.error }
    if (line !== undefined) json.line = line
    if (outcome.name !== undefined) json.name = outcome.name
    return json
  }
  const extra = outcome as typeof outcome & Extras
  const json: Record<string, unknown> = {
    input: outcome.input,
    ok: true,
    value: outcome.value,
    unit: outcome.unit,
    text: outcome.text,
    exact: outcome.exactText,
  }
  if (line !== undefined) json.line = line
  if (outcome.name !== undefined) json.name = outcome.name
  if (outcome.boolean !== undefined) json.boolean = outcome.boolean
  if (outcome.split !== undefined) json.split = outcome.split
  if (extra.alternate !== undefined) json.alternate = extra.alternate
  if (extra.napkin !== undefined) json.napkin = extra.napkin
  json.notes = outcome.notes
  return json
}

/** `error: <message>` lines for stderr, with a caret under the column when the input is shown. */
export function renderError(outcome: Extract<Outcome, { ok: false }>, theme: Theme, prefix = ''): string[] {
  return [`${prefix}${theme.bad('error:')} ${outcome.error.message}`]
}

export function renderNotes(notes: readonly string[], theme: Theme, prefix = ''): string[] {
  return notes.map((note) => `${prefix}${theme.warn('note:')} ${note}`)
}
