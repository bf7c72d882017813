/**
 * The end-of-interview report as data: time per phase against its budget, rubric coverage,
 * estimate grades, hints, the weakest phase and what to drill next. The terminal view and
 * `--json` both render this one model, and `sysdrill doc --session` can reuse it.
 */
import type { Engine } from '../estimate/types'
import type { Problem } from '../problems/types'
import { gradeEstimates, type EstimateGrade } from './estimate-grading'
import { phaseText, scoreCoverage, type PointResult } from './scoring'
import { phaseUsedMs } from './session-time'
import type { PhaseEndReason, RaisedFollowUp, SessionRecord } from './session-types'
import { tokenize, findKeyword } from './text-match'

export interface PhaseReport {
  id: string
  title: string
  budgetSeconds: number
  usedSeconds: number
  /** seconds past the budget (practice mode), 0 otherwise */
  overSeconds: number
  /** pending phases were never reached */
  status: 'done' | 'active' | 'pending'
  endReason?: PhaseEndReason
  coverage: { hit: number; total: number }
  points: PointResult[]
  hintsUsed: number
  followUps: RaisedFollowUp[]
  /** the answer was empty */
  empty: boolean
}

export interface WeakestPhase {
  id: string
  title: string
  /** one line: why this phase */
  reason: string
}

export interface InterviewReport {
  problem: string
  title: string
  session: string
  status: SessionRecord['status']
  mode: SessionRecord['mode']
  template: string
  minutes: number
  usedSeconds: number
  phases: PhaseReport[]
  estimates: EstimateGrade[]
  /** rubric points for phases this template does not have */
  unplaced: PointResult[]
  hintsUsed: number
  coverage: { hit: number; total: number }
  weakestPhase?: WeakestPhase
  /** drill ids worth practising next, most relevant first */
  drillNext: string[]
  /** estimates were missing or off: practise this problem's estimation quizzes */
  estimationDrill: boolean
}

const ESTIMATE_CREDIT: Record<EstimateGrade['grade'], number> = { good: 1, fair: 0.5, off: 0, 'wrong-units': 0, invalid: 0, missing: 0 }

export function buildReport(session: SessionRecord, problem: Problem, engine: Engine | undefined, nowMs: number): InterviewReport {
  const estimates = engine ? gradeEstimates(session, problem, engine) : []
  // the value of an answer counts as said where it was given ("2 billion comments/day"); a
  // good or fair answer also says what it answered ("Redirects per second (average)"): working
  // out a quantity covers a key point about deriving it
  const values = new Map<string, string[]>()
  for (const grade of estimates) {
    const phaseId = session.estimates[grade.key]?.phaseId
    if (!phaseId || !grade.answerText) continue
    const said = grade.grade === 'good' || grade.grade === 'fair' ? `${grade.label}: ${grade.answerText}` : grade.answerText
    values.set(phaseId, [...(values.get(phaseId) ?? []), said])
  }
  const coverage = scoreCoverage(session, problem, values)
  const phases: PhaseReport[] = session.phases.map((phase, i) => {
    const usedSeconds = Math.round(phaseUsedMs(session, i, nowMs) / 1000)
    const scored = coverage.phases[i]!
    return {
      id: phase.id,
      title: phase.title,
      budgetSeconds: phase.budgetSeconds,
      usedSeconds,
      overSeconds: Math.max(0, usedSeconds - phase.budgetSeconds),
      status: phase.status,
      ...(phase.endReason ? { endReason: phase.endReason } : {}),
      coverage: { hit: scored.hit, total: scored.total },
      points: scored.points,
      hintsUsed: phase.hints.length,
      followUps: phase.followUps,
      empty: phaseText(session, i).trim() === '',
    }
  })
  const weakest = weakestPhase(session, coverage.phases, estimates)
  const totalHit = phases.reduce((s, p) => s + p.coverage.hit, 0)
  const totalPoints = phases.reduce((s, p) => s + p.coverage.total, 0)
  return {
    problem: problem.id,
    title: problem.title,
    session: session.id,
    status: session.status,
    mode: session.mode,
    template: session.template.id,
    minutes: session.minutes,
    usedSeconds: phases.reduce((s, p) => s + p.usedSeconds, 0),
    phases,
    estimates,
    unplaced: coverage.unplaced,
    hintsUsed: phases.reduce((s, p) => s + p.hintsUsed, 0),
    coverage: { hit: totalHit, total: totalPoints },
    ...(weakest ? { weakestPhase: weakest } : {}),
    drillNext: drillsFor(problem, [...coverage.phases.flatMap((p) => p.points), ...coverage.unplaced]),
    estimationDrill: estimates.some((e) => e.grade !== 'good'),
  }
}

/**
 * The phase with the lowest weighted coverage (estimation phases blend in their estimate
 * grades), among the phases the interview reached; ties go to the phase with more at stake
 * (rubric weight), then to the one that ran furthest over its budget.
 */
function weakestPhase(session: SessionRecord, phases: ReturnType<typeof scoreCoverage>['phases'], estimates: EstimateGrade[]): WeakestPhase | undefined {
  let best: { index: number; score: number; stake: number; over: number } | undefined
  session.phases.forEach((phase, index) => {
    if (phase.status === 'pending') return
    const scored = phases[index]!
    const parts: number[] = []
    if (scored.weightTotal > 0) parts.push(scored.weightHit / scored.weightTotal)
    if (phase.covers.includes('estimation') && estimates.length > 0) {
      parts.push(estimates.reduce((s, e) => s + ESTIMATE_CREDIT[e.grade], 0) / estimates.length)
    }
    if (parts.length === 0) return
    const score = parts.reduce((a, b) => a + b, 0) / parts.length
    const over = phase.usedMs / 1000 - phase.budgetSeconds
    // an estimate counts like an expected (weight 2) point when deciding ties
    const stake = scored.weightTotal + (phase.covers.includes('estimation') ? 2 * estimates.length : 0)
    const tie = best !== undefined && Math.abs(score - best.score) < 1e-9
    if (!best || score < best.score - 1e-9 || (tie && (stake > best.stake || (stake === best.stake && over > best.over)))) best = { index, score, stake, over }
  })
  if (!best || best.score >= 1) return undefined
  const phase = session.phases[best.index]!
  const scored = phases[best.index]!
  const parts = [`${scored.hit} of ${scored.total} key points`]
  if (phase.covers.includes('estimation') && estimates.length > 0) {
    parts.push(`${estimates.filter((e) => e.grade === 'good').length} of ${estimates.length} estimates within 2×`)
  }
  return { id: phase.id, title: phase.title, reason: parts.join(', ') }
}

/**
 * Drills tied to what was missed: a deep dive whose key points or title mention a missed
 * point's keywords contributes its concepts; a drill whose id names a missed keyword counts
 * too. Without any tie, the problem's related concepts stand in when coverage is incomplete.
 */
function drillsFor(problem: Problem, points: PointResult[]): string[] {
  const missed = points.filter((p) => p.status !== 'hit')
  if (missed.length === 0) return []
  // numbers ("23 thousand", "1.6 GB") say nothing about which concept was missing
  const keywordsOf = (id: string) => (problem.rubric.find((r) => r.id === id)?.keywords ?? []).filter((k) => !/\d/.test(k))
  const score = new Map<string, number>()
  const bump = (drill: string, by: number) => score.set(drill, (score.get(drill) ?? 0) + by)
  const allDrills = [...new Set([...problem.relatedConcepts, ...problem.deepDives.flatMap((d) => d.concepts)])]
  // tokenize each text once, not once per missed point (a long history scores many sessions)
  const dives = problem.deepDives.map((dive) => {
    const text = [dive.title, dive.prompt, ...dive.keyPoints].join('\n')
    return { concepts: dive.concepts, text, tokens: tokenize(text) }
  })
  const drills = allDrills.map((drill) => {
    const name = drill.replace(/-/g, ' ')
    return { drill, name, tokens: tokenize(name) }
  })
  for (const point of missed) {
    const keywords = keywordsOf(point.id)
    for (const dive of dives) {
      if (keywords.some((k) => findKeyword(dive.tokens, k, dive.text).length > 0)) for (const c of dive.concepts) bump(c, point.weight)
    }
    for (const { drill, name, tokens } of drills) {
      if (keywords.some((k) => findKeyword(tokens, k, name).length > 0)) bump(drill, point.weight * 2)
    }
  }
  if (score.size === 0) return problem.relatedConcepts.slice(0, 3)
  return [...score.entries()].sort((a, b) => b[1] - a[1] || allDrills.indexOf(a[0]) - allDrills.indexOf(b[0])).slice(0, 3).map(([id]) => id)
}
