/**
 * Rubric coverage: for each template phase, which of the problem's key points the answer
 * covered. A point is covered when any of its keywords appears in the answer of the phase it
 * belongs to, not denied (see text-match.ts). A point said only in another phase is shown as
 * "said in <phase>" but not counted: the report trains saying things at the right time.
 * Points whose canonical phase the template does not cover are checked against the whole
 * interview and listed apart.
 */
import type { PhaseId } from '../phases'
import type { Problem, RubricPoint } from '../problems/types'
import { findKeyword, tokenize, type Token } from './text-match'
import type { SessionRecord } from './session-types'

export type PointStatus = 'hit' | 'elsewhere' | 'negated' | 'missed'

export interface PointResult {
  id: string
  point: string
  weight: 1 | 2 | 3
  phase: PhaseId
  status: PointStatus
  /** the keyword that matched (hit, elsewhere, negated) */
  keyword?: string
  /** the words around it, as the candidate wrote them */
  excerpt?: string
  /** elsewhere: the template phase where it was said */
  saidIn?: string
}

export interface PhaseCoverage {
  /** template phase id */
  id: string
  points: PointResult[]
  hit: number
  total: number
  /** weighted by the points' weights (3 = interview-deciding) */
  weightHit: number
  weightTotal: number
}

export interface Coverage {
  phases: PhaseCoverage[]
  /** points for canonical phases the template does not have, checked against all answers */
  unplaced: PointResult[]
}

interface AnswerText {
  phaseId: string
  text: string
  tokens: Token[]
}

/**
 * Everything the candidate wrote in a phase: answer lines, the draft, clarifying questions,
 * inline estimates with their results, and the estimation answers given there (with their
 * values when the caller has them, so "commentsPerDay to comments/s" also reads as
 * "23,148 comments/s").
 */
export function phaseText(session: SessionRecord, index: number, extra: readonly string[] = []): string {
  const phase = session.phases[index]!
  const estimates = Object.values(session.estimates).filter((e) => e.phaseId === phase.id).map((e) => e.input)
  const notes = phase.notes.map((n) => (n.result ? `${n.input} = ${n.result}` : n.input))
  return [phase.answer, phase.draft, ...phase.clarifications.map((c) => c.question), ...notes, ...estimates, ...extra]
    .filter((t) => t.trim() !== '')
    .join('\n')
}

function check(point: RubricPoint, own: AnswerText[], others: AnswerText[]): Omit<PointResult, 'id' | 'point' | 'weight' | 'phase'> {
  let negated: { keyword: string; excerpt: string } | undefined
  for (const answer of own) {
    for (const keyword of point.keywords) {
      const hits = findKeyword(answer.tokens, keyword, answer.text)
      const positive = hits.find((h) => !h.negated)
      if (positive) return { status: 'hit', keyword, excerpt: positive.excerpt }
      if (hits[0] && !negated) negated = { keyword, excerpt: hits[0].excerpt }
    }
  }
  for (const answer of others) {
    for (const keyword of point.keywords) {
      const positive = findKeyword(answer.tokens, keyword, answer.text).find((h) => !h.negated)
      if (positive) return { status: 'elsewhere', keyword, excerpt: positive.excerpt, saidIn: answer.phaseId }
    }
  }
  if (negated) return { status: 'negated', ...negated }
  return { status: 'missed' }
}

/** `extra`: more text per template phase id, e.g. the values of the estimates given there. */
export function scoreCoverage(session: SessionRecord, problem: Problem, extra: ReadonlyMap<string, string[]> = new Map()): Coverage {
  const answers: AnswerText[] = session.phases.map((p, i) => {
    const text = phaseText(session, i, extra.get(p.id))
    return { phaseId: p.id, text, tokens: tokenize(text) }
  })
  const result = (point: RubricPoint, own: AnswerText[], others: AnswerText[]): PointResult => ({
    id: point.id,
    point: point.point,
    weight: point.weight,
    phase: point.phase!,
    ...check(point, own, others),
  })
  const phases = session.phases.map((phase, i) => {
    const own = [answers[i]!]
    const others = answers.filter((_, j) => j !== i)
    const points = problem.rubric.filter((r) => r.phase !== undefined && phase.covers.includes(r.phase)).map((r) => result(r, own, others))
    const hitPoints = points.filter((p) => p.status === 'hit')
    return {
      id: phase.id,
      points,
      hit: hitPoints.length,
      total: points.length,
      weightHit: hitPoints.reduce((s, p) => s + p.weight, 0),
      weightTotal: points.reduce((s, p) => s + p.weight, 0),
    }
  })
  const covered = new Set(session.phases.flatMap((p) => p.covers))
  const unplaced = problem.rubric.filter((r) => r.phase !== undefined && !covered.has(r.phase)).map((r) => result(r, answers, []))
  return { phases, unplaced }
}
