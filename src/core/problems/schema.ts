/**
 * The problem schema as data: the executable form of ./types.ts. The structural checker
 * (./check-structure.ts) walks a YAML document against these specs; rules that need more than
 * one field (kind-specific requirements, references between fields) live in ./file-rules.ts.
 *
 * Conventions taken from types.ts: every list may be omitted and is then empty; a section
 * (requirements, scale, ...) may be omitted and is then a section of empty lists; a field is
 * required when types.ts has it without `?` and it is not a list or section.
 */
import { PHASE_IDS } from '../phases'

export type Spec =
  /**
   * `numbers`: a YAML number is accepted as its text (an expression like `3`, a line number);
   * `oneLine`: shown in lists, tables and headings, so no line break (a `|` block's last one is dropped)
   */
  | { type: 'string'; numbers?: boolean; oneLine?: boolean }
  | { type: 'number'; integer?: boolean; min?: number; max?: number; exclusiveMin?: boolean }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly (string | number)[]; what: string }
  | { type: 'list'; of: Spec }
  | { type: 'object'; fields: Record<string, Field> }
  /** a mapping whose keys come from a fixed set (phase ids), each with the same value spec */
  | { type: 'keyed'; keys: readonly string[]; what: string; of: Spec }

export interface Field {
  spec: Spec
  /** must be present (lists and sections never are: they default to empty) */
  required?: boolean
  /** a list that must hold at least one item when present */
  nonEmpty?: boolean
}

const text: Spec = { type: 'string' }
/** ids, names, titles, units: anything shown in a list, a table cell or a heading */
const line: Spec = { type: 'string', oneLine: true }
const lines: Spec = { type: 'list', of: line }
const expression: Spec = { type: 'string', numbers: true }
const texts: Spec = { type: 'list', of: text }
const req = (spec: Spec, extra: Partial<Field> = {}): Field => ({ spec, required: true, ...extra })
const opt = (spec: Spec): Field => ({ spec })
const object = (fields: Record<string, Field>): Spec => ({ type: 'object', fields })
const list = (of: Spec): Spec => ({ type: 'list', of })
const oneOf = (what: string, values: readonly (string | number)[]): Spec => ({ type: 'enum', values, what })

export const PHASE_SPEC = oneOf('phase', PHASE_IDS)
export const ORIGIN_SPEC = oneOf('origin', ['seed', 'inferred'])

const sourceRef = object({ file: req(text), lines: opt(expression), note: opt(text) })

const clarifyingQuestion = object({
  id: req(line),
  category: req(
    oneOf('category', ['users', 'scope', 'scale', 'performance', 'consistency', 'availability', 'durability', 'cost', 'security', 'compliance']),
  ),
  ask: req(text),
  answer: req(text),
  keywords: opt(texts),
})

const requirements = object({
  functional: opt(list(object({ id: req(line), text: req(text), priority: req(oneOf('priority', ['must', 'should', 'could'])) }))),
  nonFunctional: opt(
    list(
      object({
        id: req(line),
        category: req(
          oneOf('category', ['latency', 'throughput', 'availability', 'consistency', 'durability', 'scalability', 'cost', 'security', 'compliance', 'operability']),
        ),
        text: req(text),
        target: opt(text),
      }),
    ),
  ),
  outOfScope: opt(texts),
})

const scale = object({
  givens: opt(list(object({ key: req(line), label: req(line), value: req(expression), origin: opt(ORIGIN_SPEC), notes: opt(text) }))),
  derived: opt(
    list(
      object({
        key: req(line),
        label: req(line),
        expr: req(expression),
        expected: req({ type: 'number' }),
        unit: req(line),
        tolerance: req({ type: 'number', min: 0, max: 1 }),
        ask: opt({ type: 'boolean' }),
        exact: opt({ type: 'boolean' }),
        notes: opt(text),
      }),
    ),
  ),
  heuristics: opt(texts),
})

const apiHint = object({
  id: req(line),
  method: req(oneOf('method', ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'SSE', 'WS', 'RPC', 'EVENT'])),
  path: req(line),
  purpose: req(text),
  request: opt(text),
  response: opt(text),
  notes: opt(text),
})

const dataModelHints = object({
  entities: opt(
    list(
      object({
        name: req(line),
        store: req(line),
        fields: opt(
          list(
            object({
              name: req(line),
              type: req(line),
              key: opt(oneOf('key role', ['primary', 'partition', 'clustering', 'index', 'foreign', 'unique'])),
              notes: opt(text),
            }),
          ),
        ),
        accessPatterns: opt(texts),
        notes: opt(text),
      }),
    ),
  ),
  storageChoices: opt(list(object({ option: req(line), pros: opt(texts), cons: opt(texts), verdict: req(text) }))),
})

const highLevelDesign = object({
  components: opt(list(object({ id: req(line), name: req(line), responsibility: req(text) }))),
  connections: opt(list(object({ from: req(line), to: req(line), label: opt(line) }))),
  flows: opt(list(object({ name: req(line), steps: opt(texts) }))),
})

const deepDive = object({
  id: req(line),
  title: req(line),
  prompt: req(text),
  hints: opt(texts),
  keyPoints: opt(texts),
  concepts: opt(lines),
})

const followUp = object({
  id: req(line),
  ask: req(text),
  phase: opt(PHASE_SPEC),
  kind: opt(oneOf('follow-up kind', ['question', 'requirement-change'])),
  expectedPoints: opt(texts),
})

const rubricPoint = object({
  id: req(line),
  phase: opt(PHASE_SPEC),
  weight: req(oneOf('weight', [1, 2, 3])),
  point: req(text),
  keywords: req(texts, { nonEmpty: true }),
  origin: opt(ORIGIN_SPEC),
})

const phaseMaterial = object({ cues: opt(texts), hints: opt(texts) })

export const PROBLEM_SPEC = object({
  schemaVersion: req(oneOf('schemaVersion', [1])),
  id: req(line),
  title: req(line),
  kind: req(oneOf('kind', ['design', 'mini-design', 'drill'])),
  difficulty: req(oneOf('difficulty', ['easy', 'medium', 'hard'])),
  durationMinutes: req({ type: 'number', integer: true, min: 1, max: 240 }),
  tags: req(lines, { nonEmpty: true }),
  summary: req(line),
  statement: req(text),
  sources: opt(list(sourceRef)),
  interviewerNotes: opt(text),
  clarifyingQuestions: opt(list(clarifyingQuestion)),
  requirements: opt(requirements),
  scale: opt(scale),
  apiHints: opt(list(apiHint)),
  dataModelHints: opt(dataModelHints),
  highLevelDesign: opt(highLevelDesign),
  deepDives: opt(list(deepDive)),
  followUps: opt(list(followUp)),
  rubric: req(list(rubricPoint), { nonEmpty: true }),
  pitfalls: opt(texts),
  phases: opt({ type: 'keyed', keys: PHASE_IDS, what: 'phase', of: phaseMaterial }),
  phaseOverrides: opt({ type: 'keyed', keys: PHASE_IDS, what: 'phase', of: { type: 'number', min: 0, max: 120, exclusiveMin: true } }),
  relatedProblems: opt(lines),
  relatedConcepts: opt(lines),
  pack: opt(line),
  modelAnswer: opt(text),
})

/** problems/drills/packs.yaml */
export const PACKS_SPEC = object({
  schemaVersion: req(oneOf('schemaVersion', [1])),
  packs: req(list(object({ id: req(line), title: req(line), description: req(text) })), { nonEmpty: true }),
})

/** Lists are empty, sections are sections of empty lists, everything else stays absent. */
export function defaultFor(spec: Spec): unknown {
  if (spec.type === 'list') return []
  if (spec.type === 'keyed') return {}
  if (spec.type === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(spec.fields)) {
      if (field.required === true) return undefined
      const value = defaultFor(field.spec)
      if (value !== undefined) out[key] = value
    }
    return out
  }
  return undefined
}
