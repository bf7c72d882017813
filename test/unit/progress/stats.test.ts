import { describe, expect, it } from 'vitest'
import { emptyDrillState, type DrillState } from '../../../src/core/progress/drill-state'
import { DAY_MS } from '../../../src/core/progress/scheduler'
import { weakestPhases, type PhaseStats } from '../../../src/core/progress/phase-stats'
import { computeStats } from '../../../src/core/progress/stats'
import { DIGESTS } from '../../fixtures/progress/digests'

const NOW = Date.parse('2026-11-20T09:00:00.000Z')

function drillState(): DrillState {
  const state = emptyDrillState()
  const base = { reps: 1, ease: 2.5, intervalDays: 1, reviews: 1 }
  state.cards.c1 = { ...base, pack: 'p1', lapses: 1, lastCoverage: 0.2, lastGrade: 'again', dueAt: NOW - DAY_MS, lastReviewedAt: Date.parse('2026-11-12T09:00:00Z') }
  state.cards.c2 = { ...base, pack: 'p1', lapses: 0, lastCoverage: 0.5, lastGrade: 'good', dueAt: NOW + DAY_MS, lastReviewedAt: Date.parse('2026-11-12T09:00:00Z') }
  state.cards.z = { ...base, pack: 'p2', lapses: 0, lastCoverage: 0.9, lastGrade: 'good', dueAt: NOW + DAY_MS, lastReviewedAt: Date.parse('2026-11-11T09:00:00Z') }
  state.quizzes = [
    { id: 'problem-a:rate', at: Date.parse('2026-11-02T09:00:00Z'), grade: 'good', ratio: 1.2 },
    { id: 'problem-a:size', at: Date.parse('2026-11-09T09:00:00Z'), grade: 'off', ratio: 40 },
    { id: 'problem-b:rate', at: Date.parse('2026-11-12T09:00:00Z'), grade: 'missing' },
  ]
  return state
}

describe('progress stats over finished interviews', () => {
  const stats = computeStats(DIGESTS, drillState(), { nowMs: NOW })

  it('counts finished interviews only, and the practice time', () => {
    expect([stats.sessions, stats.unfinished, stats.from, stats.to, stats.since]).toEqual([4, 1, '2026-11-01T09:00:00.000Z', '2026-11-15T09:00:00.000Z', null])
    expect([stats.usedSeconds, stats.budgetSeconds]).toEqual([4530, 4560])
  })

  it('averages time per phase against its budget and counts the overruns', () => {
    expect(stats.phases.map((p) => [p.id, p.sessions, p.avgUsedSeconds, p.avgBudgetSeconds, p.overCount, p.coverage.hit, p.coverage.total])).toEqual([
      ['requirements', 4, 295, 300, 1, 7, 8],
      ['estimation', 4, 250, 240, 2, 4, 8],
      ['deep-dive', 4, 588, 600, 1, 7, 12],
    ])
    expect(stats.phases[0]!.usedShare).toBeCloseTo(1180 / 1200, 12)
    expect(stats.phases[1]!.usedShare).toBeCloseTo(1000 / 960, 12)
    expect(stats.phases[2]!.coverageShare).toBeCloseTo(7 / 12, 12)
  })

  it('names the weakest phases, lowest coverage first', () => {
    expect(stats.weakestPhases.map((p) => [p.id, p.coverageShare])).toEqual([
      ['estimation', 0.5],
      ['deep-dive', 7 / 12],
      ['requirements', 0.875],
    ])
  })

  it('at the same coverage, the phase with more points missed is weaker', () => {
    const phase = (id: string, hit: number, total: number, sessions: number): PhaseStats => ({
      id, title: id, sessions, avgUsedSeconds: 0, avgBudgetSeconds: 300, usedShare: 0, overCount: 0, coverage: { hit, total }, coverageShare: hit / total,
    })
    // one ML interview with a 1-point framing phase against six interviews that never wrapped up
    const weak = weakestPhases([phase('ml-framing', 0, 1, 1), phase('ml-clarify', 0, 3, 1), phase('wrap-up', 0, 6, 6), phase('api', 1, 2, 2)], 3)
    expect(weak.map((p) => p.id)).toEqual(['wrap-up', 'ml-clarify', 'ml-framing'])
  })

  it('finds weak topics: problem tags and drill packs', () => {
    expect(stats.topics.tags.map((t) => [t.tags, t.sessions, t.hit, t.total])).toEqual([
      [['counters'], 2, 7, 14],
      [['shared'], 4, 18, 28],
      [['feeds'], 2, 11, 14],
    ])
    expect(stats.topics.packs).toEqual([
      { pack: 'p1', cards: 2, coverage: 0.35, forgotten: 1, lapses: 1 },
      { pack: 'p2', cards: 1, coverage: 0.9, forgotten: 0, lapses: 0 },
    ])
  })

  it('measures estimation accuracy in interviews and quizzes', () => {
    expect(stats.estimates).toEqual({ good: 6, fair: 2, off: 1, wrongUnits: 1, invalid: 0, missing: 2, total: 12, answered: 10, shares: { good: 0.6, fair: 0.2, off: 0.2 } })
    expect(stats.quizzes).toEqual({ good: 1, fair: 0, off: 1, wrongUnits: 0, invalid: 0, missing: 1, total: 3, answered: 2, shares: { good: 0.5, fair: 0, off: 0.5 } })
    expect(stats.cards).toEqual({ reviewed: 3, due: 1, forgotten: 1 })
  })

  it('compares the earlier half with the recent half', () => {
    const { earlier, recent, series } = stats.trend!
    expect([earlier.sessions, earlier.coverage, earlier.goodEstimates, earlier.overBudget]).toEqual([2, 6 / 14, 0.25, 2 / 6])
    expect([recent.sessions, recent.coverage, recent.goodEstimates, recent.overBudget]).toEqual([2, 12 / 14, 5 / 6, 2 / 6])
    expect(series.map((s) => s.coverage)).toEqual([2 / 7, 4 / 7, 5 / 7, 1])
  })

  it('suggests what to drill next: due cards, the weakest pack, the drills the reports asked for', () => {
    expect(stats.drillNext).toEqual([
      { command: 'sysdrill drill --concepts', reason: '1 concept card is due for review' },
      { command: 'sysdrill drill --pack p1', reason: 'your answers in this pack covered 35 % of the key points' },
      { command: 'sysdrill drill x', reason: 'suggested by 2 interview reports' },
      { command: 'sysdrill drill y', reason: 'suggested by 2 interview reports' },
    ])
  })

  it('suggests estimation quizzes when fewer than half the estimates were within 2×', () => {
    const state = drillState()
    state.quizzes = Array.from({ length: 6 }, (_, i) => ({ id: `q:${i}`, at: NOW - i, grade: 'off' as const }))
    const weak = computeStats(DIGESTS, state, { nowMs: NOW })
    expect(weak.drillNext.find((s) => s.command === 'sysdrill drill --estimation')).toEqual({ command: 'sysdrill drill --estimation', reason: '6 of 16 estimates were within 2×' })
  })

  it('--since keeps the later interviews and drills only; too few for a trend', () => {
    const since = computeStats(DIGESTS, drillState(), { nowMs: NOW, sinceMs: Date.parse('2026-11-08T00:00:00Z') })
    expect([since.sessions, since.unfinished, since.since]).toEqual([2, 1, '2026-11-08T00:00:00.000Z'])
    expect(since.trend).toBeNull()
    expect(since.quizzes.total).toBe(2)
    // feeds: every key point covered since then, so not a weak topic
    expect(since.topics.tags.map((t) => t.tags)).toEqual([['counters'], ['shared']])
  })

  it('with nothing done, suggests an interview', () => {
    const empty = computeStats([], emptyDrillState(), { nowMs: NOW })
    expect([empty.sessions, empty.phases, empty.trend, empty.estimates.shares]).toEqual([0, [], null, null])
    expect(empty.drillNext).toEqual([{ command: 'sysdrill interview', reason: 'a finished interview gives the stats something to measure' }])
  })
})
