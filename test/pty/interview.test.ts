/**
 * The real interactive interview in a pseudo-terminal: the countdown ticks while nothing is
 * typed, answers are echoed into the transcript, Ctrl-C saves and exits 130, --resume brings
 * back the half-typed line with the remaining time, and /finish ends with the report.
 * Real time passes here (a few seconds), so the test keeps to what it must see.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SessionRecord } from '../../src/core/interview/session-types'
import { tempHome } from '../helpers/run-cli'
import { spawnPty, type PtySession } from './pty-session'

const PROBLEMS = 'test/fixtures/interview/problems'
const running: PtySession[] = []
const homes: Array<() => void> = []
afterEach(() => {
  for (const session of running.splice(0)) session.kill('SIGKILL')
  homes.splice(0).forEach((cleanup) => cleanup())
})

function sessionFile(dataDir: string): SessionRecord {
  const dir = join(dataDir, 'sessions')
  const [name] = readdirSync(dir).filter((n) => n.endsWith('.json'))
  return JSON.parse(readFileSync(join(dir, name!), 'utf8')) as SessionRecord
}

describe('interactive interview in a pseudo-terminal', () => {
  it('counts down, keeps answers, saves on Ctrl-C, resumes and finishes', async () => {
    const home = tempHome()
    homes.push(home.cleanup)
    const env = home.env as Record<string, string>

    const first = spawnPty(['interview', 'fixture-live-comments', '--problems-dir', PROBLEMS, '--minutes', '10'], env)
    running.push(first)
    await first.waitFor(/1\/9 Requirements and scope/)
    const shown = await first.waitFor(/(\d:\d\d) left ▕/)
    // nothing typed: the countdown still moves on its own, once a second
    first.mark()
    const later = await first.waitFor(new RegExp(`(?!${shown[1]})(\\d:\\d\\d) left ▕`), 3000)
    expect(later[1]).not.toBe(shown[1])

    first.mark()
    first.type('viewers post and read comments\r')
    await first.waitFor(/│ viewers post and read comments/)
    first.type('moderation is out of sc')
    await first.waitFor(/› moderation is out of sc/)
    first.type('\u0003')
    expect(await first.exited()).toBe(130)
    expect(first.text()).toMatch(/Saved\. Resume with:\s+sysdrill interview --resume \d{8}-\d{6}-fixture-live-comments/)
    const saved = sessionFile(env.SYSDRILL_HOME!)
    expect(saved.phases[0]).toMatchObject({ answer: 'viewers post and read comments', draft: 'moderation is out of sc', status: 'active' })
    const usedBefore = saved.phases[0]!.usedMs
    expect(usedBefore).toBeGreaterThan(1000)

    const second = spawnPty(['interview', '--resume', '--problems-dir', PROBLEMS], env)
    running.push(second)
    await second.waitFor(/Resumed: \d:\d\d left in this phase\./)
    await second.waitFor(/› moderation is out of sc/)
    second.mark()
    second.type('ope\r')
    await second.waitFor(/│ moderation is out of scope/)
    second.type('/finish\r')
    await second.waitFor(/End the interview now and see the report\?/)
    second.type('y\r')
    await second.waitFor(/Interview report: Fixture live comments/)
    expect(await second.exited()).toBe(0)
    expect(second.text()).toMatch(/Requirements and scope {2}2\/2/)

    const done = sessionFile(env.SYSDRILL_HOME!)
    expect(done.status).toBe('finished')
    expect(done.resumes).toBe(1)
    expect(done.phases[0]).toMatchObject({ answer: 'viewers post and read comments\nmoderation is out of scope', endReason: 'finished', draft: '' })
    expect(done.phases[0]!.usedMs).toBeGreaterThan(usedBefore)
  })
})

describe('kill -9 during a live interview', () => {
  it('loses at most the line being typed; a paused typist loses nothing', async () => {
    const home = tempHome()
    homes.push(home.cleanup)
    const env = home.env as Record<string, string>
    const live = spawnPty(['interview', 'fixture-live-comments', '--problems-dir', PROBLEMS], env)
    running.push(live)
    await live.waitFor(/\d:\d\d left ▕/)
    const lines = ['first line of the answer', 'second line', 'third line']
    for (const line of lines) {
      live.type(`${line}\r`)
      await live.waitFor(new RegExp(`│ ${line}`))
    }
    live.type('half typed, then a pause')
    await live.waitFor(/› half typed, then a pause/)
    // the draft is saved 1.5 s after the last keystroke
    await new Promise((resolve) => setTimeout(resolve, 2000))
    live.type(' and more')
    live.kill('SIGKILL')
    await live.exited()
    const saved = sessionFile(env.SYSDRILL_HOME!)
    expect(saved.phases[0]!.answer).toBe(lines.join('\n'))
    expect(saved.phases[0]!.draft).toBe('half typed, then a pause')
  })
})

describe('a closed terminal or a plain kill', () => {
  it.each([
    ['SIGHUP', 129],
    ['SIGTERM', 143],
  ])('%s saves the line being typed and says how to resume', async (signal, code) => {
    const home = tempHome()
    homes.push(home.cleanup)
    const env = home.env as Record<string, string>
    const live = spawnPty(['interview', 'fixture-live-comments', '--problems-dir', PROBLEMS], env)
    running.push(live)
    await live.waitFor(/\d:\d\d left ▕/)
    live.type('a finished line\r')
    await live.waitFor(/│ a finished line/)
    live.type('typed just now')
    await live.waitFor(/› typed just now/)
    process.kill(live.pid, signal)
    expect(await live.exited()).toBe(code)
    expect(live.text()).toMatch(/Saved\. Resume with:\s+sysdrill interview --resume/)
    const saved = sessionFile(env.SYSDRILL_HOME!)
    expect([saved.phases[0]!.answer, saved.phases[0]!.draft, saved.runningSince]).toEqual(['a finished line', 'typed just now', null])
  })
})
