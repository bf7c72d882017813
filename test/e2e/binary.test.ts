/** The built binary, spawned without a terminal, as a script or CI job would run it. */
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json'
import { spawnCli } from '../helpers/spawn-cli'

describe('the built binary', () => {
  it('prints its version', () => {
    const result = spawnCli(['--version'])
    expect(result).toMatchObject({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' })
  })

  it('prints help without colour codes when piped, even with FORCE_COLOR unset', () => {
    const result = spawnCli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: sysdrill')
    expect(result.stdout).not.toMatch(/\u001b\[/)
  })

  it('exits 2 on a usage error, with no stack trace', () => {
    const result = spawnCli(['estimate', '--no-such-flag'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("error: unknown option '--no-such-flag'")
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
