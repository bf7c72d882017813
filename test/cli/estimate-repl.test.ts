/**
 * The calculator prompt, driven through a PassThrough stdin marked as a terminal: readline
 * reads keys from it (\r is Enter, \x03 is Ctrl-C; the end of the input is Ctrl-D).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli, tempHome } from '../helpers/run-cli'

const homes: Array<ReturnType<typeof tempHome>> = []
function home() {
  const h = tempHome()
  homes.push(h)
  return h
}
afterEach(() => {
  for (const h of homes.splice(0)) h.cleanup()
})

async function repl(keys: string, h = home()) {
  const result = await runCli(['estimate'], { env: h.env, stdin: keys, stdinIsTTY: true, cwd: h.home })
  // the prompt and readline's redraws go to stderr; results to stdout
  const messages = result.stderr.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
  return { ...result, messages, home: h }
}

describe('the estimate REPL', () => {
  it('evaluates lines, keeps names and ans, and leaves with 0 at the end of input (Ctrl-D)', async () => {
    const r = await repl('w = 2 billion comments/day\rw * 2 KB/comment to MB/s\rans * 2\r')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      'w = 23,148 comments/s\n  exact    23,148.1481481 comments/s\n46.3 MB/s\n  exact    46.2962962963 MB/s\n92.6 MB/s\n  exact    92.5925925926 MB/s\n',
    )
    expect(r.messages).toContain('sysdrill estimate: type an expression')
    expect(r.messages).toContain('› ')
  })

  it('reports errors on stderr and goes on', async () => {
    const r = await repl('1 KB + 1 s\r2 + 2\r')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('4\n')
    expect(r.messages).toContain('error: cannot add kB (data) and s (time): to add them, first multiply s by a data rate (e.g. * 125 MB/s)')
  })

  it(':vars lists the names, :help the commands, :units the table', async () => {
    const r = await repl('dau = 100 million users\rpeak = 3\r:vars\r:help\r:units\r')
    expect(r.stdout).toContain('dau = 100 million users\npeak = 3\n')
    expect(r.stdout).toContain(':save FILE     write this session as a sheet (:save! FILE overwrites)')
    expect(r.stdout).toContain('machine = server = node = host = instance = box')
  })

  it(':save writes the session as a sheet that runs again, and refuses to overwrite without !', async () => {
    const h = home()
    const r = await repl('w = 2 billion comments/day\rbroken +\rw * 2 KB/comment to MB/s\r:save capacity.txt\r:save capacity.txt\r:save! capacity.txt\r', h)
    const file = join(h.home, 'capacity.txt')
    const sheet = readFileSync(file, 'utf8').split('\n')
    expect(sheet[0]).toBe('# sysdrill estimate session, saved 2026-11-21 09:00 UTC')
    expect(sheet.slice(1)).toEqual(['w = 2 billion comments/day', 'w * 2 KB/comment to MB/s', ''])
    expect(r.messages).toContain('saved 2 lines to capacity.txt (run it again with: sysdrill estimate --file capacity.txt)')
    expect(r.messages).toContain('error: capacity.txt already exists; :save! capacity.txt replaces it')
    const again = await runCli(['estimate', '--file', file], { env: h.env })
    expect(again.code).toBe(0)
  })

  it(':help fits 80 columns and its examples run as shown', async () => {
    const r = await repl(':help\r')
    const help = r.stdout.trimEnd().split('\n')
    expect(help.filter((line) => line.length > 79)).toEqual([])
    const examples = help.slice(1, help.indexOf('Commands:')).map((line) => line.trim().split(/\s{2,}/)[0]!)
    expect(examples).toEqual(['2 billion comments/day * 2 KB/comment to MB/s', 'writes = 23 thousand comments/s', 'writes * 100 reads/comment', 'ans * 3'])
    const run = await repl(`${examples.join('\r')}\r`)
    expect(run.messages).not.toContain('error:')
    expect(run.stdout).toBe('46.3 MB/s\n  exact    46.2962962963 MB/s\nwrites = 23,000 comments/s\n2.3 million reads/s\n6.9 million reads/s\n')
  })

  it(':save ~/FILE writes in the home folder', async () => {
    const h = home()
    const r = await repl('1 + 1\r:save ~/sheet.txt\r', h)
    expect(r.messages).toContain('saved 1 line to ~/sheet.txt')
    expect(readFileSync(join(h.home, 'sheet.txt'), 'utf8')).toBe('# sysdrill estimate session, saved 2026-11-21 09:00 UTC\n1 + 1\n')
  })

  it('explains an unknown command', async () => {
    const r = await repl(':sve x\r:quit\r')
    expect(r.code).toBe(0)
    expect(r.messages).toContain('error: unknown command :sve; did you mean :save or :save!? (:help lists them)')
  })

  it(':quit leaves with 0 and ignores what follows', async () => {
    const r = await repl(':quit\r1 + 1\r')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
  })

  it('Ctrl-C clears the line; on an empty line it says how to leave; a second Ctrl-C leaves with 130', async () => {
    const r = await repl('12345\x031 + 1\r\x03\x03')
    expect(r.code).toBe(130)
    expect(r.stdout).toBe('2\n')
    expect(r.messages).toContain('(to leave press Ctrl-C again, Ctrl-D, or type :quit)')
  })

  it('any line between two Ctrl-C disarms the exit', async () => {
    const r = await repl('\x03:vars\r\x03')
    expect(r.code).toBe(0)
  })

  it(':napkin turns napkin values on', async () => {
    const r = await repl(':napkin\r2 billion comments/day to comments/s\r')
    expect(r.stdout).toContain('napkin   ≈ 20,000 comments/s = 2 × 10^4 comments/s (1 day ≈ 10^5 s, 1 significant digit)')
  })

  it('keeps a history file under SYSDRILL_HOME and trims it', async () => {
    const h = home()
    await repl('1 + 1\r:vars\r', h)
    const file = join(h.env.SYSDRILL_HOME!, 'estimate_history')
    expect(readFileSync(file, 'utf8')).toBe('1 + 1\n:vars\n')
    writeFileSync(file, Array.from({ length: 1200 }, (_, i) => `${i}`).join('\n'))
    await repl('2 + 2\r', h)
    const lines = readFileSync(file, 'utf8').trim().split('\n')
    expect(lines.length).toBe(1001)
    expect(lines.at(-1)).toBe('2 + 2')
    expect(existsSync(file)).toBe(true)
  })
})
