/**
 * src/core is pure logic: it never touches the terminal, the process, the environment or the
 * clock. This test reads every core file and fails on a forbidden import or global.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/run-cli'

const FORBIDDEN_MODULES = /from\s+['"](chalk|ora|commander|inquirer|@inquirer\/[\w-]+|node:process|process|node:child_process|child_process|node:readline|readline|node:tty|tty)['"]/
const FORBIDDEN_GLOBALS = /\bprocess\.(env|stdout|stderr|stdin|exit|argv|cwd|on|hrtime)\b|\bDate\.now\(\)|\bnew Date\(\)|\bperformance\.now\(\)|\bsetTimeout\(|\bsetInterval\(/
const CLI_IMPORT = /from\s+['"][./]*\/cli\//

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path))
    else if (name.endsWith('.ts')) files.push(path)
  }
  return files
}

describe('src/core stays pure', () => {
  const coreDir = join(repoRoot, 'src', 'core')
  const files = sourceFiles(coreDir)

  it('has core files to check', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files.map((f) => [relative(repoRoot, f), f]))('%s imports no shell module and reads no process, env or clock', (_name, file) => {
    const lines = readFileSync(file, 'utf8').split('\n')
    const offenders = lines
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => !line.trim().startsWith('//') && !line.trim().startsWith('*'))
      .filter(({ line }) => FORBIDDEN_MODULES.test(line) || FORBIDDEN_GLOBALS.test(line) || CLI_IMPORT.test(line))
      .map(({ line, n }) => `${n}: ${line.trim()}`)
    expect(offenders).toEqual([])
  })

  it('detects a forbidden import when one is present', () => {
    expect(FORBIDDEN_MODULES.test("import chalk from 'chalk'")).toBe(true)
    expect(FORBIDDEN_MODULES.test("import { select } from '@inquirer/prompts'")).toBe(true)
    expect(FORBIDDEN_GLOBALS.test('const t = Date.now()')).toBe(true)
    expect(FORBIDDEN_GLOBALS.test('if (process.env.X) {}')).toBe(true)
    expect(CLI_IMPORT.test("import { x } from '../../cli/output'")).toBe(true)
    expect(FORBIDDEN_MODULES.test("import { parse } from 'yaml'")).toBe(false)
  })
})
