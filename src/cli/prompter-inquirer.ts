/**
 * The real Prompter, on @inquirer/prompts. Prompts render on stderr so that stdout stays
 * clean for results, and inquirer's cancel/abort errors become our own two error types.
 */
import { confirm, input, search, select } from '@inquirer/prompts'
import { answerBox } from './interview/answer-box'
import { PromptAborted, PromptCancelled, type Prompter } from './prompter'

interface PromptStreams {
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
}

function translate(error: unknown): never {
  const name = (error as { name?: string } | null)?.name
  if (name === 'ExitPromptError') throw new PromptCancelled()
  if (name === 'AbortPromptError' || name === 'AbortError') {
    throw new PromptAborted((error as { cause?: unknown }).cause)
  }
  throw error
}

export function createInquirerPrompter(streams: PromptStreams): Prompter {
  const context = (signal?: AbortSignal) => ({
    input: streams.input,
    output: streams.output,
    clearPromptOnDone: false,
    ...(signal ? { signal } : {}),
  })
  return {
    async select(options) {
      const { signal, ...rest } = options
      return select(rest, context(signal)).catch(translate)
    },
    async search(options) {
      const { signal, source, ...rest } = options
      return search({ ...rest, source: async (term) => source(term) }, context(signal)).catch(translate)
    },
    async input(options) {
      const { signal, ...rest } = options
      return input(rest, context(signal)).catch(translate)
    },
    async confirm(options) {
      const { signal, ...rest } = options
      return confirm(rest, context(signal)).catch(translate)
    },
    async answer(options) {
      const { signal, ...rest } = options
      // the box is only the live area; the shell prints the transcript, so erase it when done
      return answerBox(rest, { ...context(signal), clearPromptOnDone: true }).catch(translate)
    },
  }
}
