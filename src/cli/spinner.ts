/**
 * A spinner on stderr for work a person would otherwise stare at (checking the whole problem
 * library, scoring a long history). It shows only on a terminal, never with --json, and only
 * once the work has run for a moment, so quick runs never flicker; ora is loaded only then.
 * Loops report progress through update(), which also yields now and then so the spinner can
 * draw while the work keeps the CPU busy.
 */
import type { CommandContext } from './context'

export interface Progress {
  /** new text for the spinner; yields to the event loop at most every 50 ms */
  update(text: string): Promise<void>
}

interface OraLike {
  text: string
  stop(): unknown
}

const SHOW_AFTER_MS = 300
const YIELD_EVERY_MS = 50

export async function withSpinner<T>(
  ctx: Pick<CommandContext, 'deps'>,
  text: string,
  work: (progress: Progress) => Promise<T>,
  options: { enabled?: boolean } = {},
): Promise<T> {
  const { stderr, clock, env } = ctx.deps
  // a dumb terminal cannot redraw a line, so it gets no animation either; nor can a terminal
  // that reports 0 columns (a pty with no size, as under script(1) or some containers): ora
  // divides by the width and would erase lines forever
  const sized = stderr.columns === undefined || stderr.columns > 0
  if (options.enabled === false || stderr.isTTY !== true || env.TERM === 'dumb' || !sized) return work({ update: async () => {} })
  let current = text
  let spinner: OraLike | undefined
  let done = false
  const cancel = clock.setTimeout(() => {
    void import('./spinner-ora').then(({ ora }) => {
      if (done) return
      // we already know this is a terminal; ora's own check would also switch it off under CI
      spinner = ora({ text: current, stream: stderr as NodeJS.WritableStream, discardStdin: false, isEnabled: true }).start()
    })
  }, SHOW_AFTER_MS)
  let lastYield = clock.now()
  const progress: Progress = {
    async update(next) {
      current = next
      if (spinner) spinner.text = next
      if (clock.now() - lastYield < YIELD_EVERY_MS) return
      lastYield = clock.now()
      await new Promise<void>((resolve) => setImmediate(resolve))
    },
  }
  try {
    return await work(progress)
  } finally {
    done = true
    cancel()
    spinner?.stop()
  }
}
