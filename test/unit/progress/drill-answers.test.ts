import { describe, expect, it } from 'vitest'
import { checkDrillAnswers } from '../../../src/core/progress/drill-answers'

describe('the drill --answers file', () => {
  it('reads a list of plain answers and mappings', () => {
    const checked = checkDrillAnswers([
      '23 thousand comments/s',
      42,
      null,
      { card: 'cap-theorem', answer: 'refuse writes', grade: 'hard' },
      { quiz: 'url-shortener:redirectRate', answer: '2 thousand requests/s' },
    ])
    expect(checked).toEqual({
      ok: true,
      answers: [
        { answer: '23 thousand comments/s', path: [0] },
        { answer: '42', path: [1] },
        { answer: '', path: [2] },
        { answer: 'refuse writes', grade: 'hard', card: 'cap-theorem', path: [3] },
        { answer: '2 thousand requests/s', quiz: 'url-shortener:redirectRate', path: [4] },
      ],
    })
  })

  it('accepts a mapping with answers:', () => {
    expect(checkDrillAnswers({ answers: ['x'] })).toEqual({ ok: true, answers: [{ answer: 'x', path: ['answers', 0] }] })
  })

  it('reports every mistake with its path', () => {
    const checked = checkDrillAnswers({
      answers: [{ answr: 'x' }, { answer: 'y', grade: 'god' }, { card: 'a', quiz: 'b:c', answer: 'z' }, { quiz: 'no-key', answer: '' }, { quiz: 'p:k', grade: 'good' }, ['nested']],
      extra: 1,
    })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      "extra: unknown key 'extra'; the file is a list of answers (or a mapping with 'answers:')",
      "answers.0.answr: unknown key 'answr' (did you mean 'answer'?); known keys: answer, grade, card, quiz",
      "answers.1.grade: grade must be one of again, hard, good, easy (did you mean 'good'?)",
      'answers.2: an entry names a card or a quiz, not both',
      'answers.3.quiz: quiz must be <problem id>:<quantity key>, e.g. live-comment-system:writeRate',
      'answers.4.grade: quizzes are graded against the reference; grade is for concept cards',
      'answers.5: an answer is text, or a mapping with answer, and optionally grade, card or quiz',
    ])
  })

  it('an empty list or a scalar is not an answers file', () => {
    expect(checkDrillAnswers([])).toEqual({ ok: false, issues: [{ path: [], message: 'the list of answers is empty', at: 'value' }] })
    expect(checkDrillAnswers('hello')).toEqual({ ok: false, issues: [{ path: [], message: 'expected a list of answers, one per item, in the order they are asked', at: 'value' }] })
  })
})
