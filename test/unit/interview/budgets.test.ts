import { describe, expect, it } from 'vitest'
import { distribute, planBudgets } from '../../../src/core/interview/budgets'
import { shippedTemplate } from '../../fixtures/interview/templates'

const minutesOf = (plan: ReturnType<typeof planBudgets>) => plan.phases.map((p) => p.budgetSeconds / 60)
const total = (plan: ReturnType<typeof planBudgets>) => plan.phases.reduce((s, p) => s + p.budgetSeconds, 0)

describe('phase budgets', () => {
  const template = shippedTemplate('default')

  it('uses the 45 and 60 columns as they are', () => {
    expect(minutesOf(planBudgets(template, 45))).toEqual([5, 3, 4, 3, 3, 8, 11, 3, 5])
    expect(minutesOf(planBudgets(template, 60))).toEqual([6, 4, 5, 4, 5, 10, 15, 5, 6])
  })

  it('scales other lengths from the nearer column to exactly N minutes, in half minutes', () => {
    const thirty = planBudgets(template, 30)
    expect(thirty.column).toBe(45)
    expect(total(thirty)).toBe(30 * 60)
    expect(minutesOf(thirty)).toEqual([3.5, 2, 2.5, 2, 2, 5.5, 7.5, 2, 3])
    const ninety = planBudgets(template, 90)
    expect(ninety.column).toBe(60)
    expect(minutesOf(ninety)).toEqual([9, 6, 7.5, 6, 7.5, 15, 22.5, 7.5, 9])
  })

  it('uses quarter minutes for short interviews and gives every phase some time', () => {
    const ten = planBudgets(template, 10)
    expect(total(ten)).toBe(600)
    expect(ten.phases.map((p) => p.budgetSeconds)).toEqual([60, 45, 45, 45, 45, 105, 150, 45, 60])
  })

  it('applies a problem override at 45 and lets the other phases share the rest', () => {
    const plan = planBudgets(template, 45, { estimation: 8 })
    expect(total(plan)).toBe(45 * 60)
    expect(plan.phases.find((p) => p.id === 'estimation')!.budgetSeconds).toBe(8 * 60)
    expect(minutesOf(plan)).toEqual([4.5, 3, 8, 2.5, 2.5, 7.5, 10, 2.5, 4.5])
    expect(plan.notes).toEqual([])
  })

  it('carries an override to the 60 column with the template ratio', () => {
    const plan = planBudgets(template, 60, { estimation: 8 })
    expect(plan.phases.find((p) => p.id === 'estimation')!.budgetSeconds).toBe(10 * 60)
    expect(total(plan)).toBe(3600)
  })

  it('does not apply an override to a phase that covers several canonical phases, and says so', () => {
    const plan = planBudgets(shippedTemplate('four-step'), 45, { estimation: 8 })
    expect(minutesOf(plan)).toEqual([10, 14, 16, 5])
    expect(plan.notes).toEqual(["the problem's 8 min for 'estimation' was not applied: template phase 'scope' also covers requirements, non-functional"])
  })

  it('distributes with the largest remainder and never below one step', () => {
    expect(distribute([1, 1, 1], 100, 1)).toEqual([34, 33, 33])
    expect(distribute([100, 1], 4, 1)).toEqual([3, 1])
  })
})
