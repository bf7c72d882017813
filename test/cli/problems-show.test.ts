import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot, runCli, tempHome } from '../helpers/run-cli'

const root = join(repoRoot, 'test', 'fixtures', 'problems', 'mini-library')

let home: ReturnType<typeof tempHome>
beforeEach(() => {
  home = tempHome()
})
afterEach(() => home.cleanup())

const show = (args: string[]) => runCli(['problems', 'show', ...args], { env: home.env, packageRoot: root, cwd: home.home })

describe('problems show', () => {
  it('shows a drill: statement and facts, then how to see more', async () => {
    const result = await show(['cache-aside'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        'Cache-aside in five minutes',
        'cache-aside · drill · easy · 5 min · pack: basics',
        'tags: caching',
        '',
        'Statement',
        '  Walk through a read miss and a write with cache-aside.',
        '',
        'drills: idempotency-keys',
        '',
      ].join('\n'),
    )
    expect(result.stderr).toBe('more: add --hints for answers and hints, --solution for the reference answers\n')
  })

  it('adds follow-ups, the rubric and the model answer with --solution', async () => {
    const result = await show(['cache-aside', '--solution'])
    expect(result.stdout).toBe(
      [
        'Cache-aside in five minutes',
        'cache-aside · drill · easy · 5 min · pack: basics',
        'tags: caching',
        '',
        'Statement',
        '  Walk through a read miss and a write with cache-aside.',
        '',
        'Follow-ups',
        '  - What race remains?',
        '    - A stale fill after a delete',
        '',
        'Rubric',
        '    ★★★ On a miss the app reads the database and fills the cache.',
        '        keywords: miss, fill',
        '    ★★  Writes update the database then delete the key.',
        '        keywords: invalidate, delete',
        '',
        'Model answer',
        '  Read through on miss; delete the key after writing the database.',
        '',
        'drills: idempotency-keys',
        '',
      ].join('\n'),
    )
    expect(result.stderr).toBe('')
  })

  it('shows what a candidate is told about a design, hiding answers and derived values', async () => {
    const result = await show(['photo-sharing'])
    expect(result.code).toBe(0)
    const text = result.stdout
    expect(text).toContain(
      [
        'Statement',
        '  Build the backend for a photo sharing app. People upload photos and see photos',
        '  from accounts they follow.',
        '',
        '  - uploads come from phones',
        '  - the feed must feel instant',
      ].join('\n'),
    )
    expect(text).toContain(
      [
        'Requirements',
        '  Functional',
        '    must    A user uploads a photo.',
        '    should  A user sees recent photos from accounts they follow.',
        '  Non-functional',
        '    latency: The feed loads fast. (target: p99 < 300 ms)',
        '  Out of scope',
        '    - Video',
      ].join('\n'),
    )
    // givens as written: the engine's reading in another unit would give away an answer
    expect(text).toContain(
      ['  Given', '    Daily active users        10 million users', '    Uploads per user per day  2 photos/user/day', '    Size of one photo         2 MB/photo', ''].join('\n'),
    )
    // the quantity marked `ask: false` is not asked for
    expect(text).toContain(['  Work out', '    Photos uploaded per day  in photos/day', '    Uploads per second       in photos/s', ''].join('\n'))
    expect(text).toContain(['Clarifying questions', '  - How many users upload each day?', '  - How big is a photo?', ''].join('\n'))
    for (const hidden of ['Ten million daily users', 'Rubric', 'Deep dives', 'Divide by 86,400', '231', 'Push on the read path']) expect(text).not.toContain(hidden)
  })

  it('adds interviewer answers, phase hints, deep-dive prompts and rules of thumb with --hints', async () => {
    const result = await show(['photo-sharing', '--hints'])
    const text = result.stdout
    expect(text).toContain(['  - How many users upload each day?', '    → Ten million daily users, each uploading two photos a day.'].join('\n'))
    expect(text).toContain(['  Rules of thumb', '    - A day has about 100 thousand seconds.'].join('\n'))
    expect(text).toContain(
      ['Phase by phase', '  Capacity estimation', '    - Work out uploads per second and storage per day.', '    hint: Divide by 86,400.'].join('\n'),
    )
    expect(text).toContain(['Deep dives', '  1. Building the feed', '    How is the feed assembled?', '    hint: Think fan-out on write', '    drills: cache-aside'].join('\n'))
    for (const hidden of ['key points', 'Rubric', 'Precompute feeds', 'Push on the read path']) expect(text).not.toContain(hidden)
    expect(result.stderr).toContain('more: add --solution for the reference answers and the rubric\n')
  })

  it('prints JSON that hides what the level hides', async () => {
    const statement = JSON.parse((await show(['photo-sharing', '--json'])).stdout) as Record<string, unknown>
    expect(statement.level).toBe('statement')
    for (const key of ['rubric', 'deepDives', 'followUps', 'interviewerNotes', 'modelAnswer', 'phases', 'apiHints']) expect(statement).not.toHaveProperty(key)
    expect(statement.clarifyingQuestions).toEqual([
      { id: 'cq-scale', category: 'scale', ask: 'How many users upload each day?', keywords: ['users', 'uploads', 'dau'] },
      { id: 'cq-size', category: 'scale', ask: 'How big is a photo?', keywords: [] },
    ])
    expect((statement.scale as { derived: unknown[] }).derived).toEqual([
      { key: 'uploadsPerDay', label: 'Photos uploaded per day', unit: 'photos/day' },
      { key: 'uploadRate', label: 'Uploads per second', unit: 'photos/s' },
      { key: 'storagePerDay', label: 'New storage per day', unit: 'TB', ask: false },
    ])
    // givens computed by the engine, in the unit their author wrote; no derived values
    expect(statement.computed).toEqual([
      { key: 'dailyUsers', kind: 'given', value: 10000000, unit: 'users', text: '10 million users' },
      { key: 'uploadsPerUser', kind: 'given', value: 2, unit: 'photos/user/day', text: '2 photos/user/day' },
      { key: 'photoSize', kind: 'given', value: 2, unit: 'MB/photo', text: '2 MB/photo' },
    ])
    const solution = JSON.parse((await show(['photo-sharing', '--json', '--solution'])).stdout) as Record<string, unknown>
    expect((solution.computed as Array<{ key: string; text: string }>).filter((c) => c.key === 'uploadRate' || c.key === 'storagePerDay')).toEqual([
      { key: 'uploadRate', kind: 'derived', value: 231.4814814815, unit: 'photos/s', text: '231 photos/s' },
      { key: 'storagePerDay', kind: 'derived', value: 40, unit: 'TB', text: '40 TB' },
    ])
    expect(solution.level).toBe('solution')
    expect((solution.rubric as unknown[]).length).toBe(10)
    expect((solution.followUps as Array<{ kind: string }>).map((f) => f.kind)).toEqual(['requirement-change', 'question'])
  })

  it('names a near miss for an unknown id', async () => {
    const result = await show(['photo-sharng'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      "error: no problem or drill named 'photo-sharng' (did you mean 'photo-sharing'?)\nhint: see `sysdrill problems list` (drills: `sysdrill problems list --kind drill`)\n",
    )
  })

  it('explains why a broken file cannot be shown', async () => {
    const dir = join(home.home, 'config', 'sysdrill', 'problems')
    mkdirSync(dir, { recursive: true })
    copyFileSync(join(repoRoot, 'test', 'fixtures', 'problems', 'broken', 'bad-weight.yaml'), join(dir, 'bad-weight.yaml'))
    const result = await show(['bad-weight'])
    expect(result.code).toBe(1)
    // said once, as the error: no 'skipped' warning for the very file that was asked for
    expect(result.stderr).toBe(
      'error: config/sysdrill/problems/bad-weight.yaml:13:13: rubric[0].weight must be 1, 2 or 3, not 5\n' +
        'hint: fix the file, then check it with `sysdrill problems validate config/sysdrill/problems/bad-weight.yaml`\n',
    )
  })
  it('still warns about a broken file that a valid file of the same id stands in for', async () => {
    const dir = join(home.home, 'config', 'sysdrill', 'problems')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'photo-sharing.yaml'), 'id: photo-sharing\ntitle: [oops\n')
    const result = await show(['photo-sharing'])
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n')[0]).toBe(
      'warning: skipped config/sysdrill/problems/photo-sharing.yaml:2:8: YAML: this [ is never closed; end the list with ], or write one "- item" per line; see `sysdrill problems validate config/sysdrill/problems/photo-sharing.yaml`',
    )
  })
})
