import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseProblem } from '../../src/core/problems/parse-problem'
import { runCli, tempHome } from '../helpers/run-cli'

let home: ReturnType<typeof tempHome>
beforeEach(() => {
  home = tempHome()
})
afterEach(() => home.cleanup())

const run = (args: string[]) => runCli(args, { env: home.env, cwd: home.home })
const userDir = () => join(home.home, 'config', 'sysdrill', 'problems')

describe('problems new', () => {
  it.each([
    ['design', 63],
    ['mini-design', 20],
    ['drill', 10],
  ])('scaffolds a %s that validates, with its TODOs counted', async (kind, todos) => {
    const result = await run(['problems', 'new', `my-${kind}`, '--kind', kind])
    const file = join(userDir(), `my-${kind}.yaml`)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`config/sysdrill/problems/my-${kind}.yaml\n`)
    expect(result.stderr).toBe(
      [
        `Created a ${kind} scaffold (it validates) with ${todos} TODO values to replace.`,
        'Next:',
        `  1. edit it: $EDITOR config/sysdrill/problems/my-${kind}.yaml`,
        `  2. check it: sysdrill problems validate config/sysdrill/problems/my-${kind}.yaml`,
        `  3. try it: sysdrill problems show my-${kind}${kind === 'drill' ? '' : `, then sysdrill interview my-${kind}`}`,
        '',
      ].join('\n'),
    )
    const parsed = parseProblem(readFileSync(file), { expectedId: `my-${kind}` })
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(parsed.problem?.kind).toBe(kind)
    // `validate` agrees, the engine included, and only warns about the TODOs
    const validate = await run(['problems', 'validate', file])
    expect(validate.code).toBe(0)
    expect(validate.stdout).toMatch(new RegExp(`^config/sysdrill/problems/my-${kind}\\.yaml:\\d+:\\d+: warning: ${todos} values still start with TODO`))
    expect(validate.stdout.endsWith('✓ 1 file, 0 errors, 1 warning\n')).toBe(true)
    // the new problem is in the library
    const list = await run(['problems', 'list', '--kind', kind, '--json'])
    expect((JSON.parse(list.stdout) as Array<{ id: string; source: string }>).filter((p) => p.source === 'user').map((p) => p.id)).toEqual([`my-${kind}`])
  })

  it('takes a title, a pack and an output folder', async () => {
    const result = await run(['problems', 'new', 'bloom-basics', '--kind', 'drill', '--pack', 'storage', '--title', 'Bloom filters: the basics', '-o', 'mine'])
    expect(result.code).toBe(0)
    const text = readFileSync(join(home.home, 'mine', 'bloom-basics.yaml'), 'utf8')
    expect(text).toContain('title: "Bloom filters: the basics"\n')
    expect(text).toContain('pack: storage\n')
    expect(result.stderr).toContain('  3. use it: add --problems-dir mine (or set SYSDRILL_PROBLEMS), then sysdrill problems show bloom-basics\n')
  })

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    mkdirSync(userDir(), { recursive: true })
    writeFileSync(join(userDir(), 'taken.yaml'), 'keep me\n')
    const refused = await run(['problems', 'new', 'taken'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe('error: config/sysdrill/problems/taken.yaml already exists\nhint: add --force to overwrite it, or choose another id\n')
    expect(readFileSync(join(userDir(), 'taken.yaml'), 'utf8')).toBe('keep me\n')
    const forced = await run(['problems', 'new', 'taken', '--force'])
    expect(forced.code).toBe(0)
    expect(readFileSync(join(userDir(), 'taken.yaml'), 'utf8')).toContain('id: taken\n')
  })

  it.each([
    ['My Problem', "error: 'My Problem' is not a valid problem id: use lowercase letters, digits and '-' (it is also the file name)\nhint: for example: sysdrill problems new my-problem\n"],
    ['../escape', "error: '../escape' is not a valid problem id: use lowercase letters, digits and '-' (it is also the file name)\nhint: for example: sysdrill problems new escape\n"],
    ['/etc/passwd', "error: '/etc/passwd' is not a valid problem id: use lowercase letters, digits and '-' (it is also the file name)\nhint: for example: sysdrill problems new passwd\n"],
  ])('refuses the id %j with exit 2 and writes nothing', async (id, stderr) => {
    const result = await run(['problems', 'new', id])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(stderr)
    expect(existsSync(userDir())).toBe(false)
  })

  it('refuses an unknown kind or pack with exit 2', async () => {
    const kind = await run(['problems', 'new', 'x-y', '--kind', 'desing'])
    expect(kind.code).toBe(2)
    expect(kind.stderr).toBe("error: --kind: unknown kind 'desing' (did you mean 'design'?)\nhint: choose one of: design, mini-design, drill\n")
    const pack = await run(['problems', 'new', 'x-y', '--kind', 'drill', '--pack', 'cachng'])
    expect(pack.code).toBe(2)
    expect(pack.stderr).toMatch(/^error: --pack: no pack named 'cachng' \(did you mean 'caching'\?\)\nhint: packs: consistency, /)
  })

  it('refuses a title with a line break (it shows in lists and headings) and writes nothing', async () => {
    const result = await run(['problems', 'new', 'x-y', '--title', 'Two\nlines'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('error: --title must be one line\nhint: titles show in lists and headings; write it without line breaks\n')
    expect(existsSync(join(userDir(), 'x-y.yaml'))).toBe(false)
  })

  it('notes that a new problem with a built-in id overrides it', async () => {
    const result = await run(['problems', 'new', 'url-shortener'])
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n')[0]).toBe("note: 'url-shortener' is a built-in problem; your file will override it")
  })
})
