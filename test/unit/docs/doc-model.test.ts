/**
 * The model fills every name of the vocabulary with a value of the declared type, for a
 * problem alone and with each kind of session; and content lands where the names say.
 */
import { describe, expect, it } from 'vitest'
import { buildDocModel } from '../../../src/core/docs/doc-model'
import { DOC_SCHEMA } from '../../../src/core/docs/doc-schema'
import { isMarkdown, type Schema, type TemplateRecord, type TemplateValue } from '../../../src/core/docs/template-types'
import { fakeEngine } from './fake-engine'
import { fixtureProblem, shippedProblem } from './problem-fixtures'
import { SESSIONS, fixtureSession } from './session-fixtures'

/** Every mismatch between a record and a schema, as "path: problem". */
function conformance(record: TemplateRecord, schema: Schema, path = ''): string[] {
  const problems: string[] = []
  for (const name of Object.keys(record)) if (!Object.hasOwn(schema, name)) problems.push(`${path}${name}: not in the schema`)
  for (const [name, spec] of Object.entries(schema)) {
    const value: TemplateValue | undefined = record[name]
    const at = `${path}${name}`
    if (value === undefined) problems.push(`${at}: missing`)
    else if (spec.type === 'text' && typeof value !== 'string' && !isMarkdown(value)) problems.push(`${at}: not text`)
    else if (spec.type === 'flag' && typeof value !== 'boolean') problems.push(`${at}: not a flag`)
    else if (spec.type === 'texts' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) problems.push(`${at}: not a list of texts`)
    else if (spec.type === 'records') {
      if (!Array.isArray(value)) problems.push(`${at}: not a list`)
      else (value as TemplateRecord[]).forEach((item, i) => problems.push(...conformance(item, spec.fields, `${at}[${i}].`)))
    }
  }
  return problems
}

const base = { engine: fakeEngine(), date: '2026-11-21', generator: 'sysdrill 0.1.0' }

describe('the doc model', () => {
  const problem = shippedProblem('live-comment-system')

  it.each([
    ['no session', undefined],
    ['nine phases', SESSIONS.standard],
    ['four steps', SESSIONS.fourStep],
    ['ML template', SESSIONS.ml],
  ])('fills every name with its declared type (%s)', (_name, sessionId) => {
    const session = sessionId === undefined ? {} : { session: fixtureSession(sessionId) }
    const { model } = buildDocModel({ ...base, problem, ...session })
    expect(conformance(model, DOC_SCHEMA)).toEqual([])
  })

  it('leaves session names empty without a session', () => {
    const { model } = buildDocModel({ ...base, problem })
    expect(model.session).toBe(false)
    expect([model.sessionId, model.requirementsAnswer, model.wrapUpAnswer]).toEqual(['', '', ''])
    expect([model.assumptions, model.estimates, model.timing, model.timingTotal, model.otherAnswers]).toEqual([[], [], [], [], []])
    expect((model.openQuestions as TemplateRecord[]).length).toBe(problem.clarifyingQuestions.length)
    expect((model.followUps as TemplateRecord[]).length).toBe(problem.followUps.length)
  })

  it('sorts requirements into goals, non-goals and the reliability, SLO and security lists', () => {
    const { model } = buildDocModel({ ...base, problem: fixtureProblem('hostile-doc') })
    expect(model.goals).toEqual(['Users | create links with {{braces}} and `code | spans`.'])
    expect(model.nonGoals).toEqual(['# custom domains', 'Later: <i>analytics</i> (a could-have: not in the first version)'])
    expect((model.sloCandidates as TemplateRecord[]).map((r) => r.id)).toEqual(['nfr-latency'])
    expect((model.securityRequirements as TemplateRecord[]).map((r) => r.id)).toEqual(['nfr-sec'])
    expect(model.reliabilityRequirements).toEqual([])
    expect(model.connections).toEqual([{ from: 'The "end" | [service] {x} <b>', to: '%% comment #quot; `tick`', label: 'writes "quoted" | piped -->' }])
  })

  it('reports a quantity the engine cannot compute, in the row and as a warning', () => {
    const { model, warnings } = buildDocModel({ ...base, engine: fakeEngine({ failOn: /^writesPerDay$/ }), problem: fixtureProblem('hostile-doc') })
    expect((model.derived as TemplateRecord[])[0]!.value).toBe("⚠ not computed: cannot read 'writesPerDay'")
    expect(warnings).toEqual(["capacity: derived quantity 'writeRate' could not be computed: cannot read 'writesPerDay'"])
  })
})
