/**
 * Drives the built binary in a pseudo-terminal (node-pty): what the person sees is read back
 * with the escape codes removed, and waitFor() waits for text to appear, with a deadline.
 */
import { stripVTControlCharacters } from 'node:util'
import * as pty from 'node-pty'
import { binPath } from '../helpers/spawn-cli'
import { repoRoot } from '../helpers/run-cli'

export interface PtySession {
  /** everything printed so far, escape codes removed */
  text(): string
  /** text printed since the last mark() */
  sinceMark(): string
  mark(): void
  type(keys: string): void
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>
  exited(timeoutMs?: number): Promise<number>
  pid: number
  kill(signal?: string): void
}

export function spawnPty(args: string[], env: Record<string, string>, size = { cols: 100, rows: 30 }): PtySession {
  const child = pty.spawn(process.execPath, [binPath, ...args], {
    name: 'xterm-256color',
    cols: size.cols,
    rows: size.rows,
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
  })
  let raw = ''
  let markAt = 0
  let exitCode: number | undefined
  const waiters: Array<() => void> = []
  child.onData((data) => {
    raw += data
    for (const wake of waiters.splice(0)) wake()
  })
  child.onExit(({ exitCode: code }) => {
    exitCode = code
    for (const wake of waiters.splice(0)) wake()
  })
  const text = () => stripVTControlCharacters(raw)
  const until = <T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; screen so far:\n${text().slice(-1500)}`)), timeoutMs)
      const attempt = () => {
        const found = check()
        if (found !== undefined) {
          clearTimeout(timer)
          resolve(found)
        } else waiters.push(attempt)
      }
      attempt()
    })
  return {
    pid: child.pid,
    text,
    mark: () => {
      markAt = text().length
    },
    sinceMark: () => text().slice(markAt),
    type: (keys) => child.write(keys),
    waitFor: (pattern, timeoutMs = 8000) => until(() => text().slice(markAt).match(pattern) ?? undefined, timeoutMs, String(pattern)),
    exited: (timeoutMs = 8000) => until(() => exitCode, timeoutMs, 'the process to exit'),
    kill: (signal) => child.kill(signal),
  }
}
