import { describe, expect, it } from 'vitest'
import { planBudgets } from '../../../src/core/interview/budgets'
import { advance, begin, createSession, finish, pause, suspend, unpause } from '../../../src/core/interview/session'
import { addAnswer, answerEstimate, clarify, revealHint, setDraft, undoAnswer } from '../../../src/core/interview/session-actions'
import type { Transition } from '../../../src/core/interview/session-events'
import { tick } from '../../../src/core/interview/session-tick'
import { foldTime, formatClock, formatElapsed, phaseUsedMs, remainingMs } from '../../../src/core/interview/session-time'
import type { InterviewMode, SessionRecord } from '../../../src/core/interview/session-types'
import { liveComments } from '../../fixtures/interview/live-comments'
import { shippedTemplate } from '../../fixtures/interview/templates'

const T0 = Date.UTC(2026, 10, 21, 9, 0, 0)
const MIN = 60_000
const problem = liveComments()

function started(mode: InterviewMode = 'strict', minutes = 45, template = shippedTemplate('default')): SessionRecord {
  const session = createSession({ id: 's1', problem, template, plan: planBudgets(template, minutes), mode, source: 'interactive', nowMs: T0 })
  return begin(session, T0).session
}

const types = (t: Transition) => t.events.map((e) => e.type)

describe('session lifecycle', () => {
  it('creates a session with every phase pending and the budgets of the plan', () => {
    const template = shippedTemplate('default')
    const session = createSession({ id: 's1', problem, template, plan: planBudgets(template, 45), mode: 'strict', source: 'interactive', nowMs: T0 })
    expect(session.phases.map((p) => [p.id, p.budgetSeconds, p.status])).toEqual([
      ['requirements', 300, 'pending'], ['non-functional', 180, 'pending'], ['estimation', 240, 'pending'],
      ['api', 180, 'pending'], ['data-model', 180, 'pending'], ['high-level-design', 480, 'pending'],
      ['deep-dive', 660, 'pending'], ['operations', 180, 'pending'], ['wrap-up', 300, 'pending'],
    ])
    expect(session.minutes).toBe(45)
    expect(session.createdAt).toBe('2026-11-21T09:00:00.000Z')
    const first = begin(session, T0)
    expect(first.events).toEqual([{ type: 'phase-started', index: 0 }])
    expect(first.session.phases[0]!.status).toBe('active')
    expect(first.session.runningSince).toBe(T0)
  })

  it('counts time only in the active phase and moves on with /next', () => {
    let s = started()
    expect(remainingMs(s, T0 + 2 * MIN)).toBe(3 * MIN)
    s = addAnswer(s, 'viewers post and read comments', T0 + MIN).session
    const moved = advance(s, problem, T0 + 2 * MIN)
    expect(moved.events).toEqual([
      { type: 'phase-ended', index: 0, reason: 'next', usedMs: 2 * MIN },
      { type: 'phase-started', index: 1 },
    ])
    expect(moved.session.phases[0]!.answer).toBe('viewers post and read comments')
    expect(phaseUsedMs(moved.session, 1, T0 + 3 * MIN)).toBe(MIN)
  })

  it('strict mode: nudges at 80 %, ends the phase at 100 % and keeps the partial answer', () => {
    let s = started('strict')
    s = addAnswer(s, 'viewers post comments', T0 + MIN).session
    s = setDraft(s, 'and moderation is out of sco')
    expect(types(tick(s, problem, T0 + 3 * MIN))).toEqual([])
    const nudge = tick(s, problem, T0 + 4 * MIN)
    expect(nudge.events).toEqual([{ type: 'nudge', index: 0, remainingMs: MIN }])
    expect(types(tick(nudge.session, problem, T0 + 4 * MIN + 1000))).toEqual([])
    const up = tick(nudge.session, problem, T0 + 5 * MIN + 400)
    expect(up.events).toEqual([
      { type: 'time-up', index: 0, endsPhase: true },
      { type: 'phase-ended', index: 0, reason: 'time-up', usedMs: 5 * MIN, kept: 'and moderation is out of sco' },
      { type: 'phase-started', index: 1 },
    ])
    expect(up.session.phases[0]!.answer).toBe('viewers post comments\nand moderation is out of sco')
    expect(up.session.phases[0]!.draft).toBe('')
    expect(up.session.current).toBe(1)
  })

  it('practice mode: lets the phase run over and records the overtime', () => {
    let s = started('practice')
    const up = tick(s, problem, T0 + 5 * MIN)
    expect(up.events).toEqual([{ type: 'time-up', index: 0, endsPhase: false }])
    s = up.session
    expect(types(tick(s, problem, T0 + 6 * MIN))).toEqual([])
    expect(remainingMs(s, T0 + 7 * MIN)).toBe(-2 * MIN)
    const moved = advance(s, problem, T0 + 7 * MIN)
    expect(moved.session.phases[0]!.usedMs).toBe(7 * MIN)
    expect(moved.session.phases[0]!.timeUp).toBe(true)
  })

  it('practice mode pauses and resumes without counting the pause; strict mode refuses', () => {
    const strict = pause(started('strict'), T0 + MIN)
    expect(strict.events).toEqual([{ type: 'refused', action: 'pause', reason: 'strict mode has no pause, like a real interview (use --mode practice to allow it)' }])
    let s = pause(started('practice'), T0 + MIN).session
    expect(s.pausedSince).toBe(T0 + MIN)
    expect(phaseUsedMs(s, 0, T0 + 10 * MIN)).toBe(MIN)
    expect(types(tick(s, problem, T0 + 10 * MIN))).toEqual([])
    expect(addAnswer(s, 'x', T0 + 2 * MIN).events[0]).toEqual({ type: 'refused', action: 'answer', reason: 'the interview is paused; resume it first' })
    const resumed = unpause(s, T0 + 10 * MIN)
    expect(resumed.events).toEqual([{ type: 'unpaused', pausedMs: 9 * MIN }])
    s = resumed.session
    expect(remainingMs(s, T0 + 11 * MIN)).toBe(3 * MIN)
    expect(s.phases[0]!.pausedMs).toBe(9 * MIN)
  })

  it('suspends on Ctrl-C and resumes with the remaining time', () => {
    let s = started('strict')
    s = setDraft(addAnswer(s, 'line one', T0 + MIN).session, 'half a line')
    s = suspend(s, T0 + 2 * MIN)
    expect(s.runningSince).toBeNull()
    expect(s.phases[0]!.usedMs).toBe(2 * MIN)
    expect(s.phases[0]!.draft).toBe('half a line')
    // an hour later
    const resumed = begin(s, T0 + 62 * MIN)
    expect(resumed.events).toEqual([{ type: 'phase-resumed', index: 0, remainingMs: 3 * MIN }])
    expect(resumed.session.resumes).toBe(1)
    expect(remainingMs(resumed.session, T0 + 63 * MIN)).toBe(2 * MIN)
  })

  it('folds the running time into the saved file so a crash loses only the time since the save', () => {
    const s = foldTime(started('strict'), T0 + 90_000)
    expect(s.phases[0]!.usedMs).toBe(90_000)
    expect(s.runningSince).toBe(T0 + 90_000)
    expect(s.updatedAt).toBe('2026-11-21T09:01:30.000Z')
    expect(phaseUsedMs(s, 0, T0 + 100_000)).toBe(100_000)
  })

  it('finishes after the last phase, or early, leaving later phases pending', () => {
    let s = started('strict', 45, shippedTemplate('four-step'))
    for (let i = 0; i < 3; i += 1) s = advance(s, problem, T0 + (i + 1) * MIN, 'skipped').session
    const last = advance(s, problem, T0 + 4 * MIN)
    expect(types(last)).toEqual(['phase-ended', 'finished'])
    expect(last.session.status).toBe('finished')
    expect(last.session.current).toBe(4)
    const early = finish(started(), T0 + MIN)
    expect(types(early)).toEqual(['phase-ended', 'finished'])
    expect(early.session.phases[0]!.endReason).toBe('finished')
    expect(early.session.phases[1]!.status).toBe('pending')
    expect(begin(early.session, T0 + 2 * MIN).events[0]!.type).toBe('refused')
  })
})

describe('follow-ups and curveballs', () => {
  function atDeepDive(): SessionRecord {
    let s = started('strict')
    for (let i = 0; i < 6; i += 1) s = advance(s, problem, T0, 'skipped').session
    expect(s.phases[s.current]!.id).toBe('deep-dive')
    return s
  }

  it('raises the curveball and the question spread over the phase (1/3 and 2/3 of 11 min)', () => {
    const s = atDeepDive()
    expect(types(tick(s, problem, T0 + 3 * MIN))).toEqual([])
    const first = tick(s, problem, T0 + 220_000)
    expect(first.events).toEqual([
      { type: 'follow-up', index: 6, followUp: { id: 'ten-x', kind: 'requirement-change', ask: 'Traffic is now ten times higher during the finals. What changes?', atMs: 220_000 } },
    ])
    const second = tick(first.session, problem, T0 + 440_000)
    expect(second.events.map((e) => (e.type === 'follow-up' ? e.followUp.id : e.type))).toEqual(['order-q'])
    expect(second.session.phases[6]!.followUps.map((f) => f.id)).toEqual(['ten-x', 'order-q'])
  })

  it('holds back /next once to raise follow-ups not yet asked; /skip does not', () => {
    const s = atDeepDive()
    const held = advance(s, problem, T0 + MIN)
    expect(types(held)).toEqual(['follow-up', 'follow-up', 'next-deferred'])
    expect(held.session.current).toBe(6)
    expect(types(advance(held.session, problem, T0 + 2 * MIN))).toEqual(['phase-ended', 'phase-started'])
    expect(types(advance(s, problem, T0 + MIN, 'skipped'))).toEqual(['phase-ended', 'phase-started'])
  })
})

describe('in-phase actions', () => {
  it('reveals hints in order, then says there are none left', () => {
    let s = started()
    const first = revealHint(s, problem, T0 + 30_000)
    expect(first.events).toEqual([{ type: 'hint', index: 0, hint: { text: 'Viewers both post and read.', source: 'phase', atMs: 30_000 }, left: 0 }])
    s = first.session
    expect(revealHint(s, problem, T0 + MIN).events).toEqual([{ type: 'no-hint', index: 0, revealed: 1 }])
  })

  it('puts the preferred canonical phase\'s hints first in a phase that covers several', () => {
    const withHints = liveComments({
      phases: {
        requirements: { cues: [], hints: ['Viewers both post and read.'] },
        estimation: { cues: [], hints: ['A day is about 10^5 seconds.'] },
      },
    })
    let s = started('strict', 45, shippedTemplate('four-step'))
    const first = revealHint(s, withHints, T0, 'estimation')
    expect(first.events).toEqual([{ type: 'hint', index: 0, hint: { text: 'A day is about 10^5 seconds.', source: 'phase', atMs: 0 }, left: 1 }])
    s = first.session
    expect(revealHint(s, withHints, T0, 'estimation').events).toEqual([{ type: 'hint', index: 0, hint: { text: 'Viewers both post and read.', source: 'phase', atMs: 0 }, left: 0 }])
    expect(revealHint(started('strict', 45, shippedTemplate('four-step')), withHints, T0).events[0]).toMatchObject({ hint: { text: 'Viewers both post and read.' }, left: 1 })
  })

  it('while an estimate is asked, its own hint comes first, then the phase hints', () => {
    let s = started()
    const own = 'ingress: start from commentsPerDay and commentSize, and make the units come out as MB/s.'
    const first = revealHint(s, problem, T0 + 30_000, 'estimation', own)
    expect(first.events).toEqual([{ type: 'hint', index: 0, hint: { text: own, source: 'estimate', atMs: 30_000 }, left: 1 }])
    s = first.session
    expect(revealHint(s, problem, T0 + MIN, 'estimation', own).events[0]).toMatchObject({ type: 'hint', hint: { text: 'Viewers both post and read.', source: 'phase' }, left: 0 })
  })

  it('deep-dive hints include the deep dives, one per topic first', () => {
    let s = started()
    for (let i = 0; i < 6; i += 1) s = advance(s, problem, T0, 'skipped').session
    const texts: string[] = []
    for (let i = 0; i < 5; i += 1) {
      const t = revealHint(s, problem, T0)
      s = t.session
      const event = t.events[0]!
      if (event.type === 'hint') texts.push(event.hint.text)
    }
    expect(texts).toEqual([
      'Start with the hottest stream.',
      'Fan-out to viewers: Think about pub/sub per video.',
      'Storing comments: Partition by video id.',
      'Fan-out to viewers: Long-lived connections need a gateway tier.',
    ])
  })

  it('answers a clarifying question from the problem, or tells the candidate to assume', () => {
    const s = started()
    const asked = clarify(s, problem, 'what is the comment volume per day?', T0 + MIN)
    expect(asked.events).toEqual([
      { type: 'clarified', index: 0, clarification: { question: 'what is the comment volume per day?', matchedId: 'scale', answer: 'About 2 billion comments a day.', atMs: MIN } },
    ])
    const order = clarify(s, problem, 'do all viewers need the same order?', T0)
    expect(order.events[0]).toMatchObject({ clarification: { matchedId: 'ordering' } })
    const none = clarify(s, problem, 'which cloud provider?', T0)
    expect(none.events[0]).toMatchObject({ clarification: { answer: 'No specific answer on that one: state a reasonable assumption out loud and carry on.' } })
    expect(none.session.phases[0]!.clarifications).toHaveLength(1)
  })

  it('undoes the last answer line and records estimate answers', () => {
    let s = started()
    s = addAnswer(addAnswer(s, 'one', T0).session, 'two', T0).session
    const undone = undoAnswer(s)
    expect(undone.events).toEqual([{ type: 'answered', index: 0, text: 'two' }])
    expect(undone.session.phases[0]!.answer).toBe('one')
    const est = answerEstimate(undone.session, 'writeQps', ' 23k comments/s ')
    expect(est.session.estimates).toEqual({ writeQps: { input: '23k comments/s', phaseId: 'requirements' } })
  })

  it('formats countdowns like a clock', () => {
    expect(formatClock(300_000)).toBe('5:00')
    expect(formatClock(4_200)).toBe('0:05')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(-61_000)).toBe('-1:01')
    expect(formatClock(3_723_000)).toBe('1:02:03')
  })

  it('formats time spent to the nearest second, as the report counts it', () => {
    expect([10_200, 10_500, 10_499, 0, 59_600, 3_723_400].map(formatElapsed)).toEqual(['0:10', '0:11', '0:10', '0:00', '1:00', '1:02:03'])
  })
})
