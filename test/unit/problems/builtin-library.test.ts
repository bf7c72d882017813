/**
 * The shipped library must validate, and every derived number in it must be what its
 * expression computes: this is the guard against shipping wrong arithmetic (the seed notes
 * had several slips; see research/seed-problems.md §4).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getEngine } from '../../../src/core/estimate/index'
import { checkReferences } from '../../../src/core/problems/catalog-rules'
import { formatDiagnostic } from '../../../src/core/problems/diagnostic'
import { parsePacks, parseProblem } from '../../../src/core/problems/parse-problem'
import { computeScale, scaleDiagnostics } from '../../../src/core/problems/scale'
import type { Problem } from '../../../src/core/problems/types'
import { repoRoot } from '../../helpers/run-cli'

const dir = join(repoRoot, 'problems')
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)),
  ...readdirSync(join(dir, 'drills')).filter((f) => f.endsWith('.yaml') && f !== 'packs.yaml').map((f) => join(dir, 'drills', f)),
].sort()
const parsed = files.map((file) => {
  const id = file.split('/').pop()!.replace(/\.yaml$/, '')
  return { file: file.slice(repoRoot.length + 1), id, ...parseProblem(readFileSync(file), { expectedId: id }) }
})
const problems = parsed.flatMap((p) => (p.problem ? [p.problem] : []))
const packs = parsePacks(readFileSync(join(dir, 'drills', 'packs.yaml')))

describe('the built-in library', () => {
  it('has problems and drills', () => {
    expect(problems.filter((p) => p.kind !== 'drill').length).toBeGreaterThan(0)
    expect(problems.filter((p) => p.kind === 'drill').length).toBeGreaterThan(0)
  })

  it.each(parsed.map((p) => [p.file, p] as const))('%s validates', (file, p) => {
    expect(p.diagnostics.map((d) => formatDiagnostic(file, d))).toEqual([])
  })

  it('packs.yaml validates and every pack has drills', () => {
    expect(packs.diagnostics).toEqual([])
    const used = new Set(problems.map((p) => p.pack).filter(Boolean))
    expect(packs.packs!.map((p) => p.id).filter((id) => !used.has(id))).toEqual([])
  })

  it('references only problems, drills and packs that exist', () => {
    const universe = { kinds: new Map(problems.map((p) => [p.id, p.kind] as const)), packs: new Set(packs.packs?.map((p) => p.id)) }
    const problemsOf = parsed.filter((p) => p.problem)
    const errors = problemsOf.flatMap((p) => checkReferences(p.value, p.positions, universe).map((d) => formatDiagnostic(p.file, d)))
    expect(errors).toEqual([])
  })

  const quantities = problems.flatMap((problem: Problem) => problem.scale.derived.map((d) => [`${problem.id}: ${d.key}`, problem, d.key] as const))

  it.each(quantities)('%s recomputes within its tolerance', (_name, problem, key) => {
    const rows = computeScale(problem.scale, getEngine())
    const row = rows.find((r) => r.kind === 'derived' && r.key === key)!
    expect(row.error).toBeUndefined()
    expect(row.deviation).toBeLessThanOrEqual(row.tolerance! * (1 + 1e-9))
  })

  it.each(problems.filter((p) => p.scale.givens.length > 0).map((p) => [p.id, p] as const))('%s: every given reads cleanly', (_id, problem) => {
    const rows = computeScale(problem.scale, getEngine())
    const positions = parsed.find((p) => p.id === problem.id)!.positions
    expect(scaleDiagnostics(rows, positions).map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([])
  })
})
