/**
 * The interactive interview: phase intros, the timed answer box, in-phase commands, the
 * clock ticking once a second (nudge, follow-ups, time-up), saves after every change, and
 * Ctrl-C that saves and says how to resume. The box is the only live part of the screen;
 * everything else is printed as a transcript between boxes.
 */
import type { CommandContext } from '../context'
import { CancelledError } from '../errors'
import { isPromptAborted, isPromptCancelled, type Prompter } from '../prompter'
import { begin, suspend, unpause } from '../../core/interview/session'
import type { SessionEvent } from '../../core/interview/session-events'
import { tick } from '../../core/interview/session-tick'
import { completeCommand } from '../../core/interview/box-commands'
import type { EstimateTools } from './estimate-tools'
import { createLineHandler } from './line-handler'
import type { LiveSession } from './live-session'
import { problemIntro, type IntroContext } from './phase-intro'
import { boxView } from './box-view'
import { layoutWidth } from '../text-layout'
import { eventLines } from './transcript'

export type InteractiveOutcome = 'finished' | 'quit'

/** Without input, the running time is still folded into the file this often (for crashes). */
const IDLE_SAVE_MS = 30_000

export function resumeCommand(id: string): string {
  return `sysdrill interview --resume ${id}`
}

export async function runInteractive(ctx: CommandContext, live: LiveSession, tools: EstimateTools, fresh: boolean): Promise<InteractiveOutcome> {
  const { clock } = ctx.deps
  const theme = ctx.output.errTheme
  const print = (lines: string[]) => lines.forEach((line) => ctx.output.err(line))
  const intro = (): IntroContext => ({ session: live.session, problem: live.problem, template: live.template, theme, width: layoutWidth(ctx.deps.stderr.columns) })
  const prompter: Prompter = await ctx.deps.prompter()

  const pending: SessionEvent[] = []
  const listeners = new Set<() => void>()
  let box: AbortController | undefined
  let lastSave = clock.now()

  const handler = createLineHandler(ctx, live, tools, prompter, {
    print,
    render: (events) => render(events),
    signal: () => box?.signal,
  })
  const render = (events: SessionEvent[]) => {
    for (const event of events) {
      print(eventLines(event, intro()))
      handler.onEvent(event)
    }
  }

  const stopTicker = clock.setInterval(() => {
    const now = clock.now()
    const events = live.apply(tick(live.session, live.problem, now))
    if (events.length > 0) {
      lastSave = now
      pending.push(...events)
      box?.abort(new Error('the interviewer has something to say'))
    } else if (live.session.runningSince !== null && now - lastSave >= IDLE_SAVE_MS) {
      lastSave = now
      live.save()
    }
    for (const listener of listeners) listener()
  }, 1000)

  const saveAndExplain = () => {
    // a signal can arrive while the box is drawn (cursor on its input line): step below it
    if (box) ctx.output.err('\n')
    live.replace(suspend(live.session, clock.now()))
    print(['', `${theme.good('Saved.')} Resume with:`, `  ${theme.code(resumeCommand(live.session.id))}`])
  }
  const unregister = ctx.deps.onInterrupt(saveAndExplain)
  // a function, not a property test, so the compiler does not narrow it inside the loop
  const over = (): boolean => live.session.status === 'finished'

  try {
    if (fresh) print(problemIntro(intro()))
    else print(['', `${theme.title(`Resuming: ${live.problem.title}`)}`, theme.dim(`session ${live.session.id} · ${live.session.minutes} minutes · ${live.session.mode} mode`)])
    render(live.apply(begin(live.session, clock.now())))
    let carry = live.session.phases[live.session.current]?.draft ?? ''
    while (!over()) {
      render(pending.splice(0))
      if (over()) break
      if (live.session.pausedSince !== null) {
        const typed = await prompter.input({ message: 'Paused. Press Enter to resume.' }).catch(rethrowCancel(saveAndExplain))
        render(live.apply(unpause(live.session, clock.now())))
        // a line typed while paused is not lost: it is the first line after the pause
        if (typed.trim() !== '' && (await handler.handle(typed)) === 'quit') {
          saveAndExplain()
          return 'quit'
        }
        continue
      }
      const index = live.session.current
      const controller = new AbortController()
      box = controller
      let lines: string[]
      try {
        const result = await prompter.answer({
          message: handler.prefix(),
          initial: carry,
          view: (line) => boxView(ctx, live, tools, handler, line),
          subscribe: (listener) => {
            listeners.add(listener)
            return () => listeners.delete(listener)
          },
          onDraft: (text) => live.draft(text),
          complete: completeCommand,
          signal: controller.signal,
        })
        lines = result.eof ? ['/next'] : [result.line, ...result.more]
        carry = result.rest
        live.draft(result.rest)
      } catch (error) {
        box = undefined // the box has already erased itself
        if (isPromptAborted(error)) {
          // the interviewer spoke or the phase ended: the typed text is in the session already
          carry = live.session.current === index ? live.session.phases[index]!.draft : ''
          continue
        }
        return rethrowCancel(saveAndExplain)(error)
      } finally {
        box = undefined
      }
      for (const line of lines) {
        if ((await handler.handle(line)) === 'quit') {
          saveAndExplain()
          return 'quit'
        }
        if (over()) break
      }
    }
    render(pending.splice(0))
    live.save()
    return 'finished'
  } finally {
    stopTicker()
    unregister()
    live.dispose()
  }
}

/** Ctrl-C inside a prompt: save, explain, exit 130. Anything else propagates. */
function rethrowCancel(saveAndExplain: () => void) {
  return (error: unknown): never => {
    if (isPromptCancelled(error)) {
      saveAndExplain()
      throw new CancelledError('')
    }
    throw error
  }
}
