/** `/time`: every phase with its budget, the time used so far, and where the clock is. */
import { formatClock, formatElapsed, phaseUsedMs } from '../../core/interview/session-time'
import type { SessionRecord } from '../../core/interview/session-types'
import type { Theme } from '../theme'

export function timeTable(session: SessionRecord, nowMs: number, theme: Theme): string[] {
  const titleWidth = Math.max(...session.phases.map((p) => p.title.length))
  return session.phases.map((phase, i) => {
    const used = phaseUsedMs(session, i, nowMs)
    const budget = phase.budgetSeconds * 1000
    const marker = i === session.current ? theme.accent('▶') : phase.status === 'done' ? theme.dim('✓') : ' '
    const over = used > budget ? theme.bad(` +${formatElapsed(used - budget)}`) : ''
    const times = phase.status === 'pending' ? theme.dim(`     – / ${formatClock(budget).padStart(5)}`) : `${formatElapsed(used).padStart(6)} / ${formatClock(budget).padStart(5)}`
    return `  ${marker} ${phase.title.padEnd(titleWidth)}  ${times}${over}`
  })
}
