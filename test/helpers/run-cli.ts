/**
 * Runs the CLI in-process with fake streams, env, clock and prompter, and returns what a user
 * would have seen. Command tests use this; end-to-end tests spawn the built binary instead.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PassThrough } from 'node:stream'
import { afterEach } from 'vitest'
import type { Clock } from '../../src/cli/clock'
import type { Deps } from '../../src/cli/deps'
import { main } from '../../src/cli/main'
import type { Prompter } from '../../src/cli/prompter'
import { createFakeClock } from './fake-clock'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface CapturedStream {
  text: string
  isTTY: boolean
  columns: number
  write(chunk: string): boolean
}

export function captureStream(isTTY = false, columns = 100): CapturedStream {
  const stream: CapturedStream = {
    text: '',
    isTTY,
    columns,
    write(chunk: string) {
      stream.text += chunk
      return true
    },
  }
  return stream
}

export interface RunOptions {
  env?: Record<string, string | undefined>
  stdin?: string
  stdinIsTTY?: boolean
  stdoutIsTTY?: boolean
  stderrIsTTY?: boolean
  clock?: Clock
  prompter?: Prompter
  cwd?: string
  /** Ctrl-C handlers registered by the command end up here */
  interruptHandlers?: Array<() => void>
  /** package root (built-in problems/ and templates/); default: this repository */
  packageRoot?: string
  /** terminal width of stdout and stderr (default 100) */
  columns?: number
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** A throwaway SYSDRILL_HOME and XDG config folder, removed when the test ends. */
export function tempHome(): { home: string; env: Record<string, string>; cleanup: () => void } {
  const home = mkdtempSync(join(tmpdir(), 'sysdrill-test-'))
  return {
    home,
    env: {
      HOME: home,
      SYSDRILL_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'xdg-data'),
    },
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  }
}

/** A tempHome() factory for a test file: every home it hands out is removed after each test. */
export function tempHomes(): () => ReturnType<typeof tempHome> {
  const cleanups: Array<() => void> = []
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))
  return () => {
    const h = tempHome()
    cleanups.push(h.cleanup)
    return h
  }
}

export async function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = captureStream(options.stdoutIsTTY ?? false, options.columns)
  const stderr = captureStream(options.stderrIsTTY ?? false, options.columns)
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean }
  stdin.isTTY = options.stdinIsTTY ?? false
  if (options.stdin !== undefined) stdin.end(options.stdin)
  else if (!stdin.isTTY) stdin.end()
  const handlers = options.interruptHandlers ?? []
  const deps: Deps = {
    env: { PATH: process.env.PATH, ...(options.env ?? {}) },
    cwd: options.cwd ?? repoRoot,
    homedir: options.env?.HOME ?? '/nonexistent-home',
    stdin,
    stdout,
    stderr,
    clock: options.clock ?? createFakeClock(),
    prompter: async () => {
      if (!options.prompter) throw new Error('this test did not expect a prompt')
      return options.prompter
    },
    onInterrupt(handler) {
      handlers.push(handler)
      return () => {
        const index = handlers.indexOf(handler)
        if (index >= 0) handlers.splice(index, 1)
      }
    },
    packageRoot: options.packageRoot ?? repoRoot,
  }
  const code = await main(args, deps)
  return { code, stdout: stdout.text, stderr: stderr.text }
}
