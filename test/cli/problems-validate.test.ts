import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot, runCli, tempHome } from '../helpers/run-cli'

const fixtures = join(repoRoot, 'test', 'fixtures', 'problems')
const root = join(fixtures, 'mini-library')

let home: ReturnType<typeof tempHome>
beforeEach(() => {
  home = tempHome()
})
afterEach(() => home.cleanup())

/** run from the fixtures folder so paths print short */
const validate = (args: string[], env: Record<string, string> = {}) =>
  runCli(['problems', 'validate', ...args], { env: { ...home.env, ...env }, packageRoot: root, cwd: fixtures })

/** the engine's availability only adds or removes one stderr line; strip it where it does not matter */
const withoutEngineNote = (stderr: string) => stderr.replace(/^warning: scale quantities were not recomputed \(.*\)\n/m, '')

describe('problems validate', () => {
  it('passes the whole library (every source) with exit 0 and a one-line OK', async () => {
    const result = await validate([])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('✓ 5 files, 0 errors\n')
    expect(withoutEngineNote(result.stderr)).toBe('')
  })

  it('reports every error of every file as file:line:col: message, then the count, and exits 1', async () => {
    const result = await validate(['broken/numeric-keyword.yaml', 'broken/design-too-thin.yaml'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'broken/numeric-keyword.yaml:15:21: rubric[0].keywords[1] must be text, but YAML reads the unquoted 201 as a number; quote it: "201"',
        'broken/numeric-keyword.yaml:15:26: rubric[0].keywords[2] must be text, but YAML reads the unquoted 99.9 as a number; quote it: "99.9"',
        'broken/design-too-thin.yaml:110:3: a design needs at least 3 deep dives, this one has 2',
        'broken/design-too-thin.yaml:130:3: a design needs at least 10 rubric points, this one has 8',
        '',
        '✗ 2 files, 4 errors',
        '',
      ].join('\n'),
    )
  })

  it('reports an expression that uses a later key once, not again as an unknown name from the engine', async () => {
    const result = await validate(['broken/later-key.yaml'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        "broken/later-key.yaml:55:13: scale.derived[0].expr uses 'uploadRate', which is defined later (line 59); move it above or reorder",
        '',
        '✗ 1 file, 1 error',
        '',
      ].join('\n'),
    )
  })

  it('refuses a scale key that is a unit name, which no answer or quiz could use', async () => {
    const result = await validate(['broken/unit-key.yaml'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        "broken/unit-key.yaml:52:12: given 'qps': 'qps' is the name of a unit, so it cannot be a variable: pick another name (e.g. qps_total)",
        '',
        '✗ 1 file, 1 error',
        '',
      ].join('\n'),
    )
  })

  it('checks references against the library: problems, drills and packs', async () => {
    const result = await validate(['broken/dangling-reference.yaml', 'broken/unknown-pack.yaml'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        "broken/dangling-reference.yaml:16:19: relatedProblems: no problem named 'photo-sharin' (did you mean 'photo-sharing'?)",
        "broken/dangling-reference.yaml:17:19: relatedConcepts: 'photo-sharing' is a design, not a drill; list it under relatedProblems",
        "broken/unknown-pack.yaml:5:7: pack 'basic' is not in packs.yaml (did you mean 'basics'?)",
        '',
        '✗ 2 files, 3 errors',
        '',
      ].join('\n'),
    )
  })

  it('refuses two files with one id in the same folder', async () => {
    const result = await validate(['broken-duplicates'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        "broken-duplicates/retry-budget.yaml:2:5: duplicate id 'retry-budget': broken-duplicates/more/retry-budget.yaml already defines it",
        '',
        '✗ 2 files, 1 error',
        '',
      ].join('\n'),
    )
  })

  it('validates a whole folder, and says so for a path that does not exist', async () => {
    const result = await validate(['nowhere.yaml', 'mini-library/problems/drills'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(['nowhere.yaml:1:1: no such file or folder', '', '✗ 4 files, 1 error', ''].join('\n'))
  })

  it('refuses a device named on the command line without reading it', async () => {
    const result = await validate(['/dev/zero'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      ['/dev/zero:1:1: this is not a regular file (a pipe, socket or device); a problem file is a plain .yaml file', '', '✗ 1 file, 1 error', ''].join('\n'),
    )
  })

  it('checks the user folders too when no path is given', async () => {
    const dir = join(home.home, 'config', 'sysdrill', 'problems')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'mine.yaml'), 'schemaVersion: 1\nid: mine\n')
    const result = await runCli(['problems', 'validate'], { env: home.env, packageRoot: root, cwd: home.home })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        ...['title', 'kind', 'difficulty', 'durationMinutes', 'tags', 'summary', 'statement', 'rubric'].map(
          (key) => `config/sysdrill/problems/mine.yaml:1:1: the file is missing '${key}'`,
        ),
        '',
        '✗ 6 files, 8 errors',
        '',
      ].join('\n'),
    )
  })

  it('prints JSON with every diagnostic', async () => {
    const result = await validate(['broken/bad-weight.yaml', '--json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      files: 1,
      problems: 1,
      errors: 1,
      warnings: 0,
      diagnostics: [{ file: 'broken/bad-weight.yaml', line: 13, col: 13, severity: 'error', message: 'rubric[0].weight must be 1, 2 or 3, not 5' }],
    })
  })
})
