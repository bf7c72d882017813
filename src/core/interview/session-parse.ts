/**
 * Checks that a session file's JSON is a session we can use. A file that fails is reported
 * and moved aside by the store, never silently dropped, so the message names the first
 * problem precisely ("phases[2].usedMs must be a number").
 */
import { isPhaseId } from '../phases'
import { SESSION_SCHEMA_VERSION, type SessionRecord } from './session-types'

export type ParsedSession = { ok: true; session: SessionRecord } | { ok: false; reason: string }

type Check = (value: unknown) => boolean
const isString: Check = (v) => typeof v === 'string'
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v)
const isBoolean: Check = (v) => typeof v === 'boolean'
const isArray: Check = (v) => Array.isArray(v)
const isObject: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v)
const orNull = (check: Check): Check => (v) => v === null || check(v)
const optional = (check: Check): Check => (v) => v === undefined || check(v)
const oneOf = (...values: string[]): Check => (v) => typeof v === 'string' && values.includes(v)

const RECORD_FIELDS: Record<string, Check> = {
  id: isString,
  status: oneOf('in-progress', 'finished'),
  createdAt: isString,
  updatedAt: isString,
  finishedAt: optional(isString),
  problem: isObject,
  template: isObject,
  mode: oneOf('strict', 'practice'),
  minutes: isNumber,
  source: oneOf('interactive', 'answers-file'),
  phases: isArray,
  current: isNumber,
  runningSince: orNull(isNumber),
  pausedSince: orNull(isNumber),
  estimates: isObject,
  resumes: isNumber,
}

const PHASE_FIELDS: Record<string, Check> = {
  id: isString,
  title: isString,
  covers: isArray,
  budgetSeconds: isNumber,
  status: oneOf('pending', 'active', 'done'),
  usedMs: isNumber,
  startedAt: optional(isString),
  endedAt: optional(isString),
  endReason: optional(oneOf('next', 'skipped', 'time-up', 'finished')),
  answer: isString,
  draft: isString,
  nudged: isBoolean,
  timeUp: isBoolean,
  hints: isArray,
  clarifications: isArray,
  notes: isArray,
  followUps: isArray,
  pausedMs: isNumber,
}

function firstBadField(value: Record<string, unknown>, fields: Record<string, Check>, where: string): string | undefined {
  for (const [key, check] of Object.entries(fields)) {
    if (!check(value[key])) return `${where}${key} is ${value[key] === undefined ? 'missing' : 'not valid'}`
  }
  return undefined
}

/** Validates parsed JSON; the reason is one line naming the field. */
export function parseSessionRecord(data: unknown): ParsedSession {
  if (!isObject(data)) return { ok: false, reason: 'not a JSON object' }
  const record = data as Record<string, unknown>
  if (record.schemaVersion !== SESSION_SCHEMA_VERSION) {
    const found = record.schemaVersion === undefined ? 'no schemaVersion' : `schemaVersion ${JSON.stringify(record.schemaVersion)}`
    return { ok: false, reason: `${found}; this sysdrill reads schemaVersion ${SESSION_SCHEMA_VERSION}` }
  }
  const bad = firstBadField(record, RECORD_FIELDS, '')
  if (bad) return { ok: false, reason: bad }
  const problem = record.problem as Record<string, unknown>
  if (!isString(problem.id) || !isString(problem.title)) return { ok: false, reason: 'problem.id or problem.title is missing' }
  const template = record.template as Record<string, unknown>
  if (!isString(template.id) || !isString(template.title)) return { ok: false, reason: 'template.id or template.title is missing' }
  const phases = record.phases as unknown[]
  if (phases.length === 0) return { ok: false, reason: 'phases is empty' }
  for (const [index, phase] of phases.entries()) {
    if (!isObject(phase)) return { ok: false, reason: `phases[${index}] is not an object` }
    const badPhase = firstBadField(phase as Record<string, unknown>, PHASE_FIELDS, `phases[${index}].`)
    if (badPhase) return { ok: false, reason: badPhase }
    const covers = (phase as { covers: unknown[] }).covers
    const unknown = covers.find((id) => !isPhaseId(id))
    if (unknown !== undefined) return { ok: false, reason: `phases[${index}].covers has an unknown phase ${JSON.stringify(unknown)}` }
  }
  const current = record.current as number
  if (!Number.isInteger(current) || current < 0 || current > phases.length) {
    return { ok: false, reason: `current is ${current}, outside 0..${phases.length}` }
  }
  for (const [key, answer] of Object.entries(record.estimates as Record<string, unknown>)) {
    if (!isObject(answer) || !isString((answer as { input?: unknown }).input)) {
      return { ok: false, reason: `estimates.${key}.input must be a string` }
    }
  }
  return { ok: true, session: data as unknown as SessionRecord }
}
