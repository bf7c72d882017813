/**
 * The problem parser (and yaml with it), as its own lazily loaded bundle: imported only when
 * a file is not in the index or the cache, or when a command needs a full problem.
 */
export { parsePacks, parseProblem, toSummary } from '../../core/problems/parse-problem'
