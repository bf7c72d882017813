/** What `problems list` shows of a problem: the fields kept in the index and the cache. */
import type { Problem, ProblemSummary } from './types'

export function toSummary(problem: Problem): ProblemSummary {
  const summary: ProblemSummary = {
    id: problem.id,
    title: problem.title,
    kind: problem.kind,
    difficulty: problem.difficulty,
    tags: problem.tags,
    durationMinutes: problem.durationMinutes,
    summary: problem.summary,
  }
  if (problem.pack !== undefined) summary.pack = problem.pack
  return summary
}
