import { describe, expect, it } from 'vitest'
import { PHASE_IDS } from '../../../src/core/phases'
import { validateTemplate } from '../../../src/core/interview/template-validate'
import { shippedTemplate } from '../../fixtures/interview/templates'

describe('shipped phase templates', () => {
  it.each(['default', 'four-step', 'ml-design'] as const)('%s: 45 and 60 minutes exactly, 3-6 prompts a phase, each canonical phase at most once', (name) => {
    const template = shippedTemplate(name)
    expect(template.phases.reduce((s, p) => s + p.minutes[45], 0)).toBe(45)
    expect(template.phases.reduce((s, p) => s + p.minutes[60], 0)).toBe(60)
    for (const phase of template.phases) {
      expect(phase.prompts.length, phase.id).toBeGreaterThanOrEqual(3)
      expect(phase.prompts.length, phase.id).toBeLessThanOrEqual(6)
      expect(phase.tips.length, phase.id).toBeGreaterThanOrEqual(1)
    }
    const covered = template.phases.flatMap((p) => p.covers)
    expect(new Set(covered).size).toBe(covered.length)
  })

  it.each(['default', 'four-step', 'ml-design'] as const)('%s: no prompt or tip names a fixed number of minutes (budgets scale with --minutes)', (name) => {
    const text = shippedTemplate(name).phases.flatMap((p) => [...p.prompts, ...p.tips])
    expect(text.filter((line) => /\b(\d+|one|two|three|four|five|ten|fifteen|twenty|thirty)\s+minutes?\b/i.test(line))).toEqual([])
  })

  it('default follows the canonical phases with the notes\' budgets', () => {
    const template = shippedTemplate('default')
    expect(template.phases.map((p) => [p.id, p.covers, p.minutes[45], p.minutes[60]])).toEqual(
      PHASE_IDS.map((id, i) => [id, [id], [5, 3, 4, 3, 3, 8, 11, 3, 5][i], [6, 4, 5, 4, 5, 10, 15, 5, 6][i]]),
    )
  })

  it('four-step covers every canonical phase through its four steps', () => {
    const template = shippedTemplate('four-step')
    expect(template.phases.map((p) => [p.id, p.covers])).toEqual([
      ['scope', ['requirements', 'non-functional', 'estimation']],
      ['high-level-design', ['api', 'data-model', 'high-level-design']],
      ['deep-dive', ['deep-dive', 'operations']],
      ['wrap-up', ['wrap-up']],
    ])
  })
})

describe('template validation', () => {
  const phase = { id: 'talk', title: 'Talk', covers: ['requirements'], minutes: { 45: 5, 60: 6 }, prompts: ['Say it'] }
  const issues = (data: unknown) => {
    const checked = validateTemplate(data)
    return checked.ok ? [] : checked.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }

  it('accepts a minimal template and defaults tips and description', () => {
    const checked = validateTemplate({ schemaVersion: 1, id: 'mine', title: 'Mine', phases: [phase] })
    expect(checked).toEqual({ ok: true, template: { schemaVersion: 1, id: 'mine', title: 'Mine', description: '', phases: [{ ...phase, tips: [] }] } })
  })

  it('reports every problem with the path of the node', () => {
    expect(
      issues({
        schemaVersion: 2,
        id: 'My Template',
        title: 'x',
        phasez: [],
        phases: [
          { ...phase, covers: ['requirements', 'api'], minutes: { 45: 5, 60: 0 }, extra: 1 },
          { ...phase, covers: ['api', 'nonsense'], prompts: [null] },
        ],
      }),
    ).toEqual([
      "phasez: unknown key 'phasez' (did you mean 'phases'?); known keys: schemaVersion, id, title, description, phases",
      'schemaVersion: schemaVersion must be 1',
      "id: id 'My Template' must be kebab-case (lower-case words joined by -)",
      "phases.0.extra: unknown key 'extra'; known keys: id, title, covers, minutes, prompts, tips",
      'phases.0.minutes.60: minutes for 60 must be a number above 0 and at most 180',
      "phases.1.covers.1: unknown canonical phase \"nonsense\"; known: requirements, non-functional, estimation, api, data-model, high-level-design, deep-dive, operations, wrap-up",
      "phases.1.prompts.0: 'prompts' entries must be text (a `key: value` inside a line needs quotes)",
    ])
  })

  it('refuses a canonical phase covered twice and duplicate phase ids', () => {
    expect(issues({ schemaVersion: 1, id: 't', title: 'T', phases: [phase, { ...phase }] })).toEqual([
      "phases.1.id: phase id 'talk' is used twice (also phases[0])",
      "phases.1.covers.0: 'requirements' is already covered by phase 'talk'; each canonical phase belongs to one template phase",
    ])
  })
})
