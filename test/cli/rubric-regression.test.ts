/**
 * Guards the library's rubrics: for every design problem, a strong answer written the way a
 * good candidate talks (two of them, in different words) covers nearly every weighted key
 * point, and one generic answer (load balancer, cache, Kafka, "highly available", dashboards)
 * covers almost none. A keyword that any answer contains, or a synonym a strong answer uses
 * that the rubric lacks, shows up here. Answers are in test/fixtures/rubric/.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot, runCli, tempHome } from '../helpers/run-cli'

const fixtures = join(repoRoot, 'test', 'fixtures', 'rubric')
const problemIds = readdirSync(join(repoRoot, 'problems'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))

const home = tempHome()
afterAll(() => home.cleanup())

interface Report {
  phases: Array<{ points: Array<{ weight: number; status: string }> }>
}

async function weightedCoverage(id: string, answers: string): Promise<number> {
  const { code, stdout, stderr } = await runCli(['interview', id, '--answers', answers, '--json'], { env: home.env })
  expect(stderr.split('\n').filter((line) => line.startsWith('error') || line.startsWith('warning'))).toEqual([])
  expect(code).toBe(0)
  const points = (JSON.parse(stdout) as Report).phases.flatMap((phase) => phase.points)
  const total = points.reduce((sum, p) => sum + p.weight, 0)
  const hit = points.filter((p) => p.status === 'hit').reduce((sum, p) => sum + p.weight, 0)
  return hit / total
}

describe('rubrics tell a strong answer from a generic one', () => {
  it('has strong answers for every design problem', () => {
    expect(readdirSync(join(fixtures, 'strong')).sort()).toEqual(problemIds.map((id) => `${id}.yaml`).sort())
    expect(readdirSync(join(fixtures, 'second')).sort()).toEqual(problemIds.map((id) => `${id}.yaml`).sort())
  })

  it.each(problemIds)('%s', async (id) => {
    expect(await weightedCoverage(id, join(fixtures, 'generic.yaml'))).toBeLessThanOrEqual(0.1)
    expect(await weightedCoverage(id, join(fixtures, 'strong', `${id}.yaml`))).toBeGreaterThanOrEqual(0.9)
    expect(await weightedCoverage(id, join(fixtures, 'second', `${id}.yaml`))).toBeGreaterThanOrEqual(0.85)
  })
})
