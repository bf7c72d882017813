import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { serialiseDrillState, emptyDrillState } from '../../src/core/progress/drill-state'
import { scheduleCard } from '../../src/core/progress/scheduler'
import { createFakeClock } from '../helpers/fake-clock'
import { runCli, tempHomes } from '../helpers/run-cli'
import { PROGRESS_PROBLEMS, writeSessions } from '../fixtures/progress/sessions'

beforeAll(() => {
  process.env.TZ = 'UTC'
})

const home = tempHomes()

const stats = (h: ReturnType<typeof home>, ...args: string[]) => runCli(['stats', '--problems-dir', PROGRESS_PROBLEMS, ...args], { env: { ...h.env, NO_COLOR: '1' } })

describe('sysdrill stats', () => {
  it('charts time and key points per phase over the finished interviews', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const result = await stats(h)
    expect(result.stderr).toBe('')
    expect(result.stdout.split('\n')).toEqual([
      'Progress over 2 finished interviews, 2026-11-18 to 2026-11-20 · 1 h 5 min of practice',
      '(1 unfinished not counted; sysdrill history shows how to resume)',
      '',
      'Time per phase  average used / budget · █ used ░ left ▓ over',
      '  requirements       ████████████████▓▓        5:30 /  5:00  over in 1 of 2',
      '  non-functional     ████████░░░░░░░░          1:30 /  3:00',
      '  estimation         ███████████████░          3:40 /  4:00',
      '  api                █████░░░░░░░░░░░          1:00 /  3:00',
      '  data-model         ███████░░░░░░░░░          1:15 /  3:00',
      '  high-level-design  ███████████████░          7:20 /  8:00',
      '  deep-dive          █████████████░░░          9:10 / 11:00',
      '  operations         █████░░░░░░░░░░░          1:00 /  3:00',
      '  wrap-up            ██████░░░░░░░░░░          2:00 /  5:00',
      '',
      'Key points per phase  covered / rubric points',
      '  requirements       ████████████████████████ 100 %  2 of 2',
      '  non-functional     ████████████░░░░░░░░░░░░  50 %  1 of 2',
      '  estimation         ████████████████████████ 100 %  2 of 2',
      '  api                ████████████░░░░░░░░░░░░  50 %  1 of 2',
      '  data-model         ████████████░░░░░░░░░░░░  50 %  1 of 2',
      '  high-level-design  ████████████████████████ 100 %  2 of 2',
      '  deep-dive          ██████████████████░░░░░░  75 %  3 of 4',
      '  operations         ████████████░░░░░░░░░░░░  50 %  1 of 2',
      '  wrap-up            ████████████░░░░░░░░░░░░  50 %  1 of 2',
      '',
      'Weakest phases: api (50 %), data-model (50 %), non-functional (50 %)',
      'Weakest topics  share of the key points covered',
      '   40 %  tags counters, fixture-a (1 interview)',
      '',
      'Estimates: 67 % within 2×  █ good (2×) ▒ fair (10×) ░ off',
      '  interviews  █████████████▒▒▒▒░░░  good 4 · fair 1 · off 1',
      '',
      'Trend: shown once there are 2 more finished interviews.',
      '',
      'Drill next',
      '  sysdrill drill fixture-retries  suggested by 1 interview report',
      '',
    ])
  })

  it('--json gives the numbers', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const data = JSON.parse((await stats(h, '--json')).stdout)
    expect(Object.keys(data)).toEqual(['sessions', 'unfinished', 'since', 'from', 'to', 'usedSeconds', 'budgetSeconds', 'phases', 'weakestPhases', 'topics', 'estimates', 'quizzes', 'cards', 'trend', 'drillNext'])
    expect([data.sessions, data.unfinished, data.usedSeconds, data.budgetSeconds]).toEqual([2, 1, 3890, 5400])
    expect(data.phases[0]).toEqual({ id: 'requirements', title: 'Requirements and scope', sessions: 2, avgUsedSeconds: 330, avgBudgetSeconds: 300, usedShare: 1.1, overCount: 1, coverage: { hit: 2, total: 2 }, coverageShare: 1 })
    expect(data.estimates).toEqual({ good: 4, fair: 1, off: 1, wrongUnits: 0, invalid: 0, missing: 0, total: 6, answered: 6, shares: { good: 4 / 6, fair: 1 / 6, off: 1 / 6 } })
    expect(data.topics.tags).toEqual([{ tags: ['counters', 'fixture-a'], sessions: 1, hit: 4, total: 10, share: 0.4 }])
  })

  it('--since keeps what happened since a date or a span back from now', async () => {
    const h = home()
    writeSessions(h.env.SYSDRILL_HOME!)
    const data = JSON.parse((await stats(h, '--since', '2026-11-19', '--json')).stdout)
    expect([data.sessions, data.unfinished, data.since]).toEqual([1, 1, '2026-11-19T00:00:00.000Z'])
    // the fake clock is 2026-11-21 09:00; two days back is 2026-11-19 09:00
    const span = JSON.parse((await stats(h, '--since', '2d', '--json')).stdout)
    expect([span.sessions, span.since]).toEqual([1, '2026-11-19T09:00:00.000Z'])
    const text = await stats(h, '--since', '2026-11-19')
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      'Progress over 1 finished interview since 2026-11-19 (on 2026-11-20) · 43 min of practice',
      '(1 unfinished not counted; sysdrill history shows how to resume)',
    ])
    const bad = await stats(h, '--since', 'last tuesday')
    expect(bad).toEqual({ code: 2, stdout: '', stderr: "error: --since 'last tuesday' is not a date or a span\nhint: use a date like 2026-11-01, or a span back from now: 7d, 2w, 3m (months), 1y\n" })
    const impossible = await stats(h, '--since', '2026-02-30')
    expect(impossible.code).toBe(2)
  })

  it('with nothing done yet, says how to start', async () => {
    const h = home()
    const result = await stats(h)
    expect(result).toEqual({ code: 0, stderr: '', stdout: 'No finished interviews.\nStart with sysdrill interview (a timed mock) or sysdrill drill (quizzes and concept cards).\n' })
  })

  it('drills alone are enough for stats: quizzes, cards, weak packs and due cards', async () => {
    const h = home()
    const clock = createFakeClock()
    const now = clock.now()
    const state = emptyDrillState()
    state.cards['fixture-quorum'] = { ...scheduleCard(undefined, 'again', now - 3600_000), pack: 'fixture-pack', lastCoverage: 0.2 }
    state.quizzes.push({ id: 'progress-counter:eventRate', at: now - 60_000, grade: 'off', ratio: 12 })
    mkdirSync(h.env.SYSDRILL_HOME!, { recursive: true })
    writeFileSync(join(h.env.SYSDRILL_HOME!, 'drill-state.json'), JSON.stringify(serialiseDrillState(state)))
    const result = await runCli(['stats', '--problems-dir', PROGRESS_PROBLEMS], { env: { ...h.env, NO_COLOR: '1' }, clock })
    expect(result.stdout.split('\n')).toEqual([
      'No finished interviews.',
      '',
      'Weakest topics  share of the key points covered',
      '   20 %  pack fixture-pack: Fixture pack (1 card, 1 forgotten)',
      '',
      'Estimates: 0 % within 2×  █ good (2×) ▒ fair (10×) ░ off',
      '  quizzes     ░░░░░░░░░░░░░░░░░░░░  good 0 · fair 0 · off 1',
      '',
      'Concept cards: 1 reviewed, 1 forgotten at the last review, 1 due now',
      '',
      'Drill next',
      '  sysdrill drill --concepts           1 concept card is due for review',
      '  sysdrill drill --pack fixture-pack  your answers in this pack covered 20 % of the key points',
      '  sysdrill interview                  a finished interview gives the stats something to measure',
      '',
    ])
    expect(readdirSync(h.env.SYSDRILL_HOME!)).toContain('drill-state.json')
  })
})

describe('sysdrill stats trend', () => {
  it('from four finished interviews compares the earlier half with the recent half', async () => {
    const h = home()
    const { fixtureSession } = await import('../fixtures/progress/sessions')
    const answers = [
      { requirements: [200, 'Just counting things.'] as [number, string] },
      { requirements: [400, 'Producers send events.'] as [number, string] },
      { requirements: [250, 'Producers send events.'] as [number, string], 'deep-dive': [500, 'Shard the hot counter.'] as [number, string] },
      { requirements: [250, 'Producers send events.'] as [number, string], 'deep-dive': [500, 'Shard and deduplicate.'] as [number, string], operations: [100, 'Alert on lag.'] as [number, string] },
    ]
    writeSessions(
      h.env.SYSDRILL_HOME!,
      answers.map((phases, i) => fixtureSession({ id: `2026111${i}-090000-progress-counter`, problem: 'progress-counter', created: `2026-11-1${i}T09:00:00.000Z`, status: 'finished', phases })),
    )
    const lines = (await stats(h)).stdout.split('\n')
    const trend = lines.indexOf('Trend  first 2 against last 2 interviews')
    expect(lines.slice(trend, trend + 4)).toEqual([
      'Trend  first 2 against last 2 interviews',
      '  key points covered      5 % →  30 %   ▲ +25 better',
      '  phases over budget      6 % →   0 %   ▼ −6 better',
      '  each interview        ▁▂▂▄  key points, oldest to newest',
    ])
  })
})
