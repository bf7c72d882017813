/**
 * `sysdrill doc` as a user runs it: where the file goes, what is said on stderr, stdout mode,
 * --force, sessions, template choice by flag, config and name, and the problem picker.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Prompter } from '../../src/cli/prompter'
import { runCli, tempHome, type RunOptions } from '../helpers/run-cli'
import { inspectDoc, sections } from '../unit/docs/markdown-check'
import { docFixtures } from '../unit/docs/problem-fixtures'
import { SESSIONS, sessionsFolder } from '../unit/docs/session-fixtures'

let home: ReturnType<typeof tempHome>
let work: string
const problemsDir = join(docFixtures, 'problems')
const run = (args: string[], options: RunOptions = {}) => runCli(args, { env: home.env, cwd: work, ...options })
const read = (name: string) => readFileSync(join(work, name), 'utf8')

beforeEach(() => {
  home = tempHome()
  work = join(home.home, 'work')
  mkdirSync(work)
})
afterEach(() => home.cleanup())

function installSession(id: string): void {
  const folder = join(home.home, 'data', 'sessions')
  mkdirSync(folder, { recursive: true })
  cpSync(join(sessionsFolder, `${id}.json`), join(folder, `${id}.json`))
}

describe('sysdrill doc <problem>', () => {
  it('writes ./<id>-design.md, says so and what to do next, and prints nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['doc', 'doc-capacity', '--problems-dir', problemsDir])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toBe('wrote ./doc-capacity-design.md\nnext: replace each italic prompt with your design; GitHub renders the Mermaid diagram\n')
    const doc = inspectDoc(read('doc-capacity-design.md'))
    expect(doc.frontMatter).toEqual({
      title: 'Design a comment store',
      status: 'draft',
      date: '2026-11-21',
      author: '<your name>',
      problem: 'doc-capacity',
      tags: ['estimation'],
      generator: 'sysdrill 0.1.0',
    })
    expect(doc.tables.find((t) => t.header[0] === 'Quantity')!.rows.map((row) => row[3])).toEqual([
      '2 billion comments/day',
      '2 kB/comment',
      '3',
      '**23,148 comments/s**',
      '**46.3 MB/s**',
      '**139 MB/s**',
      '**1,460.97 TB/year**',
    ])
  })

  it('prints the same doc to stdout with -o -, writing no file', async () => {
    await run(['doc', 'doc-capacity', '--problems-dir', problemsDir])
    const written = read('doc-capacity-design.md')
    const { code, stdout, stderr } = await run(['doc', 'doc-capacity', '--problems-dir', problemsDir, '-o', '-'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toBe(written)
    expect(readdirSync(work)).toEqual(['doc-capacity-design.md'])
  })

  it('overwrites with --force and says it did', async () => {
    writeFileSync(join(work, 'doc-capacity-design.md'), 'old\n')
    const { code, stderr } = await run(['doc', 'doc-capacity', '--problems-dir', problemsDir, '--force'])
    expect(code).toBe(0)
    expect(stderr.split('\n')[0]).toBe('overwrote ./doc-capacity-design.md')
    expect(read('doc-capacity-design.md')).toMatch(/^---\ntitle: Design a comment store\n/)
  })

  it('writes into a folder given with -o, under the default name', async () => {
    mkdirSync(join(work, 'docs'))
    const { code, stderr } = await run(['doc', 'doc-capacity', '--problems-dir', problemsDir, '-o', 'docs'])
    expect(code).toBe(0)
    expect(stderr.split('\n')[0]).toBe('wrote ./docs/doc-capacity-design.md')
    expect(existsSync(join(work, 'docs', 'doc-capacity-design.md'))).toBe(true)
  })

  it('takes the template from the config file, and the flag over the config', async () => {
    mkdirSync(join(home.home, 'config', 'sysdrill'), { recursive: true })
    writeFileSync(join(home.home, 'config', 'sysdrill', 'config.yaml'), 'doc:\n  template: one-pager\n')
    await run(['doc', 'doc-capacity', '--problems-dir', problemsDir])
    expect(inspectDoc(read('doc-capacity-design.md')).headings.map((h) => h.text)).toEqual(['Design a comment store', 'Key numbers', 'Design', 'Deep dives to prepare'])
    await run(['doc', 'doc-capacity', '--problems-dir', problemsDir, '--template', 'default', '--force'])
    expect(inspectDoc(read('doc-capacity-design.md')).headings.map((h) => h.text)).toContain('Reliability and fault tolerance')
  })

  it('says a template that does not exist came from the config file', async () => {
    mkdirSync(join(home.home, 'config', 'sysdrill'), { recursive: true })
    writeFileSync(join(home.home, 'config', 'sysdrill', 'config.yaml'), 'doc:\n  template: one-pagr\n')
    const { code, stderr } = await run(['doc', 'doc-capacity', '--problems-dir', problemsDir])
    expect(code).toBe(1)
    expect(stderr).toBe(
      "error: unknown doc template 'one-pagr' (did you mean 'one-pager'?); known: default, one-pager (doc.template in ~/config/sysdrill/config.yaml)\n" +
        'hint: fix doc.template in ~/config/sysdrill/config.yaml, or override it with --template NAME|PATH\n',
    )
  })

  it('finds a template by name in the config folder before the built-in ones', async () => {
    const folder = join(home.home, 'config', 'sysdrill', 'templates', 'doc')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'default.md'), '# {{title}}\n\n{{#each derived}}\n- {{label}}: {{value}}\n{{/each}}\n')
    const { code } = await run(['doc', 'doc-capacity', '--problems-dir', problemsDir])
    expect(code).toBe(0)
    expect(read('doc-capacity-design.md')).toBe(
      '# Design a comment store\n\n- Average writes per second: 23,148 comments/s\n- Ingress bandwidth: 46.3 MB/s\n- Peak ingress bandwidth: 139 MB/s\n- Storage added per year: 1,460.97 TB/year\n',
    )
  })

  it('lets a person pick the problem when none is named, on a terminal', async () => {
    const asked: string[] = []
    const prompter: Prompter = {
      async search<T>(options: { message: string; source: (term: string | undefined) => Array<{ value: T }> }): Promise<T> {
        asked.push(options.message, ...options.source('comment store').map((c) => String(c.value)))
        return 'doc-capacity' as T
      },
      select: async () => {
        throw new Error('unexpected')
      },
      input: async () => '',
      confirm: async () => false,
      answer: async () => {
        throw new Error('unexpected')
      },
    }
    const { code } = await run(['doc', '--problems-dir', problemsDir], { stdinIsTTY: true, stderrIsTTY: true, prompter })
    expect(code).toBe(0)
    expect(asked).toEqual(['Design doc for which problem? (type to filter)', 'doc-capacity'])
    expect(existsSync(join(work, 'doc-capacity-design.md'))).toBe(true)
  })
})

describe('the problem picker', () => {
  it('keeps each choice on one line of a narrow terminal, pointer included', async () => {
    let shown: Array<{ name?: string; description?: string }> = []
    const prompter: Prompter = {
      async search<T>(options: { message: string; source: (term: string | undefined) => Array<{ value: T; name?: string; description?: string }> }): Promise<T> {
        shown = options.source(undefined)
        return 'doc-capacity' as T
      },
      select: async () => {
        throw new Error('unexpected')
      },
      input: async () => '',
      confirm: async () => false,
      answer: async () => {
        throw new Error('unexpected')
      },
    }
    const { code } = await runCli(['doc', '--problems-dir', problemsDir, '-o', '-'], { env: home.env, cwd: work, stdinIsTTY: true, stderrIsTTY: true, columns: 30, prompter })
    expect(code).toBe(0)
    expect(shown.map((c) => c.name?.split(' ')[0]?.replace('…', ''))).toContain('doc-capacity')
    for (const choice of shown) expect([...(choice.name ?? '')].length).toBeLessThanOrEqual(26)
    for (const choice of shown) expect([...(choice.description ?? '')].length).toBeLessThanOrEqual(29)
  })
})

describe('sysdrill doc --last / --session', () => {
  it('fills the doc from the latest session and says where the answers came from', async () => {
    installSession(SESSIONS.standard)
    installSession(SESSIONS.fourStep)
    const { code, stderr } = await run(['doc', '--last'])
    expect(code).toBe(0)
    // the four-step session was updated last
    expect(stderr).toBe(
      `wrote ./live-comment-system-design.md from session ${SESSIONS.fourStep}\nnext: under each heading, turn your interview answer and the reference into one design\n`,
    )
    const section = sections(read('live-comment-system-design.md'))
    expect(section.get('Functional requirements')!.split('\n\n')[0]).toBe('SCOPE-ANSWER: text comments, 250 ms, 23 thousand writes a second.')
    expect(section.get('Interview timing')).toContain('| Scope the problem | 8:00 | 8:20 | 104 % |')
  })

  it('fills it from a named session and notes an unfinished one', async () => {
    installSession(SESSIONS.ml)
    const { code, stderr } = await run(['doc', '--session', SESSIONS.ml, '-o', '-'])
    expect(code).toBe(0)
    expect(stderr).toBe(
      `note: session ${SESSIONS.ml} is not finished; the doc holds the answers so far (resume it with \`sysdrill interview --resume ${SESSIONS.ml}\`)\n`,
    )
  })
})
