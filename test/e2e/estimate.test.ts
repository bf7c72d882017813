/** The built binary, as a shell runs it: no TTY, pipes, exit codes, and no stack traces. */
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot, tempHome } from '../helpers/run-cli'
import { spawnCli } from '../helpers/spawn-cli'
import { prng, randomExpressions, randomSoup } from '../unit/estimate/fuzz-inputs'

const home = tempHome()
afterAll(() => home.cleanup())
const run = (args: string[], input?: string, extraEnv: Record<string, string> = {}) =>
  spawnCli(args, { env: { ...home.env, ...extraEnv }, ...(input === undefined ? {} : { input }) })

describe('sysdrill estimate (binary)', () => {
  it('one-shot: the spec example', () => {
    const r = run(['estimate', '2 billion comments/day * 2 KB/comment to MB/s'])
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '46.3 MB/s\n  exact    46.2962962963 MB/s\n', ''])
  })

  it('--json prints exactly the spec object first', () => {
    const r = run(['estimate', '--json', '1 Gbps to MB/s'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ input: '1 Gbps to MB/s', ok: true, value: 125, unit: 'MB/s', text: '125 MB/s', exact: '125 MB/s', notes: [] })
  })

  it('an expression starting with - needs -- first, and says so', () => {
    const bad = run(['estimate', '-5 s + 10 s'])
    expect([bad.code, bad.stdout, bad.stderr.split('\n')[1]]).toEqual([2, '', 'hint: put -- before an expression that starts with \'-\': sysdrill estimate -- "-5 s + 10 s"'])
    const good = run(['estimate', '--', '-5 s + 10 s'])
    expect([good.code, good.stdout, good.stderr]).toEqual([0, '5 s\n', ''])
  })

  it('a failure exits 1 with a one-line message and no stack trace', () => {
    const r = run(['estimate', '100 million users/day * 16 B/user to GB'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      'error: cannot convert B/day to GB: B/day is a rate and GB an amount; multiply by a duration (e.g. * 1 day); if /day meant daily active users, drop it: DAU is a count, not a rate\n',
    )
  })

  it('a sheet piped in, as JSON Lines', () => {
    const r = run(['estimate', '--json'], 'x = 2 billion comments/day\n# note\n\nx * 2 KB/comment to MB/s\nx + 1 s\n')
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; text?: string })
    expect(lines.map((l) => [l.line, l.ok, l.text])).toEqual([
      [1, true, '23,148 comments/s'],
      [4, true, '46.3 MB/s'],
      [5, false, undefined],
    ])
  })

  it('--file with --markdown', () => {
    const r = run(['estimate', '--markdown', '--file', join(repoRoot, 'test', 'fixtures', 'estimate', 'live-comments.txt')])
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n')[0]).toBe('| name | expression | value | note |')
    expect(r.stderr).toContain('line 8: error:')
  })

  it('NO_COLOR and a pipe give plain text', () => {
    const r = run(['estimate', '99.9% * 99.9%'], undefined, { NO_COLOR: '1', FORCE_COLOR: '' })
    expect(r.stdout).toBe('99.8001 %\n  fraction 0.998001\n')
  })

  it('never prints a stack trace for random input (400 fuzzed lines through the binary)', () => {
    const inputs = [...randomSoup(prng(11), 200), ...randomExpressions(prng(12), 200)].map((l) => l.replace(/[\r\n]/g, ' '))
    const r = run(['estimate', '--json', '-'], `${inputs.join('\n')}\n`)
    expect(r.code).toBe(1)
    expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|unexpected failure/)
    const objects = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; error?: { message: string } })
    expect(objects.length).toBe(inputs.filter((l) => l.replace(/#.*/, '').trim() !== '').length)
    for (const o of objects) if (!o.ok) expect(o.error!.message).not.toContain('\n')
  })

  it('one-shot fuzz sample: exit 1, one line, no stack', () => {
    for (const input of ['import("fs")', 'x.constructor', '1 +', '((((', '2 KB + 1 s', 'constructor', '__proto__', '1e999', '`ls`']) {
      const r = run(['estimate', input])
      expect(r.code).toBe(1)
      expect(r.stderr.trim().split('\n').length).toBe(1)
      expect(r.stderr.startsWith('error: ')).toBe(true)
    }
  })
})

describe('sysdrill numbers (binary)', () => {
  it('prints the card within 80 columns and exits 0', () => {
    const r = run(['numbers'])
    expect(r.code).toBe(0)
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80)
    expect(r.stdout).toContain('99.99 %          52 min 35.7 s     4 min 22.975 s     1 min 0.48 s        8.64 s')
  })

  it('--json parses', () => {
    const r = run(['numbers', 'powers', '--json'])
    const card = JSON.parse(r.stdout) as { powers: Array<{ exponent: number; exact: string }> }
    expect(card.powers.find((p) => p.exponent === 32)!.exact).toBe('4,294,967,296')
  })
})
