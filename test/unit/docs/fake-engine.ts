/**
 * A test double for the estimation engine, for tests about where values land in a doc (not
 * what they are). Every expression "evaluates" to a marker holding its text, so a test can
 * see which expression produced which cell. Tests of the numbers use the real engine.
 */
import type { Display, Engine, Quantity, Scope } from '../../../src/core/estimate/types'

interface FakeQuantity extends Quantity {
  text: string
}

const display = (text: string): Display => ({ value: 1, unit: '', text, exactText: text })

export function fakeEngine(options: { failOn?: RegExp } = {}): Engine {
  const newScope = (): Scope => {
    const values = new Map<string, Quantity>()
    return { has: (n) => values.has(n), get: (n) => values.get(n), set: (n, v) => void values.set(n, v), names: () => [...values.keys()] }
  }
  return {
    evaluate(input, evalOptions) {
      if (options.failOn?.test(input)) return { ok: false, input, error: { kind: 'syntax', message: `cannot read '${input}'` } }
      const match = /^\s*([A-Za-z]\w*)\s*=\s*(.*)$/.exec(input)
      const quantity: FakeQuantity = { __quantity: true, text: match ? match[2]! : input }
      if (match) evalOptions?.scope?.set(match[1]!, quantity)
      return { ok: true, input, quantity, notes: [], ...display(`<${quantity.text}>`) }
    },
    evaluateSheet: () => [],
    newScope,
    convert: (quantity, unit) => ({ ok: true, display: { ...display(`<${(quantity as FakeQuantity).text} in ${unit}>`), unit } }),
    compare: () => ({ ok: true, ratio: 1 }),
    display: (quantity) => display(`<${(quantity as FakeQuantity).text}>`),
    units: () => [],
  }
}
