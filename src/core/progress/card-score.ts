/**
 * Scores a free-text answer to a concept card against the drill's rubric with the interview's
 * keyword matcher (text-match.ts: word forms, synonyms, phrases, negation), and suggests a
 * self-grade from the weighted share of key points covered. The suggestion is only the default
 * of the self-grade prompt: keywords cannot tell a deep answer from a name-drop, the person can.
 */
import { findKeyword, tokenize } from '../interview/text-match'
import type { RubricPoint } from '../problems/types'
import type { SelfGrade } from './scheduler'

export interface CardPoint {
  id: string
  point: string
  weight: 1 | 2 | 3
  /** negated: the keyword appears only in a clause that denies it */
  status: 'hit' | 'negated' | 'missed'
  keyword?: string
  /** the words around the match, as written */
  excerpt?: string
}

export interface CardScore {
  points: CardPoint[]
  hit: number
  total: number
  weightHit: number
  weightTotal: number
  /** weightHit / weightTotal (0 for an empty rubric) */
  share: number
  suggested: SelfGrade
}

/** Below this weighted share the suggestion is "again", below the next one "hard". */
export const SUGGEST_AGAIN_BELOW = 0.3
export const SUGGEST_HARD_BELOW = 0.6

export function scoreCard(rubric: readonly RubricPoint[], answer: string): CardScore {
  const tokens = tokenize(answer)
  const points = rubric.map((point): CardPoint => {
    const base = { id: point.id, point: point.point, weight: point.weight }
    let negated: CardPoint | undefined
    for (const keyword of point.keywords) {
      const hits = findKeyword(tokens, keyword, answer)
      const positive = hits.find((h) => !h.negated)
      if (positive) return { ...base, status: 'hit', keyword, excerpt: positive.excerpt }
      if (hits[0] && !negated) negated = { ...base, status: 'negated', keyword, excerpt: hits[0].excerpt }
    }
    return negated ?? { ...base, status: 'missed' }
  })
  const hitPoints = points.filter((p) => p.status === 'hit')
  const weightHit = hitPoints.reduce((s, p) => s + p.weight, 0)
  const weightTotal = points.reduce((s, p) => s + p.weight, 0)
  const share = weightTotal === 0 ? 0 : weightHit / weightTotal
  return { points, hit: hitPoints.length, total: points.length, weightHit, weightTotal, share, suggested: suggestGrade(answer, share) }
}

export function suggestGrade(answer: string, share: number): SelfGrade {
  if (answer.trim() === '' || share < SUGGEST_AGAIN_BELOW) return 'again'
  if (share < SUGGEST_HARD_BELOW) return 'hard'
  return 'good'
}
