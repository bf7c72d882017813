/**
 * One problem file, checked: bytes in, a validated and normalised Problem out (lists default
 * to empty), or every diagnostic with its line and column. Cross-file rules (duplicate ids,
 * references to other problems and packs) are in ./catalog-rules.ts; the arithmetic of the
 * scale section is rechecked by ./scale-check.ts with the estimation engine.
 */
import { byPosition, hasErrors, type Diagnostic } from './diagnostic'
import { checkStructure } from './check-structure'
import { checkFileRules, KEBAB_CASE } from './file-rules'
import { parseYamlBytes } from './parse-yaml'
import { Positions } from './positions'
import { PACKS_SPEC, PROBLEM_SPEC } from './schema'
import type { Problem } from './types'

export { toSummary } from './summary'

export interface ParsedProblem {
  /** present when there is no error */
  problem?: Problem
  /** whatever could be read, with defaults; for tools that want to go on despite errors */
  value: unknown
  positions: Positions
  diagnostics: Diagnostic[]
}

export function parseProblem(input: Uint8Array | string, options: { expectedId?: string } = {}): ParsedProblem {
  const yaml = parseYamlBytes(input)
  if (!yaml.doc) return { value: undefined, positions: new Positions(), diagnostics: yaml.diagnostics }
  const structure = checkStructure(yaml.doc, yaml.text, yaml.lines, PROBLEM_SPEC)
  if (structure.aborted) return { value: undefined, positions: structure.positions, diagnostics: structure.diagnostics }
  const rules = checkFileRules({
    value: structure.value,
    positions: structure.positions,
    ...(options.expectedId === undefined ? {} : { expectedId: options.expectedId }),
  })
  const diagnostics = [...structure.diagnostics, ...rules].sort(byPosition)
  const result: ParsedProblem = { value: structure.value, positions: structure.positions, diagnostics }
  if (!hasErrors(diagnostics)) result.problem = normalise(structure.value as Problem)
  return result
}

/** Follow-ups default to kind `question` (types.ts); everything else was defaulted by the walk. */
function normalise(problem: Problem): Problem {
  return { ...problem, followUps: problem.followUps.map((f) => ({ ...f, kind: f.kind ?? 'question' })) }
}


export interface Pack {
  id: string
  title: string
  description: string
}

export interface ParsedPacks {
  packs?: Pack[]
  positions: Positions
  diagnostics: Diagnostic[]
}

/** problems/drills/packs.yaml: the drill packs, in the order they are offered. */
export function parsePacks(input: Uint8Array | string): ParsedPacks {
  const yaml = parseYamlBytes(input)
  if (!yaml.doc) return { positions: new Positions(), diagnostics: yaml.diagnostics }
  const structure = checkStructure(yaml.doc, yaml.text, yaml.lines, PACKS_SPEC)
  const diagnostics = [...structure.diagnostics]
  const packs = ((structure.value as { packs?: Pack[] } | undefined)?.packs ?? []).filter(Boolean)
  const seen = new Map<string, number>()
  packs.forEach((pack, index) => {
    if (typeof pack.id !== 'string') return
    const at = { ...structure.positions.at(['packs', index, 'id']), severity: 'error' as const }
    if (!KEBAB_CASE.test(pack.id)) diagnostics.push({ ...at, message: `pack id '${pack.id}' must be kebab-case` })
    else if (seen.has(pack.id)) diagnostics.push({ ...at, message: `duplicate pack id '${pack.id}' (also packs[${seen.get(pack.id)}])` })
    else seen.set(pack.id, index)
  })
  diagnostics.sort(byPosition)
  const result: ParsedPacks = { positions: structure.positions, diagnostics }
  if (!hasErrors(diagnostics)) result.packs = packs
  return result
}
