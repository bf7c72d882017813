/**
 * The estimation engine's entry point. Other modules import from here only.
 * (Implementation lands with issue 2; until then getEngine() fails loudly.)
 */
import type { Engine } from './types'

export type * from './types'

/** The shared engine instance, built on first use (building the unit table costs a few ms). */
export function getEngine(): Engine {
  throw new Error('the estimation engine is not built yet')
}
