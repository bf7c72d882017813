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

/**
 * Names whose assignment failed, per scope, with the sheet line when there is one. A later
 * bare use of such a name must fail too: otherwise `qps = ...` (refused: QPS is a unit)
 * followed by `qps * 3` would quietly compute 3 requests/s.
 */
const failedAssignments = new WeakMap<Scope, Map<string, number | undefined>>()

export function markFailedAssignment(scope: Scope, name: string, line?: number): void {
  let failed = failedAssignments.get(scope)
  if (failed === undefined) failedAssignments.set(scope, (failed = new Map()))
  // the sheet knows the line; keep it when the engine marks the same name without one
  if (line !== undefined || !failed.has(name)) failed.set(name, line)
}

export function clearFailedAssignment(scope: Scope, name: string): void {
  failedAssignments.get(scope)?.delete(name)
}

/** undefined: the name's last assignment did not fail; otherwise the line it failed on, when known */
export function failedAssignment(scope: Scope, name: string): { line: number | undefined } | undefined {
  const failed = failedAssignments.get(scope)
  return failed?.has(name) ? { line: failed.get(name) } : undefined
}
