/**
 * What a problem offers a template phase: its cues, hints, follow-ups, rubric points and
 * estimation questions, gathered through the phase's `covers` list. One problem therefore
 * works with any template.
 */
import type { PhaseId } from '../phases'
import type { FollowUp, Problem, RubricPoint, ScaleDerived } from '../problems/types'
import type { RevealedHint } from './session-types'

export interface PhaseLike {
  covers: readonly PhaseId[]
}

export function phaseCues(problem: Problem, phase: PhaseLike): string[] {
  return phase.covers.flatMap((c) => problem.phases[c]?.cues ?? [])
}

/** Hints in the order /hint reveals them: the phase's own, then the deep dives' (deep-dive only). */
export function phaseHints(problem: Problem, phase: PhaseLike): Array<Pick<RevealedHint, 'text' | 'source'>> {
  const hints: Array<Pick<RevealedHint, 'text' | 'source'>> = []
  for (const canonical of phase.covers) {
    for (const text of problem.phases[canonical]?.hints ?? []) hints.push({ text, source: 'phase' })
  }
  if (phase.covers.includes('deep-dive')) {
    // one hint per deep dive first, then the second of each, so early hints span the topics
    const longest = Math.max(0, ...problem.deepDives.map((d) => d.hints.length))
    for (let i = 0; i < longest; i += 1) {
      for (const dive of problem.deepDives) {
        const text = dive.hints[i]
        if (text !== undefined) hints.push({ text: `${dive.title}: ${text}`, source: 'deep-dive' })
      }
    }
  }
  return hints
}

/** Follow-ups the interviewer raises during this phase, in file order. */
export function phaseFollowUps(problem: Problem, phase: PhaseLike): FollowUp[] {
  return problem.followUps.filter((f) => f.phase !== undefined && phase.covers.includes(f.phase))
}

export function phaseRubric(problem: Problem, phase: PhaseLike): RubricPoint[] {
  return problem.rubric.filter((r) => r.phase !== undefined && phase.covers.includes(r.phase))
}

/** The derived quantities the estimation phase asks for (ask: false marks a hidden step). */
export function estimationQuestions(problem: Problem): ScaleDerived[] {
  return problem.scale.derived.filter((d) => d.ask !== false)
}

/**
 * The hint for one estimation question: which givens and earlier answers its reference
 * starts from, never the formula. An intermediate quantity the interview does not ask for is
 * replaced by what it is made of, since the candidate has no answer by that name.
 */
export function questionHint(problem: Problem, question: ScaleDerived): string {
  const givens = new Set(problem.scale.givens.map((g) => g.key))
  const derived = new Map(problem.scale.derived.map((d) => [d.key, d]))
  const inputs: string[] = []
  const visit = (expr: string, depth: number) => {
    for (const name of expr.match(/[A-Za-z_]\w*/g) ?? []) {
      const step = derived.get(name)
      if (step && step.ask === false && depth < 10) visit(step.expr, depth + 1)
      else if ((givens.has(name) || step) && name !== question.key && !inputs.includes(name)) inputs.push(name)
    }
  }
  visit(question.expr, 0)
  if (inputs.length === 0) return `${question.key}: a figure to state from experience, in ${question.unit}.`
  const list = inputs.length === 1 ? inputs[0]! : `${inputs.slice(0, -1).join(', ')} and ${inputs.at(-1)}`
  return `${question.key}: start from ${list}, and make the units come out as ${question.unit}.`
}

export function coversEstimation(phase: PhaseLike): boolean {
  return phase.covers.includes('estimation')
}
