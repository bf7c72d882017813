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

export interface Prompter {
  select<T>(options: PromptBase & { choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>
  search<T>(options: PromptBase & { source: (term: string | undefined) => Choice<T>[] }): Promise<T>
  input(options: PromptBase & { default?: string }): Promise<string>
  confirm(options: PromptBase & { default?: boolean }): Promise<boolean>
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
