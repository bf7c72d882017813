import { describe, expect, it } from 'vitest'
import { renderSheetMarkdown } from '../../../src/core/estimate/index'
import { engine } from './helpers'

const SHEET = `# live comments
dau = 100 million users
videosPerDay = 200 million videos/day
perVideo = 10 comments/video   # seed average
writes = videosPerDay * perVideo to comments/s

ingress = writes * 2 KB/comment to MB/s
bad = writes + 1 KB
later = bad * 2
ans * 2
memory = dau * 16 B/user to GB`

describe('sheets', () => {
  const lines = engine.evaluateSheet(SHEET)

  it('classifies every line and keeps the source', () => {
    expect(lines.map((l) => l.kind)).toEqual([
      'comment',
      'assignment',
      'assignment',
      'assignment',
      'assignment',
      'blank',
      'assignment',
      'assignment',
      'assignment',
      'expression',
      'assignment',
    ])
    expect(lines[0]).toEqual({ line: 1, source: '# live comments', kind: 'comment', comment: 'live comments' })
    expect(lines[5]).toEqual({ line: 6, source: '', kind: 'blank' })
    expect(lines[3]!.expression).toBe('10 comments/video')
    expect(lines[3]!.comment).toBe('seed average')
  })

  it('later lines use earlier names; errors do not stop the sheet', () => {
    const texts = lines.map((l) => (l.outcome ? (l.outcome.ok ? l.outcome.text : `error: ${l.outcome.error.message}`) : ''))
    expect(texts).toEqual([
      '',
      '100 million users',
      '2,315 videos/s',
      '10 comments/video',
      '23,148 comments/s',
      '',
      '46.3 MB/s',
      'error: cannot add comments/s (a rate of comments) and kB (data): they measure different things; use units of one kind on both sides (both like comments/s, or both like kB)',
      "error: 'bad' has no value because its line (8) failed",
      '92.6 MB/s',
      '1.6 GB',
    ])
  })

  it('renders the show-your-work table', () => {
    expect(renderSheetMarkdown(lines)).toBe(
      [
        '| name | expression | value | note |',
        '|---|---|---:|---|',
        '| `dau` | `100 million users` | 100 million users |  |',
        '| `videosPerDay` | `200 million videos/day` | 2,315 videos/s |  |',
        '| `perVideo` | `10 comments/video` | 10 comments/video | seed average |',
        '| `writes` | `videosPerDay * perVideo to comments/s` | 23,148 comments/s |  |',
        '| `ingress` | `writes * 2 KB/comment to MB/s` | 46.3 MB/s |  |',
        '| `bad` | `writes + 1 KB` | error: cannot add comments/s (a rate of comments) and kB (data): they measure different things; use units of one kind on both sides (both like comments/s, or both like kB) |  |',
        "| `later` | `bad * 2` | error: 'bad' has no value because its line (8) failed |  |",
        '|  | `ans * 2` | 92.6 MB/s |  |',
        '| `memory` | `dau * 16 B/user to GB` | 1.6 GB |  |',
        '',
      ].join('\n'),
    )
  })

  it('escapes table cells and adds a napkin column on request', () => {
    const napkin = engine.evaluateSheet('x = 2 billion comments/day # a | b', { napkin: true })
    expect(renderSheetMarkdown(napkin, { napkin: true })).toBe(
      ['| name | expression | value | napkin | note |', '|---|---|---:|---:|---|', '| `x` | `2 billion comments/day` | 23,148 comments/s | ≈ 20,000 comments/s | a \\| b |', ''].join('\n'),
    )
  })

  it('a name whose assignment failed never falls back to a unit of that name', () => {
    // qps is a unit (requests/s), so `qps = ...` is refused; `qps * 3` must not become 3 requests/s
    const sheet = engine.evaluateSheet('dau = 100 million users\nqps = dau * 10 requests/user/day\npeak = qps * 3\npeak2 = 3 qps')
    const texts = sheet.map((l) => (l.outcome!.ok ? l.outcome!.text : `error: ${l.outcome!.error.message}`))
    expect(texts).toEqual([
      '100 million users',
      "error: 'qps' is the name of a unit, so it cannot be a variable: pick another name (e.g. qps_total)",
      "error: 'qps' has no value because its line (2) failed",
      '3 requests/s',
    ])
  })

  it('the same holds in a shared scope (the REPL), until the name is assigned', () => {
    const scope = engine.newScope()
    engine.evaluate('rps = 5 requests/s', { scope })
    engine.evaluate('x = 1 KB + 1 s', { scope })
    const rps = engine.evaluate('rps * 2', { scope })
    expect(rps.ok ? rps.text : rps.error.message).toBe("'rps' has no value because its assignment failed")
    const x = engine.evaluate('x * 2', { scope })
    expect(x.ok ? x.text : x.error.message).toBe("'x' has no value because its assignment failed")
    engine.evaluate('x = 2 KB', { scope })
    const again = engine.evaluate('x * 2', { scope })
    expect(again.ok ? again.text : again.error.message).toBe('4 kB')
  })

  it('reads Windows line ends and ignores one final newline', () => {
    const crlf = engine.evaluateSheet('x = 1\r\ny = x + 1\r\n')
    expect(crlf.map((l) => l.outcome?.ok && l.outcome.text)).toEqual(['1', '2'])
  })

  it('shares a scope when one is given', () => {
    const scope = engine.newScope()
    engine.evaluateSheet('base = 5 GB', { scope })
    expect(scope.names()).toEqual(['base', 'ans'])
    const next = engine.evaluate('base * 2', { scope })
    expect(next.ok && next.text).toBe('10 GB')
  })
})
