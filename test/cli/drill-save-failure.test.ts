/** A drill whose state file cannot be written (a full disk): it goes on, retries, and says so. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { describeFsError } from '../../src/cli/errors'
import { runCli, tempHome } from '../helpers/run-cli'
import { PROGRESS_PROBLEMS } from '../fixtures/progress/sessions'

const disk = vi.hoisted(() => ({ failures: 0 }))

vi.mock('../../src/cli/atomic-write', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/cli/atomic-write')>()
  return {
    ...real,
    writeFileAtomic(path: string, contents: string, options?: Parameters<typeof real.writeFileAtomic>[2]) {
      if (path.endsWith('drill-state.json') && disk.failures > 0) {
        disk.failures -= 1
        throw describeFsError(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }), path, 'write')
      }
      real.writeFileAtomic(path, contents, options)
    },
  }
})

beforeAll(() => {
  process.env.TZ = 'UTC'
})

const cleanups: Array<() => void> = []
afterEach(() => {
  cleanups.splice(0).forEach((c) => c())
  disk.failures = 0
})

const ANSWERS = `- quiz: progress-counter:eventRate
  answer: 10 thousand events/s
- card: fixture-retries
  answer: Exponential backoff with jitter.
  grade: good
- quiz: progress-counter:peakRate
  answer: 30 thousand events/s
`

async function drill(failures: number) {
  const home = tempHome()
  cleanups.push(home.cleanup)
  disk.failures = failures
  const result = await runCli(['drill', '--problems-dir', PROGRESS_PROBLEMS, '--answers', '-', '--json'], { env: { ...home.env, NO_COLOR: '1' }, stdin: ANSWERS })
  const statePath = join(home.env.SYSDRILL_HOME!, 'drill-state.json')
  return { ...result, statePath, state: existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : undefined }
}

describe('sysdrill drill when the state file cannot be written', () => {
  it('a save that fails once is reported, retried after the next answer, and nothing is lost', async () => {
    const result = await drill(1)
    expect(result.code).toBe(0)
    // wrapped to the terminal (100 columns here); joined back for the comparison
    expect(result.stderr.replace(/\n {2}/g, ' ')).toBe(`  Could not save the drill state: ${result.statePath}: the disk is full, nothing was written. Your answers are kept; saving is retried after every answer.\n`)
    expect(Math.max(...result.stderr.split('\n').map((l) => l.length))).toBeLessThanOrEqual(99)
    expect(JSON.parse(result.stdout).items.map((i: { id: string }) => i.id)).toEqual(['progress-counter:eventRate', 'fixture-retries', 'progress-counter:peakRate'])
    // the first quiz, whose own save failed, is in the file all the same
    expect(result.state.quizzes.map((q: { id: string }) => q.id)).toEqual(['progress-counter:eventRate', 'progress-counter:peakRate'])
    expect(Object.keys(result.state.cards)).toEqual(['fixture-retries'])
  })

  it('a disk that stays full: every answer is still graded and shown, the warning comes once, and the command fails at the end', async () => {
    const result = await drill(100)
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).items).toHaveLength(3)
    expect(result.stderr.replace(/\n {2}/g, ' ')).toBe(
      [
        `  Could not save the drill state: ${result.statePath}: the disk is full, nothing was written. Your answers are kept; saving is retried after every answer.`,
        `error: the drill state could not be saved: ${result.statePath}: the disk is full, nothing was written`,
        'hint: the results above are complete; fix the cause (disk space, permissions of SYSDRILL_HOME) and drill again to keep a schedule',
        '',
      ].join('\n'),
    )
    expect(result.state).toBeUndefined()
  })
})
