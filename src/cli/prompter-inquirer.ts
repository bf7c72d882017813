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
  const open = async <T>(prompt: () => Promise<T>): Promise<T> => {
    openPrompts += 1
    try {
      return await prompt()
    } finally {
      openPrompts -= 1
    }
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
      return open(() => select(rest, context(signal)).catch(translate))
    },
    async search(options) {
      const { signal, source, ...rest } = options
      return open(() => search({ ...rest, source: async (term) => source(term) }, context(signal)).catch(translate))
    },
    async input(options) {
      const { signal, ...rest } = options
      return open(() => input(rest, context(signal)).catch(translate))
    },
    async confirm(options) {
      const { signal, ...rest } = options
      return open(() => confirm(rest, context(signal)).catch(translate))
    },
    async answer(options) {
      const { signal, ...rest } = options
      try {
        // the box is only the live area; the shell prints the transcript, so erase it when done
        return await open(() => answerBox(rest, { ...context(signal), clearPromptOnDone: true }).catch(translate))
      } finally {
        holdRaw()
      }
    },
  }
}
