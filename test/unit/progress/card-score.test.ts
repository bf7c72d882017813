import { describe, expect, it } from 'vitest'
import { scoreCard, suggestGrade } from '../../../src/core/progress/card-score'
import type { RubricPoint } from '../../../src/core/problems/types'

const RUBRIC: RubricPoint[] = [
  { id: 'overlap', weight: 3, point: 'Read and write sets overlap', keywords: ['overlap', 'intersect'] },
  { id: 'rule', weight: 2, point: 'W + R > N', keywords: ['greater than n'] },
  { id: 'versions', weight: 1, point: 'Newest version wins', keywords: ['version', 'timestamp'] },
]

describe('scoring a card answer with the interview matcher', () => {
  it('finds keywords by word form and quotes the answer', () => {
    const score = scoreCard(RUBRIC, 'Any read quorum intersects every write quorum, so the reader sees the newest versions.')
    expect(score.points.map((p) => [p.id, p.status, p.keyword ?? null])).toEqual([
      ['overlap', 'hit', 'intersect'],
      ['rule', 'missed', null],
      ['versions', 'hit', 'version'],
    ])
    expect(score.points[0]!.excerpt).toBe('Any read quorum intersects every write quorum,…')
    expect([score.hit, score.total, score.weightHit, score.weightTotal]).toEqual([2, 3, 4, 6])
    expect(score.share).toBeCloseTo(4 / 6, 10)
    expect(score.suggested).toBe('good')
  })

  it('a denied keyword does not count', () => {
    const score = scoreCard(RUBRIC, 'The sets do not overlap.')
    expect(score.points[0]!.status).toBe('negated')
    expect(score.hit).toBe(0)
    expect(score.suggested).toBe('again')
  })

  it('suggests again below 30 % of the weight, hard below 60 %, good above; never easy', () => {
    expect(suggestGrade('', 1)).toBe('again')
    expect(suggestGrade('x', 0.29)).toBe('again')
    expect(suggestGrade('x', 0.3)).toBe('hard')
    expect(suggestGrade('x', 0.59)).toBe('hard')
    expect(suggestGrade('x', 0.6)).toBe('good')
    expect(suggestGrade('x', 1)).toBe('good')
  })

  it('an empty answer covers nothing', () => {
    const score = scoreCard(RUBRIC, '')
    expect(score.points.every((p) => p.status === 'missed')).toBe(true)
    expect(score.share).toBe(0)
  })
})
