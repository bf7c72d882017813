/**
 * The Prompter port: every question the CLI asks goes through it, so tests can script the
 * answers. The real implementation lives in prompter-inquirer.ts, the only file that imports
 * inquirer, and is loaded lazily by commands that actually ask something.
 */

export interface Choice<T> {
  name: string
  value: T
  description?: string
}

export interface PromptBase {
  message: string
  /** aborting the signal ends the prompt (phase time-up, Ctrl-C elsewhere) */
  signal?: AbortSignal
}

/** What the answer box shows around the line being typed; the shell styles it. */
export interface AnswerBoxView {
  /** the line above the input: countdown, progress bar, phase */
  status: string
  /** the line under the input: the commands, a live result, or a notice */
  footer: string
}

/**
 * A timed answer box: one line of input between a live status line and a footer. Enter hands
 * the line to the shell, which keeps the transcript; a paste of several lines arrives at once.
 * The shell aborts `signal` to close the box early (time-up, or the interviewer speaking up);
 * the text being typed has then already reached it through onDraft.
 */
export interface AnswerBoxOptions extends PromptBase {
  /** text already typed: a draft restored on resume, or the tail of a paste */
  initial?: string
  /** called on every render with the current line */
  view: (line: string) => AnswerBoxView
  /** the box redraws whenever the listener is called (the shell calls it once a second) */
  subscribe: (listener: () => void) => () => void
  /** called whenever the typed line changes */
  onDraft?: (line: string) => void
  /** Tab: returns the completed line, or undefined to leave it */
  complete?: (line: string) => string | undefined
}

export interface AnswerBoxResult {
  /** the line submitted with Enter */
  line: string
  /** further complete lines that arrived in the same burst (a paste) */
  more: string[]
  /** text after the last newline of that burst: the start of the next line */
  rest: string
  /** Ctrl-D on an empty line (the shell treats it as "done with this phase") */
  eof?: boolean
}

export interface Prompter {
  select<T>(options: PromptBase & { choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>
  search<T>(options: PromptBase & { source: (term: string | undefined) => Choice<T>[] }): Promise<T>
  input(options: PromptBase & { default?: string }): Promise<string>
  confirm(options: PromptBase & { default?: boolean }): Promise<boolean>
  /** the interview's answer box (see AnswerBoxOptions) */
  answer(options: AnswerBoxOptions): Promise<AnswerBoxResult>
}

// Prompters live in their own bundle (scripts/build.mjs), so these errors are recognised by
// their name through the type guards below, never by instanceof.

/** Thrown by a prompter when the user pressed Ctrl-C inside a prompt. */
export class PromptCancelled extends Error {
  constructor() {
    super('prompt cancelled')
    this.name = 'PromptCancelled'
  }
}

/** Thrown by a prompter when its signal was aborted (e.g. the phase ran out of time). */
export class PromptAborted extends Error {
  readonly reason: unknown
  constructor(reason: unknown) {
    super('prompt aborted')
    this.name = 'PromptAborted'
    this.reason = reason
  }
}

export function isPromptCancelled(error: unknown): error is PromptCancelled {
  return error instanceof Error && error.name === 'PromptCancelled'
}

export function isPromptAborted(error: unknown): error is PromptAborted {
  return error instanceof Error && error.name === 'PromptAborted'
}
