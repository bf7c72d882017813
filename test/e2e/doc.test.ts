/** `sysdrill doc` through the built binary, with no terminal, as a script would run it. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawnCli } from '../helpers/spawn-cli'
import { inspectDoc, sections } from '../unit/docs/markdown-check'
import { SESSIONS, sessionsFolder } from '../unit/docs/session-fixtures'

let root: string
let work: string
let env: Record<string, string>

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sysdrill-doc-e2e-'))
  work = join(root, 'work')
  mkdirSync(work)
  env = { HOME: root, SYSDRILL_HOME: join(root, 'data'), XDG_CONFIG_HOME: join(root, 'config'), XDG_DATA_HOME: join(root, 'xdg') }
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const doc = (args: string[]) => spawnCli(['doc', ...args], { env, cwd: work })
const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

describe('sysdrill doc (built binary)', () => {
  it('writes the default file in the current folder, dated today', () => {
    const result = doc(['live-comment-system'])
    expect(result).toMatchObject({ code: 0, stdout: '' })
    expect(result.stderr).toBe('wrote ./live-comment-system-design.md\nnext: replace each italic prompt with your design; GitHub renders the Mermaid diagram\n')
    const shape = inspectDoc(readFileSync(join(work, 'live-comment-system-design.md'), 'utf8'))
    expect(shape.frontMatter).toMatchObject({ problem: 'live-comment-system', status: 'draft', date: today() })
    expect(shape.codeBlocks.filter((b) => b.lang === 'mermaid')).toHaveLength(1)
    const capacity = shape.tables.find((t) => t.header[0] === 'Quantity')!
    expect(capacity.rows.find((row) => row[1] === '`ingress`')?.[3]).toBe('**46.3 MB/s**')
  })

  it('prints to stdout with -o -, and stderr stays empty', () => {
    const result = doc(['live-comment-system', '-o', '-'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.startsWith('---\ntitle: Design live comments for a live video platform\n')).toBe(true)
    expect(readdirSync(work)).toEqual([])
  })

  it('refuses to overwrite without --force (exit 1), then overwrites with it', () => {
    writeFileSync(join(work, 'live-comment-system-design.md'), 'keep me\n')
    const refused = doc(['live-comment-system'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      'error: ./live-comment-system-design.md already exists; nothing was written\nhint: pass --force to overwrite it, or choose another path with -o (-o - prints to stdout)\n',
    )
    expect(readFileSync(join(work, 'live-comment-system-design.md'), 'utf8')).toBe('keep me\n')
    const forced = doc(['live-comment-system', '--force'])
    expect(forced.code).toBe(0)
    expect(forced.stderr.split('\n')[0]).toBe('overwrote ./live-comment-system-design.md')
    expect(readFileSync(join(work, 'live-comment-system-design.md'), 'utf8')).toMatch(/^---\n/)
    // the atomic write leaves no temp file behind
    expect(readdirSync(work)).toEqual(['live-comment-system-design.md'])
  })

  it('fills the doc from the latest session with --last', () => {
    mkdirSync(join(env.SYSDRILL_HOME!, 'sessions'), { recursive: true })
    cpSync(join(sessionsFolder, `${SESSIONS.standard}.json`), join(env.SYSDRILL_HOME!, 'sessions', `${SESSIONS.standard}.json`))
    const result = doc(['--last'])
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n')[0]).toBe(`wrote ./live-comment-system-design.md from session ${SESSIONS.standard}`)
    const markdown = readFileSync(join(work, 'live-comment-system-design.md'), 'utf8')
    expect(inspectDoc(markdown).frontMatter).toMatchObject({ session: SESSIONS.standard })
    const section = sections(markdown)
    expect(section.get('Non-functional requirements')!.split('\n\n')[0]).toBe('p99 under 250 ms in-region | AP over CP; never lose an acknowledged comment.')
    expect(section.get('Interview timing')).toContain('| **Total** | 45:00 | 38:10 | 85 % |')
  })
})
