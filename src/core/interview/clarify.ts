/**
 * `/clarify <question>`: finds the problem's clarifying question closest to what the candidate
 * asked and returns the interviewer's answer. Matching compares content words (stems, common
 * words dropped) with the question's text and its keywords; a keyword counts double. Nothing
 * close enough gives a stock reply that tells the candidate to state an assumption.
 */
import type { ClarifyingQuestion } from '../problems/types'
import { tokenize } from './text-match'

export const NO_ANSWER =
  'No specific answer on that one: state a reasonable assumption out loud and carry on.'

const STOPWORDS = new Set(
  'a an the and or of to in on for at by with from is are was were be been do does did we you i it its this that these those how what which who whom when where why will would should can could shall may might must there their our your my me us they them any some much many about as if than then so into per each'.split(' '),
)

/**
 * Words a candidate uses for the people a system serves, read as "user": questions and
 * keywords say users while a candidate asks about viewers, customers or subscribers. Looser
 * than the rubric's synonyms on purpose, since a wrong match here only costs a stock reply.
 */
const PEOPLE = new Set(
  'user users viewer viewers watcher watchers customer customers subscriber subscribers member members people person persons audience visitor visitors player players'.split(' '),
)

function contentStems(text: string): Set<string> {
  return new Set(tokenize(text).filter((t) => !STOPWORDS.has(t.word)).map((t) => (PEOPLE.has(t.word) ? 'user' : t.stem)))
}

export interface ClarifyMatch {
  question?: ClarifyingQuestion
  answer: string
  score: number
}

export function matchClarifyingQuestion(asked: string, questions: readonly ClarifyingQuestion[]): ClarifyMatch {
  const words = contentStems(asked)
  let best: ClarifyMatch = { answer: NO_ANSWER, score: 0 }
  if (words.size === 0) return best
  for (const question of questions) {
    const text = contentStems(`${question.ask} ${question.category}`)
    const keys = contentStems((question.keywords ?? []).join(' '))
    let score = 0
    for (const word of words) {
      if (keys.has(word)) score += 2
      else if (text.has(word)) score += 1
    }
    // normalise by the length of what was asked so long rambling questions do not win by volume
    const normalised = score / Math.sqrt(words.size)
    if (score >= 2 && normalised > best.score) best = { question, answer: question.answer, score: normalised }
  }
  return best
}
