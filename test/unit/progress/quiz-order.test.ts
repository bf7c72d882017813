import { describe, expect, it } from 'vitest'
import type { QuizRecord } from '../../../src/core/progress/drill-state'
import { planQuizzes, seededRandom, shuffle } from '../../../src/core/progress/quiz-order'

const T0 = Date.UTC(2026, 10, 21, 9, 0, 0)

describe('the order of estimation quizzes', () => {
  const log: QuizRecord[] = [
    { id: 'a:x', at: T0, grade: 'off' },
    { id: 'b:y', at: T0 + 1, grade: 'good' },
    { id: 'c:z', at: T0 + 2, grade: 'wrong-units' },
    { id: 'a:x', at: T0 + 3, grade: 'good' },
    { id: 'd:w', at: T0 - 5, grade: 'missing' },
  ]

  it('retries the last misses (oldest first), then new questions, then the least recently seen', () => {
    const plan = planQuizzes(['a', 'b', 'c', 'd'], log, 7)
    expect(plan.retry).toEqual(['d:w', 'c:z'])
    expect(plan.seen).toEqual(['b:y', 'a:x'])
    expect([...plan.asked].sort()).toEqual(['a:x', 'b:y', 'c:z', 'd:w'])
    expect([...plan.problems].sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('shuffles the problems the same way for the same seed, differently for another', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `p${String(i).padStart(2, '0')}`)
    const one = planQuizzes(ids, [], 42).problems
    expect(planQuizzes([...ids].reverse(), [], 42).problems).toEqual(one)
    expect(planQuizzes(ids, [], 43).problems).not.toEqual(one)
    expect([...one].sort()).toEqual(ids)
  })

  it('the seeded generator is uniform enough to shuffle', () => {
    const random = seededRandom(1)
    const buckets = [0, 0, 0, 0]
    for (let i = 0; i < 4000; i += 1) buckets[Math.floor(random() * 4)]! += 1
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(100)
    expect(shuffle([1, 2, 3], 5)).toHaveLength(3)
  })
})
