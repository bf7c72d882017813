/**
 * The engine: input text -> lexer -> parser -> evaluator -> display. Every entry point
 * returns an outcome and never throws; a failure is `{ ok: false }` with a one-line message.
 */
import { countProductNote } from './count-product-note'
import { conversionMessage } from './dimension-errors'
import { buildDisplay, type DisplayExtras } from './display'
import { autoUnit } from './display-unit'
import { evaluateNode, resolveTarget, shownInTarget, type EvalEnv, type ResolvedTarget } from './evaluator'
import { EstimateFailure, fail, toEstimateError } from './failure'
import { napkinOf } from './napkin'
import { isAllowedFunction, isFunctionName } from './functions'
import { lex } from './lexer'
import { parse, type ParseContext } from './parser'
import { isQty, sameDimensions, type Qty } from './quantity'
import { clearFailedAssignment, createScope, failedAssignment, markFailedAssignment } from './scope'
import { evaluateSheetText } from './sheet'
import type { Statement, UnitExpr } from './ast'
import type { CompareOutcome, ConvertOutcome, Display, Engine, Evaluation, EvaluateOptions, Napkin, Outcome, Quantity, Scope } from './types'
import { createUnitResolver, type UnitResolver } from './unit-resolver'
import { unitListing } from './unit-listing'
import { createUnitSystem, type UnitSystem } from './unit-system'
import { lookup } from './lookup'
import { NUMBER_WORDS, SCALE_LETTERS } from './unit-table'

/** Longest input line the engine reads. */
export const MAX_INPUT_LENGTH = 1000

const ASSIGNMENT = /^(\s*)([\p{L}_][\p{L}\p{N}_]*)\s*=(?!=)/u
const KEYWORDS = new Set(['to', 'mod', 'ans', 'percent', 'true', 'false'])

export interface EngineInternals extends Engine {
  readonly system: UnitSystem
  readonly resolver: UnitResolver
  /** the display and its extras (alternate reading) for a quantity, for renderers */
  displayOf(quantity: Quantity): DisplayExtras
}

export function createEngine(): EngineInternals {
  const system = createUnitSystem()
  const resolver = createUnitResolver()
  const countDef = (key: string) => resolver.countDef(key)
  const displayEnv = { system, countDef }

  const makeEnv = (scope: Scope, notes: string[], napkin: boolean): EvalEnv => ({
    system,
    countDef,
    resolver,
    notes,
    napkin,
    lookup: (name) => {
      const value = scope.get(name)
      if (value === undefined) return undefined
      if (!isQty(value)) fail('undefined', `'${name}' holds a value from another engine instance`)
      return napkin ? value.napkin ?? value : value
    },
    variableNames: () => scope.names(),
    failedAssignment: (name) => failedAssignment(scope, name),
  })

  const parseContext = (scope: Scope): ParseContext => ({
    isVariable: (name) => scope.has(name),
    isUnitWord: (word) => resolver.isKnown(word),
    isFunction: isFunctionName,
    isPhysicalUnit: (word) => resolver.isPhysical(word),
  })

  const checkName = (name: string, column: number) => {
    const reserved =
      KEYWORDS.has(name) || isAllowedFunction(name) || lookup(NUMBER_WORDS, name) !== undefined || lookup(SCALE_LETTERS, name) !== undefined
    if (reserved) fail('syntax', `'${name}' is a reserved word, so it cannot be a variable: pick another name (e.g. my_${name})`, column)
    if (resolver.isReserved(name)) {
      fail('syntax', `'${name}' is the name of a unit, so it cannot be a variable: pick another name (e.g. ${name}_total)`, column)
    }
  }

  /** Display in the target units (with the hints they carry), or in the unit the engine picks. */
  const targetOf = (env: EvalEnv, q: Qty, target: UnitExpr | undefined): ResolvedTarget => {
    if (target !== undefined) return resolveTarget(env, q, target)
    return q.shownIn ?? { unit: autoUnit(q, displayEnv), hints: q.hints }
  }

  const run = (input: string, options: EvaluateOptions, scope: Scope): Outcome => {
    let name: string | undefined
    try {
      if (input.length > MAX_INPUT_LENGTH) {
        fail('too-long', `the expression is ${input.length} characters long; the limit is ${MAX_INPUT_LENGTH}: split it into named steps (name = expr)`)
      }
      let text = stripComment(input)
      const assignment = ASSIGNMENT.exec(text)
      if (assignment) {
        name = assignment[2]!
        checkName(name, assignment[1]!.length)
        text = ' '.repeat(assignment[0].length) + text.slice(assignment[0].length)
      }
      const { tokens, notes } = lex(text)
      const statement: Statement = parse(tokens, text, parseContext(scope))
      const env = makeEnv(scope, notes, false)
      const value = evaluateNode(env, statement.expr)
      const shown = value.bool === undefined ? targetOf(env, value, statement.target) : undefined
      // a value converted with `to` keeps that unit: a named one shows and rounds in it later
      const q = shown && statement.target ? shownInTarget(value, shown) : value
      const unit = shown?.unit
      if (q.bool !== undefined && statement.target) fail('syntax', 'a comparison (true/false) has no unit to convert to', statement.target.column)
      const display: DisplayExtras = unit ? buildDisplay(q.value, unit, usedUnits(q)) : booleanDisplay(q.bool!)
      const product = countProductNote(q)
      if (product !== undefined) env.notes.push(product)
      const evaluation: Evaluation & { alternate?: string } = { ok: true, input, ...display, quantity: q, notes: [...new Set(env.notes)] }
      if (q.bool !== undefined) evaluation.boolean = q.bool
      if (name !== undefined) evaluation.name = name
      if (options.napkin && shown) {
        // 1 day ≈ 10^5 s only matters where time remains in the result (rates, durations);
        // elsewhere it would only skew ratios such as 1 hour / 30 day
        const timeInResult = (q.dimensions[system.timeIndex] ?? 0) !== 0
        const rough = timeInResult ? evaluateNode(makeEnv(scope, [], true), statement.expr) : q
        q.napkin = rough
        const napkin = napkinOf(displayEnv, q, rough, shown.unit, shown.hints)
        if (napkin) evaluation.napkin = napkin
      }
      if (name !== undefined) {
        scope.set(name, q)
        clearFailedAssignment(scope, name)
      }
      return evaluation
    } catch (error) {
      const failure: Outcome = { ok: false, input, error: toEstimateError(error) }
      if (name !== undefined) {
        failure.name = name
        markFailedAssignment(scope, name)
      }
      return failure
    }
  }

  const engine: EngineInternals = {
    system,
    resolver,
    evaluate(input, options = {}) {
      return run(String(input), options, options.scope ?? createScope())
    },
    evaluateSheet(text, options = {}) {
      return evaluateSheetText(text, options.scope ?? createScope(), (line, scope) => run(line, options, scope))
    },
    newScope: createScope,
    convert(quantity, unitText, options = {}): ConvertOutcome {
      try {
        const q = own(quantity)
        const { tokens } = lex(unitText)
        const lead = [
          { type: 'number', value: 1, text: '1', column: 0, spaced: true },
          { type: 'word', text: 'to', column: 0, spaced: true },
        ] as const
        const statement = parse([...lead, ...tokens], unitText, parseContext(createScope()))
        const env = makeEnv(createScope(), [], false)
        const { unit, hints } = targetOf(env, q, statement.target)
        const display: Display & { napkin?: Napkin } = buildDisplay(q.value, unit)
        const napkin = options.napkin ? napkinOf(displayEnv, q, q.napkin ?? q, unit, hints) : undefined
        if (napkin) display.napkin = napkin
        return { ok: true, display }
      } catch (error) {
        return { ok: false, error: toEstimateError(error) }
      }
    },
    compare(actual, reference): CompareOutcome {
      try {
        const a = own(actual)
        const r = own(reference)
        if (!sameDimensions(a.dimensions, r.dimensions)) fail('dimension', conversionMessage(a, writtenOrPlain(r, engine), r.dimensions, displayEnv))
        if (r.value === 0) fail('math', 'the reference value is 0, so there is no ratio')
        return { ok: true, ratio: a.value / r.value }
      } catch (error) {
        return { ok: false, error: toEstimateError(error) }
      }
    },
    display(quantity) {
      return engine.displayOf(quantity)
    },
    units: () => unitListing(resolver),
    displayOf(quantity) {
      const q = own(quantity)
      if (q.bool !== undefined) return booleanDisplay(q.bool)
      try {
        return buildDisplay(q.value, (q.shownIn ?? { unit: autoUnit(q, displayEnv) }).unit, usedUnits(q))
      } catch {
        // display() promises a display; a value too large for its unit still gets one
        return { value: q.value, unit: '', text: 'too large to show', exactText: 'too large to show' }
      }
    },
  }
  return engine
}

function own(quantity: Quantity): Qty {
  if (!isQty(quantity)) throw new EstimateFailure('undefined', 'this value did not come from this engine')
  return quantity
}

/** Did units take part (so a plain result is a ratio of like quantities, worth a percentage)? */
function usedUnits(q: Qty): boolean {
  const h = q.hints
  return h.bits || h.bytes || h.times.length > 0 || h.nouns.size > 0
}

function writtenOrPlain(q: Qty, engine: EngineInternals): string {
  return engine.displayOf(q).unit || 'a plain number'
}

function booleanDisplay(value: boolean): DisplayExtras {
  const text = value ? 'true' : 'false'
  return { value: value ? 1 : 0, unit: '', text, exactText: text }
}

/** Drops a `# comment` (the engine has no strings, so any # starts one). */
export function stripComment(line: string): string {
  const hash = line.indexOf('#')
  return hash === -1 ? line : line.slice(0, hash)
}
