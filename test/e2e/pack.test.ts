/**
 * What npm users get: pack the package, install the tarball into an empty prefix, and run the
 * installed binary from outside the repository. Catches a `files` list that forgets something
 * the bundles read at run time (problems/, templates/, dist/ chunks).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import packageJson from '../../package.json'
import { repoRoot } from '../helpers/run-cli'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let work: string
let installedBin: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sysdrill-pack-'))
  // dist/ is already built by `npm test`; --ignore-scripts keeps `prepare` from rebuilding it
  // underneath the other end-to-end tests running in parallel.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  const packed = (JSON.parse(out) as Array<{ filename: string }>)[0]
  if (!packed) throw new Error(`npm pack printed no file: ${out}`)
  const { filename } = packed
  const prefix = join(work, 'prefix')
  execFileSync(
    npm,
    ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', '--no-save', join(work, filename)],
    { cwd: work, encoding: 'utf8', stdio: 'pipe' },
  )
  installedBin = join(prefix, 'node_modules', '.bin', 'sysdrill')
}, 180_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

function run(args: string[]) {
  return spawnSync(installedBin, args, {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: work, SYSDRILL_HOME: join(work, 'home'), XDG_CONFIG_HOME: join(work, 'config') },
  })
}

describe('the npm tarball', () => {
  it('ships the bundles, the problems and the templates, and no sources or tests', () => {
    const pkg = join(work, 'prefix', 'node_modules', 'sysdrill')
    expect(existsSync(join(pkg, 'dist', 'main.cjs'))).toBe(true)
    expect(existsSync(join(pkg, 'bin', 'sysdrill.cjs'))).toBe(true)
    expect(existsSync(join(pkg, 'templates'))).toBe(true)
    expect(existsSync(join(pkg, 'problems'))).toBe(true)
    expect(readdirSync(pkg).sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'problems', 'templates'])
  })

  it('runs --version from the installed prefix', () => {
    const result = run(['--version'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(`${packageJson.version}\n`)
    expect(result.status).toBe(0)
  })

  it('runs an estimate from the installed prefix', () => {
    const result = run(['estimate', '--json', '1 Gbps to MB/s'])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ input: '1 Gbps to MB/s', ok: true, value: 125, unit: 'MB/s' })
  })
})
