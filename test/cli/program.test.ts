import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json'
import { runCli } from '../helpers/run-cli'

describe('the program', () => {
  it('prints help with examples first on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const examples = stdout.indexOf('Examples:')
    const usage = stdout.indexOf('Usage: sysdrill')
    expect(examples).toBeGreaterThan(-1)
    expect(usage).toBeGreaterThan(examples)
    expect(stdout).toContain('sysdrill estimate "2 billion comments/day * 2 KB/comment to MB/s"')
  })

  it('prints help when run with no arguments', async () => {
    const { code, stdout } = await runCli([])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: sysdrill')
  })

  it('prints the version', async () => {
    const { code, stdout } = await runCli(['--version'])
    expect(code).toBe(0)
    expect(stdout).toBe(`${packageJson.version}\n`)
  })

  it('rejects an unknown option with exit 2 and a hint', async () => {
    const { code, stdout, stderr } = await runCli(['--frobnicate'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe("error: unknown option '--frobnicate'\n(run 'sysdrill --help' or 'sysdrill <command> --help' for usage)\n")
  })

  it('suggests the closest command for a typo', async () => {
    const { code, stderr } = await runCli(['estimat', '1'])
    expect(code).toBe(2)
    expect(stderr).toContain("error: unknown command 'estimat'")
    expect(stderr).toContain('(Did you mean estimate?)')
  })
})
