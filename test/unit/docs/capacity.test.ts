/**
 * The capacity table holds the numbers the real estimation engine computes at generation
 * time, row by row, and a session's estimates are graded beside them as the report grades them.
 */
import { describe, expect, it } from 'vitest'
import { capacityTable, computeCapacity } from '../../../src/core/docs/capacity'
import { checkDocTemplate, renderDoc } from '../../../src/core/docs/render-doc'
import { getEngine } from '../../../src/core/estimate/index'
import { inspectDoc } from './markdown-check'
import { defaultTemplate, fixtureProblem, shippedProblem } from './problem-fixtures'
import { SESSIONS, fixtureSession } from './session-fixtures'

const engine = getEngine()

describe('the capacity table', () => {
  const problem = fixtureProblem('doc-capacity')

  it('computes each given and derived quantity with the engine, in its unit', () => {
    const capacity = computeCapacity(problem.scale, engine)
    expect(capacity.warnings).toEqual([])
    expect(capacity.derived.map((row) => [row.key, row.value, row.exact])).toEqual([
      ['writeRate', '23,148 comments/s', '23,148.1481481 comments/s'],
      ['ingress', '46.3 MB/s', '46.2962962963 MB/s'],
      ['peakIngress', '139 MB/s', '138.888888889 MB/s'],
      ['storagePerYear', '1,460.97 TB/year', '1,460.97 TB/year'],
    ])
  })

  it('lands in the default template as one table, givens first, derived values in bold', () => {
    const { markdown } = renderDoc(checkDocTemplate(defaultTemplate()), { problem, engine, date: '2026-11-21', generator: 'sysdrill 0.1.0' })
    const table = inspectDoc(markdown).tables.find((t) => t.header.join() === 'Quantity,Name,Expression,Value')!
    expect(table.rows).toEqual([
      ['Comments posted per day', '`commentsPerDay`', '`2 billion comments/day`', '2 billion comments/day'],
      ['Size of one comment', '`commentSize`', '`2 KB/comment`', '2 kB/comment'],
      ['Peak over average', '`peakFactor`', '`3`', '3'],
      ['Average writes per second', '`writeRate`', '`commentsPerDay`', '**23,148 comments/s**'],
      ['Ingress bandwidth', '`ingress`', '`writeRate * commentSize`', '**46.3 MB/s**'],
      ['Peak ingress bandwidth', '`peakIngress`', '`ingress * peakFactor`', '**139 MB/s**'],
      ['Storage added per year', '`storagePerYear`', '`commentsPerDay * commentSize`', '**1,460.97 TB/year**'],
    ])
  })

  it('comes with the same numbers as an estimate sheet that the engine recomputes line for line', () => {
    const { markdown } = renderDoc(checkDocTemplate(defaultTemplate()), { problem, engine, date: '2026-11-21', generator: 'sysdrill 0.1.0' })
    const sheet = markdown.split('<summary>The numbers as an estimate sheet</summary>\n\n```text\n')[1]!.split('\n```\n')[0]!
    expect(sheet.split('\n')).toEqual([
      'commentsPerDay = 2 billion comments/day',
      'commentSize = 2 KB/comment',
      'peakFactor = 3',
      'writeRate = commentsPerDay to comments/s',
      'ingress = writeRate * commentSize to MB/s',
      'peakIngress = ingress * peakFactor to MB/s',
      'storagePerYear = commentsPerDay * commentSize to TB/year',
    ])
    const values = engine.evaluateSheet(sheet).map((line) => (line.outcome?.ok === true ? line.outcome.text : line.outcome?.error.message))
    expect(values.slice(3)).toEqual(['23,148 comments/s', '46.3 MB/s', '139 MB/s', '1,460.97 TB/year'])
  })

  it('is also available as one generated table', () => {
    expect(capacityTable(computeCapacity(problem.scale, engine)).markdown.split('\n').slice(0, 3)).toEqual([
      '| Quantity | Name | Expression | Value |',
      '| --- | --- | --- | --- |',
      '| Comments posted per day | `commentsPerDay` | `2 billion comments/day` | 2 billion comments/day |',
    ])
  })
})

describe("a session's estimates", () => {
  it('are graded as the interview report grades them', () => {
    const problem = shippedProblem('live-comment-system')
    const { markdown } = renderDoc(checkDocTemplate(defaultTemplate()), {
      problem,
      engine,
      date: '2026-11-21',
      generator: 'sysdrill 0.1.0',
      session: fixtureSession(SESSIONS.standard),
    })
    const table = inspectDoc(markdown).tables.find((t) => t.header[1] === 'Your answer')!
    const byKey = new Map(table.rows.map((row) => [row[0], row]))
    expect(byKey.get('Average comment writes per second')).toEqual([
      'Average comment writes per second',
      '`23 thousand comments/s`',
      '23,000 comments/s',
      '23,148 comments/s',
      '0.994×',
      'good (within 2×)',
    ])
    expect(byKey.get('Egress bandwidth for delivered comments')?.slice(2)).toEqual(['4 GB/s', '4.63 GB/s', '0.864×', 'good (within 2×)'])
    expect(byKey.get('Ingress bandwidth for new comments')?.slice(2)).toEqual(['2,000,000 MB/s', '46.3 MB/s', '4.3e4×', 'off (more than 10× away)'])
    expect(byKey.get('Memory for the whole subscription map')?.[5]).toBe('wrong units')
    expect(byKey.get('Peak comment writes per second')?.slice(1)).toEqual(['—', '—', '69,444 comments/s', '—', 'not answered'])
  })
})
