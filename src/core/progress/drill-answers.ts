/**
 * The --answers file of `sysdrill drill`: the answers in the order the items are asked, so a
 * drill can run without prompts (scripts, tests). A list, or a mapping with `answers:`:
 *
 *   - 23 thousand comments/s               # answers whatever item comes next
 *   - answer: |                            # a concept card, graded by you
 *       A partition forces a choice ...
 *     grade: good                          # again | hard | good | easy (default: the suggestion)
 *   - card: cap-theorem                    # ask this card rather than the next one due
 *     answer: ...
 *   - quiz: live-comment-system:writeRate  # ask this quiz (<problem id>:<key>)
 *     answer: 2 billion comments/day to comments/s
 *
 * Checks the shape only; the shell checks that named cards and quizzes exist.
 */
import { didYouMean } from '../did-you-mean'
import type { NodePath, TemplateIssue } from '../interview/template-validate'
import { isSelfGrade, SELF_GRADES, type SelfGrade } from './scheduler'

export interface DrillAnswer {
  answer: string
  grade?: SelfGrade
  card?: string
  quiz?: string
  /** where the entry is in the file, for messages */
  path: NodePath
}

export type DrillAnswersCheck = { ok: true; answers: DrillAnswer[] } | { ok: false; issues: TemplateIssue[] }

const ENTRY_KEYS = ['answer', 'grade', 'card', 'quiz']
export const MAX_DRILL_ANSWERS = 200

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function checkDrillAnswers(data: unknown): DrillAnswersCheck {
  const issues: TemplateIssue[] = []
  const issue = (path: NodePath, message: string, at: 'key' | 'value' = 'value') => issues.push({ path, message, at })
  let list: unknown = data
  let base: NodePath = []
  if (isObject(data)) {
    for (const key of Object.keys(data)) if (key !== 'answers') issue([key], `unknown key '${key}'${didYouMean(key, ['answers'])}; the file is a list of answers (or a mapping with 'answers:')`, 'key')
    list = data.answers
    base = ['answers']
  }
  if (!Array.isArray(list)) {
    issue(base, 'expected a list of answers, one per item, in the order they are asked')
    return { ok: false, issues }
  }
  if (list.length === 0) issue(base, 'the list of answers is empty')
  if (list.length > MAX_DRILL_ANSWERS) issue(base, `${list.length} answers; a drill takes at most ${MAX_DRILL_ANSWERS}`)
  const answers: DrillAnswer[] = []
  list.forEach((entry, index) => {
    const path = [...base, index]
    if (entry === null || typeof entry === 'string' || typeof entry === 'number') {
      answers.push({ answer: entry === null ? '' : String(entry), path })
      return
    }
    if (!isObject(entry)) {
      issue(path, 'an answer is text, or a mapping with answer, and optionally grade, card or quiz')
      return
    }
    for (const key of Object.keys(entry)) {
      if (!ENTRY_KEYS.includes(key)) issue([...path, key], `unknown key '${key}'${didYouMean(key, ENTRY_KEYS)}; known keys: ${ENTRY_KEYS.join(', ')}`, 'key')
    }
    const { answer, grade, card, quiz } = entry
    const result: DrillAnswer = { answer: '', path }
    if (answer === undefined || answer === null) result.answer = ''
    else if (typeof answer === 'string' || typeof answer === 'number') result.answer = String(answer)
    else issue([...path, 'answer'], 'the answer must be text (for several lines use `answer: |` and indent them)')
    if (grade !== undefined) {
      if (isSelfGrade(grade)) result.grade = grade
      else issue([...path, 'grade'], `grade must be one of ${SELF_GRADES.join(', ')}${typeof grade === 'string' ? didYouMean(grade, SELF_GRADES) : ''}`)
    }
    if (card !== undefined && quiz !== undefined) issue(path, 'an entry names a card or a quiz, not both')
    if (card !== undefined) {
      if (typeof card === 'string' && card !== '') result.card = card
      else issue([...path, 'card'], 'card must be a drill id, e.g. cap-theorem')
    }
    if (quiz !== undefined) {
      if (typeof quiz === 'string' && /^[^:\s]+:[A-Za-z_][A-Za-z0-9_]*$/.test(quiz)) result.quiz = quiz
      else issue([...path, 'quiz'], 'quiz must be <problem id>:<quantity key>, e.g. live-comment-system:writeRate')
    }
    if (result.quiz !== undefined && result.grade !== undefined) issue([...path, 'grade'], 'quizzes are graded against the reference; grade is for concept cards', 'key')
    answers.push(result)
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers }
}
