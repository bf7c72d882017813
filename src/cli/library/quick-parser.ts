/**
 * The fast way to a summary, used when listing folders of problem files: js-yaml (about ten
 * times faster than the position-tracking `yaml` parser) and a yes/no check of the plain value
 * against the same schema. It answers only for files with nothing to report; for any other
 * file it returns undefined and the caller runs the full parser, which says exactly what is
 * wrong and where. Loaded as its own bundle, only when a file is not in the index or cache.
 */
import { CORE_SCHEMA, load } from 'js-yaml'
import { decodeProblemBytes } from '../../core/problems/file-guards'
import { checkFileRules } from '../../core/problems/file-rules'
import { Positions } from '../../core/problems/positions'
import { quickCheck } from '../../core/problems/quick-check'
import { PROBLEM_SPEC } from '../../core/problems/schema'
import { toSummary } from '../../core/problems/summary'
import type { Problem, ProblemSummary } from '../../core/problems/types'

export function quickSummary(bytes: Uint8Array, expectedId: string): ProblemSummary | undefined {
  const decoded = decodeProblemBytes(bytes)
  if ('diagnostic' in decoded) return undefined
  let value: unknown
  try {
    // CORE_SCHEMA is YAML 1.2's, as the full parser uses: no timestamps, no merge keys
    value = load(decoded.text, { schema: CORE_SCHEMA })
  } catch {
    return undefined
  }
  const checked = quickCheck(value, PROBLEM_SPEC)
  if (!checked) return undefined
  // any finding, error or warning, needs the full parser's positions
  if (checkFileRules({ value: checked.value, positions: new Positions(), expectedId }).length > 0) return undefined
  return toSummary(checked.value as Problem)
}
