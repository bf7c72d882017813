/**
 * Checks a phase template read from YAML. Every problem is reported with the path of the
 * offending node, so the loader can turn it into file:line:col. `at: 'key'` points at a key
 * (unknown keys), `at: 'value'` at its value.
 */
import { PHASE_IDS, isPhaseId, type PhaseId } from '../phases'
import { didYouMean } from '../did-you-mean'
import type { PhaseTemplate, TemplatePhase } from './template-types'

export type NodePath = Array<string | number>

export interface TemplateIssue {
  path: NodePath
  message: string
  at: 'key' | 'value'
}

export type TemplateCheck = { ok: true; template: PhaseTemplate } | { ok: false; issues: TemplateIssue[] }

const TOP_KEYS = ['schemaVersion', 'id', 'title', 'description', 'phases']
const PHASE_KEYS = ['id', 'title', 'covers', 'minutes', 'prompts', 'tips']
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_PHASES = 20
const MAX_MINUTES = 180

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function validateTemplate(data: unknown): TemplateCheck {
  const issues: TemplateIssue[] = []
  const issue: Report = (path, message, at = 'value') => {
    issues.push({ path, message, at })
  }
  issue.count = () => issues.length

  if (!isObject(data)) {
    issue([], 'a phase template must be a mapping with id, title and phases')
    return { ok: false, issues }
  }
  unknownKeys(data, TOP_KEYS, [], issue)
  if (data.schemaVersion !== 1) issue(['schemaVersion'], data.schemaVersion === undefined ? 'schemaVersion is missing; add `schemaVersion: 1`' : 'schemaVersion must be 1')
  const id = text(data, 'id', [], issue)
  if (id !== undefined && !KEBAB.test(id)) issue(['id'], `id '${id}' must be kebab-case (lower-case words joined by -)`)
  const title = text(data, 'title', [], issue)
  const description = data.description === undefined ? '' : text(data, 'description', [], issue) ?? ''

  const phases: TemplatePhase[] = []
  if (!Array.isArray(data.phases) || data.phases.length === 0) {
    issue(data.phases === undefined ? [] : ['phases'], 'phases must be a non-empty list')
  } else if (data.phases.length > MAX_PHASES) {
    issue(['phases'], `a template has at most ${MAX_PHASES} phases, this one has ${data.phases.length}`)
  } else {
    const seenIds = new Map<string, number>()
    const coveredBy = new Map<PhaseId, string>()
    data.phases.forEach((raw, index) => {
      const phase = checkPhase(raw, index, issue)
      if (!phase) return
      if (seenIds.has(phase.id)) issue(['phases', index, 'id'], `phase id '${phase.id}' is used twice (also phases[${seenIds.get(phase.id)}])`)
      seenIds.set(phase.id, index)
      phase.covers.forEach((canonical, j) => {
        const owner = coveredBy.get(canonical)
        if (owner !== undefined) issue(['phases', index, 'covers', j], `'${canonical}' is already covered by phase '${owner}'; each canonical phase belongs to one template phase`)
        coveredBy.set(canonical, phase.id)
      })
      phases.push(phase)
    })
  }
  if (issues.length > 0 || id === undefined || title === undefined) return { ok: false, issues }
  return { ok: true, template: { schemaVersion: 1, id, title, description, phases } }
}

interface Report {
  (path: NodePath, message: string, at?: 'key' | 'value'): void
  /** how many issues so far, so a phase knows whether it came out clean */
  count: () => number
}

function unknownKeys(value: Record<string, unknown>, known: string[], path: NodePath, issue: Report): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) issue([...path, key], `unknown key '${key}'${didYouMean(key, known)}; known keys: ${known.join(', ')}`, 'key')
  }
}

function text(value: Record<string, unknown>, key: string, path: NodePath, issue: Report): string | undefined {
  const raw = value[key]
  if (raw === undefined) {
    issue(path, `'${key}' is missing`)
    return undefined
  }
  if (raw === null) {
    issue([...path, key], `'${key}' is empty (null); give it some text`)
    return undefined
  }
  if (typeof raw !== 'string' || raw.trim() === '') {
    issue([...path, key], `'${key}' must be non-empty text`)
    return undefined
  }
  return raw.trim()
}

function textList(value: Record<string, unknown>, key: string, path: NodePath, issue: Report, min: number, max: number): string[] {
  const raw = value[key]
  if (raw === undefined && min === 0) return []
  if (!Array.isArray(raw)) {
    issue(raw === undefined ? path : [...path, key], raw === undefined ? `'${key}' is missing` : `'${key}' must be a list of text lines`)
    return []
  }
  const list: string[] = []
  raw.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      const hint = item === null ? ' (a `key: value` inside a line needs quotes)' : typeof item === 'object' ? ' (quote lines that contain ": ")' : ''
      issue([...path, key, i], `'${key}' entries must be text${hint}`)
    } else list.push(item.trim())
  })
  if (raw.length < min || raw.length > max) issue([...path, key], `'${key}' needs ${min} to ${max} entries, it has ${raw.length}`)
  return list
}

function checkPhase(raw: unknown, index: number, issue: Report): TemplatePhase | undefined {
  const path: NodePath = ['phases', index]
  if (!isObject(raw)) {
    issue(path, `phases[${index}] must be a mapping with id, title, covers, minutes and prompts`)
    return undefined
  }
  const before = issue.count()
  unknownKeys(raw, PHASE_KEYS, path, issue)
  const id = text(raw, 'id', path, issue)
  if (id !== undefined && !KEBAB.test(id)) issue([...path, 'id'], `phase id '${id}' must be kebab-case`)
  const title = text(raw, 'title', path, issue)
  const covers: PhaseId[] = []
  if (!Array.isArray(raw.covers)) {
    issue(raw.covers === undefined ? path : [...path, 'covers'], `'covers' must list the canonical phases this phase stands for (${PHASE_IDS.join(', ')}), or be []`)
  } else {
    raw.covers.forEach((c, j) => {
      if (isPhaseId(c)) {
        if (covers.includes(c)) issue([...path, 'covers', j], `'${c}' is listed twice`)
        else covers.push(c)
      } else issue([...path, 'covers', j], `unknown canonical phase ${JSON.stringify(c)}${typeof c === 'string' ? didYouMean(c, PHASE_IDS) : ''}; known: ${PHASE_IDS.join(', ')}`)
    })
  }
  const minutes = checkMinutes(raw.minutes, [...path, 'minutes'], issue)
  const prompts = textList(raw, 'prompts', path, issue, 1, 12)
  const tips = textList(raw, 'tips', path, issue, 0, 5)
  if (issue.count() > before || id === undefined || title === undefined || minutes === undefined) return undefined
  return { id, title, covers, minutes, prompts, tips }
}

function checkMinutes(raw: unknown, path: NodePath, issue: Report): Record<45 | 60, number> | undefined {
  const example = 'write it as `minutes: { 45: 5, 60: 6 }`'
  if (!isObject(raw)) {
    issue(raw === undefined ? path.slice(0, -1) : path, `'minutes' must give the minutes for a 45- and a 60-minute interview; ${example}`)
    return undefined
  }
  let ok = true
  for (const key of Object.keys(raw)) {
    if (key !== '45' && key !== '60') {
      issue([...path, key], `unknown interview length '${key}'; ${example}`, 'key')
      ok = false
    }
  }
  const value = (column: '45' | '60'): number => {
    const v = raw[column]
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > MAX_MINUTES) {
      issue(v === undefined ? path : [...path, column], v === undefined ? `'minutes' has no value for ${column}; ${example}` : `minutes for ${column} must be a number above 0 and at most ${MAX_MINUTES}`)
      ok = false
      return 0
    }
    return v
  }
  const result = { 45: value('45'), 60: value('60') }
  return ok ? result : undefined
}
