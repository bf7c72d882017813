/** Problems for doc tests, read and validated by the real problem parser. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseProblem } from '../../../src/core/problems/parse-problem'
import type { Problem } from '../../../src/core/problems/types'
import { repoRoot } from '../../helpers/run-cli'

export const docFixtures = join(repoRoot, 'test', 'fixtures', 'docs')

export function loadProblemFile(path: string): Problem {
  const id = path.split('/').pop()!.replace(/\.yaml$/, '')
  const parsed = parseProblem(readFileSync(path), { expectedId: id })
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error')
  if (!parsed.problem || errors.length > 0) throw new Error(`${path}: ${errors.map((d) => `${d.line}:${d.col} ${d.message}`).join('; ')}`)
  return parsed.problem
}

/** test/fixtures/docs/problems/<id>.yaml */
export const fixtureProblem = (id: string) => loadProblemFile(join(docFixtures, 'problems', `${id}.yaml`))

/** problems/<id>.yaml, as shipped */
export const shippedProblem = (id: string) => loadProblemFile(join(repoRoot, 'problems', `${id}.yaml`))

export const defaultTemplate = () => readFileSync(join(repoRoot, 'templates', 'doc', 'default.md'), 'utf8')
