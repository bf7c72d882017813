import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CancelledError, CliError, describeFsError, UsageError } from '../../src/cli/errors'
import { reportError } from '../../src/cli/main'
import { writeFileAtomic } from '../../src/cli/atomic-write'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

async function reported(error: unknown, debug = false): Promise<{ code: number; text: string }> {
  let text = ''
  const stderr = { isTTY: false, write: (chunk: string) => (text += chunk) }
  const code = await reportError(error, { stderr, env: {} }, { debug, colorFlag: true })
  return { code, text }
}

describe('how errors reach the user', () => {
  it('an expected error is a cause and a fix, with its exit code and no stack', async () => {
    expect(await reported(new CliError('x.yaml: no such file or folder', { hint: 'check the path and try again' }))).toEqual({
      code: 1,
      text: 'error: x.yaml: no such file or folder\nhint: check the path and try again\n',
    })
    expect(await reported(new UsageError("--limit 'ten' is not a whole number of 1 or more", 'for example --limit 10'))).toEqual({
      code: 2,
      text: "error: --limit 'ten' is not a whole number of 1 or more\nhint: for example --limit 10\n",
    })
  })

  it('Ctrl-C at a prompt says "Cancelled." and exits 130, without calling it an error', async () => {
    expect(await reported(new CancelledError())).toEqual({ code: 130, text: 'Cancelled.\n' })
    expect(await reported(new CancelledError(''))).toEqual({ code: 130, text: '' })
  })

  it('anything else is a bug: one line and how to get the stack, which only --debug prints', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')")
    expect(await reported(bug)).toEqual({
      code: 1,
      text: "error: unexpected failure: Cannot read properties of undefined (reading 'id')\nhint: this is a bug in sysdrill; rerun with --debug to see where it happened and report it\n",
    })
    expect((await reported(bug, true)).text).toContain('TypeError: Cannot read properties of undefined')
  })
})

describe('file errors as causes and fixes', () => {
  function folder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'sysdrill-errors-'))
    dirs.push(dir)
    return dir
  }

  it('a file where a folder should be is named, with what to do about it', () => {
    const dir = folder()
    const home = join(dir, 'home')
    writeFileSync(home, 'not a folder')
    let caught: unknown
    try {
      writeFileAtomic(join(home, 'sessions', 'a.json'), '{}')
    } catch (error) {
      caught = error
    }
    expect(caught).toMatchObject({
      message: `${join(home, 'sessions')}: ${home} is a file, not a folder`,
      hint: `move or rename ${home}, or choose another location`,
      exitCode: 1,
    })
  })

  it('says which failure it was: missing, permission, full disk, read-only', () => {
    const fsError = (code: string) => Object.assign(new Error(code), { code })
    expect([
      describeFsError(fsError('ENOENT'), '/a/b.yaml', 'read'),
      describeFsError(fsError('EACCES'), '/a/state.json', 'write'),
      describeFsError(fsError('ENOSPC'), '/a/state.json', 'write'),
      describeFsError(fsError('EROFS'), '/a/state.json', 'write'),
    ].map((e) => [e.message, e.hint])).toEqual([
      ['/a/b.yaml: no such file or folder', 'check the path and try again'],
      ['/a/state.json: permission denied, cannot write it', 'fix the permissions or choose another location'],
      ['/a/state.json: the disk is full, nothing was written', 'free some space and try again'],
      ['/a/state.json: the file system is read-only', 'choose a writable location'],
    ])
  })

  it('a full disk says the previous copy is untouched only when there is one', () => {
    const dir = folder()
    const path = join(dir, 'drill-state.json')
    writeFileSync(path, '{}')
    expect(describeFsError(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }), path, 'write').hint).toBe('free some space; your previous copy is untouched')
  })

  it('a path whose parts are all folders keeps the general wording', () => {
    const dir = folder()
    mkdirSync(join(dir, 'x'))
    const error = describeFsError(Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' }), join(dir, 'x', 'y'), 'read')
    expect([error.message, error.hint]).toEqual([`${join(dir, 'x', 'y')}: a part of this path is a file, not a folder`, 'check the path'])
  })
})
