import { describe, expect, it } from 'vitest'
import type { PlannedCard } from '../../../src/cli/commands/drill/catalog'
import { cardQuestionLines } from '../../../src/cli/commands/drill/render-card'
import { quizQuestionLines } from '../../../src/cli/commands/drill/render-quiz'
import { plainTheme } from '../../../src/cli/theme'
import type { Problem } from '../../../src/core/problems/types'
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

describe('a concept card on the terminal', () => {
  const problem = { title: 'Load shedding or rate limiting', statement: 'Which mechanism handles each incident?' } as unknown as Problem
  const card: PlannedCard = { kind: 'card', card: { id: 'lsr', title: 'x', pack: 'resiliency', difficulty: 'medium' }, status: 'new', suggested: true }

  it('says a card was suggested by past interviews, on one line when it fits and on its own line when not', () => {
    expect(cardQuestionLines(card, problem, '1 of 5', 'Resiliency and availability', plainTheme, 79, 0)[0]).toBe(
      'Card 1 of 5 · Resiliency and availability · new · suggested by your interviews',
    )
    expect(cardQuestionLines(card, problem, '1 of 5', 'Resiliency and availability', plainTheme, 59, 0).slice(0, 3)).toEqual([
      'Card 1 of 5 · Resiliency and availability',
      '  new · suggested by your interviews',
      '  Load shedding or rate limiting',
    ])
  })
})
