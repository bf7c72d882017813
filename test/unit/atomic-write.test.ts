import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ensureDir, writeFileAtomic } from '../../src/cli/atomic-write'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'sysdrill-aw-'))
  dirs.push(d)
  return d
}

describe('atomic writes', () => {
  it('creates missing folders level by level and replaces the file whole, leaving no temp file', () => {
    const root = temp()
    const file = join(root, 'a', 'b', 'c', 'state.json')
    writeFileAtomic(file, 'first')
    writeFileAtomic(file, 'second')
    expect(readFileSync(file, 'utf8')).toBe('second')
    expect(readdirSync(join(root, 'a', 'b', 'c'))).toEqual(['state.json'])
  })

  it('fails at once, with the folder named, where Node 20 would spin (/proc) or a file is in the way', () => {
    // returning at all is the point: Node's own recursive mkdirSync never does here
    expect(() => ensureDir('/proc/sysdrill-test/x')).toThrow('/proc/sysdrill-test: no such file or folder')
    const root = temp()
    writeFileSync(join(root, 'file'), 'x')
    expect(() => ensureDir(join(root, 'file', 'sub'))).toThrow(join(root, 'file', 'sub'))
    expect(existsSync(join(root, 'file', 'sub'))).toBe(false)
  })
})
