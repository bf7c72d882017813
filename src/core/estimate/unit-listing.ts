/** The unit table for people (`:units` in the REPL): one row per kind of unit. */
import type { UnitListing } from './types'
import type { UnitResolver } from './unit-resolver'

export function unitListing(resolver: UnitResolver): UnitListing[] {
  const groups = [...resolver.nounGroups()].map(([, words]) => words)
  const synonyms = groups.filter((words) => words.length > 1).map((words) => words.join(' = '))
  const singles = groups.filter((words) => words.length === 1).map((words) => words[0])
  return [
    ...resolver.table.summary,
    { category: 'rates as one word', spellings: 'QPS = RPS = TPS (requests/s), IOPS (operations/s)' },
    { category: 'numbers', spellings: 'thousand, million, billion, trillion; 2k, 3M, 2B users (billion before a noun); 1,000,000; 2e9; 99.9%' },
    { category: 'counted things (synonyms are one unit)', spellings: synonyms.join('; ') },
    { category: 'counted things (each its own unit)', spellings: `${singles.join(', ')}; any other noun after a number counts something new (3 bathtubs/house)` },
  ]
}
