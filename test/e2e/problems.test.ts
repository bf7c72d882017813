/** The problem library through the built binary, as a user's shell runs it (no TTY). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot, tempHome } from '../helpers/run-cli'
import { spawnCli } from '../helpers/spawn-cli'

let home: ReturnType<typeof tempHome>
beforeEach(() => {
  home = tempHome()
})
afterEach(() => home.cleanup())

const run = (args: string[], env: Record<string, string> = {}) => spawnCli(args, { env: { ...home.env, ...env }, cwd: home.home })

const designs = readdirSync(join(repoRoot, 'problems'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort()
const drills = readdirSync(join(repoRoot, 'problems', 'drills')).filter((f) => f.endsWith('.yaml') && f !== 'packs.yaml')
const packs = (readFileSync(join(repoRoot, 'problems', 'drills', 'packs.yaml'), 'utf8').match(/^ {2}- id: /gm) ?? []).length

describe('sysdrill problems (built binary)', () => {
  it('validates the whole built-in library', () => {
    const result = run(['problems', 'validate'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(`✓ ${designs.length + drills.length + 1} files, 0 errors\n`)
    expect(result.code).toBe(0)
  })

  it('lists the designs as plain text when piped, drills in a footer', () => {
    const result = run(['problems', 'list'])
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^ID +TITLE +KIND +LEVEL +MIN +TAGS$/)
    expect(lines.slice(1).map((l) => l.split(' ')[0])).toEqual(designs)
    expect(result.stdout).not.toContain('\u001b[')
    expect(result.stderr).toBe(`${drills.length} drills in ${packs} packs not shown: add --kind drill (or --kind all)\n`)
  })

  it('colours the table only when asked to', () => {
    expect(run(['problems', 'list'], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[')
    expect(run(['problems', 'list', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[')
    expect(run(['problems', 'list'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[')
  })

  it('lists JSON for every kind with --kind all', () => {
    const result = run(['problems', 'list', '--kind', 'all', '--json'])
    const list = JSON.parse(result.stdout) as Array<{ id: string; kind: string; source: string }>
    expect(list.length).toBe(designs.length + drills.length)
    expect(list.filter((p) => p.kind === 'drill').length).toBe(drills.length)
    expect(new Set(list.map((p) => p.source))).toEqual(new Set(['builtin']))
  })

  it('shows a problem, hints only on request', () => {
    const plain = run(['problems', 'show', 'live-comment-system'])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('\nStatement\n')
    expect(plain.stdout).toContain('\nClarifying questions\n')
    expect(plain.stdout).not.toContain('→')
    expect(plain.stdout).not.toContain('\nRubric\n')
    const hints = run(['problems', 'show', 'live-comment-system', '--hints'])
    expect(hints.stdout).toContain('→')
    expect(hints.stdout).toContain('\nDeep dives\n')
    expect(hints.stdout).not.toContain('\nRubric\n')
    const solution = run(['problems', 'show', 'live-comment-system', '--solution'])
    expect(solution.stdout).toContain('\nRubric\n')
    expect(solution.stdout).toMatch(/reference 23,148\.148148 comments\/s, ±1 % ✓/)
  })

  it('scaffolds a problem, then reports the mistake a user makes in it, with its position', () => {
    const created = run(['problems', 'new', 'my-cache'])
    expect(created.code).toBe(0)
    const file = join(home.home, 'config', 'sysdrill', 'problems', 'my-cache.yaml')
    expect(created.stdout).toBe('config/sysdrill/problems/my-cache.yaml\n')
    const text = readFileSync(file, 'utf8')
    // the classic: prose with a comma inside a flow mapping
    writeFileSync(file, text.replace('rubric:\n', 'rubric:\n  - { id: r-extra, phase: api, weight: 2, point: Uses REST, gRPC, keywords: [rest] }\n'))
    const line = text.split('\n').indexOf('rubric:') + 2
    const checked = run(['problems', 'validate', file])
    expect(checked.code).toBe(1)
    expect(checked.stdout).toBe(
      [
        `config/sysdrill/problems/my-cache.yaml:11:8: warning: 63 values still start with TODO (the first is title); replace them with your own text`,
        `config/sysdrill/problems/my-cache.yaml:${line}:61: 'gRPC' has no value: inside { ... } a comma starts a new key, so 'point: Uses REST, gRPC' was read as two keys; quote the text ("Uses REST, gRPC") or use block style`,
        '',
        '✗ 1 file, 1 error, 1 warning',
        '',
      ].join('\n'),
    )
    // list keeps working, warns about that file once, and leaves it out
    const listed = run(['problems', 'list', '--json'])
    expect(listed.code).toBe(0)
    expect((JSON.parse(listed.stdout) as Array<{ id: string }>).map((p) => p.id)).not.toContain('my-cache')
    expect(listed.stderr).toBe(
      `warning: skipped config/sysdrill/problems/my-cache.yaml:${line}:61: 'gRPC' has no value: inside { ... } a comma starts a new key, so 'point: Uses REST, gRPC' was read as two keys; quote the text ("Uses REST, gRPC") or use block style; see \`sysdrill problems validate config/sysdrill/problems/my-cache.yaml\`\n`,
    )
  })

  it('fails with exit 1 and a hint for an unknown problem', () => {
    const result = run(['problems', 'show', 'live-comments'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^error: no problem or drill named 'live-comments' \(did you mean '[a-z-]+'\?\)\nhint: see `sysdrill problems list`/)
  })
})
