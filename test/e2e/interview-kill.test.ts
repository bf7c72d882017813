/**
 * kill -9 at any moment of a run never leaves a torn session file: each save writes a temp
 * file, flushes it and renames it over the old one. The binary runs an --answers interview
 * (about twenty saves) and is killed at delays spread after its first save; every time, the
 * session file is either absent (killed before the first save) or a complete session whose
 * answered phases hold exactly the answers from the file. Temp files left by a killed save
 * are swept by the next command that lists sessions.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterEach, describe, expect, it } from 'vitest'
import { parseSessionRecord } from '../../src/core/interview/session-parse'
import { repoRoot, tempHome } from '../helpers/run-cli'
import { binPath, spawnCli } from '../helpers/spawn-cli'

const PROBLEMS = 'test/fixtures/interview/problems'
const ANSWERS = 'test/fixtures/interview/answers-live-comments.yaml'
const expected = (parse(readFileSync(join(repoRoot, ANSWERS), 'utf8')) as { phases: Record<string, string> }).phases
const homes: Array<() => void> = []
afterEach(() => homes.splice(0).forEach((cleanup) => cleanup()))

/**
 * Runs the interview and kills it `afterFileMs` after its session file first appears (watched
 * from here every millisecond, the last stretch timed by spinning for sub-millisecond steps),
 * so the kills land among the saves however fast or slow the machine is at that moment.
 * Without a delay it runs to the end; `fileToExitMs` says how long it lived after the file.
 */
function runAndKill(env: Record<string, string>, afterFileMs?: number): Promise<{ killed: boolean; fileToExitMs: number }> {
  return new Promise((resolve) => {
    const dir = join(env.SYSDRILL_HOME!, 'sessions')
    const child = spawn(process.execPath, [binPath, 'interview', 'fixture-live-comments', '--problems-dir', PROBLEMS, '--answers', ANSWERS, '--json'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, ...env },
      stdio: 'ignore',
    })
    let fileAt = Number.NaN
    const watch = setInterval(() => {
      if (!existsSync(dir) || !readdirSync(dir).some((n) => n.endsWith('.json'))) return
      clearInterval(watch)
      fileAt = performance.now()
      if (afterFileMs === undefined) return
      while (performance.now() < fileAt + afterFileMs) {
        // spin: setTimeout cannot time a fraction of a millisecond
      }
      child.kill('SIGKILL')
    }, 1)
    child.on('exit', (_code, signal) => {
      clearInterval(watch)
      resolve({ killed: signal === 'SIGKILL', fileToExitMs: performance.now() - fileAt })
    })
  })
}

describe('SIGKILL during saves', () => {
  it('always leaves a readable session with every completed answer', async () => {
    // one undisturbed run finishes and tells how long the saves go on after the first one
    const probe = tempHome()
    homes.push(probe.cleanup)
    const full = await runAndKill(probe.env as Record<string, string>)
    expect(full.killed).toBe(false)

    let killedWithFile = 0
    const runs = 16
    for (let i = 0; i < runs; i += 1) {
      const home = tempHome()
      homes.push(home.cleanup)
      const env = home.env as Record<string, string>
      // spread the kills over the time after the first save (the first one lands right after it)
      const delay = (full.fileToExitMs * i) / runs
      const { killed } = await runAndKill(env, delay)
      const dir = join(env.SYSDRILL_HOME!, 'sessions')
      let names: string[] = []
      try {
        names = readdirSync(dir)
      } catch {
        continue // killed before the sessions folder existed
      }
      const sessions = names.filter((n) => n.endsWith('.json'))
      expect(sessions.length).toBeLessThanOrEqual(1)
      if (sessions.length === 0) continue
      if (killed) killedWithFile += 1
      const parsed = parseSessionRecord(JSON.parse(readFileSync(join(dir, sessions[0]!), 'utf8')))
      expect(parsed.ok, `run ${i} (killed ${delay.toFixed(1)} ms after the first save): ${parsed.ok ? '' : parsed.reason}`).toBe(true)
      if (!parsed.ok) continue
      for (const phase of parsed.session.phases) {
        if (phase.status === 'done' || phase.answer !== '') expect(phase.answer, `run ${i}, phase ${phase.id}`).toBe((expected[phase.id] ?? '').trim())
      }
      // the next command that lists sessions removes temp files of the killed save
      spawnCli(['interview', '--resume'], { env })
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
    }
    // the kills did land while sessions were being written
    expect(killedWithFile).toBeGreaterThan(0)
  }, 60_000)
})
