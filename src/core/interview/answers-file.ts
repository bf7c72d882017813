/**
 * The --answers file: a whole interview written in advance, for scripting and tests.
 *
 *   phases:      # phase id -> what the candidate said
 *     requirements: |
 *       ...
 *   estimates:   # the problem's derived quantity keys -> unit expressions
 *     writeQps: 23 thousand comments/s
 *   minutes:     # optional: minutes spent per phase (default: none)
 *     requirements: 4
 *
 * Phase ids are the template's own ids or canonical ids (which land in the template phase
 * that covers them). Problems are reported with the path of the node, for file:line:col.
 */
import { isPhaseId, PHASE_IDS } from '../phases'
import type { Problem } from '../problems/types'
import { didYouMean } from '../did-you-mean'
import { estimationQuestions } from './phase-material'
import type { NodePath, TemplateIssue } from './template-validate'
import type { PhaseTemplate } from './template-types'

export interface ScriptedAnswers {
  /** template phase id -> answer text */
  phases: Record<string, string>
  /** derived key -> expression */
  estimates: Record<string, string>
  /** template phase id -> minutes spent */
  minutes: Record<string, number>
}

export type AnswersCheck = { ok: true; answers: ScriptedAnswers } | { ok: false; issues: TemplateIssue[] }

const TOP_KEYS = ['phases', 'estimates', 'minutes']
const MAX_PHASE_MINUTES = 600

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function checkAnswers(data: unknown, template: PhaseTemplate, problem: Problem): AnswersCheck {
  const issues: TemplateIssue[] = []
  const issue = (path: NodePath, message: string, at: 'key' | 'value' = 'value') => issues.push({ path, message, at })
  const answers: ScriptedAnswers = { phases: {}, estimates: {}, minutes: {} }
  if (data === null || data === undefined) return { ok: true, answers }
  if (!isObject(data)) {
    issue([], 'an answers file is a mapping with phases, estimates and minutes')
    return { ok: false, issues }
  }
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.includes(key)) issue([key], `unknown key '${key}'${didYouMean(key, TOP_KEYS)}; known keys: ${TOP_KEYS.join(', ')}`, 'key')
  }
  const templateIds = template.phases.map((p) => p.id)
  const known = [...new Set([...templateIds, ...template.phases.flatMap((p) => p.covers)])]
  /** the template phase a key stands for, or undefined after reporting it */
  const phaseFor = (section: string, key: string): string | undefined => {
    if (templateIds.includes(key)) return key
    const owner = template.phases.find((p) => isPhaseId(key) && p.covers.includes(key))
    if (owner) return owner.id
    const hint = isPhaseId(key) ? `the ${template.id} template has no phase for '${key}'` : `'${key}' is not a phase${didYouMean(key, [...known, ...PHASE_IDS])}`
    issue([section, key], `${hint}; phases here: ${templateIds.join(', ')}`, 'key')
    return undefined
  }

  const section = (name: string): Record<string, unknown> | undefined => {
    const value = data[name]
    if (value === undefined || value === null) return undefined
    if (!isObject(value)) {
      issue([name], `'${name}' must be a mapping`)
      return undefined
    }
    return value
  }

  // canonical keys append to their template phase in the template's covers order
  const phaseTexts = new Map<string, Array<{ order: number; text: string }>>()
  for (const [key, value] of Object.entries(section('phases') ?? {})) {
    const phase = phaseFor('phases', key)
    if (phase === undefined) continue
    if (value === null) continue
    if (typeof value !== 'string' && typeof value !== 'number') {
      issue(['phases', key], `the answer for '${key}' must be text (use a block: \`${key}: |\` and indented lines)`)
      continue
    }
    const owner = template.phases.find((p) => p.id === phase)!
    const order = key === phase ? -1 : owner.covers.indexOf(key as never)
    phaseTexts.set(phase, [...(phaseTexts.get(phase) ?? []), { order, text: String(value).trim() }])
  }
  for (const [phase, texts] of phaseTexts) {
    answers.phases[phase] = texts.sort((a, b) => a.order - b.order).map((t) => t.text).filter((t) => t !== '').join('\n')
  }

  const asked = estimationQuestions(problem).map((d) => d.key)
  for (const [key, value] of Object.entries(section('estimates') ?? {})) {
    if (!asked.includes(key)) {
      const list = asked.length > 0 ? asked.join(', ') : 'none (this problem asks for no estimates)'
      issue(['estimates', key], `'${key}' is not one of this problem's estimation questions${didYouMean(key, asked)}; the keys are: ${list}`, 'key')
      continue
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      issue(['estimates', key], `the estimate for '${key}' must be an expression with units, e.g. "23 thousand comments/s"`)
      continue
    }
    answers.estimates[key] = String(value).trim()
  }

  for (const [key, value] of Object.entries(section('minutes') ?? {})) {
    const phase = phaseFor('minutes', key)
    if (phase === undefined) continue
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_PHASE_MINUTES) {
      issue(['minutes', key], `minutes for '${key}' must be a number from 0 to ${MAX_PHASE_MINUTES}`)
      continue
    }
    answers.minutes[phase] = (answers.minutes[phase] ?? 0) + value
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers }
}
