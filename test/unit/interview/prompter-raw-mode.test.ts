import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createInquirerPrompter } from '../../../src/cli/prompter-inquirer'

/** A terminal stand-in: input that records raw-mode switches, output that is thrown away. */
function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, modes: [] as boolean[] })
  const setRawMode = (mode: boolean) => {
    input.isRaw = mode
    input.modes.push(mode)
    return input
  }
  const output = Object.assign(new PassThrough(), { columns: 80, rows: 24, isTTY: true })
  output.resume()
  return { input: Object.assign(input, { setRawMode }), output }
}

const box = () => ({ message: '› ', view: () => ({ status: 'status', footer: 'footer' }), subscribe: () => () => {} })
const tick = () => new Promise((resolve) => setImmediate(resolve))

afterEach(() => {
  vi.useRealTimers()
})

describe('the real prompter on a terminal', () => {
  it('keeps raw mode on under a prompt that follows the answer box, so keys are not echoed twice', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const { input, output } = terminal()
    const prompter = createInquirerPrompter({ input, output })
    const answer = prompter.answer(box())
    await tick()
    input.write('/pause\r')
    expect(await answer).toMatchObject({ line: '/pause' })
    const paused = prompter.input({ message: 'Paused. Press Enter to resume.' })
    await tick()
    vi.advanceTimersByTime(1000) // the grace period after the box ends while the prompt is open
    expect(input.isRaw).toBe(true)
    input.write('typed while paused\r')
    expect(await paused).toBe('typed while paused')
    vi.advanceTimersByTime(1000)
    expect(input.isRaw).toBe(false)
  })

  it('answers a prompt that Ctrl-D on an empty line would leave hanging', async () => {
    const { input, output } = terminal()
    const prompter = createInquirerPrompter({ input, output })
    const paused = prompter.input({ message: 'Paused. Press Enter to resume.' })
    await tick()
    input.write('\u0004')
    expect(await paused).toBe('')
    const finish = prompter.confirm({ message: 'End the interview now and see the report?', default: false })
    await tick()
    input.write('\u0004')
    expect(await finish).toBe(false)
    const pick = prompter.search({ message: 'Pick a problem', source: () => [{ name: 'One', value: 'one' }] })
    await tick()
    input.write('\u0004')
    await expect(pick).rejects.toMatchObject({ name: 'PromptCancelled' })
  })

  it('leaves Ctrl-D inside typed text to readline (it deletes forward)', async () => {
    const { input, output } = terminal()
    const prompter = createInquirerPrompter({ input, output })
    const paused = prompter.input({ message: 'Paused. Press Enter to resume.' })
    await tick()
    input.write('abc\u0002\u0004\r') // Ctrl-B moves left, Ctrl-D deletes the c
    expect(await paused).toBe('ab')
  })
})
