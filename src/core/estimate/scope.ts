/** Variables for sheets, the REPL and problem givens: a name -> quantity map, in order of definition. */
import type { Quantity, Scope } from './types'

export function createScope(): Scope {
  const values = new Map<string, Quantity>()
  return {
    has: (name) => values.has(name),
    get: (name) => values.get(name),
    set: (name, value) => {
      values.delete(name)
      values.set(name, value)
    },
    names: () => [...values.keys()],
  }
}
