import { describe, expect, it } from 'vitest'
import { estimationQuestions, questionHint } from '../../../src/core/interview/phase-material'
import { liveComments } from '../../fixtures/interview/live-comments'

describe('the hint for one estimation question', () => {
  const problem = liveComments()
  const question = (key: string) => problem.scale.derived.find((d) => d.key === key)!

  it('names the givens its reference starts from, not the formula', () => {
    expect(questionHint(problem, question('writeQps'))).toBe('writeQps: start from commentsPerDay, and make the units come out as comments/s.')
    expect(questionHint(problem, question('ingress'))).toBe('ingress: start from commentsPerDay and commentSize, and make the units come out as MB/s.')
  })

  it('replaces a step the interview does not ask for by what it is made of', () => {
    const withStep = liveComments({
      scale: {
        ...problem.scale,
        derived: [
          ...problem.scale.derived,
          { key: 'doubled', label: 'Twice the writes', expr: 'hidden / 1 day to comments/s', expected: 46296.3, unit: 'comments/s', tolerance: 0.01 },
        ],
      },
    })
    const doubled = estimationQuestions(withStep).find((d) => d.key === 'doubled')!
    expect(questionHint(withStep, doubled)).toBe('doubled: start from commentsPerDay, and make the units come out as comments/s.')
  })

  it('says so when the reference uses no given', () => {
    const plain = { ...question('writeQps'), key: 'replicas', expr: '3', unit: 'replicas' }
    expect(questionHint(problem, plain)).toBe('replicas: a figure to state from experience, in replicas.')
  })
})
