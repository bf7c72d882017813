/**
 * Every name a doc template may use: the fixed vocabulary of the template language. The
 * parser rejects anything else; `sysdrill doc --placeholders` prints this list for template
 * authors; the model builder (doc-model.ts) fills every name, which a test checks.
 */
import type { FieldSpec, Schema } from './template-types'

const text = (about: string): FieldSpec => ({ type: 'text', about })
const flag = (about: string): FieldSpec => ({ type: 'flag', about })
const texts = (about: string): FieldSpec => ({ type: 'texts', about })
const records = (about: string, fields: Schema): FieldSpec => ({ type: 'records', about, fields })

/** The canonical phases as template name stems: requirementsAnswer, dataModelCues ... */
export const PHASE_STEMS = {
  requirements: 'requirements',
  'non-functional': 'nonFunctional',
  estimation: 'estimation',
  api: 'api',
  'data-model': 'dataModel',
  'high-level-design': 'highLevelDesign',
  'deep-dive': 'deepDive',
  operations: 'operations',
  'wrap-up': 'wrapUp',
} as const

function phaseNames(): Schema {
  const names: Record<string, FieldSpec> = {}
  for (const [id, stem] of Object.entries(PHASE_STEMS)) {
    names[`${stem}Answer`] = text(`what the candidate wrote in the ${id} phase (empty without a session)`)
    names[`${stem}Cues`] = texts(`the problem's cues for the ${id} phase`)
  }
  return names
}

const requirement = {
  id: text('requirement id'),
  priority: text('must, should or could'),
  text: text('the requirement'),
}

const quality = {
  id: text('requirement id'),
  category: text('latency, availability, durability ...'),
  text: text('the requirement'),
  target: text('a measurable target, may be empty'),
}

const question = {
  category: text('users, scope, scale ...'),
  ask: text('the question'),
  answer: text("the interviewer's answer"),
  asked: text('the question as the candidate typed it (empty when not asked)'),
}

const quantity = {
  key: text('the name used in expressions'),
  label: text('what it measures'),
  expression: text('the engine expression'),
  value: text('the value computed by the estimation engine now'),
  exact: text('the value at full precision'),
  notes: text("the problem's notes on it"),
  unit: text('the unit the value is shown in'),
}

export const DOC_SCHEMA: Schema = {
  title: text("the document title (the problem's title)"),
  status: text('draft'),
  date: text('the date the doc was generated, YYYY-MM-DD'),
  author: text('a placeholder for the author'),
  generator: text('the sysdrill version that wrote the doc'),
  problemId: text('the problem id'),
  summary: text("the problem's one-line summary"),
  statement: text("the problem's statement"),
  kind: text('design, mini-design or drill'),
  difficulty: text('easy, medium or hard'),
  tags: texts("the problem's tags"),

  session: flag('true when the doc is filled from an interview session'),
  sessionId: text('the session id'),
  sessionDate: text('the day the interview started, YYYY-MM-DD'),
  sessionStatus: text('finished, or in progress'),
  sessionTemplate: text('the interview template used'),
  sessionMode: text('strict or practice'),
  sessionMinutes: text('the planned length in minutes'),

  goals: texts('must-have requirements, as goals'),
  nonGoals: texts('out-of-scope items and could-have requirements'),
  assumptions: records('clarifying questions asked in the interview, with the answers', question),
  openQuestions: records('clarifying questions not asked (all of them without a session)', question),
  functionalRequirements: records('functional requirements', requirement),
  nonFunctionalRequirements: records('non-functional requirements', quality),

  givens: records('scale facts the interviewer gives', quantity),
  derived: records('quantities worked out from the givens', quantity),
  capacityTable: text('givens and derived quantities as one Markdown table'),
  heuristics: texts('rules of thumb for this problem'),
  estimates: records("the candidate's estimates beside the reference", {
    key: text('the derived quantity'),
    label: text('what it measures'),
    answer: text('the expression the candidate gave'),
    value: text('its value in the reference unit'),
    reference: text('the reference value'),
    ratio: text('answer / reference, e.g. 1.08x'),
    grade: text('the grade of the ratio'),
  }),

  apis: records('API endpoints from the problem', {
    id: text('endpoint id'),
    method: text('GET, POST, SSE, EVENT ...'),
    path: text('path or channel'),
    purpose: text('what it is for'),
    request: text('request shape, may be empty'),
    response: text('response shape, may be empty'),
    notes: text('notes, may be empty'),
  }),
  entities: records('data model entities', {
    name: text('entity name'),
    store: text('where it lives'),
    notes: text('notes, may be empty'),
    fields: records('fields', { name: text('field name'), type: text('type'), key: text('primary, partition, clustering ... or empty'), notes: text('notes') }),
    accessPatterns: texts('how it is read and written'),
  }),
  storageChoices: records('storage options weighed', {
    option: text('the option'),
    pros: texts('pros'),
    cons: texts('cons'),
    verdict: text('the verdict'),
  }),

  flowchart: text('a Mermaid flowchart of the components and connections (put it in a ```mermaid block)'),
  components: records('high-level components', { id: text('component id'), name: text('name'), responsibility: text('what it does') }),
  connections: records('edges between components', { from: text('source component name'), to: text('target component name'), label: text('what travels on the edge') }),
  flows: records('request flows', { name: text('flow name'), steps: texts('the steps in order') }),

  deepDives: records('deep-dive topics', {
    id: text('deep dive id'),
    title: text('title'),
    prompt: text('the question'),
    keyPoints: texts('what a good answer covers'),
    hints: texts('hints'),
  }),
  followUps: records('follow-up questions and requirement changes (those raised, in a session)', {
    ask: text('the question'),
    phase: text('the phase where it comes up'),
    kind: text('question or requirement change'),
    expectedPoints: texts('what a good answer covers'),
  }),
  reliabilityRequirements: records('availability, durability, consistency and scalability requirements', quality),
  sloCandidates: records('non-functional requirements with a measurable target', quality),
  securityRequirements: records('security and compliance requirements', quality),
  pitfalls: texts('common mistakes on this problem'),
  relatedProblems: texts('related problem ids'),
  relatedConcepts: texts('concept drill ids'),

  timing: records('time used against budget per interview phase (session only)', {
    phase: text('the phase title'),
    budget: text('m:ss'),
    used: text('m:ss'),
    share: text('used / budget in %'),
    bar: text('a text bar of used against budget'),
    outcome: text('how the phase ended'),
    hints: text('hints revealed'),
  }),
  timingTotal: records('the totals row of the timing table (one item in a session, none without)', {
    budget: text('m:ss'),
    used: text('m:ss'),
    share: text('used / budget in %'),
  }),
  otherAnswers: records('answers to interview phases that match no section (an ML model step)', {
    phase: text('the interview phase title'),
    answer: text('what the candidate wrote'),
  }),
  phases: records('the canonical phases, for templates that loop over them', {
    id: text('phase id'),
    title: text('phase title'),
    answer: text('what the candidate wrote (empty without a session)'),
    cues: texts("the problem's cues"),
  }),
  ...phaseNames(),
}
