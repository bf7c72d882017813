import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { moveAside, readJsonFile } from '../../src/cli/json-file'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sysdrill-json-file-'))
  dirs.push(dir)
  return dir
}

describe('state files', () => {
  it('a second bad file in the same second is kept next to the first, never over it', () => {
    const dir = folder()
    const path = join(dir, 'drill-state.json')
    writeFileSync(path, 'first')
    expect(moveAside(path, '20261121-120751')).toBe(`${path}.corrupt-20261121-120751`)
    writeFileSync(path, 'second')
    expect(moveAside(path, '20261121-120751')).toBe(`${path}.corrupt-20261121-120751-2`)
    writeFileSync(path, 'third')
    expect(moveAside(path, '20261121-120751')).toBe(`${path}.corrupt-20261121-120751-3`)
    expect(readdirSync(dir).sort()).toEqual(['drill-state.json.corrupt-20261121-120751', 'drill-state.json.corrupt-20261121-120751-2', 'drill-state.json.corrupt-20261121-120751-3'])
    expect(['', '-2', '-3'].map((n) => readFileSync(`${path}.corrupt-20261121-120751${n}`, 'utf8'))).toEqual(['first', 'second', 'third'])
  })

  it('says why a file cannot be used: missing, empty, not JSON, too large', () => {
    const dir = folder()
    const path = join(dir, 'state.json')
    expect(readJsonFile(path, 100, 'a drill state')).toBeUndefined()
    writeFileSync(path, '  \n')
    expect(readJsonFile(path, 100, 'a drill state')).toEqual({ ok: false, reason: 'the file is empty' })
    writeFileSync(path, '{"a": ')
    expect(readJsonFile(path, 100, 'a drill state')).toEqual({ ok: false, reason: 'not valid JSON (Unexpected end of JSON input)' })
    // the reason is one line even when the text quoted in it has line breaks
    writeFileSync(path, 'garbage\nmore\n')
    expect(readJsonFile(path, 100, 'a drill state')).toEqual({ ok: false, reason: 'not valid JSON (Unexpected token \'g\', "garbage\\nmore\\n" is not valid JSON)' })
    writeFileSync(path, 'x'.repeat(3 * 1024 * 1024))
    expect(readJsonFile(path, 1024 * 1024, 'a drill state')).toEqual({ ok: false, reason: 'the file is 3 MB, too large for a drill state' })
    writeFileSync(path, '{"a": 1}')
    expect(readJsonFile(path, 100, 'a drill state')).toEqual({ ok: true, data: { a: 1 } })
  })
})
