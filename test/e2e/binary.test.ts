/** The built binary, spawned without a terminal, as a script or CI job would run it. */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json'
import { binPath, spawnCli } from '../helpers/spawn-cli'

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

  it.skipIf(!existsSync('/dev/full'))('says in one line that it cannot write a result to a full disk, and exits 1', () => {
    for (const args of [['--version'], ['estimate', '1 + 1']]) {
      const full = openSync('/dev/full', 'w')
      const result = spawnSync(process.execPath, [binPath, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' })
      closeSync(full)
      expect(result.status).toBe(1)
      expect(result.stderr).toBe('error: cannot write the output: the disk is full\n')
    }
  })
})
