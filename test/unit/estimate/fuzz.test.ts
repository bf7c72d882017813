/**
 * Thousands of random and mutated inputs (seeded, so a failure reproduces): evaluate never
 * throws, every failure is `{ ok: false }` with a known kind and a one-line message, and every
 * success has a finite value and a readable text.
 */
import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../src/core/estimate/engine'
import type { Outcome } from '../../../src/core/estimate/types'
import { mutations, prng, randomExpressions, randomSoup } from './fuzz-inputs'

const KINDS = new Set(['syntax', 'unknown-unit', 'dimension', 'undefined', 'forbidden', 'math', 'too-long'])

function problems(input: string, outcome: Outcome): string[] {
  const found: string[] = []
  if (outcome.input !== input) found.push('input not echoed')
  if (outcome.ok) {
    if (!Number.isFinite(outcome.value)) found.push(`value ${outcome.value}`)
    for (const text of [outcome.text, outcome.exactText, outcome.unit, outcome.split ?? '']) {
      if (/NaN|Infinity|undefined|\[object|\n/.test(text)) found.push(`text ${JSON.stringify(text)}`)
    }
    if (outcome.text === '') found.push('empty text')
  } else {
    if (!KINDS.has(outcome.error.kind)) found.push(`kind ${outcome.error.kind}`)
    const m = outcome.error.message
    if (m === '' || m.includes('\n') || m.length > 400) found.push(`message ${JSON.stringify(m)}`)
    if (/ at .*\.(ts|js|cjs):\d+|TypeError|ReferenceError|undefined/.test(m)) found.push(`leaks internals: ${m}`)
  }
  return found
}

function fuzz(inputs: string[], napkin: boolean) {
  const engine = createEngine()
  const scope = engine.newScope()
  const failures: string[] = []
  let ok = 0
  for (const input of inputs) {
    let outcome: Outcome
    try {
      outcome = engine.evaluate(input, { scope, napkin })
    } catch (error) {
      failures.push(`${JSON.stringify(input)} threw ${(error as Error).message}`)
      continue
    }
    if (outcome.ok) ok += 1
    for (const p of problems(input, outcome)) failures.push(`${JSON.stringify(input)}: ${p}`)
  }
  return { failures, ok }
}

describe('fuzz: evaluate never throws and always explains itself', () => {
  it('character soup (3,000 inputs)', () => {
    const { failures } = fuzz(randomSoup(prng(1), 3000), false)
    expect(failures.slice(0, 10)).toEqual([])
  })

  it('grammar-built expressions (4,000 inputs, with napkin values)', () => {
    const { failures, ok } = fuzz(randomExpressions(prng(2), 4000), true)
    expect(failures.slice(0, 10)).toEqual([])
    // the generator must reach the happy path too, or this test proves little
    expect(ok).toBeGreaterThan(400)
  })

  it('mutated golden expressions (3,000 inputs)', () => {
    const { failures, ok } = fuzz(mutations(prng(3), 3000), false)
    expect(failures.slice(0, 10)).toEqual([])
    expect(ok).toBeGreaterThan(300)
  })

  it('a sheet of all of them at once', () => {
    const engine = createEngine()
    const text = [...randomSoup(prng(4), 300), ...randomExpressions(prng(5), 300)].map((l) => l.replace(/\n/g, ' ')).join('\n')
    const lines = engine.evaluateSheet(text, { napkin: true })
    expect(lines.length).toBe(text.split('\n').length)
    const bad = lines.flatMap((l) => (l.outcome ? problems(l.outcome.input, l.outcome) : []))
    expect(bad.slice(0, 10)).toEqual([])
  })

  it('the generators are reproducible', () => {
    expect(randomExpressions(prng(2), 3)).toEqual(randomExpressions(prng(2), 3))
    expect(mutations(prng(3), 3)).toEqual(mutations(prng(3), 3))
  })
})
