/** Shared set-up for the interview command tests: a temp home, a fake clock, a script. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { SessionRecord } from '../../src/core/interview/session-types'
import { createFakeClock, type FakeClock } from '../helpers/fake-clock'
import { runCli, tempHome, type RunResult } from '../helpers/run-cli'
import { createScriptedPrompter, type ScriptedPrompter, type Step } from '../helpers/scripted-prompter'

export const FIXTURE_PROBLEMS = 'test/fixtures/interview/problems'
export const MIN = 60_000

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

export interface Harness {
  home: ReturnType<typeof tempHome>
  clock: FakeClock
  /** runs `sysdrill <args>` on a terminal with the script as the person typing */
  run(args: string[], script: Step[], options?: { env?: Record<string, string>; columns?: number }): Promise<RunResult & { prompter: ScriptedPrompter; interrupts: Array<() => void> }>
  sessions(): SessionRecord[]
  sessionFiles(): string[]
}

export function harness(): Harness {
  const home = tempHome()
  cleanups.push(home.cleanup)
  const clock = createFakeClock()
  const dir = join(home.env.SYSDRILL_HOME!, 'sessions')
  return {
    home,
    clock,
    async run(args, script, options = {}) {
      const prompter = createScriptedPrompter(script, clock)
      const interrupts: Array<() => void> = []
      const result = await runCli(args, {
        env: { ...home.env, NO_COLOR: '1', ...(options.env ?? {}) },
        stdinIsTTY: true,
        stderrIsTTY: true,
        clock,
        prompter,
        interruptHandlers: interrupts,
        ...(options.columns === undefined ? {} : { columns: options.columns }),
      })
      return { ...result, prompter, interrupts }
    },
    sessionFiles: () => {
      try {
        return readdirSync(dir).sort()
      } catch {
        return []
      }
    },
    sessions: () =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as SessionRecord),
  }
}

/** The args for an interview on the fixture problem. */
export function interviewArgs(...extra: string[]): string[] {
  return ['interview', 'fixture-live-comments', '--problems-dir', FIXTURE_PROBLEMS, ...extra]
}
