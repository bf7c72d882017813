/**
 * Rules across files: references must name something that exists (relatedProblems name
 * problems, relatedConcepts and deepDives[].concepts name drills, pack names a pack in a
 * packs.yaml), and two files of one source must not share an id.
 */
import type { Diagnostic } from './diagnostic'
import { didYouMean } from '../did-you-mean'
import { describePath, type Path, type Positions } from './positions'
import type { ProblemKind } from './types'

export interface Universe {
  /** the kind of every known id (problems and drills, from every source) */
  kinds: ReadonlyMap<string, ProblemKind>
  /** known pack ids; undefined when the library has no packs.yaml at all */
  packs: ReadonlySet<string> | undefined
}

type Obj = Record<string, unknown>
const asObj = (value: unknown): Obj | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined)
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

export function checkReferences(value: unknown, positions: Positions, universe: Universe): Diagnostic[] {
  const out: Diagnostic[] = []
  const problem = asObj(value)
  if (!problem) return out
  const selfId = typeof problem.id === 'string' ? problem.id : undefined
  const ids = [...universe.kinds.keys()]
  const drills = ids.filter((id) => universe.kinds.get(id) === 'drill')
  const designs = ids.filter((id) => universe.kinds.get(id) !== 'drill')
  const report = (path: Path, message: string) => out.push({ ...positions.at(path), severity: 'error', message })

  const checkList = (path: Path, want: 'problem' | 'drill') => {
    asList(path.reduce<unknown>((v, p) => (typeof p === 'number' ? asList(v)[p] : asObj(v)?.[p]), problem)).forEach((ref, index) => {
      if (typeof ref !== 'string') return
      const at = [...path, index]
      const where = describePath(path)
      if (ref === selfId) return report(at, `${where} names this ${want === 'drill' ? 'drill' : 'problem'} itself`)
      const kind = universe.kinds.get(ref)
      if (kind === undefined) {
        const pool = want === 'drill' ? drills : designs
        const suggestion = didYouMean(ref, pool)
        return report(at, `${where}: no ${want} named '${ref}'${suggestion === '' ? ` (see \`sysdrill problems list${want === 'drill' ? ' --kind drill' : ''}\`)` : suggestion}`)
      }
      if (want === 'drill' && kind !== 'drill') return report(at, `${where}: '${ref}' is a ${kind}, not a drill; list it under relatedProblems`)
      if (want === 'problem' && kind === 'drill') return report(at, `${where}: '${ref}' is a drill, not a problem; list it under relatedConcepts`)
    })
  }
  checkList(['relatedProblems'], 'problem')
  checkList(['relatedConcepts'], 'drill')
  asList(problem.deepDives).forEach((_dive, index) => checkList(['deepDives', index, 'concepts'], 'drill'))

  if (typeof problem.pack === 'string' && problem.kind === 'drill') {
    if (universe.packs === undefined) report(['pack'], `pack '${problem.pack}' is not listed anywhere: the library has no packs.yaml`)
    else if (!universe.packs.has(problem.pack)) {
      const suggestion = didYouMean(problem.pack, universe.packs)
      report(['pack'], `pack '${problem.pack}' is not in packs.yaml${suggestion === '' ? `; known: ${[...universe.packs].join(', ')}` : suggestion}`)
    }
  }
  return out
}

export interface IdClaim {
  id: string
  file: string
  /** which source (folder) the file belongs to */
  source: number
  positions: Positions
}

/** Two files of the same source with the same id: an error on every file after the first. */
export function duplicateIdDiagnostics(claims: readonly IdClaim[], show: (file: string) => string): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>()
  const first = new Map<string, IdClaim>()
  const sorted = [...claims].sort((a, b) => a.source - b.source || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  for (const claim of sorted) {
    const key = `${claim.source}\u0000${claim.id}`
    const earlier = first.get(key)
    if (!earlier) {
      first.set(key, claim)
      continue
    }
    const list = out.get(claim.file) ?? []
    list.push({ ...claim.positions.at(['id']), severity: 'error', message: `duplicate id '${claim.id}': ${show(earlier.file)} already defines it` })
    out.set(claim.file, list)
  }
  return out
}
