/**
 * Every refusal of `sysdrill doc`, with its exact message and exit code, and the proof that
 * nothing was written. These all fail before any number is computed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultFileName } from '../../src/cli/commands/doc/output-target'
import { runCli, tempHome } from '../helpers/run-cli'
import { SESSIONS, sessionsFolder } from '../unit/docs/session-fixtures'

let home: ReturnType<typeof tempHome>
let work: string
const run = (args: string[], options: { stdinIsTTY?: boolean; stderrIsTTY?: boolean } = {}) => runCli(args, { env: home.env, cwd: work, ...options })

beforeEach(() => {
  home = tempHome()
  work = join(home.home, 'work')
  mkdirSync(work)
})
afterEach(() => home.cleanup())

const installSession = (id: string) => {
  const folder = join(home.home, 'data', 'sessions') // SYSDRILL_HOME is <home>/data
  mkdirSync(folder, { recursive: true })
  cpSync(join(sessionsFolder, `${id}.json`), join(folder, `${id}.json`))
}

describe('where the doc goes', () => {
  it('refuses to overwrite an existing file without --force, and leaves it alone', async () => {
    writeFileSync(join(work, 'live-comment-system-design.md'), 'my notes\n')
    const { code, stdout, stderr } = await run(['doc', 'live-comment-system'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'error: ./live-comment-system-design.md already exists; nothing was written\n' +
        'hint: pass --force to overwrite it, or choose another path with -o (-o - prints to stdout)\n',
    )
    expect(readFileSync(join(work, 'live-comment-system-design.md'), 'utf8')).toBe('my notes\n')
  })

  it('never writes through or replaces a symbolic link, even with --force', async () => {
    const elsewhere = join(home.home, 'elsewhere.md')
    writeFileSync(elsewhere, 'precious\n')
    symlinkSync(elsewhere, join(work, 'live-comment-system-design.md'))
    const { code, stderr } = await run(['doc', 'live-comment-system', '--force'])
    expect(code).toBe(1)
    expect(stderr).toBe(
      `error: refusing to write ./live-comment-system-design.md: it is a symbolic link to ${elsewhere}, which could point anywhere\n` +
        'hint: remove the link, or choose another path with -o\n',
    )
    expect(readFileSync(elsewhere, 'utf8')).toBe('precious\n')
  })

  it('refuses a dangling symbolic link too', async () => {
    symlinkSync('/nonexistent/target.md', join(work, 'out.md'))
    const { code, stderr } = await run(['doc', 'live-comment-system', '-o', 'out.md'])
    expect(code).toBe(1)
    expect(stderr).toContain('error: refusing to write ./out.md: it is a symbolic link to /nonexistent/target.md')
  })

  it('refuses a folder that does not exist instead of creating it', async () => {
    const { code, stderr } = await run(['doc', 'live-comment-system', '-o', 'docs/design.md'])
    expect(code).toBe(1)
    expect(stderr).toBe('error: cannot write ./docs/design.md: the folder ./docs does not exist\nhint: create it first, or choose another path with -o\n')
    expect(existsSync(join(work, 'docs'))).toBe(false)
  })

  it('refuses to overwrite the template it renders', async () => {
    const template = join(work, 'mine.md')
    writeFileSync(template, '# {{title}}\n')
    const { code, stderr } = await run(['doc', 'live-comment-system', '--template', './mine.md', '-o', 'mine.md', '--force'])
    expect(code).toBe(1)
    expect(stderr).toBe('error: refusing to write ./mine.md: it is the template this doc is made from\nhint: choose another path with -o\n')
    expect(readFileSync(template, 'utf8')).toBe('# {{title}}\n')
  })

  it('refuses a problem id that is a path, writing nothing', async () => {
    for (const id of ['../../etc/passwd', '/etc/passwd']) {
      const { code, stderr } = await run(['doc', id])
      expect(code).toBe(1)
      expect(stderr).toMatch(new RegExp(`^error: no problem or drill named '${id.replace(/[./]/g, '\\$&')}'`))
    }
    expect(readdirSync(work)).toEqual([])
  })

  it('builds the default file name only from a plain id', () => {
    expect(defaultFileName('url-shortener')).toBe('url-shortener-design.md')
    for (const id of ['../x', '/abs', 'a/b', 'a\\b', '..', '.hidden', '']) {
      expect(() => defaultFileName(id), id).toThrow(`refusing to write a doc for problem id '${id}'`)
    }
  })
})

describe('templates', () => {
  it('names the file, line and placeholder of an unknown name, with the known ones', async () => {
    writeFileSync(join(work, 't.md'), '# {{title}}\n\n## Scope\n{{sumary}}\n')
    const { code, stderr } = await run(['doc', 'live-comment-system', '--template', 't.md'])
    expect(code).toBe(1)
    const [error, hint] = stderr.split('\n')
    expect(error).toBe(
      'error: ./t.md:4: unknown placeholder {{sumary}} (did you mean {{summary}}?); known: title, status, date, author, generator, problemId, summary, statement, kind, difficulty, tags, session and 54 more',
    )
    expect(hint).toBe('hint: fix the template; `sysdrill doc --placeholders` lists every name it may use')
    expect(readdirSync(work)).toEqual(['t.md'])
  })

  it('names the line of a block that is never closed', async () => {
    writeFileSync(join(work, 't.md'), '# {{title}}\n{{#each apis}}\n- {{path}}\n')
    const { code, stderr } = await run(['doc', 'live-comment-system', '--template', './t.md'])
    expect(code).toBe(1)
    expect(stderr.split('\n')[0]).toBe('error: ./t.md:2: {{#each apis}} is never closed; add {{/each}}')
  })

  it('refuses an unknown template name and lists the known ones', async () => {
    const { code, stderr } = await run(['doc', 'live-comment-system', '--template', 'defualt'])
    expect(code).toBe(1)
    expect(stderr.split('\n')[0]).toBe("error: unknown doc template 'defualt' (did you mean 'default'?); known: default, one-pager")
  })

  it('refuses a template file that is not text', async () => {
    writeFileSync(join(work, 'bin.md'), Buffer.from([0x23, 0x20, 0x00, 0xff]))
    const { code, stderr } = await run(['doc', 'live-comment-system', '--template', 'bin.md'])
    expect(code).toBe(1)
    expect(stderr).toBe('error: ./bin.md: not a text file\nhint: a doc template is a Markdown file\n')
  })

  it('refuses a template that is a device or a pipe without reading it', async () => {
    const { code, stderr } = await run(['doc', 'live-comment-system', '--template', '/dev/zero'])
    expect(code).toBe(1)
    expect(stderr).toBe('error: /dev/zero: not a regular file (a pipe, socket or device)\nhint: a doc template is a Markdown file\n')
    expect(readdirSync(work)).toEqual([])
  })

  it('reports a missing template file', async () => {
    const { code, stderr } = await run(['doc', 'live-comment-system', '--template', './nope.md'])
    expect(code).toBe(1)
    expect(stderr).toBe('error: ./nope.md: no such file or folder\nhint: check the path and try again\n')
  })

  it('lists every placeholder for template authors', async () => {
    const { code, stdout } = await run(['doc', '--placeholders'])
    expect(code).toBe(0)
    expect(stdout).toContain('  capacityTable ')
    expect(stdout).toMatch(/^ {2}entities +data model entities \(list: \{\{#each\}\}\)$/m)
    expect(stdout).toMatch(/^ {6}accessPatterns +how it is read and written/m)
  })
})

describe('choosing the problem and the session', () => {
  it('asks for a problem when none is named and it cannot prompt', async () => {
    const { code, stderr } = await run(['doc'])
    expect(code).toBe(2)
    expect(stderr).toBe(
      'error: name a problem, or a session to fill the doc from\nhint: sysdrill doc <problem-id> (see `sysdrill problems list`), or sysdrill doc --last\n',
    )
  })

  it('refuses --session with --last', async () => {
    const { code, stderr } = await run(['doc', '--last', '--session', 'x'])
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe('error: --session and --last both name a session; use one')
  })

  it('says there is no session yet for --last', async () => {
    const { code, stderr } = await run(['doc', '--last'])
    expect(code).toBe(1)
    expect(stderr).toBe('error: there are no interview sessions yet\nhint: run `sysdrill interview` first, or name a problem: sysdrill doc <problem-id>\n')
  })

  it('refuses a session of another problem', async () => {
    installSession(SESSIONS.standard)
    const { code, stderr } = await run(['doc', 'url-shortener', '--session', SESSIONS.standard])
    expect(code).toBe(2)
    expect(stderr).toBe(
      `error: session ${SESSIONS.standard} is an interview on 'live-comment-system', not 'url-shortener'\nhint: drop the problem id: sysdrill doc --session ${SESSIONS.standard}\n`,
    )
  })

  it('reports an unknown session', async () => {
    installSession(SESSIONS.standard)
    const { code, stderr } = await run(['doc', '--session', '20991231'])
    expect(code).toBe(1)
    expect(stderr.split('\n')[0]).toBe("error: no session '20991231'")
  })

  it('refuses a drill', async () => {
    const { code, stderr } = await run(['doc', 'cap-theorem'])
    expect(code).toBe(1)
    expect(stderr).toBe("error: 'cap-theorem' is a drill (a concept question); design docs are for design problems\nhint: see `sysdrill problems list --kind design`\n")
  })
})
