/**
 * The history table: one row per interview, fitted to the terminal. At 80 columns the setup
 * wraps onto a second line first ("practice" over "four-step"), then the problem id gives way;
 * the session id column appears only when there is room (the resume commands under the table
 * always carry the full id). Without a width (a pipe) every column is shown in full.
 */
import { percent } from '../../../core/progress/history-json'
import { resumeCommand, type GradeCounts, type SessionDigest } from '../../../core/progress/session-digest'
import { shortDate } from '../../dates'
import type { Theme } from '../../theme'
import { renderTable, type Column } from '../../table'

/** ✓2 ~1 ✗4 –1 (zeros left out); – when the problem asks for no estimates */
export function estimatesCell(counts: GradeCounts | null): string {
  if (!counts || counts.total === 0) return '–'
  const wrong = counts.off + counts.wrongUnits + counts.invalid
  const parts = [
    counts.good > 0 ? `✓${counts.good}` : '',
    counts.fair > 0 ? `~${counts.fair}` : '',
    wrong > 0 ? `✗${wrong}` : '',
    counts.missing > 0 ? `–${counts.missing}` : '',
  ]
  return parts.filter(Boolean).join(' ')
}

/** The mode and template when they are not the defaults: "practice", "four-step", "" (the length is in the time column). */
export function setupCell(d: SessionDigest): string {
  return [d.mode === 'strict' ? '' : d.mode, d.template.id === 'default' ? '' : d.template.id].filter(Boolean).join(' ')
}

const minutes = (seconds: number) => Math.round(seconds / 60)

export function renderHistory(digests: readonly SessionDigest[], theme: Theme, width: number | undefined, nowMs: number): string[] {
  const shares = digests.map((d) => (d.coverage && d.coverage.total > 0 ? d.coverage.hit / d.coverage.total : null))
  const coverageStyle = (text: string, row: number) => {
    const share = shares[row]
    if (share === null || share === undefined) return theme.dim(text)
    return share >= 0.75 ? theme.good(text) : share >= 0.4 ? theme.warn(text) : theme.bad(text)
  }
  const showSetup = digests.some((d) => setupCell(d) !== '')
  const columns: Column[] = [
    { header: 'started' },
    { header: 'problem', flex: true, comfortable: 14, min: 10 },
    { header: 'time', align: 'right' },
    { header: 'points', align: 'right', style: coverageStyle },
    { header: 'estimates' },
    { header: 'status', style: (text) => (text === 'finished' ? text : theme.warn(text)) },
    // the longest word ("practice", "four-step") still fits, so a wrapped setup loses nothing
    ...(showSetup ? [{ header: 'setup', wrap: true, min: 9, style: (text: string) => theme.dim(text) }] : []),
    { header: 'session', optional: true, style: (text) => theme.dim(text) },
  ]
  const rows = digests.map((d) => [
    shortDate(d.createdAt, nowMs),
    d.problem.id,
    `${minutes(d.usedSeconds)}/${minutes(d.budgetSeconds)}`,
    d.coverage ? (percent(d.coverage.hit, d.coverage.total) === null ? '–' : `${percent(d.coverage.hit, d.coverage.total)} %`) : '?',
    estimatesCell(d.estimates),
    d.status === 'finished' ? 'finished' : 'in progress',
    ...(showSetup ? [setupCell(d)] : []),
    d.id,
  ])
  const lines = renderTable(columns, rows, { ...(width === undefined ? {} : { maxWidth: width }), headerStyle: (t) => theme.dim(t) })
  const unfinished = digests.filter((d) => d.status !== 'finished')
  if (unfinished.length > 0) {
    lines.push('')
    for (const d of unfinished.slice(0, 3)) lines.push(`${theme.warn('in progress:')} ${theme.code(resumeCommand(d)!)}`)
    if (unfinished.length > 3) lines.push(theme.dim(`  and ${unfinished.length - 3} more unfinished (sysdrill history --json lists their resume commands)`))
  }
  const notes = digests.filter((d) => d.note !== undefined)
  if (notes.length > 0) {
    lines.push('')
    for (const d of notes.slice(0, 3)) lines.push(theme.dim(`? ${d.id}: ${d.note}`))
  }
  return lines
}
