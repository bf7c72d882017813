import { describe, expect, it } from 'vitest'
import { checkAnswers } from '../../../src/core/interview/answers-file'
import { liveComments } from '../../fixtures/interview/live-comments'
import { shippedTemplate } from '../../fixtures/interview/templates'

const problem = liveComments()

describe('--answers files', () => {
  it('maps canonical ids onto the template phase that covers them, in its order', () => {
    const checked = checkAnswers(
      {
        phases: { estimation: '23k per second', requirements: 'viewers', scope: 'first, the scope', 'deep-dive': 'partitions' },
        estimates: { writeQps: '23 thousand comments/s', ingress: 46 },
        minutes: { requirements: 2, estimation: 3, 'wrap-up': 1.5 },
      },
      shippedTemplate('four-step'),
      problem,
    )
    expect(checked).toEqual({
      ok: true,
      answers: {
        phases: { scope: 'first, the scope\nviewers\n23k per second', 'deep-dive': 'partitions' },
        estimates: { writeQps: '23 thousand comments/s', ingress: '46' },
        minutes: { scope: 5, 'wrap-up': 1.5 },
      },
    })
  })

  it('accepts an empty file', () => {
    expect(checkAnswers(null, shippedTemplate('default'), problem)).toEqual({ ok: true, answers: { phases: {}, estimates: {}, minutes: {} } })
  })

  it('names unknown sections, phases and estimate keys, and bad minutes', () => {
    const checked = checkAnswers(
      { phase: {}, phases: { requirments: 'x', operations: { a: 1 } }, estimates: { hidden: '1', writeqps: '2' }, minutes: { api: -1 } },
      shippedTemplate('default'),
      problem,
    )
    expect(checked.ok ? [] : checked.issues.map((i) => `${i.path.join('.')} (${i.at}): ${i.message}`)).toEqual([
      "phase (key): unknown key 'phase' (did you mean 'phases'?); known keys: phases, estimates, minutes",
      "phases.requirments (key): 'requirments' is not a phase (did you mean 'requirements'?); phases here: requirements, non-functional, estimation, api, data-model, high-level-design, deep-dive, operations, wrap-up",
      'phases.operations (value): the answer for \'operations\' must be text (use a block: `operations: |` and indented lines)',
      "estimates.hidden (key): 'hidden' is not one of this problem's estimation questions; the keys are: writeQps, ingress",
      "estimates.writeqps (key): 'writeqps' is not one of this problem's estimation questions (did you mean 'writeQps'?); the keys are: writeQps, ingress",
      "minutes.api (value): minutes for 'api' must be a number from 0 to 600",
    ])
  })

  it('explains a canonical phase the template has no place for', () => {
    const ml = shippedTemplate('ml-design')
    const custom = { ...ml, phases: ml.phases.filter((p) => p.id !== 'ml-eval') }
    const checked = checkAnswers({ phases: { operations: 'alerts' } }, custom, problem)
    expect(checked.ok ? '' : checked.issues[0]!.message).toBe("the ml-design template has no phase for 'operations'; phases here: ml-clarify, ml-framing, ml-data, ml-model, ml-serving, wrap-up")
  })
})
