/**
 * Phase budgets for an interview of N minutes.
 *
 * A template gives minutes for 45 and 60. N = 45 or 60 uses that column as it is; any other N
 * scales the nearer column. A problem's phaseOverrides (minutes in a 45-minute interview)
 * replace a phase's value and the other phases share what is left, so the interview keeps
 * its length. Budgets are rounded to half minutes (quarter minutes under 20 minutes) with the
 * largest-remainder method, so they always add up to exactly N minutes.
 */
import type { PhaseId } from '../phases'
import type { PhaseTemplate, TemplateColumn } from './template-types'

export const MIN_MINUTES = 10
export const MAX_MINUTES = 180

export interface PlannedPhase {
  id: string
  budgetSeconds: number
}

export interface BudgetPlan {
  phases: PlannedPhase[]
  /** the column scaled from */
  column: TemplateColumn
  /** one line per override that could not be applied, and why */
  notes: string[]
}

export function nearestColumn(minutes: number): TemplateColumn {
  return Math.abs(minutes - 45) <= Math.abs(minutes - 60) ? 45 : 60
}

/** The granularity of a budget: 30 s, or 15 s for short interviews. */
export function budgetStepSeconds(minutes: number): number {
  return minutes < 20 ? 15 : 30
}

export function planBudgets(
  template: PhaseTemplate,
  minutes: number,
  overrides: Partial<Record<PhaseId, number>> = {},
): BudgetPlan {
  const column = nearestColumn(minutes)
  const notes: string[] = []
  const base = template.phases.map((p) => p.minutes[column])
  const columnTotal = base.reduce((a, b) => a + b, 0)

  // Overrides apply to a phase that stands for exactly that canonical phase.
  const fixed = new Map<number, number>()
  for (const [canonical, value] of Object.entries(overrides) as Array<[PhaseId, number]>) {
    const index = template.phases.findIndex((p) => p.covers.includes(canonical))
    if (index < 0) continue
    const phase = template.phases[index]!
    if (phase.covers.length > 1) {
      notes.push(`the problem's ${value} min for '${canonical}' was not applied: template phase '${phase.id}' also covers ${phase.covers.filter((c) => c !== canonical).join(', ')}`)
      continue
    }
    // the override is for 45 minutes; carry it to the 60 column with the template's own ratio
    fixed.set(index, column === 45 ? value : (value * phase.minutes[60]) / phase.minutes[45])
  }
  const fixedTotal = [...fixed.values()].reduce((a, b) => a + b, 0)
  const freeBase = base.reduce((sum, m, i) => (fixed.has(i) ? sum : sum + m), 0)
  let shares = base
  if (fixed.size > 0 && fixedTotal < columnTotal && freeBase > 0) {
    const scaleFree = (columnTotal - fixedTotal) / freeBase
    shares = base.map((m, i) => fixed.get(i) ?? m * scaleFree)
  } else if (fixed.size > 0) {
    notes.push(`the problem's phase minutes (${fixedTotal} in all) leave no time for the other phases; using the template's split`)
  }

  const seconds = distribute(shares, minutes * 60, budgetStepSeconds(minutes))
  return { phases: template.phases.map((p, i) => ({ id: p.id, budgetSeconds: seconds[i]! })), column, notes }
}

/**
 * Splits total seconds in proportion to shares, in whole steps, at least one step each, with
 * the largest-remainder method so the parts add up to the total exactly.
 */
export function distribute(shares: number[], totalSeconds: number, step: number): number[] {
  const units = Math.round(totalSeconds / step)
  const sum = shares.reduce((a, b) => a + b, 0)
  const exact = shares.map((s) => (s / sum) * units)
  const parts = exact.map((e) => Math.max(1, Math.floor(e)))
  let left = units - parts.reduce((a, b) => a + b, 0)
  // hand out the remaining steps by largest remainder (ties: earlier phase first)
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) parts[order[k]!.i]! += 1
  // the one-step minimum may overshoot: take back from the largest parts
  while (left < 0) {
    const largest = parts.indexOf(Math.max(...parts))
    parts[largest]! -= 1
    left += 1
  }
  return parts.map((p) => p * step)
}
