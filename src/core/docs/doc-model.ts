/**
 * Everything a doc template can show, built from a problem (and optionally an interview
 * session): one value for every name in DOC_SCHEMA. Problem and session text stays plain
 * here and is escaped where the template places it; only Markdown we generate ourselves
 * (the capacity table, notes) is marked as Markdown.
 */
import type { Engine } from '../estimate/types'
import type { SessionRecord } from '../interview/session-types'
import { PHASE_IDS, PHASE_TITLES } from '../phases'
import type { NonFunctionalRequirement, Problem } from '../problems/types'
import { capacityRecords, capacityTable, computeCapacity } from './capacity'
import { PHASE_STEMS } from './doc-schema'
import { mermaidFlowchart } from './mermaid-flowchart'
import { answersByPhase, otherAnswers, splitQuestions, timingRows } from './session-answers'
import { estimateRecords } from './session-estimates'
import type { TemplateRecord, TemplateValue } from './template-types'

export interface DocModelInput {
  problem: Problem
  engine: Engine
  /** the day the doc is written, YYYY-MM-DD in the user's time zone (the shell reads the clock) */
  date: string
  /** "sysdrill 0.1.0" */
  generator: string
  session?: SessionRecord
  /** the day the session started, YYYY-MM-DD local */
  sessionDate?: string
}

export interface DocModel {
  model: TemplateRecord
  /** one line each: values that could not be computed */
  warnings: string[]
}

const RELIABILITY = new Set(['availability', 'durability', 'consistency', 'scalability'])
const SECURITY = new Set(['security', 'compliance'])

function quality(requirements: NonFunctionalRequirement[]): TemplateRecord[] {
  return requirements.map((r) => ({ id: r.id, category: r.category, text: r.text, target: r.target ?? '' }))
}

function sessionFields(input: DocModelInput): TemplateRecord {
  const { session } = input
  return {
    session: session !== undefined,
    sessionId: session?.id ?? '',
    sessionDate: input.sessionDate ?? session?.createdAt.slice(0, 10) ?? '',
    sessionStatus: session === undefined ? '' : session.status === 'finished' ? 'finished' : 'in progress',
    sessionTemplate: session?.template.title ?? '',
    sessionMode: session?.mode ?? '',
    sessionMinutes: session === undefined ? '' : String(session.minutes),
  }
}

function designFields(problem: Problem): TemplateRecord {
  const { highLevelDesign: hld, dataModelHints: data } = problem
  const componentName = (id: string) => hld.components.find((c) => c.id === id)?.name ?? id
  return {
    apis: problem.apiHints.map((api) => ({
      id: api.id,
      method: api.method,
      path: api.path,
      purpose: api.purpose,
      request: api.request ?? '',
      response: api.response ?? '',
      notes: api.notes ?? '',
    })),
    entities: data.entities.map((entity) => ({
      name: entity.name,
      store: entity.store,
      notes: entity.notes ?? '',
      fields: entity.fields.map((field) => ({ name: field.name, type: field.type, key: field.key ?? '', notes: field.notes ?? '' })),
      accessPatterns: entity.accessPatterns,
    })),
    storageChoices: data.storageChoices.map((choice) => ({ option: choice.option, pros: choice.pros, cons: choice.cons, verdict: choice.verdict })),
    flowchart: mermaidFlowchart({ components: hld.components, connections: hld.connections }),
    components: hld.components.map((c) => ({ id: c.id, name: c.name, responsibility: c.responsibility })),
    connections: hld.connections.map((c) => ({ from: componentName(c.from), to: componentName(c.to), label: c.label ?? '' })),
    flows: hld.flows.map((flow) => ({ name: flow.name, steps: flow.steps })),
    deepDives: problem.deepDives.map((dive) => ({ id: dive.id, title: dive.title, prompt: dive.prompt, keyPoints: dive.keyPoints, hints: dive.hints })),
  }
}

export function buildDocModel(input: DocModelInput): DocModel {
  const { problem, session, engine } = input
  const capacity = computeCapacity(problem.scale, engine)
  const questions = splitQuestions(problem.clarifyingQuestions, session)
  const answers = session ? answersByPhase(session) : undefined
  const timing = session ? timingRows(session) : undefined
  const { functional, nonFunctional, outOfScope } = problem.requirements
  const raised = new Set(session?.phases.flatMap((phase) => phase.followUps.map((f) => f.id)) ?? [])

  const phaseValues: Record<string, TemplateValue> = {}
  for (const id of PHASE_IDS) {
    phaseValues[`${PHASE_STEMS[id]}Answer`] = answers?.[id] ?? ''
    phaseValues[`${PHASE_STEMS[id]}Cues`] = problem.phases[id]?.cues ?? []
  }

  const model: TemplateRecord = {
    title: problem.title,
    status: 'draft',
    date: input.date,
    author: '<your name>',
    generator: input.generator,
    problemId: problem.id,
    summary: problem.summary,
    statement: problem.statement,
    kind: problem.kind,
    difficulty: problem.difficulty,
    tags: problem.tags,
    ...sessionFields(input),

    goals: functional.filter((r) => r.priority === 'must').map((r) => r.text),
    nonGoals: [...outOfScope, ...functional.filter((r) => r.priority === 'could').map((r) => `${r.text} (a could-have: not in the first version)`)],
    assumptions: questions.assumptions,
    openQuestions: questions.open,
    functionalRequirements: functional.map((r) => ({ id: r.id, priority: r.priority, text: r.text })),
    nonFunctionalRequirements: quality(nonFunctional),

    givens: capacityRecords(capacity.givens),
    derived: capacityRecords(capacity.derived),
    capacityTable: capacityTable(capacity),
    heuristics: problem.scale.heuristics,
    estimates: session ? estimateRecords(problem, session, engine) : [],

    ...designFields(problem),
    followUps: problem.followUps
      .filter((f) => !session || raised.has(f.id))
      .map((f) => ({
        ask: f.ask,
        phase: f.phase ? PHASE_TITLES[f.phase] : '',
        kind: f.kind === 'requirement-change' ? 'requirement change' : 'question',
        expectedPoints: f.expectedPoints,
      })),
    reliabilityRequirements: quality(nonFunctional.filter((r) => RELIABILITY.has(r.category))),
    sloCandidates: quality(nonFunctional.filter((r) => r.target !== undefined && r.target.trim() !== '')),
    securityRequirements: quality(nonFunctional.filter((r) => SECURITY.has(r.category))),
    pitfalls: problem.pitfalls,
    relatedProblems: problem.relatedProblems,
    relatedConcepts: problem.relatedConcepts,

    timing: timing?.rows ?? [],
    timingTotal: timing ? [timing.total] : [],
    otherAnswers: session ? otherAnswers(session) : [],
    phases: PHASE_IDS.map((id) => ({
      id,
      title: PHASE_TITLES[id],
      answer: answers?.[id] ?? '',
      cues: problem.phases[id]?.cues ?? [],
    })),
    ...phaseValues,
  }
  return { model, warnings: capacity.warnings }
}
