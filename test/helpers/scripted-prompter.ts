/**
 * A Prompter that plays a script: a queue of answers, one per prompt, in order. It records
 * every question (kind, message, and for the answer box its status line, footer and
 * pre-filled text), throws on a prompt the script did not expect, and assertDone() fails if
 * answers are left over. Time passes only through the fake clock: a step's afterMs ticks it
 * while the box is "open", so the interview's timers fire (nudges, time-ups) and may close
 * the box early, exactly as they would while a person types; a closed box stops the step.
 * Like a real box, a box that reopens with text already in it (a restored draft) submits that
 * text followed by what the step types.
 */
import type { FakeClock } from './fake-clock'
import {
  PromptAborted,
  PromptCancelled,
  type AnswerBoxOptions,
  type AnswerBoxResult,
  type Prompter,
} from '../../src/cli/prompter'

export type Step =
  /** answer box: optionally type a draft, let time pass, then submit a line (or Ctrl-C / Ctrl-D) */
  | { kind: 'answer'; line?: string; more?: string[]; draft?: string; afterMs?: number; cancel?: boolean; eof?: boolean }
  | { kind: 'search' | 'select'; value: unknown }
  | { kind: 'input'; value: string; afterMs?: number; cancel?: boolean }
  | { kind: 'confirm'; value: boolean }

export interface AskedQuestion {
  kind: Step['kind']
  message: string
  /** answer box only */
  status?: string
  footer?: string
  initial?: string
  /** the box was closed by the shell before the step finished (time-up or interjection) */
  aborted?: boolean
}

/** Shorthands for scripts. */
export const say = (line: string, afterMs = 0): Step => ({ kind: 'answer', line, afterMs })
export const typeThenWait = (draft: string, afterMs: number): Step => ({ kind: 'answer', draft, afterMs })
/** the box stays open while time passes; nothing typed */
export const wait = (afterMs: number): Step => ({ kind: 'answer', afterMs })
export const ctrlC = (draft?: string, afterMs = 0): Step => ({ kind: 'answer', cancel: true, afterMs, ...(draft === undefined ? {} : { draft }) })

export interface ScriptedPrompter extends Prompter {
  asked: AskedQuestion[]
  /** throws if the script has steps left or an unexpected prompt happened */
  assertDone(): void
  remaining(): number
}

export function createScriptedPrompter(script: Step[], clock: FakeClock): ScriptedPrompter {
  const queue = [...script]
  const asked: AskedQuestion[] = []
  const problems: string[] = []

  const next = (kind: Step['kind'], message: string): Step => {
    const step = queue.shift()
    if (!step || step.kind !== kind) {
      const problem = `unexpected ${kind} prompt "${message}"${step ? ` (the script expected a ${step.kind} prompt)` : ' (the script is finished)'}`
      problems.push(problem)
      throw new Error(problem)
    }
    return step
  }

  const prompter: ScriptedPrompter = {
    asked,
    remaining: () => queue.length,
    assertDone() {
      if (problems.length > 0) throw new Error(problems.join('\n'))
      if (queue.length > 0) throw new Error(`${queue.length} scripted answers were never asked for: ${JSON.stringify(queue)}`)
    },
    async select(options) {
      asked.push({ kind: 'select', message: options.message })
      return (next('select', options.message) as unknown as { value: never }).value
    },
    async search(options) {
      asked.push({ kind: 'search', message: options.message })
      return (next('search', options.message) as unknown as { value: never }).value
    },
    async input(options) {
      asked.push({ kind: 'input', message: options.message })
      const step = next('input', options.message) as Extract<Step, { kind: 'input' }>
      if (step.afterMs) await clock.tickAsync(step.afterMs)
      if (step.cancel) throw new PromptCancelled()
      return step.value
    },
    async confirm(options) {
      asked.push({ kind: 'confirm', message: options.message })
      return (next('confirm', options.message) as { value: boolean }).value
    },
    async answer(options: AnswerBoxOptions): Promise<AnswerBoxResult> {
      const view = options.view(options.initial ?? '')
      const record: AskedQuestion = { kind: 'answer', message: options.message, status: view.status, footer: view.footer, initial: options.initial ?? '' }
      asked.push(record)
      const step = next('answer', options.message) as Extract<Step, { kind: 'answer' }>
      const initial = options.initial ?? ''
      if (step.draft !== undefined) options.onDraft?.(initial + step.draft)
      for (let waited = 0; waited < (step.afterMs ?? 0) && !options.signal?.aborted; waited += 1000) {
        await clock.tickAsync(Math.min(1000, (step.afterMs ?? 0) - waited))
      }
      if (options.signal?.aborted) {
        record.aborted = true
        throw new PromptAborted(options.signal.reason)
      }
      if (step.cancel) throw new PromptCancelled()
      if (step.eof) return { line: '', more: [], rest: '', eof: true }
      return { line: initial + (step.line ?? ''), more: step.more ?? [], rest: '' }
    },
  }
  return prompter
}
