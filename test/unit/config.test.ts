import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadConfig, resolveSetting } from '../../src/cli/config'
import { tempHome } from '../helpers/run-cli'

const homes: Array<() => void> = []
afterEach(() => homes.splice(0).forEach((cleanup) => cleanup()))

function configFile(text: string): string {
  const t = tempHome()
  homes.push(t.cleanup)
  const dir = join(t.home, 'config', 'sysdrill')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'config.yaml')
  writeFileSync(file, text)
  return file
}

describe('loadConfig', () => {
  it('treats a missing file as an empty config', async () => {
    expect(await loadConfig('/nonexistent/sysdrill/config.yaml', '/home/u')).toEqual({ interview: {}, doc: {}, problems: { dirs: [] } })
  })

  it('reads every known key and expands paths', async () => {
    const file = configFile('interview:\n  minutes: 60\n  mode: practice\n  template: four-step\ndoc:\n  template: ./doc.md\nproblems:\n  dirs: [~/mine, /abs/p]\n')
    const config = await loadConfig(file, '/home/u')
    expect(config).toEqual({
      interview: { minutes: 60, mode: 'practice', template: 'four-step' },
      doc: { template: join(file, '..', 'doc.md') },
      problems: { dirs: ['/home/u/mine', '/abs/p'] },
    })
  })

  it.each([
    ['interview:\n  minutes: soon\n', ":2:12: 'interview.minutes' must be a whole number of minutes from 10 to 180"],
    // the interview's range: out of it used to pass here and fail later, without the file's line
    ['interview:\n  minutes: 100000\n', ":2:12: 'interview.minutes' must be a whole number of minutes from 10 to 180"],
    ['interview:\n  minutes: 5\n', ":2:12: 'interview.minutes' must be a whole number of minutes from 10 to 180"],
    ['interview:\n  minutes: 45.5\n', ":2:12: 'interview.minutes' must be a whole number of minutes from 10 to 180"],
    ['interview:\n  mode: relaxed\n', ":2:9: 'interview.mode' must be strict or practice"],
    ['colour: true\n', ":1:1: unknown section 'colour' (known: interview, doc, problems)"],
    ['interview:\n  minuets: 45\n', ":2:3: unknown key 'interview.minuets' (known: minutes, mode, template)"],
    ['interview: [1, 2\n', ':1:12: this [ is never closed; end the list with ], or write one "- item" per line'],
  ])('rejects %j with file:line:col', async (text, expected) => {
    const file = configFile(text)
    await expect(loadConfig(file, '/home/u')).rejects.toThrow(`${file}${expected}`)
  })

  it('a bad value is a failure (exit 1) whose hint names the file to fix', async () => {
    const file = configFile('interview:\n  minutes: 500\n')
    await expect(loadConfig(file, '/home/u')).rejects.toMatchObject({ exitCode: 1, hint: `fix or remove it in ${file} (sections: interview, doc, problems)` })
  })

  it('picks the first defined setting (flags > env > config > default)', () => {
    expect(resolveSetting<number | string>(undefined, '50', 60, 45)).toBe('50')
    expect(resolveSetting<number>(undefined, undefined, 60, 45)).toBe(60)
    expect(resolveSetting<number>(undefined, undefined, undefined, 45)).toBe(45)
  })
})
