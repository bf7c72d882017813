/**
 * bin/sysdrill.cjs loads V8 code caches next to the bundles. V8 checks a cache against the
 * source's length only, so a bundle rebuilt to the same length would run the old code unless
 * the content stamp is compared. This test makes exactly that stale pair and runs it.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const copy = mkdtempSync(join(tmpdir(), 'sysdrill-cache-'))
afterAll(() => rmSync(copy, { recursive: true, force: true }))

function help(): string {
  const result = spawnSync(process.execPath, [join(copy, 'bin', 'sysdrill.cjs'), '--help'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  expect(result.stderr).toBe('')
  return result.stdout
}

describe('the code cache', () => {
  it('is ignored when the bundle changed but kept its length', () => {
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true })
    const bundle = join(copy, 'dist', 'main.cjs')
    const original = readFileSync(bundle, 'utf8')
    expect(original).toMatch(/^\/\*sysdrill:[0-9a-f]{16}\*\//)
    expect(help()).toContain('a timed mock interview')

    // a "rebuild" of the same length: new text, new stamp, and the old cache left in place
    const rebuilt = original
      .replace(/^\/\*sysdrill:[0-9a-f]{16}\*\//, '/*sysdrill:0000000000000000*/')
      .replaceAll('a timed mock interview', 'A TIMED MOCK INTERVIEW')
    expect(rebuilt.length).toBe(original.length)
    writeFileSync(bundle, rebuilt)
    expect(help()).toContain('A TIMED MOCK INTERVIEW')
  })
})
