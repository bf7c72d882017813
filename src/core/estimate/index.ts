/**
 * The estimation engine's entry point. Other modules import from here only.
 * getEngine() builds the engine on first use (the unit table and mathjs's Unit class take a
 * few milliseconds) and returns the same instance afterwards.
 */
import { createEngine } from './engine'
import type { Engine } from './types'

export type * from './types'
export { renderSheetMarkdown } from './markdown-table'

let engine: Engine | undefined

/** The shared engine instance, built on first use. */
export function getEngine(): Engine {
  engine ??= createEngine()
  return engine
}
