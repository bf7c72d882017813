/** history, stats and drill through the built binary, with no terminal, as a script would run them. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/run-cli'
import { spawnCli } from '../helpers/spawn-cli'
import { PROGRESS_PROBLEMS, writeSessions } from '../fixtures/progress/sessions'

let root: string
let env: Record<string, string>
const problems = join(repoRoot, PROGRESS_PROBLEMS)

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sysdrill-progress-e2e-'))
  env = { HOME: root, SYSDRILL_HOME: join(root, 'data'), XDG_CONFIG_HOME: join(root, 'config'), XDG_DATA_HOME: join(root, 'xdg'), TZ: 'UTC' }
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const run = (args: string[], input?: string) => spawnCli([...args, '--problems-dir', problems], { env, ...(input === undefined ? {} : { input }) })

describe('progress commands (built binary)', () => {
  it('history --json and stats --json over saved sessions', () => {
    writeSessions(env.SYSDRILL_HOME!)
    const history = run(['history', '--json'])
    expect([history.code, history.stderr]).toEqual([0, ''])
    const data = JSON.parse(history.stdout)
    expect(Object.keys(data)).toEqual(['total', 'shown', 'sessions'])
    expect(Object.keys(data.sessions[0])).toEqual([
      'id', 'problem', 'title', 'template', 'templateTitle', 'minutes', 'mode', 'status', 'createdAt', 'updatedAt', 'finishedAt',
      'usedSeconds', 'budgetSeconds', 'coverage', 'estimates', 'weakestPhase', 'drillNext', 'resume', 'note',
    ])
    expect(data.sessions.map((s: { id: string; coverage: { percent: number } }) => [s.id, s.coverage.percent])).toEqual([
      ['20261120-090000-progress-feed', 100],
      ['20261119-090000-progress-feed', 10],
      ['20261118-090000-progress-counter', 40],
    ])
    const stats = run(['stats', '--json'])
    expect([stats.code, stats.stderr]).toEqual([0, ''])
    const numbers = JSON.parse(stats.stdout)
    expect([numbers.sessions, numbers.unfinished, numbers.phases.length, numbers.estimates.good, numbers.estimates.total]).toEqual([2, 1, 9, 4, 6])
  })

  it('a scripted interview shows up in history and stats', () => {
    const answers = join(root, 'answers.yaml')
    writeFileSync(answers, 'phases:\n  requirements: Producers send events.\n  estimation: About 10 thousand per second.\nestimates:\n  eventRate: 10 thousand events/s\nminutes:\n  requirements: 4\n  estimation: 5\n')
    const interview = run(['interview', 'progress-counter', '--answers', answers, '--json'])
    expect(interview.code).toBe(0)
    const session = JSON.parse(interview.stdout).session
    const history = JSON.parse(run(['history', '--json']).stdout)
    expect(history.sessions.map((s: { id: string; status: string; coverage: object; usedSeconds: number }) => [s.id, s.status, s.coverage, s.usedSeconds])).toEqual([
      // strict mode stops the estimation phase at its 4-minute budget
      [session, 'finished', { hit: 2, total: 10, percent: 20 }, 480],
    ])
    expect(history.sessions[0].estimates).toEqual({ good: 1, fair: 0, off: 0, wrongUnits: 0, invalid: 0, missing: 2, total: 3 })
    const text = run(['history'])
    // through a pipe the rows are not cut, so the session id is there for grep
    expect(text.stdout).toMatch(new RegExp(`^started {7}problem {11}time {2}points {2}estimates {2}status {4}session\n.{12} {2}progress-counter {2}8/45 {4}20 % {2}✓1 –2 {6}finished {2}${session}\n$`))
    const stats = run(['stats'])
    expect(stats.stdout.split('\n')[0]).toMatch(/^Progress over 1 finished interview, \d{4}-\d{2}-\d{2} · 8 min of practice$/)
  })

  it('drill --answers - reads stdin, prints JSON and keeps the schedule', () => {
    const input = '- quiz: progress-counter:ingress\n  answer: eventsPerDay * eventSize to MB/s\n- card: fixture-retries\n  answer: Exponential backoff with jitter.\n  grade: good\n'
    const result = run(['drill', '--answers', '-', '--json'], input)
    expect([result.code, result.stderr]).toEqual([0, ''])
    const data = JSON.parse(result.stdout)
    expect(Object.keys(data)).toEqual(['items', 'summary', 'stopped', 'dueNow', 'stateFile'])
    expect(data.items.map((i: { id: string; grade: string }) => [i.id, i.grade])).toEqual([
      ['progress-counter:ingress', 'good'],
      ['fixture-retries', 'good'],
    ])
    expect(data.items[0].referenceText).toBe('1 MB/s')
    expect(data.items[1].coverage).toEqual({ hit: 2, total: 3, weighted: 0.7143 })
    const state = JSON.parse(readFileSync(join(env.SYSDRILL_HOME!, 'drill-state.json'), 'utf8'))
    expect(state.cards['fixture-retries']).toMatchObject({ reps: 1, intervalDays: 1, lastGrade: 'good', pack: 'fixture-pack' })
    expect(state.quizzes.map((q: { id: string }) => q.id)).toEqual(['progress-counter:ingress'])
  })

  it('drill without a terminal or answers exits 2 and names --answers', () => {
    const result = run(['drill'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('pass --answers FILE.yaml')
  })
})
