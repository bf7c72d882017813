import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot, runCli, tempHome } from '../helpers/run-cli'

const root = join(repoRoot, 'test', 'fixtures', 'problems', 'mini-library')
const broken = join(repoRoot, 'test', 'fixtures', 'problems', 'broken')

let home: ReturnType<typeof tempHome>
beforeEach(() => {
  home = tempHome()
})
afterEach(() => home.cleanup())

const list = (args: string[], extra: { env?: Record<string, string>; stdoutIsTTY?: boolean; cwd?: string } = {}) =>
  runCli(['problems', 'list', ...args], { env: { ...home.env, ...extra.env }, packageRoot: root, ...(extra.stdoutIsTTY ? { stdoutIsTTY: true } : {}), cwd: extra.cwd ?? home.home })

const userDir = () => join(home.home, 'config', 'sysdrill', 'problems')

describe('problems list', () => {
  it('lists designs by default, sorted by id, and says how many drills are hidden', async () => {
    const result = await list([])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        'ID             TITLE                           KIND         LEVEL   MIN  TAGS',
        'photo-sharing  Design a photo sharing service  design       medium   45  storage, cdn, read-heavy',
        'tiny-kv        Design a tiny key-value cache   mini-design  easy     25  caching, storage',
        '',
      ].join('\n'),
    )
    expect(result.stderr).toBe('2 drills in 1 pack not shown: add --kind drill (or --kind all)\n')
  })

  it('lists drills with their pack', async () => {
    const result = await list(['--kind', 'drill'])
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      'ID                TITLE                        PACK    LEVEL   MIN  TAGS',
      'cache-aside       Cache-aside in five minutes  basics  easy      5  caching',
      'idempotency-keys  Idempotency keys             basics  medium    7  api, retries',
    ])
    expect(result.stderr).toBe('')
  })

  it('filters by tag (all must match, any case), difficulty and kind', async () => {
    const ids = async (args: string[]) => ((JSON.parse((await list([...args, '--json'])).stdout) as Array<{ id: string }>).map((p) => p.id))
    expect(await ids(['--tag', 'storage'])).toEqual(['photo-sharing', 'tiny-kv'])
    expect(await ids(['--tag', 'storage', '--tag', 'CDN'])).toEqual(['photo-sharing'])
    expect(await ids(['--tag', 'storage,cdn'])).toEqual(['photo-sharing'])
    expect(await ids(['--difficulty', 'easy'])).toEqual(['tiny-kv'])
    expect(await ids(['--kind', 'mini-design'])).toEqual(['tiny-kv'])
    expect(await ids(['--kind', 'all', '--tag', 'caching'])).toEqual(['cache-aside', 'tiny-kv'])
  })

  it('lists everything by id with --kind all, and drills by pack with --kind drill (the built-in library)', async () => {
    const ids = async (kind: string) =>
      (JSON.parse((await runCli(['problems', 'list', '--kind', kind, '--json'], { env: home.env, cwd: home.home })).stdout) as Array<{ id: string; pack?: string }>)
    const all = (await ids('all')).map((p) => p.id)
    expect(all.length).toBeGreaterThan(90)
    expect(all).toEqual([...all].sort())
    const packs = (await ids('drill')).map((p) => p.pack)
    // each pack's drills come together, in one run
    expect(packs.filter((pack, i) => pack !== packs[i - 1])).toEqual([...new Set(packs)])
  })

  it('prints JSON with the documented fields', async () => {
    const result = await list(['--json', '--kind', 'drill', '--tag', 'api'])
    expect(JSON.parse(result.stdout)).toEqual([
      {
        id: 'idempotency-keys',
        title: 'Idempotency keys',
        kind: 'drill',
        difficulty: 'medium',
        tags: ['api', 'retries'],
        durationMinutes: 7,
        summary: 'Make a POST safe to retry.',
        pack: 'basics',
        source: 'builtin',
        file: join(root, 'problems', 'drills', 'idempotency-keys.yaml'),
      },
    ])
  })

  it('says so when nothing matches', async () => {
    const result = await list(['--tag', 'caching', '--difficulty', 'hard'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('No problems match --tag caching --difficulty hard.\n')
  })

  it.each([
    [['--difficulty', 'hardd'], "error: --difficulty: unknown value 'hardd' (did you mean 'hard'?)\nhint: choose one of: easy, medium, hard\n"],
    [['--kind', 'drills'], "error: --kind: unknown value 'drills' (did you mean 'drill'?)\nhint: choose one of: design, mini-design, drill, all\n"],
    [['--tag', 'cachng'], "error: --tag: no problem is tagged 'cachng' (did you mean 'caching'?)\nhint: known tags: api, caching, cdn, read-heavy, retries, storage\n"],
    [['--tag', 're'], "error: --tag: no problem is tagged 're'\nhint: tags with 're' in them: read-heavy, retries\n"],
  ])('refuses an unknown filter value %j with exit 2', async (args, stderr) => {
    const result = await list(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(stderr)
  })

  it('fits the table to a narrow terminal by shortening titles and tags', async () => {
    const result = await list([], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })
    // captured TTY streams are 100 columns wide: everything fits
    expect(result.stdout.split('\n')[1]).toBe('photo-sharing  Design a photo sharing service  design       medium   45  storage, cdn, read-heavy')
    const fit = async (columns: number) => (await list([], { env: { COLUMNS: String(columns) } })).stdout.trimEnd().split('\n')
    // a little short: the tags give way first, cut at a whole tag with a count of the rest
    expect(await fit(90)).toEqual([
      'ID             TITLE                           KIND         LEVEL   MIN  TAGS',
      'photo-sharing  Design a photo sharing service  design       medium   45  storage, cdn +1',
      'tiny-kv        Design a tiny key-value cache   mini-design  easy     25  caching, storage',
    ])
    // too short for useful tags: the column goes and the titles stay whole
    expect(await fit(72)).toEqual([
      'ID             TITLE                           KIND         LEVEL   MIN',
      'photo-sharing  Design a photo sharing service  design       medium   45',
      'tiny-kv        Design a tiny key-value cache   mini-design  easy     25',
    ])
    // very short: minutes go too, then the titles shrink
    expect(await fit(54)).toEqual([
      'ID             TITLE               KIND         LEVEL',
      'photo-sharing  Design a photo sh…  design       medium',
      'tiny-kv        Design a tiny key…  mini-design  easy',
    ])
  })

  it('warns once about a broken user file, names the fix, and lists the rest', async () => {
    mkdirSync(userDir(), { recursive: true })
    copyFileSync(join(broken, 'unknown-key.yaml'), join(userDir(), 'unknown-key.yaml'))
    const first = await list([])
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('photo-sharing')
    expect(first.stderr).toBe(
      "warning: skipped config/sysdrill/problems/unknown-key.yaml:3:1: unknown top-level key 'titel' (did you mean 'title'?); see `sysdrill problems validate config/sysdrill/problems/unknown-key.yaml`\n" +
        '2 drills in 1 pack not shown: add --kind drill (or --kind all)\n',
    )
    // the second run answers from the summary cache and still warns (once)
    const second = await list([])
    expect(second.stderr).toBe(first.stderr)
  })

  it('refuses an oversized file from its size alone and lists the rest', async () => {
    mkdirSync(userDir(), { recursive: true })
    writeFileSync(join(userDir(), 'huge.yaml'), `schemaVersion: 1\n# ${'x'.repeat(300 * 1024)}\n`)
    const result = await list([])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('photo-sharing')
    expect(result.stderr.split('\n')[0]).toBe(
      'warning: skipped config/sysdrill/problems/huge.yaml:1:1: the file is 301 KiB, over the 256 KiB limit for a problem file; split it or check that it is the right file; see `sysdrill problems validate config/sysdrill/problems/huge.yaml`',
    )
  })

  it('refuses a link to a pipe or a device unread (reading would block or never end) and lists the rest', async () => {
    mkdirSync(userDir(), { recursive: true })
    execFileSync('mkfifo', [join(home.home, 'pipe')])
    symlinkSync(join(home.home, 'pipe'), join(userDir(), 'pipe.yaml'))
    symlinkSync('/dev/zero', join(userDir(), 'zero.yaml'))
    const result = await list([])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('photo-sharing')
    expect(result.stderr.split('\n').slice(0, 2)).toEqual(
      ['pipe', 'zero'].map(
        (name) =>
          `warning: skipped config/sysdrill/problems/${name}.yaml:1:1: this is not a regular file (a pipe, socket or device); a problem file is a plain .yaml file; see \`sysdrill problems validate config/sysdrill/problems/${name}.yaml\``,
      ),
    )
  })

  it('lets a user problem override a built-in one, with a note', async () => {
    mkdirSync(userDir(), { recursive: true })
    const text = readFileSync(join(root, 'problems', 'tiny-kv.yaml'), 'utf8').replace('title: Design a tiny key-value cache', 'title: My own cache problem')
    writeFileSync(join(userDir(), 'tiny-kv.yaml'), text)
    const result = await list([])
    expect(result.stdout).toContain('tiny-kv        My own cache problem            mini-design*')
    expect(result.stderr).toBe(
      "note: config/sysdrill/problems/tiny-kv.yaml overrides the built-in problem 'tiny-kv'\n* from your own problem folders\n2 drills in 1 pack not shown: add --kind drill (or --kind all)\n",
    )
  })

  it('reads folders from the config, SYSDRILL_PROBLEMS and --problems-dir (the flag replaces the variable)', async () => {
    const make = (dir: string, id: string) => {
      mkdirSync(join(home.home, dir), { recursive: true })
      const text = readFileSync(join(root, 'problems', 'drills', 'cache-aside.yaml'), 'utf8').replace('id: cache-aside', `id: ${id}`)
      writeFileSync(join(home.home, dir, `${id}.yaml`), text)
    }
    make('from-config', 'config-drill')
    make('from-env', 'env-drill')
    make('from-flag', 'flag-drill')
    mkdirSync(join(home.home, 'config', 'sysdrill'), { recursive: true })
    writeFileSync(join(home.home, 'config', 'sysdrill', 'config.yaml'), 'problems:\n  dirs: [~/from-config]\n')
    const ids = async (args: string[], env: Record<string, string> = {}) =>
      (JSON.parse((await list(['--kind', 'drill', '--json', ...args], { env })).stdout) as Array<{ id: string; source: string }>).map((p) => `${p.id}:${p.source}`)
    expect(await ids([], { SYSDRILL_PROBLEMS: 'from-env' })).toEqual(['cache-aside:builtin', 'config-drill:config', 'env-drill:env', 'idempotency-keys:builtin'])
    expect(await ids(['--problems-dir', 'from-flag'], { SYSDRILL_PROBLEMS: 'from-env' })).toEqual([
      'cache-aside:builtin',
      'config-drill:config',
      'flag-drill:flag',
      'idempotency-keys:builtin',
    ])
  })

  it('refuses a --problems-dir that is not a folder (exit 2) and skips a missing env folder with a warning', async () => {
    const flag = await list(['--problems-dir', 'nowhere'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toBe(`error: --problems-dir: ${join(home.home, 'nowhere')} is not a folder\nhint: name existing folders, separated by ":"\n`)
    const env = await list([], { env: { SYSDRILL_PROBLEMS: '/nonexistent/sysdrill' } })
    expect(env.code).toBe(0)
    expect(env.stderr.split('\n')[0]).toBe('warning: SYSDRILL_PROBLEMS names /nonexistent/sysdrill, which is not a folder; skipped')
  })

  it('warns about two files with the same id in one folder and uses the first', async () => {
    const result = await list(['--kind', 'drill'], { env: { SYSDRILL_PROBLEMS: join(repoRoot, 'test', 'fixtures', 'problems', 'broken-duplicates') } })
    expect(result.stdout).toContain('retry-budget')
    expect(result.stderr).toContain(
      "warning: 2 files in SYSDRILL_PROBLEMS define 'retry-budget': ",
    )
  })
})
