/**
 * The session while an interview runs: applies transitions, saves after every change
 * (atomically, with the running time folded in), and saves the line being typed a moment
 * after the typing stops. A failed save (full disk, read-only folder) does not stop the
 * interview: it is reported once and retried at the next change.
 */
import type { CommandContext } from '../context'
import { isCliError } from '../errors'
import { saveSession } from '../session-store'
import { setDraft } from '../../core/interview/session-actions'
import type { SessionEvent, Transition } from '../../core/interview/session-events'
import { foldTime } from '../../core/interview/session-time'
import type { SessionRecord } from '../../core/interview/session-types'
import type { PhaseTemplate } from '../../core/interview/template-types'
import type { Problem } from '../../core/problems/types'

/** How long after the last keystroke the draft is saved. */
export const DRAFT_SAVE_DELAY_MS = 1500

export interface LiveSession {
  session: SessionRecord
  readonly problem: Problem
  readonly template: PhaseTemplate | undefined
  /** takes the new session, saves when anything happened, returns the events */
  apply(transition: Transition): SessionEvent[]
  /** replaces the session and saves it */
  replace(session: SessionRecord): void
  /** keeps the line being typed and saves it shortly */
  draft(text: string): void
  save(): void
  /** the last save error, if the latest save failed */
  readonly saveError: string | undefined
  dispose(): void
}

export function createLiveSession(
  ctx: Pick<CommandContext, 'paths' | 'deps' | 'output'>,
  session: SessionRecord,
  problem: Problem,
  template: PhaseTemplate | undefined,
  options: { persist?: boolean; report?: (line: string) => void; now?: () => number } = {},
): LiveSession {
  // an --answers run keeps its own simulated time; saves must fold that, not the wall clock
  const now = options.now ?? (() => ctx.deps.clock.now())
  const report = options.report ?? ((line: string) => ctx.output.err(line))
  let cancelDraftSave: (() => void) | undefined
  let lastReported: string | undefined
  const live: LiveSession = {
    session,
    problem,
    template,
    saveError: undefined,
    apply(transition) {
      live.session = transition.session
      if (transition.events.length > 0) live.save()
      return transition.events
    },
    replace(next) {
      live.session = next
      live.save()
    },
    draft(text) {
      const next = setDraft(live.session, text)
      if (next === live.session) return
      live.session = next
      if (!cancelDraftSave) {
        cancelDraftSave = ctx.deps.clock.setTimeout(() => {
          cancelDraftSave = undefined
          live.save()
        }, DRAFT_SAVE_DELAY_MS)
      }
    },
    save() {
      cancelDraftSave?.()
      cancelDraftSave = undefined
      live.session = foldTime(live.session, now())
      if (options.persist === false) return
      try {
        saveSession(ctx, live.session)
        ;(live as { saveError: string | undefined }).saveError = undefined
        lastReported = undefined
      } catch (error) {
        const message = isCliError(error) ? error.message : error instanceof Error ? error.message : String(error)
        ;(live as { saveError: string | undefined }).saveError = message
        if (message !== lastReported) {
          lastReported = message
          report(`${ctx.output.errTheme.bad('  Could not save the session:')} ${message}. Your answers are kept in memory; saving is retried at every change.`)
        }
      }
    },
    dispose() {
      cancelDraftSave?.()
      cancelDraftSave = undefined
    },
  }
  return live
}
