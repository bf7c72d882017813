/**
 * The --since value of `sysdrill stats`: a date (2026-11-01, local midnight), a date and time
 * (2026-11-01T14:00), or a span back from now (7d, 2w, 3m for months, 1y).
 */
import { UsageError } from '../errors'

const DAY_MS = 86_400_000
const SPAN_DAYS: Record<string, number> = { d: 1, w: 7, m: 30, y: 365 }

export function parseSince(text: string, nowMs: number): number {
  const value = text.trim()
  const span = /^(\d{1,4})\s*([dwmy])$/i.exec(value)
  if (span) return nowMs - Number(span[1]) * SPAN_DAYS[span[2]!.toLowerCase()]! * DAY_MS
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])]
    const date = new Date(y, m - 1, d)
    if (date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d) return date.getTime()
  } else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(value)) {
    const ms = Date.parse(value)
    if (Number.isFinite(ms)) return ms
  }
  throw new UsageError(`--since '${text}' is not a date or a span`, 'use a date like 2026-11-01, or a span back from now: 7d, 2w, 3m (months), 1y')
}
