/**
 * Dates in local time, for people and for file names: "Nov 21 09:05" (the way `ls -l` shows
 * them), "2026-11-21", and the sortable stamp "20261121-090512" in session ids and file names.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const HALF_YEAR_MS = 182 * 86_400_000

const pad = (n: number) => String(n).padStart(2, '0')

/** "Nov 21 09:05" within the last six months, "Nov 21  2025" before that (or in the future). */
export function shortDate(iso: string, nowMs: number): string {
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return '?'
  const d = new Date(ms)
  const day = `${MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2, ' ')}`
  const recent = ms <= nowMs + 60_000 && nowMs - ms < HALF_YEAR_MS
  return recent ? `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` : `${day}  ${d.getFullYear()}`
}

/** "2026-11-21" in local time */
export function isoDay(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** A readable, sortable stamp in local time: 20261121-090512. */
export function timeStamp(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`
}
