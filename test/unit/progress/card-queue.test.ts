import { describe, expect, it } from 'vitest'
import { buildCardQueue, type CardInfo } from '../../../src/core/progress/card-queue'
import { emptyDrillState, type CardState } from '../../../src/core/progress/drill-state'
import { DAY_MS } from '../../../src/core/progress/scheduler'

const NOW = Date.UTC(2026, 10, 21, 9, 0, 0)

const card = (id: string, pack: string, difficulty: CardInfo['difficulty'] = 'medium'): CardInfo => ({ id, title: id, pack, difficulty })
const seen = (dueAt: number): CardState => ({ reps: 1, ease: 2.5, intervalDays: 1, lapses: 0, reviews: 1, dueAt, lastReviewedAt: dueAt - DAY_MS, lastGrade: 'good' })

const CARDS = [
  card('a-hard', 'alpha', 'hard'),
  card('a-easy', 'alpha', 'easy'),
  card('a-mid', 'alpha'),
  card('b-one', 'beta'),
  card('b-two', 'beta', 'easy'),
  card('g-one', 'gamma'),
  card('z-due', 'zeta'),
  card('y-due', 'zeta'),
  card('later', 'zeta'),
]

describe('which cards a drill shows', () => {
  const state = emptyDrillState()
  state.cards['z-due'] = seen(NOW - 3 * DAY_MS)
  state.cards['y-due'] = seen(NOW - 1 * DAY_MS)
  state.cards['later'] = seen(NOW + 2 * DAY_MS)

  it('puts due cards first, the longest overdue first, then new cards pack by pack, easy first', () => {
    const queue = buildCardQueue(CARDS, ['beta', 'alpha', 'gamma'], state, NOW)
    expect(queue.cards.map((c) => `${c.id}:${c.status}`)).toEqual([
      'z-due:due',
      'y-due:due',
      'b-two:new',
      'a-easy:new',
      'g-one:new',
      'b-one:new',
      'a-mid:new',
      'a-hard:new',
    ])
    expect(queue.dueCount).toBe(2)
    expect(queue.newCount).toBe(6)
    expect(queue.waiting).toBe(1)
    expect(queue.next).toEqual({ id: 'later', dueAt: NOW + 2 * DAY_MS })
  })

  it('after the due cards, new cards recent interviews suggested come first, in their order, once each', () => {
    // 'z-due' is suggested but due anyway, 'nope' is not a card, 'later' is waiting: none moves
    const queue = buildCardQueue(CARDS, ['beta', 'alpha', 'gamma'], state, NOW, ['a-hard', 'z-due', 'g-one', 'a-hard', 'nope', 'later'])
    expect(queue.cards.map((c) => `${c.id}:${c.status}${c.suggested ? ':suggested' : ''}`)).toEqual([
      'z-due:due',
      'y-due:due',
      'a-hard:new:suggested',
      'g-one:new:suggested',
      'b-two:new',
      'a-easy:new',
      'b-one:new',
      'a-mid:new',
    ])
    expect(queue.newCount).toBe(6)
  })

  it('a card falls due at exactly its due time', () => {
    const queue = buildCardQueue([card('later', 'zeta')], [], state, NOW + 2 * DAY_MS)
    expect(queue.cards.map((c) => c.status)).toEqual(['due'])
    expect(queue.next).toBeUndefined()
  })

  it('packs missing from packs.yaml come last, by name', () => {
    const queue = buildCardQueue([card('x', 'omega'), card('y', 'delta'), card('z', 'alpha')], ['alpha'], emptyDrillState(), NOW)
    expect(queue.cards.map((c) => c.id)).toEqual(['z', 'y', 'x'])
  })
})
