import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { getEngine } from '../../../src/core/estimate/index'
import { problemQuizzes, replaceKeys, stepValue, type ProblemQuizzes } from '../../../src/core/progress/quiz'
import { gradeQuizAnswer } from '../../../src/core/progress/quiz-grade'
import { parseProblem } from '../../../src/core/problems/parse-problem'
import type { Problem } from '../../../src/core/problems/types'
import { repoRoot } from '../../helpers/run-cli'

function fixture(id: string): Problem {
  const parsed = parseProblem(readFileSync(join(repoRoot, 'test/fixtures/progress/problems', `${id}.yaml`)), { expectedId: id })
  if (!parsed.problem) throw new Error(JSON.stringify(parsed.diagnostics))
  return parsed.problem
}

describe('estimation quizzes from a problem', () => {
  let quizzes: ProblemQuizzes
  beforeAll(() => {
    quizzes = problemQuizzes(fixture('progress-counter'), getEngine())
  })

  it('asks for every derived quantity, with only the givens its derivation needs', () => {
    expect(quizzes.questions.map((q) => [q.id, q.unit, q.givens.map((g) => g.key).join(',')])).toEqual([
      ['progress-counter:eventRate', 'events/s', 'eventsPerDay'],
      ['progress-counter:peakRate', 'events/s', 'eventsPerDay,peakFactor'],
      ['progress-counter:ingress', 'MB/s', 'eventsPerDay,eventSize'],
    ])
    expect(quizzes.questions[2]!.givens).toEqual([
      { key: 'eventsPerDay', label: 'Events per day', text: '864 million events/day' },
      { key: 'eventSize', label: 'Size of an event', text: '100 B/event' },
    ])
  })

  it('works the reference out step by step, with labels and with values, and exactly', () => {
    const peak = quizzes.questions[1]!
    expect(peak.reference).toEqual({ value: 30000, text: '30,000 events/s', exactText: '30,000 events/s' })
    expect(peak.steps).toEqual([
      { key: 'eventRate', label: 'Events per second', expr: 'eventsPerDay', labelled: 'Events per day', substituted: '864 million events/day', result: '10,000 events/s' },
      {
        key: 'peakRate',
        label: 'Peak events per second',
        expr: 'eventRate * peakFactor',
        labelled: 'Events per second * Peak over average',
        substituted: '(10,000 events/s) * 3',
        result: '30,000 events/s',
      },
    ])
    expect(quizzes.questions[2]!.steps[1]!.substituted).toBe('(10,000 events/s) * (100 B/event)')
    expect(quizzes.questions[2]!.reference.text).toBe('1 MB/s')
  })

  it('the values line of the last step is engine input that gives the reference again', () => {
    const engine = getEngine()
    for (const question of quizzes.questions) {
      const outcome = engine.evaluate(question.steps.at(-1)!.substituted)
      if (!outcome.ok) throw new Error(outcome.error.message)
      const shown = engine.convert(outcome.quantity, question.unit)
      expect(shown.ok && shown.display.text).toBe(question.reference.text)
    }
  })

  it('earlier steps enter later ones precisely enough to check by hand', () => {
    expect(stepValue({ value: 231.481481481, unit: 'links/s', text: '231 links/s', exactText: '231.481481481 links/s' })).toBe('231.5 links/s')
    expect(stepValue({ value: 2314814.8148, unit: 'comments/s', text: '2.31 million comments/s', exactText: '2,314,814.8148 comments/s' })).toBe('2,314,815 comments/s')
    expect(stepValue({ value: 0.33333, unit: '', text: '0.333', exactText: '0.33333' })).toBe('0.3333')
    expect(stepValue({ value: 10000, unit: 'events/s', text: '10,000 events/s', exactText: '10,000 events/s' })).toBe('10,000 events/s')
  })

  it('replaces whole names only', () => {
    expect(replaceKeys('eventRate * eventRateMax + rate', (k) => (k === 'eventRate' ? 'X' : undefined))).toBe('X * eventRateMax + rate')
  })
})

describe('grading a quiz answer with the interview bands', () => {
  let quizzes: ProblemQuizzes
  beforeAll(() => {
    quizzes = problemQuizzes(fixture('progress-counter'), getEngine())
  })
  const grade = (index: number, input: string) => gradeQuizAnswer(quizzes.questions[index]!, input, getEngine(), quizzes.givens)

  it.each([
    ['10 thousand events/s', 'good', 1],
    ['5 thousand events/s', 'good', 0.5],
    ['20 thousand events/s', 'good', 2],
    ['25 thousand events/s', 'fair', 2.5],
    ['1 thousand events/s', 'fair', 0.1],
    ['100 thousand events/s', 'fair', 10],
    ['101 thousand events/s', 'off', 10.1],
    ['900 events/s', 'off', 0.09],
  ])('%s is %s (ratio %d)', (input, expected, ratio) => {
    const result = grade(0, input)
    expect(result.grade).toBe(expected)
    expect(result.ratio).toBeCloseTo(ratio, 9)
  })

  it('answers may use the givens by name', () => {
    expect(grade(1, 'eventsPerDay * peakFactor')).toEqual({ grade: 'good', input: 'eventsPerDay * peakFactor', answerText: '30,000 events/s', answerValue: 30000, ratio: 1 })
  })

  it('another dimension is wrong-units, with the engine saying why', () => {
    const result = grade(0, '5 MB/s')
    expect(result.grade).toBe('wrong-units')
    expect(result.answerText).toBe('5 MB/s')
    expect(result.error).toMatch(/^cannot convert MB\/s to events\/s/)
  })

  it('a wrong-units answer is not told to convert to a unit of its own kind', () => {
    expect(grade(0, '3 hours').error).toBe('cannot convert h to events/s: h is time and events/s is a rate of events')
  })

  it('an unreadable expression is invalid; nothing is missing', () => {
    expect(grade(0, '10 thousand events/s +')).toMatchObject({ grade: 'invalid', input: '10 thousand events/s +' })
    expect(grade(0, '   ')).toEqual({ grade: 'missing', input: '' })
  })
})
