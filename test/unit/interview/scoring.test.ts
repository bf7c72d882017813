import { describe, expect, it } from 'vitest'
import { getEngine } from '../../../src/core/estimate/index'
import { planBudgets } from '../../../src/core/interview/budgets'
import { compareToReference, formatRatio, gradeAnswer, gradeEstimates, gradeRatio, ratioBasisNote, ratioDirection } from '../../../src/core/interview/estimate-grading'
import { buildReport } from '../../../src/core/interview/report'
import { reportJson } from '../../../src/core/interview/report-json'
import { scoreCoverage } from '../../../src/core/interview/scoring'
import { advance, begin, createSession } from '../../../src/core/interview/session'
import { addAnswer, answerEstimate } from '../../../src/core/interview/session-actions'
import type { SessionRecord } from '../../../src/core/interview/session-types'
import type { PhaseTemplate } from '../../../src/core/interview/template-types'
import { liveComments } from '../../fixtures/interview/live-comments'
import { shippedTemplate } from '../../fixtures/interview/templates'

const T0 = Date.UTC(2026, 10, 21, 9, 0, 0)
const problem = liveComments()

/** Plays answers into a session: phase id -> text (phases not named are skipped). */
function play(answers: Record<string, string>, template: PhaseTemplate = shippedTemplate('default'), estimates: Record<string, string> = {}): SessionRecord {
  let s = begin(createSession({ id: 's', problem, template, plan: planBudgets(template, 45), mode: 'strict', source: 'answers-file', nowMs: T0 }), T0).session
  let now = T0
  while (s.status !== 'finished') {
    const phase = s.phases[s.current]!
    if (answers[phase.id]) s = addAnswer(s, answers[phase.id]!, now).session
    if (phase.covers.includes('estimation')) for (const [key, input] of Object.entries(estimates)) s = answerEstimate(s, key, input).session
    now += 60_000
    const index = s.current
    while (s.current === index && s.status !== 'finished') s = advance(s, problem, now, answers[phase.id] ? 'next' : 'skipped').session
  }
  return s
}

describe('rubric coverage', () => {
  it('marks each point hit, said in another phase, only denied, or missed', () => {
    const session = play({
      requirements: 'Viewers post and read comments.',
      'non-functional': 'p99 under a second. Moderation is out of scope.',
      'data-model': "We don't need Cassandra; Postgres is fine.",
    })
    const coverage = scoreCoverage(session, problem)
    const byId = Object.fromEntries(coverage.phases.flatMap((p) => p.points).map((p) => [p.id, p]))
    expect(byId.users).toMatchObject({ status: 'hit', keyword: 'viewer', excerpt: 'Viewers post and read comments.' })
    expect(byId.scope).toMatchObject({ status: 'elsewhere', keyword: 'moderation', saidIn: 'non-functional' })
    expect(byId.latency).toMatchObject({ status: 'hit', keyword: 'p99' })
    expect(byId.store).toMatchObject({ status: 'negated', keyword: 'cassandra', excerpt: "We don't need Cassandra; Postgres is fine." })
    expect(byId.pubsub).toMatchObject({ status: 'missed' })
    expect(coverage.phases.map((p) => [p.id, p.hit, p.total, p.weightHit, p.weightTotal])).toEqual([
      ['requirements', 1, 2, 2, 3],
      ['non-functional', 1, 2, 3, 5],
      ['estimation', 0, 1, 0, 2],
      ['api', 0, 1, 0, 2],
      ['data-model', 0, 1, 0, 2],
      ['high-level-design', 0, 2, 0, 5],
      ['deep-dive', 0, 2, 0, 5],
      ['operations', 0, 1, 0, 1],
      ['wrap-up', 0, 1, 0, 1],
    ])
    expect(coverage.unplaced).toEqual([])
  })

  it('maps points onto a template whose phases cover several canonical phases', () => {
    const session = play({ scope: 'viewers, moderation out of scope, p99 latency, availability first, 23k per second' }, shippedTemplate('four-step'))
    const scope = scoreCoverage(session, problem).phases[0]!
    expect(scope.points.map((p) => [p.id, p.status])).toEqual([
      ['users', 'hit'], ['scope', 'hit'], ['latency', 'hit'], ['availability', 'hit'], ['qps', 'hit'],
    ])
  })

  it('checks points of canonical phases the template lacks against the whole interview', () => {
    const ml = shippedTemplate('ml-design')
    const session = play({ 'ml-serving': 'a pub/sub fan-out to the viewers', 'wrap-up': 'alerts on lag' }, ml)
    const coverage = scoreCoverage(session, problem)
    // ml-design covers every canonical phase (operations through ml-eval)
    expect(coverage.unplaced).toEqual([])
    const custom: PhaseTemplate = { ...ml, phases: ml.phases.filter((p) => p.id !== 'ml-eval') }
    const partial = scoreCoverage(play({ 'ml-serving': 'alerts on delivery lag' }, custom), problem)
    expect(partial.unplaced.map((p) => [p.id, p.status])).toEqual([['alerts', 'hit']])
  })
})

describe('estimate grades', () => {
  const engine = getEngine()

  it('grades by the ratio to the reference, in bands of 2x and 10x', () => {
    expect([1, 1.99, 0.51, 2.01, 9.9, 0.11, 10.5, 0.05, 0, -1, Number.NaN].map(gradeRatio)).toEqual(['good', 'good', 'good', 'fair', 'fair', 'fair', 'off', 'off', 'off', 'off', 'off'])
  })

  it('compares a share close to its whole by what is missing, not by plain ratio', () => {
    // 98.9 % against 99.84 % is within 1 % by ratio but seven times the downtime
    const far = compareToReference(98.9, 99.840065, '%')
    expect(far.basis).toBe('shortfall')
    expect(far.ratio).toBeCloseTo(1.1 / 0.159935, 9)
    expect(gradeRatio(far.ratio)).toBe('fair')
    expect(gradeRatio(compareToReference(99.9, 99.840065, '%').ratio)).toBe('good')
    expect(gradeRatio(compareToReference(100, 99.9, '%').ratio)).toBe('off')
    expect(compareToReference(0.999, 0.998, '').ratio).toBeCloseTo(0.5, 12)
    // below half the whole, and any unit with a dimension, compare plainly
    expect(compareToReference(3, 2, '%')).toEqual({ ratio: 1.5, basis: 'value' })
    expect(compareToReference(99, 98, 'requests/s')).toEqual({ ratio: 1.01020408163, basis: 'value' })
  })

  it('grades an exact answer right or wrong, not by the bands', () => {
    expect(gradeAnswer(12, 16, { unit: 'requests', exact: true, tolerance: 0.01 })).toEqual({ grade: 'off', ratio: 0.75, basis: 'exact' })
    expect(gradeAnswer(16, 16, { unit: 'requests', exact: true, tolerance: 0 })).toEqual({ grade: 'good', ratio: 1, basis: 'exact' })
    expect(gradeAnswer(12, 16, { unit: 'requests' })).toEqual({ grade: 'good', ratio: 0.75, basis: 'value' })
    expect(ratioBasisNote('exact', 'requests')).toBe(' (an exact answer)')
  })

  it('formats ratios and says when they compare what is missing', () => {
    expect([0.864, 1, 12.4, 43296, 0.0004, 0, Number.NaN, undefined].map(formatRatio)).toEqual(['0.864×', '1×', '12.4×', '4.3e4×', '4.0e-4×', '0×', '—', '—'])
    // well under 1, a plain ratio is also said upside down; shares and exact answers are not
    expect([0.03125, 0.4, 0.5, 3, 0, undefined].map((r) => ratioDirection(r, 'value'))).toEqual([' (32× too low)', ' (2.5× too low)', '', '', '', ''])
    expect([ratioDirection(0.1, 'shortfall'), ratioDirection(0.1, 'exact'), ratioDirection(0.1, undefined)]).toEqual(['', '', ' (10× too low)'])
    expect(ratioBasisNote('shortfall', '%')).toBe(' (by what is missing from 100 %)')
    expect(ratioBasisNote('value', '%')).toBe('')
  })

  it('evaluates answers with the givens and earlier answers, and shows the reference derivation', () => {
    const session = play({}, shippedTemplate('default'), { writeQps: 'commentsPerDay to comments/s', ingress: 'writeQps * commentSize' })
    const grades = gradeEstimates(session, problem, engine)
    expect(grades.map((g) => [g.key, g.grade, g.answerText, g.referenceText])).toEqual([
      ['writeQps', 'good', '23,148 comments/s', '23,148 comments/s'],
      ['ingress', 'good', '46.3 MB/s', '46.3 MB/s'],
    ])
    expect(grades[1]!.derivation.map((d) => [d.text, d.given])).toEqual([
      ['commentsPerDay = 2 billion comments/day', true],
      ['commentSize = 2 KB/comment', true],
      ['ingress = commentsPerDay * commentSize to MB/s = 46.3 MB/s', false],
    ])
  })

  it('writes a step that only converts a given as a conversion', () => {
    const derived = problem.scale.derived.map((d) => (d.key === 'writeQps' ? { ...d, expr: 'commentsPerDay' } : d))
    const converting = { ...problem, scale: { ...problem.scale, derived } }
    const [writeQps] = gradeEstimates(play({}), converting, engine)
    expect(writeQps!.derivation.map((d) => d.text)).toEqual(['commentsPerDay = 2 billion comments/day', 'writeQps = commentsPerDay to comments/s = 23,148 comments/s'])
  })

  it('tells fair, off, wrong units, invalid and missing apart', () => {
    const cases: Array<[string | undefined, string]> = [
      ['100 thousand comments/s', 'fair'],
      ['3 million comments/s', 'off'],
      ['40 MB/s', 'wrong-units'],
      ['23k comments/s +', 'invalid'],
      [undefined, 'missing'],
    ]
    for (const [input, grade] of cases) {
      const session = play({}, shippedTemplate('default'), input === undefined ? {} : { writeQps: input })
      const [writeQps] = gradeEstimates(session, problem, engine)
      expect([input, writeQps!.grade]).toEqual([input, grade])
      if (grade === 'wrong-units' || grade === 'invalid') expect(writeQps!.error).toMatch(/\S/)
    }
  })

  it('a wrong-units answer says why, without the advice to convert to a unit of its own kind', () => {
    const errorFor = (input: string) => gradeEstimates(play({}, shippedTemplate('default'), { writeQps: input }), problem, engine)[0]!.error
    expect(errorFor('3 hours')).toBe('cannot convert h to comments/s: h is time and comments/s is a rate of comments')
    // advice that fixes the answer itself stays
    expect(errorFor('40 MB/s')).toBe('cannot convert MB/s to comments/s: divide by a size per comment (e.g. 2 KB/comment)')
  })
})

describe('the report', () => {
  it('counts a good or fair estimate as saying what it answered, and an off one as its value only', () => {
    const withPoint = { ...problem, rubric: [...problem.rubric, { id: 'bandwidth', phase: 'estimation' as const, weight: 2 as const, point: 'Sized the write bandwidth', keywords: ['bandwidth'] }] }
    const point = (ingress: string) => {
      const report = buildReport(play({}, shippedTemplate('default'), { ingress }), withPoint, getEngine(), T0)
      return report.phases.find((p) => p.id === 'estimation')!.points.find((p) => p.id === 'bandwidth')
    }
    expect(point('commentsPerDay * commentSize to MB/s')).toMatchObject({ status: 'hit', keyword: 'bandwidth', excerpt: 'Write bandwidth: 46.3 MB/s' })
    expect(point('200 MB/s')).toMatchObject({ status: 'hit', excerpt: 'Write bandwidth: 200 MB/s' })
    expect(point('1 GB/s')).toMatchObject({ status: 'missed' })
  })

  it('names the weakest reached phase and the drills tied to missed points', () => {
    const session = play({
      requirements: 'viewers post and read; moderation out of scope',
      'non-functional': 'p99 latency; availability over ordering',
      'high-level-design': 'pub/sub per video, SSE to viewers',
      'deep-dive': 'partition by video id',
    })
    const report = buildReport(session, problem, getEngine(), T0)
    expect(report.weakestPhase).toEqual({ id: 'estimation', title: 'Capacity estimation', reason: '0 of 1 key points, 0 of 2 estimates within 2×' })
    // the missed store point ties to the storage deep dive, the hot-video point to hot-videos;
    // equal weights keep the order of the problem's related concepts
    expect(report.drillNext).toEqual(['partitioning', 'hot-keys'])
    expect(report.coverage).toEqual({ hit: 7, total: 13 })
    const json = reportJson(report)
    expect(json.phases[6]).toMatchObject({ id: 'deep-dive', budgetSeconds: 660, usedSeconds: 60, coverage: { hit: 1, total: 2 }, endReason: 'next' })
    expect(json.estimates.map((e) => [e.key, e.grade, e.answer, e.ratio])).toEqual([
      ['writeQps', 'missing', null, null],
      ['ingress', 'missing', null, null],
    ])
  })

  it('leaves phases the interview never reached out of the weakest phase', () => {
    let s = begin(createSession({ id: 's', problem, template: shippedTemplate('default'), plan: planBudgets(shippedTemplate('default'), 45), mode: 'strict', source: 'interactive', nowMs: T0 }), T0).session
    s = addAnswer(s, 'viewers only', T0).session
    const report = buildReport(s, problem, undefined, T0 + 60_000)
    expect(report.weakestPhase).toEqual({ id: 'requirements', title: 'Requirements and scope', reason: '1 of 2 key points' })
    expect(report.phases.filter((p) => p.status === 'pending')).toHaveLength(8)
    expect(report.estimates).toEqual([])
  })
})
