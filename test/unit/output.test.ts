import { describe, expect, it } from 'vitest'
import { colorEnabled, createOutput } from '../../src/cli/output'
import { captureStream } from '../helpers/run-cli'

describe('colour policy', () => {
  const tty = { colorFlag: true, env: {}, isTTY: true }
  it.each([
    ['a terminal with nothing set', tty, true],
    ['a pipe', { ...tty, isTTY: false }, false],
    ['--no-color', { ...tty, colorFlag: false }, false],
    ['NO_COLOR=1', { ...tty, env: { NO_COLOR: '1' } }, false],
    ['NO_COLOR set but empty (means unset)', { ...tty, env: { NO_COLOR: '' } }, true],
    ['TERM=dumb', { ...tty, env: { TERM: 'dumb' } }, false],
    ['FORCE_COLOR=1 on a pipe', { ...tty, isTTY: false, env: { FORCE_COLOR: '1' } }, true],
    ['FORCE_COLOR=0 on a terminal', { ...tty, env: { FORCE_COLOR: '0' } }, true],
    ['NO_COLOR beats FORCE_COLOR', { ...tty, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, false],
    ['--no-color beats FORCE_COLOR', { ...tty, colorFlag: false, env: { FORCE_COLOR: '1' } }, false],
  ])('%s', (_label, inputs, expected) => {
    expect(colorEnabled(inputs)).toBe(expected)
  })

  it('decides per stream: a piped stdout is plain while a terminal stderr is coloured', async () => {
    const output = await createOutput(captureStream(false), captureStream(true), { colorFlag: true, env: {} })
    expect(output.outTheme.enabled).toBe(false)
    expect(output.errTheme.enabled).toBe(true)
    expect(output.outTheme.bad('x')).toBe('x')
    expect(output.errTheme.bad('x')).toBe('\u001b[31mx\u001b[39m')
  })
})
