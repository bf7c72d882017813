import { describe, expect, it } from 'vitest'
import { emptyDrillState, MAX_QUIZ_RECORDS, parseDrillState, serialiseDrillState, withCard, withQuiz } from '../../../src/core/progress/drill-state'
import { scheduleCard } from '../../../src/core/progress/scheduler'

const T0 = Date.UTC(2026, 10, 21, 9, 0, 0)

describe('the drill state file', () => {
  it('round-trips through JSON with ISO dates on disk', () => {
    let state = withCard(emptyDrillState(), 'cap-theorem', { ...scheduleCard(undefined, 'good', T0), pack: 'consistency', lastCoverage: 0.75 })
    state = withQuiz(state, { id: 'url-shortener:redirectRate', at: T0, grade: 'fair', ratio: 3.2 })
    const disk = serialiseDrillState(state)
    expect(disk).toEqual({
      schemaVersion: 1,
      cards: {
        'cap-theorem': {
          pack: 'consistency',
          reps: 1,
          ease: 2.5,
          intervalDays: 1,
          lapses: 0,
          reviews: 1,
          dueAt: '2026-11-22T09:00:00.000Z',
          lastReviewedAt: '2026-11-21T09:00:00.000Z',
          lastGrade: 'good',
          lastCoverage: 0.75,
        },
      },
      quizzes: [{ id: 'url-shortener:redirectRate', at: '2026-11-21T09:00:00.000Z', grade: 'fair', ratio: 3.2 }],
    })
    const parsed = parseDrillState(JSON.parse(JSON.stringify(disk)))
    expect(parsed).toEqual({ ok: true, state })
  })

  it.each([
    [[], 'not a JSON object'],
    [{ cards: {}, quizzes: [] }, 'no schemaVersion 1'],
    [{ schemaVersion: 1, cards: [], quizzes: [] }, "'cards' is not an object"],
    [{ schemaVersion: 1, cards: {}, quizzes: {} }, "'quizzes' is not a list"],
    [{ schemaVersion: 1, cards: { x: { reps: -1 } }, quizzes: [] }, "card 'x' has a bad reps, lapses or reviews count"],
    [{ schemaVersion: 1, cards: {}, quizzes: [{ id: 'a:b', at: 'yesterday', grade: 'good' }] }, 'quiz record 1 has a bad date'],
    [{ schemaVersion: 1, cards: {}, quizzes: [{ id: 'a:b', at: '2026-11-21T09:00:00Z', grade: 'great' }] }, 'quiz record 1 has a bad grade'],
  ])('rejects %j: %s', (data, reason) => {
    expect(parseDrillState(data)).toEqual({ ok: false, reason })
  })

  it('names a file from a newer sysdrill so it is left alone', () => {
    expect(parseDrillState({ schemaVersion: 3, cards: {}, quizzes: [] })).toEqual({
      ok: false,
      reason: 'written by a newer sysdrill (schema 3; this one reads 1)',
      newerVersion: 3,
    })
  })

  it('keeps only the most recent quiz answers', () => {
    let state = emptyDrillState()
    for (let i = 0; i < MAX_QUIZ_RECORDS + 5; i += 1) state = withQuiz(state, { id: `p:k${i}`, at: T0 + i, grade: 'good' })
    expect(state.quizzes.length).toBe(MAX_QUIZ_RECORDS)
    expect(state.quizzes[0]!.id).toBe('p:k5')
  })
})
