import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'

// Every help screen a user can open, read in an 80-column terminal.
const COMMANDS: string[][] = [
  [],
  ['interview'],
  ['estimate'],
  ['numbers'],
  ['problems'],
  ['problems', 'list'],
  ['problems', 'show'],
  ['problems', 'validate'],
  ['problems', 'new'],
  ['doc'],
  ['history'],
  ['stats'],
  ['drill'],
]

describe('--help at 80 columns', () => {
  for (const command of COMMANDS) {
    const name = ['sysdrill', ...command].join(' ')
    it(`${name} --help: no line wider than 80, examples of this command`, async () => {
      const { code, stdout, stderr } = await runCli([...command, '--help'], { columns: 80 })
      expect(code).toBe(0)
      expect(stderr).toBe('')
      const wide = stdout.split('\n').filter((line) => line.length > 80)
      expect(wide).toEqual([])
      const examples = stdout.split('\n').filter((line) => line.startsWith('  $ '))
      expect(examples.length).toBeGreaterThan(0)
      for (const example of examples) {
        // a comment after an example is set off by at least two spaces, never one
        expect(example).toMatch(/^ {2}\$ (?:sysdrill|printf) [^ ].*$/)
        if (command.length > 0) expect(example.includes(name) || example.startsWith('  $ sysdrill doc --last')).toBe(true)
      }
    })
  }

  it('sets the drill example comment apart from its arguments', async () => {
    const { stdout } = await runCli(['drill', '--help'])
    expect(stdout).toContain('  $ sysdrill drill --estimation url-shortener  quizzes from one problem\n')
  })
})
