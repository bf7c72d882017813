import { readFileSync, writeFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, tempHomes } from '../helpers/run-cli'
import { PROGRESS_PROBLEMS, SESSIONS, writeSessions } from '../fixtures/progress/sessions'

beforeAll(() => {
  process.env.TZ = 'UTC'
})

const home = tempHomes()

// stdout is not a terminal here: COLUMNS gives the table a width, as a terminal of 100 columns would
const history = (h: ReturnType<typeof home>, ...args: string[]) => runCli(['history', '--problems-dir', PROGRESS_PROBLEMS, ...args], { env: { ...h.env, NO_COLOR: '1', COLUMNS: '100' } })

describe('sysdrill history', () => {
  it('lists the interviews newest first, with the resume command for the unfinished one', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const result = await history(h)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        'started       problem            time  points  estimates  status       setup',
        'Nov 20 09:00  progress-feed     43/45   100 %  ✓3         finished     practice',
        'Nov 19 09:00  progress-feed      2/45    10 %  –3         in progress  practice',
        'Nov 18 09:00  progress-counter  22/45    40 %  ✓1 ~1 ✗1   finished',
        '',
        'in progress: sysdrill interview --resume 20261119-090000-progress-feed',
        '',
      ].join('\n'),
    )
  })
  it('at 80 columns every line fits: the setup wraps before the problem id is cut', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!, SESSIONS.map((s) => (s.status === 'finished' ? s : { ...s, template: { id: 'four-step', title: 'Four steps' } })))
    const result = await runCli(['history', '--problems-dir', PROGRESS_PROBLEMS], { env: { ...h.env, NO_COLOR: '1', COLUMNS: '80' } })
    const lines = result.stdout.split('\n')
    expect(lines).toEqual([
      'started       problem            time  points  estimates  status       setup',
      'Nov 20 09:00  progress-feed     43/45   100 %  ✓3         finished     practice',
      'Nov 19 09:00  progress-feed      2/45    10 %  –3         in progress  practice',
      '                                                                       four-step',
      'Nov 18 09:00  progress-counter  22/45    40 %  ✓1 ~1 ✗1   finished',
      '',
      'in progress: sysdrill interview --resume 20261119-090000-progress-feed',
      '',
    ])
    expect(Math.max(...lines.map((l) => [...l].length))).toBe(80)
  })

  it('through a pipe without COLUMNS, rows are not cut: every column in full, for grep', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const result = await runCli(['history', '--problems-dir', PROGRESS_PROBLEMS], { env: { ...h.env, NO_COLOR: '1' } })
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'started       problem            time  points  estimates  status       setup     session',
      'Nov 20 09:00  progress-feed     43/45   100 %  ✓3         finished     practice  20261120-090000-progress-feed',
    ])
  })

  it('with no interviews, says so and how to start one', async () => {
    const h = home()
    const result = await history(h)
    expect(result).toEqual({ code: 0, stdout: 'No interviews yet.\nStart one: sysdrill interview\n', stderr: '' })
    const json = await history(h, '--json')
    expect(JSON.parse(json.stdout)).toEqual({ total: 0, shown: 0, sessions: [] })
  })

  it('--problem keeps one problem; an unknown one gets a did-you-mean', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const counter = await history(h, '--problem', 'progress-counter')
    // one short row leaves room for the session id
    expect(counter.stdout.split('\n').slice(1, -1)).toEqual(['Nov 18 09:00  progress-counter  22/45    40 %  ✓1 ~1 ✗1   finished  20261118-090000-progress-counter'])
    const none = await history(h, '--problem', 'url-shortener')
    expect(none.stdout).toBe('No interviews on url-shortener yet.\nStart one: sysdrill interview url-shortener\n')
    const typo = await history(h, '--problem', 'progress-countr')
    expect(typo.stdout).toBe("No interviews on 'progress-countr', and the library has no problem by that name (did you mean 'progress-counter'?).\nSee the problems: sysdrill problems list\n")
  })

  it('--limit shows the newest and says how many are left out', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const result = await history(h, '--limit', '1')
    expect(result.stdout.split('\n')).toEqual([
      'started       problem         time  points  estimates  status    setup',
      'Nov 20 09:00  progress-feed  43/45   100 %  ✓3         finished  practice',
      '',
      '2 older interviews not shown; --limit 3 shows them all.',
      '',
    ])
    const bad = await history(h, '--limit', 'ten')
    expect(bad).toEqual({ code: 2, stdout: '', stderr: "error: --limit 'ten' is not a whole number of 1 or more\nhint: for example --limit 10\n" })
  })

  it('--json gives every session with its numbers', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const data = JSON.parse((await history(h, '--json')).stdout)
    expect([data.total, data.shown, data.sessions.map((s: { id: string }) => s.id)]).toEqual([3, 3, ['20261120-090000-progress-feed', '20261119-090000-progress-feed', '20261118-090000-progress-counter']])
    expect(data.sessions[2]).toEqual({
      id: '20261118-090000-progress-counter',
      problem: 'progress-counter',
      title: 'Fixture event counter',
      template: 'default',
      templateTitle: 'Standard interview (nine phases)',
      minutes: 45,
      mode: 'strict',
      status: 'finished',
      createdAt: '2026-11-18T09:00:00.000Z',
      updatedAt: '2026-11-18T09:22:20.000Z',
      finishedAt: '2026-11-18T09:22:20.000Z',
      usedSeconds: 1340,
      budgetSeconds: 2700,
      coverage: { hit: 4, total: 10, percent: 40 },
      estimates: { good: 1, fair: 1, off: 1, wrongUnits: 0, invalid: 0, missing: 0, total: 3 },
      weakestPhase: 'non-functional',
      drillNext: ['fixture-retries'],
      resume: null,
      note: null,
    })
    expect(data.sessions[1].resume).toBe('sysdrill interview --resume 20261119-090000-progress-feed')
  })

  it('a session whose problem is gone still shows its time, marked not scored', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const result = await runCli(['history'], { env: { ...h.env, NO_COLOR: '1', COLUMNS: '100' } })
    expect(result.stdout.split('\n')).toEqual([
      'started       problem            time  points  estimates  status       setup',
      'Nov 20 09:00  progress-feed     43/45       ?  –          finished     practice',
      'Nov 19 09:00  progress-feed      2/45       ?  –          in progress  practice',
      'Nov 18 09:00  progress-counter  22/45       ?  –          finished',
      '',
      'in progress: sysdrill interview --resume 20261119-090000-progress-feed',
      '',
      "? 20261120-090000-progress-feed: not scored: the problem 'progress-feed' is no longer in the library",
      "? 20261119-090000-progress-feed: not scored: the problem 'progress-feed' is no longer in the library",
      "? 20261118-090000-progress-counter: not scored: the problem 'progress-counter' is no longer in the library",
      '',
    ])
  })

  it('a corrupted session file is reported, kept aside, and the rest are listed', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const dir = join(h.env.SYSDRILL_HOME!, 'sessions')
    writeFileSync(join(dir, '20261117-090000-broken.json'), '{"schemaVersion": 1, "id": ')
    const result = await history(h)
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^warning: session 20261117-090000-broken is unreadable \(not valid JSON .*\); kept it as .*20261117-090000-broken\.json\.corrupt-\d{8}-\d{6}\n$/)
    expect(result.stdout.split('\n')).toHaveLength(7)
    expect(readdirSync(dir).filter((n) => n.includes('corrupt'))).toHaveLength(1)
  })

  it('scores each finished session once: the second run reads the digest cache', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const first = await history(h, '--json')
    const cache = JSON.parse(readFileSync(join(h.env.SYSDRILL_HOME!, 'cache', 'session-digests.json'), 'utf8'))
    expect(Object.keys(cache.entries).sort()).toEqual(['20261118-090000-progress-counter', '20261119-090000-progress-feed', '20261120-090000-progress-feed'])
    // a changed cache entry is what the next run shows, so the cache is really read
    cache.entries['20261118-090000-progress-counter'].digest.coverage = { hit: 9, total: 10 }
    writeFileSync(join(h.env.SYSDRILL_HOME!, 'cache', 'session-digests.json'), JSON.stringify(cache))
    const second = JSON.parse((await history(h, '--json')).stdout)
    expect(second.sessions[2].coverage).toEqual({ hit: 9, total: 10, percent: 90 })
    expect(JSON.parse(first.stdout).sessions[2].coverage).toEqual({ hit: 4, total: 10, percent: 40 })
  })
})
