import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { matchClarifyingQuestion, NO_ANSWER } from '../../../src/core/interview/clarify'
import { parseProblem } from '../../../src/core/problems/parse-problem'
import { repoRoot } from '../../helpers/run-cli'

const questionsOf = (id: string) => {
  const parsed = parseProblem(readFileSync(join(repoRoot, 'problems', `${id}.yaml`)), { expectedId: id })
  return parsed.problem!.clarifyingQuestions
}

describe('/clarify', () => {
  const live = questionsOf('live-comment-system')

  it.each([
    ['how many concurrent viewers?', 'cq-scale'],
    ['How many users do we have?', 'cq-scale'],
    ['How many customers watch a stream?', 'cq-scale'],
    ['how fast must comments appear?', 'cq-latency'],
    ['do comments have images?', 'cq-content'],
    ['how long do we keep comments?', 'cq-history'],
  ])('%s -> %s', (asked, id) => {
    expect(matchClarifyingQuestion(asked, live).question?.id).toBe(id)
  })

  it('gives the stock reply when nothing is close', () => {
    expect(matchClarifyingQuestion('what colour is the logo?', live)).toEqual({ answer: NO_ANSWER, score: 0 })
  })
})
