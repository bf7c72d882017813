/**
 * Spawns the built binary (bin/sysdrill.cjs -> dist/) the way a user's shell would: no TTY,
 * a temp SYSDRILL_HOME, and stdin from a string. `npm test` builds dist/ before vitest runs.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './run-cli'

export const binPath = join(repoRoot, 'bin', 'sysdrill.cjs')

export interface SpawnResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export function spawnCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string; cwd?: string; timeoutMs?: number } = {},
): SpawnResult {
  if (!existsSync(join(repoRoot, 'dist', 'main.cjs'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it for you)')
  }
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, ...(options.env ?? {}) }
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 15_000,
  })
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr }
}
