import { describe, expect, it } from 'vitest'
import { DAY_MS, describeInterval, MINUTE_MS, previewGrades, scheduleCard, type CardSchedule, type SelfGrade } from '../../../src/core/progress/scheduler'

const T0 = Date.UTC(2026, 10, 21, 9, 0, 0)

/** Answers a new card with the grades in turn, each when it falls due; returns every schedule. */
function run(grades: SelfGrade[]): CardSchedule[] {
  const out: CardSchedule[] = []
  let card: CardSchedule | undefined
  let now = T0
  for (const grade of grades) {
    card = scheduleCard(card, grade, now)
    out.push(card)
    now = card.dueAt
  }
  return out
}

describe('SM-2 scheduling', () => {
  it('good, good, good: 1 day, 6 days, then interval times ease (15 days)', () => {
    const [a, b, c] = run(['good', 'good', 'good'])
    expect([a!.intervalDays, b!.intervalDays, c!.intervalDays]).toEqual([1, 6, 15])
    expect([a!.reps, b!.reps, c!.reps]).toEqual([1, 2, 3])
    expect(c!.ease).toBe(2.5)
    expect(a!.dueAt).toBe(T0 + DAY_MS)
    expect(c!.dueAt).toBe(T0 + 7 * DAY_MS + 15 * DAY_MS)
  })

  it('easy starts at 4 days and raises the ease by 0.10', () => {
    const [a, b] = run(['easy', 'easy'])
    expect(a!.intervalDays).toBe(4)
    expect(a!.ease).toBe(2.6)
    // second success: 6 days x 1.3 = 7.8 -> 8
    expect(b!.intervalDays).toBe(8)
    expect(b!.ease).toBe(2.7)
  })

  it('hard grows the interval by 1.2 (at least a day) and lowers the ease by 0.14', () => {
    const [a, b, c] = run(['good', 'good', 'hard'])
    expect(a!.intervalDays).toBe(1)
    expect(b!.intervalDays).toBe(6)
    expect(c!.intervalDays).toBe(7)
    expect(c!.ease).toBe(2.36)
  })

  it('again brings the card back in 10 minutes, restarts the run and counts a lapse once learned', () => {
    const [, , lapse, relearn] = run(['good', 'good', 'again', 'good'])
    expect(lapse!.dueAt - lapse!.lastReviewedAt).toBe(10 * MINUTE_MS)
    expect(lapse!.reps).toBe(0)
    expect(lapse!.intervalDays).toBe(0)
    expect(lapse!.lapses).toBe(1)
    expect(lapse!.ease).toBe(2.3)
    expect(relearn!.intervalDays).toBe(1)
    expect(relearn!.reviews).toBe(4)
  })

  it('a new card answered "again" is not a lapse', () => {
    expect(scheduleCard(undefined, 'again', T0).lapses).toBe(0)
  })

  it('ease never drops below 1.3 and intervals never pass a year', () => {
    const lows = run(['again', 'again', 'again', 'again', 'again', 'again', 'again'])
    expect(lows.at(-1)!.ease).toBe(1.3)
    const long: CardSchedule = { reps: 9, ease: 3, intervalDays: 300, lapses: 0, reviews: 9, dueAt: T0, lastReviewedAt: T0 - 300 * DAY_MS, lastGrade: 'good' }
    expect(scheduleCard(long, 'easy', T0).intervalDays).toBe(365)
  })

  it('previews what each grade would schedule, for the prompt', () => {
    const preview = previewGrades(undefined, T0)
    expect(Object.fromEntries(Object.entries(preview).map(([g, s]) => [g, describeInterval(s.dueAt - T0)]))).toEqual({
      again: 'in 10 minutes',
      hard: 'in 1 day',
      good: 'in 1 day',
      easy: 'in 4 days',
    })
  })

  it('describes intervals in the unit a person would use', () => {
    expect(describeInterval(60_000)).toBe('in 1 minute')
    expect(describeInterval(3 * 3600_000)).toBe('in 3 hours')
    expect(describeInterval(6 * DAY_MS)).toBe('in 6 days')
    expect(describeInterval(90 * DAY_MS)).toBe('in 3 months')
  })
})
