/**
 * Rules inside one problem file that need more than one field: kebab-case ids unique within
 * the file, the id matching the file name, what each kind requires, connections naming
 * components, scale keys that expressions can use, and expressions that use only earlier keys.
 * The value may be partial (the structural check already reported why), so every rule guards.
 */
import { PHASE_IDS } from '../phases'
import type { Diagnostic } from './diagnostic'
import { didYouMean } from '../did-you-mean'
import { describePath, type Path, type Positions } from './positions'

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Scale keys become engine variable names. */
export const SCALE_KEY = /^[A-Za-z][A-Za-z0-9_]*$/

/** Minimum rubric size and spread, and deep dives, per kind (documented in problems/README.md). */
export const KIND_RULES = {
  design: { rubricPoints: 10, rubricPhases: 6, deepDives: 3 },
  'mini-design': { rubricPoints: 5, rubricPhases: 3, deepDives: 1 },
} as const

type Obj = Record<string, unknown>
const asObj = (value: unknown): Obj | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** kebab-case spelling of an id, for the suggestion in the message. */
export function toKebab(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Lists whose items carry an `id`; ids are unique across all of them. */
const ID_LISTS: Path[] = [
  ['clarifyingQuestions'],
  ['requirements', 'functional'],
  ['requirements', 'nonFunctional'],
  ['apiHints'],
  ['highLevelDesign', 'components'],
  ['deepDives'],
  ['followUps'],
  ['rubric'],
]

function getIn(value: unknown, path: Path): unknown {
  let current = value
  for (const part of path) current = typeof part === 'number' ? asList(current)[part] : asObj(current)?.[part]
  return current
}

export interface FileRuleInput {
  value: unknown
  positions: Positions
  /** the file's name without .yaml, when the file has one */
  expectedId?: string
}

export function checkFileRules({ value, positions, expectedId }: FileRuleInput): Diagnostic[] {
  const out: Diagnostic[] = []
  const report = (path: Path, message: string, which: 'value' | 'key' = 'value') =>
    out.push({ ...positions.at(path, which), severity: 'error', message })
  const problem = asObj(value)
  if (!problem) return out

  const id = problem.id
  if (typeof id === 'string') {
    if (!KEBAB_CASE.test(id)) report(['id'], `id '${id}' must be kebab-case (lowercase letters, digits and '-'), e.g. '${toKebab(id) || 'my-problem'}'`)
    else if (expectedId !== undefined && id !== expectedId) {
      report(['id'], `id '${id}' does not match the file name '${expectedId}'; rename the file to ${id}.yaml or change the id`)
    }
  }

  // nested ids: kebab-case and unique within the file
  const firstUse = new Map<string, Path>()
  for (const listPath of ID_LISTS) {
    asList(getIn(problem, listPath)).forEach((item, index) => {
      const itemId = asObj(item)?.id
      if (typeof itemId !== 'string') return
      const path = [...listPath, index, 'id']
      if (!KEBAB_CASE.test(itemId)) {
        report(path, `${describePath(path)} '${itemId}' must be kebab-case (lowercase letters, digits and '-'), e.g. '${toKebab(itemId) || 'x'}'`)
        return
      }
      const earlier = firstUse.get(itemId)
      if (earlier) report(path, `duplicate id '${itemId}': ${describePath(earlier)} (line ${positions.at(earlier).line}) already uses it; ids must be unique within the file`)
      else firstUse.set(itemId, path)
    })
  }

  checkConnections(problem, report)
  checkScaleKeys(problem, positions, report)
  checkKind(problem, positions, report)
  const placeholders = findPlaceholders(problem, [])
  if (placeholders.length > 0) {
    out.push({
      ...positions.at(placeholders[0]!),
      severity: 'warning',
      message: `${placeholders.length} value${placeholders.length === 1 ? ' still starts' : 's still start'} with TODO (the first is ${describePath(placeholders[0]!)}); replace them with your own text`,
    })
  }
  return out
}

/** Paths of text values a scaffold left as `TODO...`, in file order. */
export function findPlaceholders(value: unknown, path: Path): Path[] {
  const found: Path[] = []
  // one mutable path for the whole walk; copied only for a match (this runs on every file)
  const stack: Array<string | number> = [...path]
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      // includes() first: this runs on every text of every file a listing reads
      if (node.includes('TODO') && /^\s*TODO\b/.test(node)) found.push([...stack])
      return
    }
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        stack.push(index)
        walk(node[index])
        stack.pop()
      }
      return
    }
    const obj = asObj(node)
    if (!obj) return
    for (const key of Object.keys(obj)) {
      stack.push(key)
      walk(obj[key])
      stack.pop()
    }
  }
  walk(value)
  return found
}

type Report = (path: Path, message: string, which?: 'value' | 'key') => void

function checkConnections(problem: Obj, report: Report): void {
  const design = asObj(problem.highLevelDesign)
  const components = asList(design?.components)
    .map((c) => asObj(c)?.id)
    .filter((c): c is string => typeof c === 'string')
  asList(design?.connections).forEach((connection, index) => {
    for (const end of ['from', 'to'] as const) {
      const target = asObj(connection)?.[end]
      if (typeof target !== 'string' || components.includes(target)) continue
      const suggestion = didYouMean(target, components)
      const known = components.length === 0 ? 'there are no components' : suggestion === '' ? `known: ${components.join(', ')}` : suggestion.trim().slice(1, -1)
      report(['highLevelDesign', 'connections', index, end], `connection ${end} '${target}' is not a component id (${known})`)
    }
  })
}

function checkScaleKeys(problem: Obj, positions: Positions, report: Report): void {
  const scale = asObj(problem.scale)
  const entries = [
    ...asList(scale?.givens).map((item, index) => ({ item: asObj(item), path: ['scale', 'givens', index] as Path })),
    ...asList(scale?.derived).map((item, index) => ({ item: asObj(item), path: ['scale', 'derived', index] as Path })),
  ]
  const keys = entries.map(({ item }) => (typeof item?.key === 'string' ? item.key : undefined))
  const defined = new Map<string, number>()
  entries.forEach(({ item, path }, index) => {
    const key = keys[index]
    if (key === undefined) return
    if (!SCALE_KEY.test(key)) {
      report([...path, 'key'], `scale key '${key}' must be one word of letters and digits (camelCase, e.g. 'writeQps'): expressions refer to it by name`)
    } else if (defined.has(key)) {
      const first = entries[defined.get(key)!]!.path
      report([...path, 'key'], `duplicate scale key '${key}': ${describePath(first)} (line ${positions.at([...first, 'key']).line}) already defines it`)
    } else defined.set(key, index)
  })
  // an expression may use only keys defined before it
  entries.forEach(({ item, path }, index) => {
    const expr = typeof item?.expr === 'string' ? item.expr : typeof item?.value === 'string' ? item.value : undefined
    if (expr === undefined) return
    const field = typeof item?.expr === 'string' ? 'expr' : 'value'
    for (const name of namesUsed(expr)) {
      const at = defined.get(name)
      if (at === undefined || at < index) continue
      const where = entries[at]!.path
      report(
        [...path, field],
        at === index
          ? `${describePath([...path, field])} uses '${name}', its own key; an expression may use only earlier keys`
          : `${describePath([...path, field])} uses '${name}', which is defined later (line ${positions.at([...where, 'key']).line}); move it above or reorder`,
      )
    }
  })
}

function checkKind(problem: Obj, positions: Positions, report: Report): void {
  const kind = problem.kind
  const rubric = asList(problem.rubric).map(asObj)
  const followUps = asList(problem.followUps).map(asObj)
  if (kind === 'drill') {
    if (problem.pack === undefined) report([], `a drill needs 'pack' (one of the packs in problems/drills/packs.yaml)`)
    for (const key of ['phases', 'phaseOverrides'] as const) {
      const value = asObj(problem[key])
      if (value && Object.keys(value).length > 0) report([key], `drills have no phases: remove '${key}'`, 'key')
    }
    rubric.forEach((point, index) => {
      if (point?.phase !== undefined) report(['rubric', index, 'phase'], `drills have no phases: remove 'phase' from rubric[${index}]`, 'key')
    })
    followUps.forEach((followUp, index) => {
      if (followUp?.phase !== undefined) report(['followUps', index, 'phase'], `drills have no phases: remove 'phase' from followUps[${index}]`, 'key')
    })
    return
  }
  if (kind !== 'design' && kind !== 'mini-design') return
  const rules = KIND_RULES[kind]
  if (problem.pack !== undefined) report(['pack'], `only drills belong to a pack; remove 'pack' from this ${kind}`, 'key')
  const functional = asList(asObj(problem.requirements)?.functional)
  if (functional.length === 0) report(['requirements'], `a ${kind} needs requirements.functional (at least one functional requirement)`)
  if (asList(asObj(problem.scale)?.givens).length === 0) report(['scale'], `a ${kind} needs scale.givens (the numbers the interviewer reveals)`)
  const deepDives = asList(problem.deepDives).length
  if (deepDives < rules.deepDives) {
    report(['deepDives'], `a ${kind} needs at least ${rules.deepDives} deep dive${rules.deepDives === 1 ? '' : 's'}, this one has ${deepDives}`)
  }
  if (followUps.length === 0) report(['followUps'], `a ${kind} needs at least one follow-up question`)
  // a phase that is present but not a phase id was reported already; only a missing one is news
  const lacks = (path: Path) => !positions.has([...path, 'phase'])
  followUps.forEach((followUp, index) => {
    if (followUp && followUp.phase === undefined && lacks(['followUps', index])) report(['followUps', index], `followUps[${index}] needs 'phase' (when the interviewer asks it: ${PHASE_IDS.join(', ')})`)
  })
  rubric.forEach((point, index) => {
    if (point && point.phase === undefined && lacks(['rubric', index])) report(['rubric', index], `rubric[${index}] needs 'phase' (one of ${PHASE_IDS.join(', ')})`)
  })
  const phases = new Set(rubric.map((point) => point?.phase).filter((phase) => typeof phase === 'string'))
  if (rubric.length > 0 && rubric.length < rules.rubricPoints) {
    report(['rubric'], `a ${kind} needs at least ${rules.rubricPoints} rubric points, this one has ${rubric.length}`)
  } else if (rubric.length > 0 && phases.size < rules.rubricPhases) {
    const missing = PHASE_IDS.filter((phase) => !phases.has(phase))
    report(['rubric'], `a ${kind}'s rubric must cover at least ${rules.rubricPhases} of the 9 phases, this one covers ${phases.size}; add points for: ${missing.join(', ')}`)
  }
}

const NUMBER_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'k', 'K'])

/**
 * The variable names an expression uses. A word right after a number is its unit
 * (`5 replicas`, `2 KB/comment`), as is a word after `/` that follows a unit, so a scale key
 * that shares its name with a unit is not mistaken for a reference.
 */
export function namesUsed(expr: string): Set<string> {
  const tokens = expr.match(/[A-Za-z_][A-Za-z0-9_]*|\d[\d,_]*(?:\.\d+)?(?:e[+-]?\d+)?|\S/g) ?? []
  const names = new Set<string>()
  type Token = 'number' | 'unit' | 'name' | 'slash' | 'other'
  let previous = 'other' as Token
  let beforeSlash = 'other' as Token
  for (const token of tokens) {
    if (/^\d/.test(token) || (NUMBER_WORDS.has(token) && previous === 'number')) {
      previous = 'number'
    } else if (/^[A-Za-z_]/.test(token)) {
      const isUnit: boolean = previous === 'number' || (previous === 'slash' && beforeSlash === 'unit')
      if (!isUnit) names.add(token)
      previous = isUnit ? 'unit' : 'name'
    } else if (token === '/') {
      beforeSlash = previous
      previous = 'slash'
    } else previous = 'other'
  }
  return names
}
