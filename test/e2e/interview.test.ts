/**
 * The built binary, as a script would run it: no terminal, a temp SYSDRILL_HOME.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempHome } from '../helpers/run-cli'
import { spawnCli } from '../helpers/spawn-cli'

const PROBLEMS = 'test/fixtures/interview/problems'
const ANSWERS = 'test/fixtures/interview/answers-live-comments.yaml'
const homes: Array<() => void> = []
afterEach(() => homes.splice(0).forEach((cleanup) => cleanup()))

function home() {
  const h = tempHome()
  homes.push(h.cleanup)
  return h
}

describe('sysdrill interview (built binary)', () => {
  it("runs the spec's own answers-file example on the built-in live-comment problem", () => {
    const h = home()
    const answers = join(h.env.SYSDRILL_HOME!, 'spec-answers.yaml')
    mkdirSync(h.env.SYSDRILL_HOME!, { recursive: true })
    writeFileSync(
      answers,
      [
        'phases:',
        '  requirements: |',
        "    Viewers post comments on a live video and see everyone's within a second ...",
        '  estimation: |',
        '    2 billion comments a day, about 23 thousand a second ...',
        'estimates:',
        '  writeQps: 23 thousand comments/s',
        'minutes:',
        '  requirements: 4',
        '',
      ].join('\n'),
    )
    const result = spawnCli(['interview', 'live-comment-system', '--answers', answers, '--json'], { env: h.env })
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.phases[0]).toMatchObject({ id: 'requirements', budgetSeconds: 300, usedSeconds: 240 })
    expect(report.estimates.find((e: { key: string }) => e.key === 'writeQps')).toMatchObject({ answer: '23 thousand comments/s', grade: 'good', unit: 'comments/s' })
  })

  it('--answers with --json prints the report in the documented shape', () => {
    const h = home()
    const result = spawnCli(['interview', 'fixture-live-comments', '--problems-dir', PROBLEMS, '--answers', ANSWERS, '--json'], { env: h.env })
    expect(result.stderr.split('\n').filter((l) => l.startsWith('phase '))).toHaveLength(18)
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    const sessionFiles = readdirSync(join(h.env.SYSDRILL_HOME!, 'sessions'))
    expect(sessionFiles).toEqual([`${report.session}.json`])
    expect(report).toMatchObject({ problem: 'fixture-live-comments', status: 'finished', mode: 'strict', template: 'default', minutes: 45, usedSeconds: 1680, hintsUsed: 0 })
    expect(report.phases.map((p: Record<string, unknown>) => Object.keys(p))).toEqual(
      Array(9).fill(['id', 'title', 'budgetSeconds', 'usedSeconds', 'overSeconds', 'status', 'endReason', 'coverage', 'points', 'hintsUsed', 'followUps']),
    )
    expect(report.phases.map((p: { id: string; budgetSeconds: number; usedSeconds: number; coverage: unknown }) => [p.id, p.budgetSeconds, p.usedSeconds, p.coverage])).toEqual([
      ['requirements', 300, 240, { hit: 2, total: 2 }],
      ['non-functional', 180, 180, { hit: 2, total: 2 }],
      ['estimation', 240, 240, { hit: 1, total: 1 }],
      ['api', 180, 0, { hit: 1, total: 1 }],
      ['data-model', 180, 0, { hit: 0, total: 1 }],
      ['high-level-design', 480, 420, { hit: 2, total: 2 }],
      ['deep-dive', 660, 600, { hit: 2, total: 2 }],
      ['operations', 180, 0, { hit: 0, total: 1 }],
      ['wrap-up', 300, 0, { hit: 1, total: 1 }],
    ])
    expect(report.phases[1].endReason).toBe('time-up')
    expect(report.phases[4].points[0]).toEqual({
      id: 'store', point: 'Chooses a wide-column store', weight: 2, hit: false, status: 'negated', keyword: 'cassandra', excerpt: "We don't need Cassandra; MySQL, sharded by video…", saidIn: null,
    })
    expect(report.phases[6].followUps.map((f: { id: string }) => f.id)).toEqual(['ten-x', 'order-q'])
    expect(report.estimates).toEqual([
      {
        key: 'writeRate', label: 'Comments written per second', unit: 'comments/s', answer: '23 thousand comments/s', value: 23000,
        reference: expect.closeTo(23148.148, 2), referenceText: '23,148 comments/s', ratio: expect.closeTo(0.9936, 4), grade: 'good', error: null,
        derivation: ['commentsPerDay = 2 billion comments/day', 'writeRate = commentsPerDay to comments/s = 23,148 comments/s'],
      },
      {
        key: 'ingress', label: 'Write bandwidth', unit: 'MB/s', answer: '400 MB/s', value: 400,
        reference: expect.closeTo(46.296, 3), referenceText: '46.3 MB/s', ratio: expect.closeTo(8.64, 2), grade: 'fair', error: null,
        derivation: ['commentsPerDay = 2 billion comments/day', 'commentSize = 2 KB/comment', 'writeRate = commentsPerDay to comments/s = 23,148 comments/s', 'ingress = writeRate * commentSize = 46.3 MB/s'],
      },
    ])
    expect(report.coverage).toEqual({ hit: 11, total: 13 })
    expect(report.weakestPhase).toBe('data-model')
    expect(report.drillNext).toEqual(['cassandra-data-modeling', 'partitioning-strategies'])
    expect(report.estimationDrill).toBe(true)
  })

  it('--answers without --json prints the text report with the bar chart, plain when piped', () => {
    const h = home()
    const result = spawnCli(['interview', 'fixture-live-comments', '--problems-dir', PROBLEMS, '--answers', ANSWERS], { env: h.env })
    expect(result.code).toBe(0)
    expect(result.stdout).not.toMatch(/\u001b\[/)
    const lines = result.stdout.split('\n')
    expect(lines).toContain('  Requirements and scope        █████████████░░░  4:00 /  5:00')
    expect(lines).toContain('  Non-functional requirements   ████████████████  3:00 /  3:00 time up')
    expect(lines).toContain('  Operations, monitoring and …  ░░░░░░░░░░░░░░░░  0:00 /  3:00')
    expect(lines).toContain('  Total                                          28:00 / 45:00')
    expect(lines).toContain('Key points: 11 of 13 covered (85 %)')
    expect(lines).toContain('    ✗ Chooses a wide-column store (only in a denial: "We don\'t need Cassandra;')
    expect(lines).toContain('Weakest phase: Data model and storage (0 of 1 key points)')
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(79)
  })

  it('--no-input without --answers fails at once with exit 2, naming --answers', () => {
    const h = home()
    const result = spawnCli(['--no-input', 'interview', 'fixture-live-comments', '--problems-dir', PROBLEMS], { env: h.env })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'error: --no-input: a live interview needs a terminal to type in; pass --answers FILE.yaml to run from a file\n' +
        'hint: sysdrill interview <problem-id> --answers answers.yaml --no-input (see sysdrill interview --help)\n',
    )
  })

  it('reports a corrupted session, keeps it aside and exits 1', () => {
    const h = home()
    const dir = join(h.env.SYSDRILL_HOME!, 'sessions')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, '20261121-090000-broken.json'), '\u0000\u0001garbage')
    const result = spawnCli(['interview', '--resume', '20261121-090000-broken'], { env: h.env })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: session 20261121-090000-broken is unreadable \(not valid JSON \([^)]*\)\); kept it as .*20261121-090000-broken\.json\.corrupt-\d{8}-\d{6}\n/)
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^20261121-090000-broken\.json\.corrupt-\d{8}-\d{6}$/)])
  })

  it('--resume of a finished session prints its report without a terminal', () => {
    const h = home()
    const first = spawnCli(['interview', 'fixture-live-comments', '--problems-dir', PROBLEMS, '--answers', ANSWERS, '--json'], { env: h.env })
    const id = JSON.parse(first.stdout).session
    const again = spawnCli(['interview', '--resume', id, '--problems-dir', PROBLEMS, '--json'], { env: h.env })
    expect(again.code).toBe(0)
    expect(again.stderr).toBe(`note: session ${id} is already finished; here is its report\n`)
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout))
  })
})
