/**
 * The estimation engine for `problems show` and `validate`, loaded on demand (it brings mathjs).
 * Returns the reason instead of throwing when it cannot be built, so a command can still do
 * the rest of its work and say what it skipped.
 */
import type { Engine } from '../../../core/estimate/types'
import { getEngine } from '../../../core/estimate/index'

export { computeScale, scaleDiagnostics } from '../../../core/problems/scale'

export function tryEngine(): { engine: Engine } | { reason: string } {
  try {
    return { engine: getEngine() }
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) }
  }
}
