/**
 * Which file answers for each id. Sources are given lowest precedence first; a later source's
 * problem overrides an earlier one with the same id (a user's copy of a built-in problem).
 * Two files with one id in the same source are a duplicate: the first in path order is used.
 */
import type { ProblemSummary } from './types'

export interface CatalogFile<S extends ProblemSummary = ProblemSummary> {
  summary: S
  file: string
  /** index of the source, 0 = lowest precedence */
  source: number
}

export interface Catalog<S extends ProblemSummary = ProblemSummary> {
  /** the winning file per id */
  byId: Map<string, CatalogFile<S>>
  /** a later source replaced an earlier file */
  overrides: Array<{ id: string; winner: CatalogFile<S>; replaced: CatalogFile<S> }>
  /** several files with one id in the same source */
  duplicates: Array<{ id: string; files: CatalogFile<S>[] }>
}

export function buildCatalog<S extends ProblemSummary>(files: readonly CatalogFile<S>[]): Catalog<S> {
  const ordered = [...files].sort((a, b) => a.source - b.source || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const byId = new Map<string, CatalogFile<S>>()
  const overrides: Catalog<S>['overrides'] = []
  const duplicateGroups = new Map<string, CatalogFile<S>[]>()
  for (const entry of ordered) {
    const id = entry.summary.id
    const current = byId.get(id)
    if (current === undefined) {
      byId.set(id, entry)
    } else if (current.source === entry.source) {
      const key = `${entry.source}\u0000${id}`
      const group = duplicateGroups.get(key) ?? [current]
      group.push(entry)
      duplicateGroups.set(key, group)
    } else {
      overrides.push({ id, winner: entry, replaced: current })
      byId.set(id, entry)
    }
  }
  const duplicates = [...duplicateGroups.values()].map((group) => ({ id: group[0]!.summary.id, files: group }))
  return { byId, overrides, duplicates }
}
