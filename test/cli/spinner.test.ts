import { describe, expect, it } from 'vitest'
import type { Deps } from '../../src/cli/deps'
import { withSpinner } from '../../src/cli/spinner'
import { createFakeClock } from '../helpers/fake-clock'

function terminal(isTTY: boolean) {
  const stream = {
    isTTY,
    columns: 80,
    text: '',
    write(chunk: string) {
      stream.text += chunk
      return true
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  }
  return stream
}

const ctx = (stderr: ReturnType<typeof terminal>, env: Record<string, string> = {}) => ({
  deps: { stderr, clock: createFakeClock(), env } as unknown as Deps,
})

describe('withSpinner', () => {
  it('shows nothing off a terminal, on a dumb one, or when disabled, and returns the work’s result', async () => {
    for (const [stream, env, enabled] of [
      [terminal(false), {}, true],
      [terminal(true), { TERM: 'dumb' }, true],
      [terminal(true), {}, false],
    ] as const) {
      const c = ctx(stream, env)
      const result = await withSpinner(c, 'working', async (progress) => {
        await progress.update('step 1')
        ;(c.deps.clock as ReturnType<typeof createFakeClock>).tick(1_000)
        return 42
      }, { enabled })
      expect(result).toBe(42)
      expect(stream.text).toBe('')
    }
  })

  it('stays off on a terminal that reports 0 columns (ora would erase lines forever)', async () => {
    await import('../../src/cli/spinner-ora') // loaded, so a spinner would start at once
    const stream = { ...terminal(true), columns: 0 }
    let moves = 0
    // ora erases a line per moveCursor: a runaway erase loop is stopped here, not left to hang the run
    stream.moveCursor = () => {
      if ((moves += 1) > 1_000) throw new Error('the spinner is erasing lines forever')
      return true
    }
    stream.write = (chunk: string) => {
      stream.text += chunk
      return true
    }
    const c = ctx(stream)
    const clock = c.deps.clock as ReturnType<typeof createFakeClock>
    const result = await withSpinner(c, 'scoring past interviews', async (progress) => {
      clock.tick(1_000)
      await new Promise((resolve) => setTimeout(resolve, 50))
      await progress.update('scoring past interviews: 2 of 9')
      return 'done'
    })
    expect([result, stream.text, clock.pending()]).toEqual(['done', '', 0])
  })

  it('starts only once the work has run 300 ms, shows the latest text, and clears itself', async () => {
    const stream = terminal(true)
    const c = ctx(stream)
    const clock = c.deps.clock as ReturnType<typeof createFakeClock>
    await withSpinner(c, 'checking files', async (progress) => {
      clock.tick(299)
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(stream.text).toBe('')
      await progress.update('checking 3 of 9 files')
      clock.tick(1)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(stream.text).toContain('checking 3 of 9 files')
    })
    expect(clock.pending()).toBe(0)
  })
})
