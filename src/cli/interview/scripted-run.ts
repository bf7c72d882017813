/**
 * An interview from an --answers file: no prompts, no waiting. Each phase gets its text, the
 * estimation phase the estimates, and time moves on by the minutes the file gives (none by
 * default), so strict time-ups and practice overtime behave as they would live. One line per
 * phase start and end goes to stderr; the session is saved like a live one.
 */
import type { CommandContext } from '../context'
import type { ScriptedAnswers } from '../../core/interview/answers-file'
import { coversEstimation } from '../../core/interview/phase-material'
import { advance, begin } from '../../core/interview/session'
import { addAnswer, answerEstimate } from '../../core/interview/session-actions'
import type { SessionEvent } from '../../core/interview/session-events'
import { tick } from '../../core/interview/session-tick'
import { formatClock, formatElapsed } from '../../core/interview/session-time'
import type { LiveSession } from './live-session'

/** follow-ups raised at /next hold it back once; more rounds than this would be a bug */
const MAX_ADVANCE_TRIES = 5

/** The simulated clock of a scripted run; pass its now() to createLiveSession. */
export function scriptedClock(start: number): { now: () => number; advance: (ms: number) => number } {
  let current = start
  return { now: () => current, advance: (ms) => (current += ms) }
}

export function runScripted(ctx: CommandContext, live: LiveSession, answers: ScriptedAnswers, clock: ReturnType<typeof scriptedClock>): void {
  const theme = ctx.output.errTheme
  let now = clock.now()
  const count = live.session.phases.length
  const estimationIndex = Math.max(0, live.session.phases.findIndex((p) => coversEstimation(p)))

  const log = (events: SessionEvent[]) => {
    for (const event of events) {
      if (event.type === 'phase-started') {
        const phase = live.session.phases[event.index]!
        ctx.output.err(theme.dim(`phase ${event.index + 1}/${count} ${phase.title}: started, ${formatClock(phase.budgetSeconds * 1000)} budget`))
      } else if (event.type === 'phase-ended') {
        const phase = live.session.phases[event.index]!
        const how = event.reason === 'time-up' ? 'time up' : event.reason === 'skipped' ? 'skipped' : 'done'
        ctx.output.err(theme.dim(`phase ${event.index + 1}/${count} ${phase.title}: ${how}, ${formatElapsed(event.usedMs)} of ${formatClock(phase.budgetSeconds * 1000)}`))
      }
    }
  }

  const over = (): boolean => live.session.status === 'finished'
  log(live.apply(begin(live.session, now)))
  while (!over()) {
    const index = live.session.current
    const phase = live.session.phases[index]!
    const text = answers.phases[phase.id]
    if (text) live.apply(addAnswer(live.session, text, now))
    if (index === estimationIndex) {
      for (const [key, expr] of Object.entries(answers.estimates)) live.apply(answerEstimate(live.session, key, expr))
    }
    now = clock.advance((answers.minutes[phase.id] ?? 0) * 60_000)
    log(live.apply(tick(live.session, live.problem, now)))
    for (let tries = 0; tries < MAX_ADVANCE_TRIES && live.session.current === index && !over(); tries += 1) {
      log(live.apply(advance(live.session, live.problem, now, text ? 'next' : 'skipped')))
    }
  }
  live.save()
}
