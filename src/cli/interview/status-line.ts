/**
 * The answer box's status line and footer: the phase countdown with a progress bar, and the
 * commands (or a live result) under the input. Pure functions of the numbers and a theme, so
 * tests check them without a terminal.
 */
import { formatClock } from '../../core/interview/session-time'
import type { Theme } from '../theme'

export interface StatusInput {
  remainingMs: number
  budgetMs: number
  /** 0-based */
  index: number
  count: number
  title: string
  /** time left in the whole interview, shown when there is room */
  totalRemainingMs: number
  width: number
}

const BAR = 12

export function progressBar(fraction: number, width = BAR): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)))
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
}

export function statusLine(input: StatusInput, theme: Theme): string {
  const { remainingMs, budgetMs } = input
  const usedFraction = budgetMs === 0 ? 1 : 1 - remainingMs / budgetMs
  const over = remainingMs < 0
  const clock = over ? `+${formatClock(-remainingMs)} over` : `${formatClock(remainingMs)} left`
  const style = over ? theme.bad : usedFraction >= 0.8 ? theme.warn : theme.accent
  const phase = `${input.index + 1}/${input.count} ${input.title}`
  const bar = `▕${progressBar(usedFraction)}▏`
  const total = `${formatClock(Math.max(0, input.totalRemainingMs))} left in all`
  const plain = `${clock} ${bar} ${phase} · ${total}`
  if ([...plain].length <= input.width) return `${style(theme.bold(clock))} ${style(bar)} ${phase} ${theme.dim(`· ${total}`)}`
  const short = `${clock} ${bar} ${phase}`
  if ([...short].length <= input.width) return `${style(theme.bold(clock))} ${style(bar)} ${phase}`
  return `${style(theme.bold(clock))} ${[...phase].slice(0, Math.max(0, input.width - clock.length - 1)).join('')}`
}

/** The footer when nothing special is being typed. */
export function commandsFooter(width: number, theme: Theme, asking: boolean): string {
  const parts = asking
    ? ['Enter an expression with units', '/skip this one', '/hint', '/next', '/help']
    : ['Enter adds a line', '/hint', '/clarify <q>', '= <expr>', '/next', '/help']
  let text = parts.join(' · ')
  while ([...text].length > width && parts.length > 2) {
    parts.splice(parts.length - 2, 1)
    text = parts.join(' · ')
  }
  return theme.dim(text)
}
