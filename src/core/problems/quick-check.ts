/**
 * A fast yes/no check of a plain value (parsed by a fast YAML loader) against the same Spec
 * the structural checker walks (./check-structure.ts). It exists for speed: listing a folder of
 * a thousand problem files cannot afford a position-tracking parse of each one.
 *
 * It only ever says "valid, here is the value with defaults" or "not sure". Every rule below
 * mirrors check-structure.ts; where a rule needs the source text (the comma traps, number
 * spellings), a plain value either cannot show the problem or shows it as a type mismatch, and
 * any mismatch answers "not sure". The caller then runs the full checker, which is the judge
 * and reports each problem at its line and column.
 */
import { defaultFor, type Field, type Spec } from './schema'

/** The full checker's own ceiling on values; an alias bomb passes it only as shared objects. */
const MAX_VALUES = 100_000

const NOT_SURE = Symbol('not sure')
type Checked = unknown | typeof NOT_SURE

interface Budget {
  values: number
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

/**
 * The value with every default filled in (read-only: empty sections are shared), or undefined
 * when the full checker must decide.
 */
export function quickCheck(value: unknown, spec: Spec): { value: unknown } | undefined {
  if (!isPlainObject(value) || spec.type !== 'object') return undefined
  // a mapping with none of the problem's keys gets its own message from the full checker
  if (!Object.keys(value).some((key) => Object.hasOwn(spec.fields, key))) return undefined
  const checked = check(value, spec, { values: 0 })
  return checked === NOT_SURE ? undefined : { value: checked }
}

function check(value: unknown, spec: Spec, budget: Budget): Checked {
  budget.values += 1
  if (budget.values > MAX_VALUES || value === null || value === undefined) return NOT_SURE
  switch (spec.type) {
    case 'string':
      if (typeof value === 'string') return value.trim() === '' || (spec.oneLine === true && value.includes('\n')) ? NOT_SURE : value
      // the full checker keeps the number's spelling (`1e9`); a summary never needs it
      return spec.numbers === true && typeof value === 'number' && Number.isFinite(value) ? String(value) : NOT_SURE
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_SURE
      if (spec.integer === true && !Number.isInteger(value)) return NOT_SURE
      if (spec.min !== undefined && (spec.exclusiveMin === true ? value <= spec.min : value < spec.min)) return NOT_SURE
      if (spec.max !== undefined && value > spec.max) return NOT_SURE
      return value
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : NOT_SURE
    case 'enum':
      return (typeof value === 'string' || typeof value === 'number') && spec.values.includes(value) ? value : NOT_SURE
    case 'list': {
      if (!Array.isArray(value)) return NOT_SURE
      const out: unknown[] = []
      for (const item of value) {
        const checked = check(item, spec.of, budget)
        if (checked === NOT_SURE) return NOT_SURE
        out.push(checked)
      }
      return out
    }
    case 'object':
      return checkMapping(value, spec.fields, undefined, budget)
    case 'keyed':
      return checkMapping(value, undefined, spec, budget)
  }
}

function checkMapping(
  value: unknown,
  fields: Record<string, Field> | undefined,
  keyed: Extract<Spec, { type: 'keyed' }> | undefined,
  budget: Budget,
): Checked {
  if (!isPlainObject(value)) return NOT_SURE
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const raw = value[key]
    const field = fields !== undefined && Object.hasOwn(fields, key) ? fields[key] : undefined
    const spec = keyed ? (keyed.keys.includes(key) ? keyed.of : undefined) : field?.spec
    if (spec === undefined) return NOT_SURE
    const checked = check(raw, spec, budget)
    if (checked === NOT_SURE) return NOT_SURE
    if (field?.nonEmpty === true && Array.isArray(checked) && checked.length === 0) return NOT_SURE
    out[key] = checked
  }
  for (const key in fields) {
    if (Object.hasOwn(out, key)) continue
    const field = fields[key]!
    if (field.required === true) return NOT_SURE
    const fallback = sharedDefault(field.spec)
    if (fallback !== undefined) out[key] = fallback
  }
  return out
}

const defaults = new WeakMap<Spec, unknown>()

/**
 * defaultFor(), built once per spec and frozen: a thousand files share the same empty
 * sections instead of allocating them, and nothing downstream may change them.
 */
function sharedDefault(spec: Spec): unknown {
  if (!defaults.has(spec)) defaults.set(spec, deepFreeze(defaultFor(spec)))
  return defaults.get(spec)
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}
