/**
 * Reads a table by a key the user typed. A plain `table[key]` would find Object.prototype's
 * members (`constructor`, `__proto__` ...) and turn them into numbers or units; this does not.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
