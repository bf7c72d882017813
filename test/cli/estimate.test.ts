/** `sysdrill estimate` in-process: one-shot, JSON, sheets, Markdown, bad input and colour. */
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { repoRoot, runCli, tempHome } from '../helpers/run-cli'

const SHEET = join(repoRoot, 'test', 'fixtures', 'estimate', 'live-comments.txt')
const homes: Array<() => void> = []
const env = () => {
  const home = tempHome()
  homes.push(home.cleanup)
  return home.env
}
afterEach(() => {
  for (const cleanup of homes.splice(0)) cleanup()
})

describe('one expression', () => {
  it('prints the headline and the exact value on stdout', async () => {
    const result = await runCli(['estimate', '2 billion comments/day * 2 KB/comment to MB/s'], { env: env() })
    expect(result).toEqual({ code: 0, stdout: '46.3 MB/s\n  exact    46.2962962963 MB/s\n', stderr: '' })
  })

  it('joins the words of an unquoted expression', async () => {
    const result = await runCli(['estimate', '1', 'KB', '/', '1', 'Gbps', 'to', 'us'], { env: env() })
    expect(result.stdout).toBe('8 µs\n')
  })

  it('shows the split of a duration, the other reading of a fraction and the napkin value', async () => {
    const duration = await runCli(['estimate', '(1 - 99.9%) * 365.2425 day to s', '--napkin'], { env: env() })
    expect(duration.stdout).toBe(
      '31,557 s\n  exact    31,556.952 s\n  split    8 h 45 min 57 s\n  napkin   ≈ 40,000 s = 4 × 10^4 s (1 day ≈ 10^5 s, 1 significant digit)\n',
    )
    const fraction = await runCli(['estimate', '99.9% * 99.9%'], { env: env() })
    expect(fraction.stdout).toBe('99.8001 %\n  fraction 0.998001\n')
    // every detail label is padded to one column, fraction (the longest) included
    expect((await runCli(['estimate', '99.9%^3'], { env: env() })).stdout).toBe('99.7 %\n  exact    99.7002999 %\n  fraction 0.997002999\n')
    const rate = await runCli(['estimate', '--napkin', '2 billion comments/day * 2 KB/comment to MB/s'], { env: env() })
    expect(rate.stdout).toBe('46.3 MB/s\n  exact    46.2962962963 MB/s\n  napkin   ≈ 40 MB/s = 4 × 10^7 B/s (1 day ≈ 10^5 s, 1 significant digit)\n')
  })

  it('hangs a bare per-unit off the number (69,444/s), text and JSON alike', async () => {
    const result = await runCli(['estimate', '20 million/day * 100 * 3'], { env: env() })
    expect(result).toEqual({ code: 0, stdout: '69,444/s\n  exact    69,444.4444444/s\n', stderr: '' })
    const json = await runCli(['estimate', '--json', '20 million/day * 100 * 3'], { env: env() })
    expect(JSON.parse(json.stdout)).toEqual({
      input: '20 million/day * 100 * 3',
      ok: true,
      value: 69444.44444444,
      unit: '/s',
      text: '69,444/s',
      exact: '69,444.4444444/s',
      notes: [],
    })
  })

  it('prints notes on stderr', async () => {
    const result = await runCli(['estimate', '5 mins to s'], { env: env() })
    expect(result).toEqual({ code: 0, stdout: '300 s\n', stderr: "note: read 'mins' as min\n" })
  })

  it('reports a bad expression on stderr with exit 1 and no stack', async () => {
    const result = await runCli(['estimate', '2 billion comments/day to MB/s'], { env: env() })
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: cannot convert comments/day to MB/s: multiply by a size per comment (e.g. 2 KB/comment)\n',
    })
  })

  it('prints the JSON object of the spec', async () => {
    const result = await runCli(['estimate', '--json', '2 billion comments/day * 2 KB/comment to MB/s'], { env: env() })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      '{"input":"2 billion comments/day * 2 KB/comment to MB/s","ok":true,"value":46.2962962963,"unit":"MB/s","text":"46.3 MB/s","exact":"46.2962962963 MB/s","notes":[]}\n',
    )
  })

  it('prints a JSON failure with exit 1', async () => {
    const result = await runCli(['estimate', '--json', '1 KB + 1 s'], { env: env() })
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual({
      input: '1 KB + 1 s',
      ok: false,
      error: { kind: 'dimension', message: 'cannot add kB (data) and s (time): to add them, first multiply s by a data rate (e.g. * 125 MB/s)', column: 5 },
    })
    expect(result.stderr).toBe('')
  })

  it('includes napkin, split and notes in JSON when there are some', async () => {
    const result = await runCli(['estimate', '--json', '--napkin', '10 mins * 60 to h'], { env: env() })
    expect(JSON.parse(result.stdout)).toEqual({
      input: '10 mins * 60 to h',
      ok: true,
      value: 10,
      unit: 'h',
      text: '10 h',
      exact: '10 h',
      napkin: { text: '10 h', value: 10, unit: 'h', rule: '2 significant digits', powers: '3.6 × 10^4 s' },
      notes: ["read 'mins' as min"],
    })
  })

  it('renders a one-line Markdown table', async () => {
    const result = await runCli(['estimate', '--markdown', 'x = 1 Gbps to MB/s'], { env: env() })
    expect(result.stdout).toBe('| name | expression | value |\n|---|---|---:|\n| `x` | `1 Gbps to MB/s` | 125 MB/s |\n')
  })
})

describe('sheets', () => {
  const humanSheet = [
    '# live comments: traffic',
    'dau = 100 million users                         = 100 million users',
    'videosPerDay = 200 million videos/day           = 2,315 videos/s',
    'perVideo = 10 comments/video                    = 10 comments/video  # seed average',
    'writes = videosPerDay * perVideo to comments/s  = 23,148 comments/s',
    '',
    'ingress = writes * 2 KB/comment to MB/s         = 46.3 MB/s',
    'memory = dau * 16 B/user to GB                  = 1.6 GB',
    '',
  ].join('\n')
  const failedLine =
    'line 8: error: cannot add comments/s (a rate of comments) and kB (data): they measure different things; use units of one kind on both sides (both like comments/s, or both like kB)\n1 of 7 lines failed: line 8\n'

  it('reads piped stdin when no expression is given', async () => {
    const { readFileSync } = await import('node:fs')
    const result = await runCli(['estimate'], { env: env(), stdin: readFileSync(SHEET, 'utf8') })
    expect(result).toEqual({ code: 1, stdout: humanSheet, stderr: failedLine })
  })

  it('reads --file and - the same way', async () => {
    const { readFileSync } = await import('node:fs')
    const fromFile = await runCli(['estimate', '--file', SHEET], { env: env() })
    const fromDash = await runCli(['estimate', '-'], { env: env(), stdin: readFileSync(SHEET, 'utf8') })
    expect(fromFile).toEqual(fromDash)
    expect(fromFile.stdout).toBe(humanSheet)
  })

  it('exits 0 when every line works', async () => {
    const result = await runCli(['estimate', '-'], { env: env(), stdin: 'a1 = 2 GB\na1 * 2\n' })
    expect(result).toEqual({ code: 0, stdout: 'a1 = 2 GB  = 2 GB\na1 * 2     = 4 GB\n', stderr: '' })
  })

  it('prints JSON Lines: one object per computing line, none for blank and comment lines', async () => {
    const result = await runCli(['estimate', '--json', '--file', SHEET], { env: env() })
    expect(result.code).toBe(1)
    const objects = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(objects.map((o) => [o.line, o.name, o.ok, o.text])).toEqual([
      [2, 'dau', true, '100 million users'],
      [3, 'videosPerDay', true, '2,315 videos/s'],
      [4, 'perVideo', true, '10 comments/video'],
      [5, 'writes', true, '23,148 comments/s'],
      [7, 'ingress', true, '46.3 MB/s'],
      [8, 'bad', false, undefined],
      [9, 'memory', true, '1.6 GB'],
    ])
    expect(Object.keys(objects[0]!).slice(0, 5)).toEqual(['input', 'ok', 'value', 'unit', 'text'])
    expect(objects[5]).toEqual({
      input: 'bad = writes + 1 KB',
      ok: false,
      error: { kind: 'dimension', message: 'cannot add comments/s (a rate of comments) and kB (data): they measure different things; use units of one kind on both sides (both like comments/s, or both like kB)', column: 13 },
      line: 8,
      name: 'bad',
    })
    expect(result.stderr).toBe('')
  })

  it('names every failed line in the summary', async () => {
    const result = await runCli(['estimate', '-'], { env: env(), stdin: 'x = 1 s + 1 KB\ny = 2 +\nz = 3\n' })
    expect(result.code).toBe(1)
    // values line up with the widest line, failed ones included (x = 1 s + 1 KB)
    expect(result.stdout).toBe(`z = 3${' '.repeat(9)}  = 3\n`)
    expect(result.stderr.split('\n').at(-2)).toBe('2 of 3 lines failed: lines 1, 2')
  })

  it('prints the Markdown table, and the failed lines on stderr', async () => {
    const result = await runCli(['estimate', '--markdown', '--file', SHEET], { env: env() })
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').slice(0, 3)).toEqual(['| name | expression | value | note |', '|---|---|---:|---|', '| `dau` | `100 million users` | 100 million users |  |'])
    expect(result.stderr).toBe(failedLine)
  })
})

describe('bad use', () => {
  it('a missing file', async () => {
    const result = await runCli(['estimate', '--file', 'nope/missing.txt'], { env: env() })
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'error: nope/missing.txt: no such file or folder\nhint: check the path and try again\n' })
  })

  it('a binary file', async () => {
    const result = await runCli(['estimate', '-'], { env: env(), stdin: 'a = 1\u0000\u0001' })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('error: standard input is not a text file (it contains NUL bytes)\nhint: a sheet is plain text: one expression or name = expr per line\n')
  })

  it('an expression starting with - says to put -- first, and that form works', async () => {
    const result = await runCli(['estimate', '-5 s + 10 s'], { env: env() })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: '-5 s + 10 s' starts with '-', so it reads as an option\nhint: put -- before an expression that starts with '-': sysdrill estimate -- \"-5 s + 10 s\"\n",
    })
    expect(await runCli(['estimate', '--', '-5 s + 10 s'], { env: env() })).toEqual({ code: 0, stdout: '5 s\n', stderr: '' })
    // a lone negative number is a number, and a mistyped option is still an unknown option
    expect((await runCli(['estimate', '-5'], { env: env() })).stdout).toBe('-5\n')
    const typo = await runCli(['estimate', '-j', '1 s'], { env: env() })
    expect([typo.code, typo.stderr]).toEqual([2, "error: unknown option '-j'\n(run 'sysdrill estimate --help' for usage)\n"])
  })

  it('--json with --markdown, or an expression with --file', async () => {
    expect(await runCli(['estimate', '--json', '--markdown', '1'], { env: env() })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: --json and --markdown cannot be used together\nhint: pick one output format\n',
    })
    const both = await runCli(['estimate', '--file', SHEET, '1 + 1'], { env: env() })
    expect([both.code, both.stderr]).toEqual([2, 'error: give either an expression or --file, not both\nhint: put the expression in the file, or drop --file\n'])
  })

  it("'-' on a terminal explains instead of waiting", async () => {
    const result = await runCli(['estimate', '-'], { env: env(), stdinIsTTY: true })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        "'sysdrill estimate -' reads a sheet from standard input (a terminal here).",
        '  pipe a sheet in:    sysdrill estimate - < capacity.txt',
        '  or name the file:   sysdrill estimate --file capacity.txt',
        "  or drop the '-':    sysdrill estimate    (the calculator prompt)",
        '',
      ].join('\n'),
    )
    // it must read at 80 columns
    expect(result.stderr.split('\n').filter((line) => line.length > 80)).toEqual([])
  })

  it('--help reads at 80 columns and its sheet example runs as printed', async () => {
    const help = (await runCli(['estimate', '--help'], { env: env() })).stdout
    expect(help.split('\n').filter((line) => line.length > 80)).toEqual([])
    const example = help.split('\n').find((line) => line.includes('$ printf'))!
    expect(example).toBe("  $ printf 'dau = 100 million users\\ndau * 16 B/user\\n' | sysdrill estimate -")
    const run = await runCli(['estimate', '-'], { env: env(), stdin: 'dau = 100 million users\ndau * 16 B/user\n' })
    expect([run.code, run.stdout]).toEqual([0, 'dau = 100 million users  = 100 million users\ndau * 16 B/user          = 1.6 GB\n'])
  })

  it('--json on a terminal with nothing to read', async () => {
    const result = await runCli(['estimate', '--json'], { env: env(), stdinIsTTY: true })
    expect([result.code, result.stderr]).toEqual([2, 'error: --json needs an expression or a sheet\nhint: pass an expression, --file FILE, or pipe a sheet into sysdrill estimate -\n'])
  })

  it('no expression on a terminal with --no-input', async () => {
    const result = await runCli(['--no-input', 'estimate'], { env: env(), stdinIsTTY: true })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: no expression given, and --no-input forbids the calculator prompt\nhint: pass an expression, --file FILE, or pipe a sheet into sysdrill estimate -\n',
    })
  })
})

describe('colour', () => {
  it('is off with NO_COLOR, even on a terminal', async () => {
    const result = await runCli(['estimate', '46 MB/s * 1 day'], { env: { ...env(), NO_COLOR: '1' }, stdoutIsTTY: true, stderrIsTTY: true })
    expect(result.stdout).toBe('3.9744 TB\n')
  })

  it('is on for a terminal (and only styles, never changes, the text)', async () => {
    const result = await runCli(['estimate', '46 MB/s * 1 day'], { env: { ...env(), FORCE_COLOR: '1' }, stdoutIsTTY: true })
    expect(result.stdout).toContain('\u001b[')
    expect(result.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe('3.9744 TB\n')
  })
})
