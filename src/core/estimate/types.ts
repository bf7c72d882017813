/**
 * The public contract of the estimation engine. Everything outside src/core/estimate/ (the
 * estimate command, problem validation, interview grading, design docs, the numbers card)
 * uses only these types and the functions exported from ./index.ts.
 */

/** Why an input failed; `message` is one line and already says how to fix it. */
export type EstimateErrorKind =
  | 'syntax' //        malformed input: unbalanced parentheses, a dangling operator, a bad number
  | 'unknown-unit' //  a word the engine cannot read as a unit (with a "did you mean" when close)
  | 'dimension' //     adding or converting things of different dimensions (data vs time, requests vs comments)
  | 'undefined' //     a name that is neither a variable nor a unit where a value is needed
  | 'forbidden' //     a function or construct outside the allow-list (import, evaluate, property access ...)
  | 'math' //          division by zero, log of a negative, a result that is not finite
  | 'too-long' //      input over the length limit

export interface EstimateError {
  kind: EstimateErrorKind
  /** one line: the cause, both dimensions when relevant, and the fix */
  message: string
  /** 0-based column in the input where the problem starts, when known */
  column?: number
}

/**
 * A value with its unit, as the engine holds it. Opaque outside the engine: pass it back to
 * convert() or compare(), never read its fields.
 */
export interface Quantity {
  readonly __quantity: true
}

/** How a value is shown to a person. */
export interface Display {
  /** the value in `unit` (full precision) */
  value: number
  /** the unit text, as shown: "MB/s", "comments/s", "requests/s/machine", "%", or "" for a plain number */
  unit: string
  /** the headline: "46.3 MB/s", "604.8 s", "99.9999 %", "192 machines" */
  text: string
  /** the full-precision form when `text` is rounded: "46.2962962963 MB/s"; equal to text otherwise */
  exactText: string
  /** durations only: "8 h 45 min 57 s" */
  split?: string
}

export interface Napkin {
  /** "40 MB/s" */
  text: string
  value: number
  unit: string
  /** which rule produced it: "1 day ≈ 10^5 s, 1 significant digit" */
  rule: string
}

export interface Evaluation extends Display {
  ok: true
  input: string
  /** set for `name = expr` lines */
  name?: string
  /** for booleans (`2 + 2 > 3`) */
  boolean?: boolean
  quantity: Quantity
  napkin?: Napkin
  /** one-line notes that do not stop evaluation: "'mins' was read as a new count unit; did you mean 'min'?" */
  notes: string[]
}

export interface Failure {
  ok: false
  input: string
  name?: string
  error: EstimateError
}

export type Outcome = Evaluation | Failure

/** Variables defined by `name = expr` lines (a sheet, the REPL, a problem's givens). */
export interface Scope {
  has(name: string): boolean
  get(name: string): Quantity | undefined
  set(name: string, value: Quantity): void
  names(): string[]
}

export interface EvaluateOptions {
  /** variables to read, and to write when the input is an assignment */
  scope?: Scope
  /** also compute the napkin value */
  napkin?: boolean
}

export type SheetLineKind = 'blank' | 'comment' | 'expression' | 'assignment'

export interface SheetLine {
  /** 1-based line number */
  line: number
  /** the raw line */
  source: string
  kind: SheetLineKind
  /** the expression part, without the name and the trailing comment */
  expression?: string
  /** the trailing or whole-line comment text, without '#' */
  comment?: string
  /** present for expression and assignment lines */
  outcome?: Outcome
}

export type ConvertOutcome = { ok: true; display: Display } | { ok: false; error: EstimateError }

export type CompareOutcome = { ok: true; ratio: number } | { ok: false; error: EstimateError }

export interface Engine {
  /** evaluate one expression or `name = expr` assignment */
  evaluate(input: string, options?: EvaluateOptions): Outcome
  /** evaluate a sheet line by line; later lines see earlier names; errors do not stop it */
  evaluateSheet(text: string, options?: EvaluateOptions): SheetLine[]
  newScope(): Scope
  /** express a quantity in a unit given as text ("MB/s"); fails on a dimension mismatch */
  convert(quantity: Quantity, unit: string, options?: { napkin?: boolean }): ConvertOutcome
  /** actual / reference, when both have the same dimension */
  compare(actual: Quantity, reference: Quantity): CompareOutcome
  /** the default display of a quantity (the unit the engine would pick) */
  display(quantity: Quantity): Display
  /** the unit table for people: one row per kind of unit, with the spellings accepted */
  units(): UnitListing[]
}

export interface UnitListing {
  /** "data (bytes)", "time", "counts: machines" */
  category: string
  /** "B byte, kB = KB (1000 B), MB ..." */
  spellings: string
}
