/**
 * The fast summary path (js-yaml plus a yes/no schema check) may only vouch for files the full
 * parser accepts, and must then give the same summary. Any file with something to report goes
 * to the full parser, so `problems list` warns about it with the exact line and column.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { quickSummary } from '../../../src/cli/library/quick-parser'
import { parseProblem, toSummary } from '../../../src/core/problems/parse-problem'
import { repoRoot } from '../../helpers/run-cli'

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && name !== 'packs.yaml')
    .map((name) => ({ id: name.slice(0, -'.yaml'.length), path: join(dir, name) }))

const builtin = [...yamlFiles(join(repoRoot, 'problems')), ...yamlFiles(join(repoRoot, 'problems', 'drills'))]
const broken = yamlFiles(join(repoRoot, 'test', 'fixtures', 'problems', 'broken'))

describe('quickSummary', () => {
  it('has the built-in library to compare against', () => {
    expect(builtin.length).toBeGreaterThanOrEqual(100)
  })

  it.each(builtin.map((f) => [f.id, f.path]))('gives the full parser’s summary for %s', (id, path) => {
    const bytes = readFileSync(path)
    const full = parseProblem(bytes, { expectedId: id })
    expect(full.problem).toBeDefined()
    expect(quickSummary(bytes, id)).toEqual(toSummary(full.problem!))
  })

  const rejected = broken.filter((f) => parseProblem(readFileSync(f.path), { expectedId: f.id }).problem === undefined)

  it('covers the single-file failures of the broken corpus', () => {
    expect(rejected.map((f) => f.id)).toEqual(expect.arrayContaining(['null-value', 'flow-comma', 'flow-sequence-comma', 'numeric-keyword', 'alias-bomb', 'unknown-key', 'id-mismatch']))
  })

  it.each(rejected.map((f) => [f.id, f.path]))('defers %s to the full parser', (id, path) => {
    expect(quickSummary(readFileSync(path), id)).toBeUndefined()
  })

  const valid = readFileSync(join(repoRoot, 'problems', 'drills', 'cap-theorem.yaml'), 'utf8')

  it('defers a key that would reach an object prototype', () => {
    expect(quickSummary(Buffer.from(`${valid}__proto__:\n  polluted: true\n`), 'cap-theorem')).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('defers a file with only a warning (its position comes from the full parser)', () => {
    const withTodo = valid.replace(/^summary: .*$/m, 'summary: TODO write the one-line summary')
    expect(parseProblem(withTodo, { expectedId: 'cap-theorem' }).problem).toBeDefined()
    expect(quickSummary(Buffer.from(withTodo), 'cap-theorem')).toBeUndefined()
  })

  it('defers a file whose id does not match its name', () => {
    expect(quickSummary(Buffer.from(valid), 'cap-theorem-copy')).toBeUndefined()
  })
})
