import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CommandContext } from '../../../src/cli/context'
import { createOutput } from '../../../src/cli/output'
import { resolvePaths } from '../../../src/cli/paths'
import { latestSession, listSessions, loadSession, newSessionId, saveSession, sessionsDir } from '../../../src/cli/session-store'
import { createFakeClock } from '../../helpers/fake-clock'
import { sampleSession } from '../../fixtures/interview/sample-session'
import { captureStream, repoRoot, tempHome } from '../../helpers/run-cli'

const homes: Array<() => void> = []
afterEach(() => homes.splice(0).forEach((cleanup) => cleanup()))

async function storeContext() {
  const home = tempHome()
  homes.push(home.cleanup)
  const stderr = captureStream()
  const output = await createOutput(captureStream(), stderr, { colorFlag: false, env: {} })
  const clock = createFakeClock(Date.UTC(2026, 10, 21, 9, 0, 0))
  const ctx = { paths: resolvePaths(home.env, home.home, repoRoot), output, deps: { clock } } as unknown as CommandContext
  return { ctx, stderr }
}

describe('session store', () => {
  it('saves and loads a session, by id and by a unique prefix', async () => {
    const { ctx } = await storeContext()
    saveSession(ctx, sampleSession('20261121-090000-url-shortener'))
    expect(loadSession(ctx, '20261121-090000-url-shortener').phases[0]!.answer).toBe('shorten urls')
    expect(loadSession(ctx, '20261121-0900').id).toBe('20261121-090000-url-shortener')
  })

  it('lists sessions newest first by start and finds the latest unfinished one', async () => {
    const { ctx } = await storeContext()
    saveSession(ctx, sampleSession('a', { createdAt: '2026-11-21T09:00:00.000Z', updatedAt: '2026-11-21T09:30:00.000Z' }))
    saveSession(ctx, sampleSession('b', { createdAt: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-21T10:01:00.000Z', status: 'finished' }))
    // an --answers run with minutes: its last save is stamped 45 minutes after it started
    saveSession(ctx, sampleSession('c', { createdAt: '2026-11-21T08:00:00.000Z', updatedAt: '2026-11-21T12:45:00.000Z' }))
    expect(listSessions(ctx).map((s) => s.id)).toEqual(['b', 'a', 'c'])
    expect(latestSession(ctx)?.id).toBe('b')
    expect(latestSession(ctx, { unfinished: true })?.id).toBe('a')
  })

  it('moves a corrupted file aside and reports it, never dropping it', async () => {
    const { ctx, stderr } = await storeContext()
    mkdirSync(sessionsDir(ctx), { recursive: true })
    writeFileSync(join(sessionsDir(ctx), 'broken.json'), '{"schemaVersion": 1, "id": ')
    expect(() => loadSession(ctx, 'broken')).toThrow(/^session broken is unreadable \(not valid JSON .*\); kept it as .*broken\.json\.corrupt-\d{8}-\d{6}$/)
    expect(readdirSync(sessionsDir(ctx)).filter((n) => n.startsWith('broken.json.corrupt-'))).toHaveLength(1)
    writeFileSync(join(sessionsDir(ctx), 'bad-shape.json'), JSON.stringify({ ...sampleSession('bad-shape'), phases: 'nope' }))
    expect(listSessions(ctx)).toEqual([])
    expect(stderr.text).toMatch(/^warning: session bad-shape is unreadable \(phases is not valid\); kept it as .*bad-shape\.json\.corrupt-/)
  })

  it('refuses ids that could escape the sessions folder and names unknown ones', async () => {
    const { ctx } = await storeContext()
    expect(() => loadSession(ctx, '../etc/passwd')).toThrow("'../etc/passwd' is not a session id")
    expect(() => loadSession(ctx, 'nope')).toThrow("no session 'nope'")
  })

  it('makes a new id from the local time and the problem, never reusing a file', async () => {
    const { ctx } = await storeContext()
    const at = new Date(2026, 10, 21, 9, 5, 12).getTime()
    const id = newSessionId(ctx, 'url-shortener', at)
    expect(id).toBe('20261121-090512-url-shortener')
    saveSession(ctx, sampleSession(id))
    expect(newSessionId(ctx, 'url-shortener', at)).toBe('20261121-090512-url-shortener-2')
    expect(existsSync(join(sessionsDir(ctx), `${id}.json`))).toBe(true)
  })
})

describe('session files', () => {
  it('are readable by their owner only', async () => {
    const { statSync } = await import('node:fs')
    const home = tempHome()
    homes.push(home.cleanup)
    const output = await createOutput(captureStream(), captureStream(), { colorFlag: false, env: {} })
    const ctx = { paths: resolvePaths(home.env, home.home, repoRoot), output, deps: { clock: createFakeClock() } } as unknown as CommandContext
    saveSession(ctx, sampleSession('private'))
    expect(statSync(join(sessionsDir(ctx), 'private.json')).mode & 0o777).toBe(0o600)
  })
})
