/**
 * The real Prompter, on @inquirer/prompts. Prompts render on stderr so that stdout stays
 * clean for results, and inquirer's cancel/abort errors become our own two error types.
 */
import { confirm, input, search, select } from '@inquirer/prompts'
import { answerBox } from './interview/answer-box'
import { PromptAborted, PromptCancelled, type Prompter } from './prompter'

interface PromptStreams {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown }
  output: NodeJS.WritableStream
}

/**
 * Between two answer boxes the terminal would drop back to cooked mode, echoing keys typed in
 * that moment over the screen. Staying raw for a short while lets those keys wait, unechoed,
 * for the next box (which picks them up); if no prompt follows, cooked mode comes back. A
 * prompt that follows (the pause prompt, the /finish confirm) counts too: turning raw mode off
 * under it made the terminal echo the keys and the Enter, leaving the prompt drawn twice.
 */
const RAW_GRACE_MS = 250

function translate(error: unknown): never {
  const name = (error as { name?: string } | null)?.name
  if (name === 'ExitPromptError') throw new PromptCancelled()
  if (name === 'AbortPromptError' || name === 'AbortError') {
    throw new PromptAborted((error as { cause?: unknown }).cause)
  }
  throw error
}

export function createInquirerPrompter(streams: PromptStreams): Prompter {
  let openPrompts = 0
  const holdRaw = () => {
    if (streams.input.isTTY !== true || !streams.input.setRawMode) return
    streams.input.setRawMode(true)
    setTimeout(() => {
      if (openPrompts === 0) streams.input.setRawMode?.(false)
    }, RAW_GRACE_MS).unref()
  }
  /**
   * Runs one prompt, counted as open (see holdRaw). Ctrl-D on an empty line makes readline
   * close itself under an inquirer prompt, which then never settles: the interview hung at
   * the pause prompt. So a Ctrl-D byte that leaves the input paused (readline has closed) while
   * the prompt is open aborts it, and `onEof` gives the answer (the answer box handles Ctrl-D
   * itself and passes none).
   */
  const open = async <T>(run: (signal: AbortSignal | undefined) => Promise<T>, signal: AbortSignal | undefined, onEof?: () => T): Promise<T> => {
    openPrompts += 1
    if (!onEof) {
      try {
        return await run(signal)
      } finally {
        openPrompts -= 1
      }
    }
    const controller = new AbortController()
    const forward = () => controller.abort(signal?.reason)
    if (signal?.aborted) forward()
    else signal?.addEventListener('abort', forward)
    let settled = false
    let eof = false
    const onData = (chunk: unknown) => {
      if (!String(chunk).includes('\u0004')) return
      setImmediate(() => {
        if (settled || !streams.input.isPaused()) return
        eof = true
        controller.abort(new Error('end of input'))
      })
    }
    streams.input.on('data', onData)
    try {
      return await run(controller.signal)
    } catch (error) {
      if (eof) return onEof()
      throw error
    } finally {
      settled = true
      openPrompts -= 1
      signal?.removeEventListener('abort', forward)
      streams.input.removeListener('data', onData)
    }
  }
  const cancelled = (): never => {
    throw new PromptCancelled()
  }
  const context = (signal?: AbortSignal) => ({
    input: streams.input,
    output: streams.output,
    clearPromptOnDone: false,
    ...(signal ? { signal } : {}),
  })
  return {
    async select(options) {
      const { signal, ...rest } = options
      return open((live) => select(rest, context(live)).catch(translate), signal, cancelled)
    },
    async search(options) {
      const { signal, source, ...rest } = options
      return open((live) => search({ ...rest, source: async (term) => source(term) }, context(live)).catch(translate), signal, cancelled)
    },
    async input(options) {
      const { signal, ...rest } = options
      return open((live) => input(rest, context(live)).catch(translate), signal, () => rest.default ?? '')
    },
    async confirm(options) {
      const { signal, ...rest } = options
      return open((live) => confirm(rest, context(live)).catch(translate), signal, () => rest.default ?? false)
    },
    async answer(options) {
      const { signal, ...rest } = options
      try {
        // the box is only the live area; the shell prints the transcript, so erase it when done
        return await open((live) => answerBox(rest, { ...context(live), clearPromptOnDone: true }).catch(translate), signal)
      } finally {
        holdRaw()
      }
    },
  }
}
