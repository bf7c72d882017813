/**
 * The shape of a problem file after validation (schemaVersion 1). One schema serves three
 * kinds: `design` (a full 45-60 minute mock), `mini-design` (20-30 minutes, same fields) and
 * `drill` (a concept question with key points). problems/README.md documents every field
 * for authors; the validator is the executable form of this file.
 *
 * In YAML every list and section below may be omitted and is then empty, except what the
 * kind requires: all kinds need schemaVersion, id, title, kind, difficulty, durationMinutes,
 * tags, summary, statement and rubric; design and mini-design also need requirements, scale,
 * deepDives, followUps and phase-tagged rubric points; drills need pack and no phases.
 * Problem files live in problems/<id>.yaml, drills in problems/drills/<id>.yaml, and drill
 * packs are listed in problems/drills/packs.yaml.
 */
import type { PhaseId } from '../phases'

export type ProblemKind = 'design' | 'mini-design' | 'drill'
export type Difficulty = 'easy' | 'medium' | 'hard'
/** seed: the fact comes from the source notes; inferred: an interviewer would expect it */
export type Origin = 'seed' | 'inferred'

export interface SourceRef {
  file: string
  lines?: string
  note?: string
}

export interface ClarifyingQuestion {
  id: string
  category: 'users' | 'scope' | 'scale' | 'performance' | 'consistency' | 'availability' | 'durability' | 'cost' | 'security' | 'compliance'
  /** the question a strong candidate asks */
  ask: string
  /** the interviewer's answer, revealed by the `clarify` command */
  answer: string
  /** extra words that identify this question when the user types their own wording */
  keywords?: string[]
}

export interface FunctionalRequirement {
  id: string
  text: string
  priority: 'must' | 'should' | 'could'
}

export interface NonFunctionalRequirement {
  id: string
  category: 'latency' | 'throughput' | 'availability' | 'consistency' | 'durability' | 'scalability' | 'cost' | 'security' | 'compliance' | 'operability'
  text: string
  /** a measurable target, free text: "p99 < 250 ms" */
  target?: string
}

export interface Requirements {
  functional: FunctionalRequirement[]
  nonFunctional: NonFunctionalRequirement[]
  outOfScope: string[]
}

/** A number the interviewer reveals, written as an estimation-engine expression with units. */
export interface ScaleGiven {
  /** camelCase; later expressions refer to it by this name */
  key: string
  label: string
  /** engine expression, e.g. "200 million videos/day", "2 KB/comment", "100 million users" */
  value: string
  origin?: Origin
  notes?: string
}

/** A number the candidate should work out; validation recomputes it with the engine. */
export interface ScaleDerived {
  key: string
  label: string
  /** engine expression over earlier givens and derived keys, e.g. "commentsPerDay * commentSize" */
  expr: string
  /** the reference value, expressed in `unit` */
  expected: number
  /** the unit the answer is graded and shown in, e.g. "comments/s", "MB/s", "machines" */
  unit: string
  /** relative tolerance between expr's value and `expected` (0.01 = 1 %) */
  tolerance: number
  /** false for an intermediate step the interview should not ask for (default true) */
  ask?: boolean
  /**
   * true for an answer worked out exactly rather than estimated (a quorum of 3 replicas, 16
   * calls through a retry chain): graded right or wrong, not by the 2x and 10x bands
   */
  exact?: boolean
  notes?: string
}

export interface Scale {
  givens: ScaleGiven[]
  derived: ScaleDerived[]
  /** rules of thumb worth saying aloud for this problem */
  heuristics: string[]
}

export interface ApiHint {
  id: string
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'SSE' | 'WS' | 'RPC' | 'EVENT'
  path: string
  purpose: string
  request?: string
  response?: string
  notes?: string
}

export interface EntityField {
  name: string
  type: string
  /** how the field is used as a key, if it is one */
  key?: 'primary' | 'partition' | 'clustering' | 'index' | 'foreign' | 'unique'
  notes?: string
}

export interface Entity {
  name: string
  /** where it lives: "Cassandra", "Redis", "PostgreSQL", "object storage" ... */
  store: string
  fields: EntityField[]
  accessPatterns: string[]
  notes?: string
}

export interface StorageChoice {
  option: string
  pros: string[]
  cons: string[]
  verdict: string
}

export interface DataModelHints {
  entities: Entity[]
  storageChoices: StorageChoice[]
}

export interface Component {
  /** kebab-case; connections refer to it */
  id: string
  name: string
  responsibility: string
}

export interface Connection {
  from: string
  to: string
  /** what travels on this edge: "POST /comments", "comment events" */
  label?: string
}

export interface Flow {
  name: string
  steps: string[]
}

export interface HighLevelDesign {
  components: Component[]
  connections: Connection[]
  flows: Flow[]
}

export interface DeepDive {
  id: string
  title: string
  prompt: string
  /** revealed one at a time by the `hint` command */
  hints: string[]
  /** what a good answer covers; shown in the report and with --solution */
  keyPoints: string[]
  /** drill ids that teach the concepts behind this deep dive */
  concepts: string[]
}

export interface FollowUp {
  id: string
  ask: string
  /** the phase where the interviewer raises it (required for design and mini-design) */
  phase?: PhaseId
  /**
   * question (default): asked at the phase;
   * requirement-change: injected mid-interview as a curveball that changes the requirements
   */
  kind: 'question' | 'requirement-change'
  expectedPoints: string[]
}

export interface RubricPoint {
  id: string
  /** required for design and mini-design; drills have no phases */
  phase?: PhaseId
  /** 3 = interview-deciding, 2 = expected, 1 = nice to have */
  weight: 1 | 2 | 3
  /** one sentence: what a good answer did */
  point: string
  /** any of these (case-insensitive, whole words) in the answer counts as covering the point */
  keywords: string[]
  origin?: Origin
}

/** Per-phase material for this problem: cues are shown at the phase start, hints on request. */
export interface PhaseMaterial {
  cues: string[]
  hints: string[]
}

export interface Problem {
  schemaVersion: 1
  id: string
  title: string
  kind: ProblemKind
  difficulty: Difficulty
  durationMinutes: number
  tags: string[]
  summary: string
  statement: string
  sources: SourceRef[]
  /** hidden from the candidate: what to push on */
  interviewerNotes?: string
  clarifyingQuestions: ClarifyingQuestion[]
  requirements: Requirements
  scale: Scale
  apiHints: ApiHint[]
  dataModelHints: DataModelHints
  highLevelDesign: HighLevelDesign
  deepDives: DeepDive[]
  followUps: FollowUp[]
  rubric: RubricPoint[]
  pitfalls: string[]
  phases: Partial<Record<PhaseId, PhaseMaterial>>
  /** minutes to give a phase in a 45-minute interview, replacing the template's value */
  phaseOverrides: Partial<Record<PhaseId, number>>
  relatedProblems: string[]
  /** drill ids */
  relatedConcepts: string[]
  /** drills only: the pack this drill belongs to (see problems/drills/packs.yaml) */
  pack?: string
  /** drills only (optional for designs): a model answer shown with --solution */
  modelAnswer?: string
}

/** What `problems list` needs; cheap to keep in an index. */
export interface ProblemSummary {
  id: string
  title: string
  kind: ProblemKind
  difficulty: Difficulty
  tags: string[]
  durationMinutes: number
  summary: string
  pack?: string
}
