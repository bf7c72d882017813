/**
 * Errors the shell knows how to report: a one-line cause, an optional fix, and an exit code.
 * Anything else that reaches main() is a bug and is reported as such (stack only with --debug).
 */
import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  cancelled: 130,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/**
 * Each lazily loaded bundle carries its own copy of this file (see scripts/build.mjs), so an
 * error thrown in one bundle is not an `instanceof` the class in another. A global symbol
 * brand works across copies; always test with isCliError().
 */
const CLI_ERROR = Symbol.for('sysdrill.cli-error')

/** An expected failure: the message says what happened, the hint says what to do next. */
export class CliError extends Error {
  readonly exitCode: ExitCode
  readonly hint: string | undefined
  readonly [CLI_ERROR] = true

  constructor(message: string, options: { exitCode?: ExitCode; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'CliError'
    this.exitCode = options.exitCode ?? EXIT.failure
    this.hint = options.hint
  }
}

/** True for a CliError (or subclass) from any bundle. */
export function isCliError(error: unknown): error is CliError {
  return typeof error === 'object' && error !== null && (error as { [CLI_ERROR]?: unknown })[CLI_ERROR] === true
}

/** A bad flag, a missing argument, or input that cannot be asked for. Exit 2. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: EXIT.usage, ...(hint === undefined ? {} : { hint }) })
    this.name = 'UsageError'
  }
}

/** Ctrl-C or a cancelled prompt. Exit 130, like a shell. */
export class CancelledError extends CliError {
  constructor(message = 'Cancelled.', hint?: string) {
    super(message, { exitCode: EXIT.cancelled, ...(hint === undefined ? {} : { hint }) })
    this.name = 'CancelledError'
  }
}

/** Several independent failures already reported line by line (e.g. `validate`): exit 1, no extra text. */
export class SilentFailure extends CliError {
  constructor(exitCode: ExitCode = EXIT.failure) {
    super('', { exitCode })
    this.name = 'SilentFailure'
  }
}

/** Node's own file errors, turned into a cause and a fix a person can act on. */
export function describeFsError(error: unknown, path: string, action: 'read' | 'write' | 'create'): CliError {
  const code = (error as { code?: string } | null)?.code
  switch (code) {
    case 'ENOENT':
      return new CliError(`${path}: no such file or folder`, { hint: 'check the path and try again' })
    case 'EACCES':
    case 'EPERM':
      return new CliError(`${path}: permission denied, cannot ${action} it`, {
        hint: 'fix the permissions or choose another location',
      })
    case 'EISDIR':
      return new CliError(`${path}: is a folder, expected a file`, { hint: 'name a file instead' })
    case 'ENOTDIR': {
      const file = fileInPath(path)
      if (file === undefined) return new CliError(`${path}: a part of this path is a file, not a folder`, { hint: 'check the path' })
      return new CliError(`${path}: ${file} is a file, not a folder`, { hint: `move or rename ${file}, or choose another location` })
    }
    case 'ENOSPC':
      return new CliError(`${path}: the disk is full, nothing was written`, {
        hint: existsSync(path) ? 'free some space; your previous copy is untouched' : 'free some space and try again',
      })
    case 'EROFS':
      return new CliError(`${path}: the file system is read-only`, { hint: 'choose a writable location' })
    default: {
      const reason = error instanceof Error ? error.message : String(error)
      return new CliError(`cannot ${action} ${path}: ${reason}`)
    }
  }
}

/** The first part of a path that exists as something other than a folder (ENOTDIR's culprit). */
function fileInPath(path: string): string | undefined {
  const parts: string[] = []
  for (let current = resolve(path); dirname(current) !== current; current = dirname(current)) parts.unshift(current)
  for (const part of parts) {
    try {
      if (!statSync(part).isDirectory()) return part
    } catch {
      return undefined
    }
  }
  return undefined
}
