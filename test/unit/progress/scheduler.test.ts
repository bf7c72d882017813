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

  it('answering a learned card again and again before it is due does not push it weeks away', () => {
    let card = scheduleCard(undefined, 'good', T0)
    for (let i = 1; i <= 3; i += 1) card = scheduleCard(card, 'good', T0 + i * MINUTE_MS)
    // without the early-review rule: 6 days, then 15, then 38
    expect([card.intervalDays, card.reps, card.reviews, card.dueAt]).toEqual([1, 1, 4, T0 + 3 * MINUTE_MS + DAY_MS])
    // then on time, the run goes on as if the early answers had not happened: 6 days
    expect(scheduleCard(card, 'good', card.dueAt).intervalDays).toBe(6)
  })

  it('an early success earns the days that really passed times the ease, never less than before', () => {
    const learned: CardSchedule = { reps: 3, ease: 2.5, intervalDays: 15, lapses: 0, reviews: 3, dueAt: T0 + 15 * DAY_MS, lastReviewedAt: T0, lastGrade: 'good' }
    const after = (days: number, grade: SelfGrade) => scheduleCard(learned, grade, T0 + days * DAY_MS).intervalDays
    // 10 of 15 days: good 10 x 2.5 = 25, easy 25 x 1.15 = 28.75, hard 10 x 1.2 = 12
    expect([after(10, 'good'), after(10, 'easy'), after(10, 'hard')]).toEqual([25, 29, 12])
    // 2 of 15 days: good keeps 15, easy 15 x 1.15, hard no less than 60 % of 15
    expect([after(2, 'good'), after(2, 'easy'), after(2, 'hard')]).toEqual([15, 17, 9])
    expect(scheduleCard(learned, 'good', T0 + 2 * DAY_MS).reps).toBe(3)
    // on time it is plain SM-2 again: 15 x 2.5
    expect(after(15, 'good')).toBe(38)
    // forgetting early is still a lapse
    expect(scheduleCard(learned, 'again', T0 + DAY_MS)).toMatchObject({ reps: 0, lapses: 1, intervalDays: 0 })
  })

  it('a card just forgotten is relearned on its short steps, early or not', () => {
    const forgotten = scheduleCard(scheduleCard(undefined, 'good', T0), 'again', T0 + DAY_MS)
    expect(scheduleCard(forgotten, 'good', T0 + DAY_MS + MINUTE_MS).intervalDays).toBe(1)
    expect(scheduleCard(forgotten, 'easy', T0 + DAY_MS + MINUTE_MS).intervalDays).toBe(4)
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
    expect(describeInterval(23 * 3600_000 + 29 * MINUTE_MS)).toBe('in 23 hours')
    // a card graded a day ago and a few minutes: due in 1 day, never "in 24 hours"
    expect(describeInterval(DAY_MS - 2 * MINUTE_MS)).toBe('in 1 day')
    expect(describeInterval(23 * 3600_000 + 31 * MINUTE_MS)).toBe('in 1 day')
    expect(describeInterval(6 * DAY_MS)).toBe('in 6 days')
    expect(describeInterval(90 * DAY_MS)).toBe('in 3 months')
  })
})
