/**
 * How much of a problem a reader may see. `problems show` (text and JSON) starts from what a
 * candidate is told at the start of an interview and reveals more on request:
 *   statement: statement, requirements, the numbers the interviewer gives, the clarifying
 *              questions (without answers), the names and units of the quantities to work out
 *   hints:     + interviewer answers, phase cues and hints, deep-dive prompts and hints,
 *              heuristics
 *   solution:  everything: derived values, API, data model, high-level design, key points,
 *              follow-ups, rubric, pitfalls, model answer, interviewer notes, sources
 * Hidden fields are left out (not blanked), so JSON readers can tell "hidden" from "empty".
 */
import type { Problem } from './types'

export type RevealLevel = 'statement' | 'hints' | 'solution'

export function revealLevel(options: { hints?: boolean; solution?: boolean }): RevealLevel {
  return options.solution === true ? 'solution' : options.hints === true ? 'hints' : 'statement'
}

const SOLUTION_ONLY = [
  'sources',
  'interviewerNotes',
  'apiHints',
  'dataModelHints',
  'highLevelDesign',
  'followUps',
  'rubric',
  'pitfalls',
  'modelAnswer',
] as const

/** A JSON-ready copy of the problem without what `level` hides. */
export function reveal(problem: Problem, level: RevealLevel): Record<string, unknown> {
  if (level === 'solution') return { ...problem }
  const hints = level === 'hints'
  const out: Record<string, unknown> = { ...problem }
  for (const key of SOLUTION_ONLY) delete out[key]
  out.clarifyingQuestions = problem.clarifyingQuestions.map(({ answer, ...rest }) => (hints ? { ...rest, answer } : rest))
  out.scale = {
    givens: problem.scale.givens,
    // the candidate works these out: say what and in which unit, not how or how much
    derived: problem.scale.derived.map((d) => ({ key: d.key, label: d.label, unit: d.unit, ...(d.ask === undefined ? {} : { ask: d.ask }) })),
    ...(hints ? { heuristics: problem.scale.heuristics } : {}),
  }
  if (hints) out.deepDives = problem.deepDives.map(({ keyPoints: _hidden, ...rest }) => rest)
  else {
    delete out.deepDives
    delete out.phases
  }
  return out
}
