import { describe, expect, it } from 'vitest'
import { quizQuestionLines } from '../../../src/cli/commands/drill/render-quiz'
import { plainTheme } from '../../../src/cli/theme'
import type { QuizQuestion } from '../../../src/core/progress/quiz'

const question = {
  problemTitle: 'Design a partitioned, replicated event log for publish-subscribe (Kafka-like)',
  label: 'Produce throughput',
  unit: 'MB/s',
  givens: [
    { key: 'messageRate', label: 'Peak produce rate', text: '500,000 messages/s' },
    { key: 'messageSize', label: 'Average message size', text: '1 kB/message' },
  ],
} as unknown as QuizQuestion

describe('a quiz on the terminal', () => {
  it('at 80 columns a long problem title wraps at a word, and no line passes the width', () => {
    const lines = quizQuestionLines(question, '2 of 5', plainTheme, 79)
    expect(lines).toEqual([
      'Quiz 2 of 5 · Design a partitioned, replicated event log for publish-subscribe',
      '  (Kafka-like)',
      '  Given',
      '    Peak produce rate     messageRate  500,000 messages/s',
      '    Average message size  messageSize  1 kB/message',
      '  Work out: Produce throughput, in MB/s?',
    ])
  })
})
