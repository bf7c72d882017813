/**
 * Walks a parsed YAML document against a Spec (./schema.ts) and builds the plain value with
 * every default filled in. Each mistake becomes a diagnostic at the exact key or value:
 * unknown keys (with a did-you-mean), wrong types, YAML numbers where text was meant, empty
 * values (with the flow-mapping comma trap spelled out), values outside an enum, and missing
 * keys (reported at their parent mapping). Aliases are followed within a budget, so an alias
 * bomb costs microseconds and one diagnostic.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml'
import type { Diagnostic } from './diagnostic'
import { closest, didYouMean } from '../did-you-mean'
import { describePath, Positions, type Path } from './positions'
import { defaultFor, type Field, type Spec } from './schema'
import { describeNode, flowCommaTrap, flowSequenceSplit } from './yaml-traps'
import { oncePerAnchor, pos, report, resolve, type Walk } from './structure-walk'

export interface Structure {
  /** the value with defaults filled in; undefined where the file was too broken to say */
  value: unknown
  /** the walk stopped early (an alias bomb, a huge document): the value is incomplete */
  aborted: boolean
  positions: Positions
  diagnostics: Diagnostic[]
}

export function checkStructure(doc: Document, text: string, lines: LineCounter, spec: Spec): Structure {
  const walk: Walk = { doc, text, lines, positions: new Positions(), diagnostics: [], nodes: 0, aliases: 0, aborted: false, checked: new Map() }
  const root = doc.contents as Node | null
  walk.positions.record([], pos(walk, root))
  const value = check(walk, root, spec, [])
  return { value, positions: walk.positions, diagnostics: walk.diagnostics, aborted: walk.aborted }
}

/** 0 for plain one-line text, 1 for quoted one-line text, undefined otherwise */
function textShift(walk: Walk, node: Node | null): number | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined
  if (walk.text.slice(node.range[0], node.range[1]).includes('\n')) return undefined
  if (node.type === 'PLAIN') return 0
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : undefined
}

const isNull = (node: Node | null): boolean => node === null || (isScalar(node) && node.value === null)

/** `required`: the key cannot simply be removed, so an empty value is not told to remove it */
function check(walk: Walk, raw: Node | null, spec: Spec, path: Path, required = false): unknown {
  return oncePerAnchor(walk, raw, spec, () => checkNode(walk, raw, spec, path, required))
}

function checkNode(walk: Walk, raw: Node | null, spec: Spec, path: Path, required: boolean): unknown {
  const node = resolve(walk, raw)
  if (node === 'aborted') return undefined
  const where = pos(walk, node ?? raw)
  const name = describePath(path)
  if (isNull(node)) {
    const fix = required ? 'it is required, so write one' : typeof path.at(-1) === 'number' ? 'write one or remove the item' : 'write one or remove the key'
    report(walk, where, `${name} has no value; ${fix}`)
    return undefined
  }
  switch (spec.type) {
    case 'string': {
      if (isScalar(node) && typeof node.value === 'string') {
        if (node.value.trim() === '') report(walk, where, `${name} is empty text; ${required ? 'it is required, so write something' : 'write something or remove the key'}`)
        if (spec.oneLine !== true || !node.value.includes('\n')) return node.value
        const trimmed = node.value.replace(/\n+$/, '')
        if (trimmed.includes('\n')) report(walk, where, `${name} must be one line (it is shown in lists, tables and headings); join its lines`)
        return trimmed
      }
      if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) {
        const source = node.source ?? String(node.value)
        if (spec.numbers === true && typeof node.value === 'number') return source
        const kind = typeof node.value === 'number' ? 'a number' : 'true/false'
        report(walk, where, `${name} must be text, but YAML reads the unquoted ${source} as ${kind}; quote it: "${source}"`)
        return String(source)
      }
      report(walk, where, `${name} must be text, not ${describeNode(node)}`)
      return undefined
    }
    case 'number': {
      if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) {
        const hint = isScalar(node) && typeof node.value === 'string' && /^[\d.,_\s]+$/.test(node.value) ? ' (write digits only: 23148.15, not "23,148")' : ''
        report(walk, where, `${name} must be a number, not ${describeNode(node)}${hint}`)
        return undefined
      }
      const value = node.value
      if (spec.integer === true && !Number.isInteger(value)) report(walk, where, `${name} must be a whole number, not ${value}`)
      else if (spec.min !== undefined && (spec.exclusiveMin === true ? value <= spec.min : value < spec.min)) {
        report(walk, where, `${name} must be ${spec.exclusiveMin === true ? 'more than' : 'at least'} ${spec.min}${spec.max === undefined ? '' : ` and at most ${spec.max}`}, not ${value}`)
      } else if (spec.max !== undefined && value > spec.max) report(walk, where, `${name} must be at most ${spec.max}, not ${value}`)
      return value
    }
    case 'boolean': {
      if (isScalar(node) && typeof node.value === 'boolean') return node.value
      report(walk, where, `${name} must be true or false, not ${describeNode(node)}`)
      return undefined
    }
    case 'enum': {
      const value = isScalar(node) ? node.value : undefined
      if ((typeof value === 'string' || typeof value === 'number') && spec.values.includes(value)) return value
      const shown =
        isScalar(node) && typeof value === 'string' ? `'${value}'` : isScalar(node) && typeof value === 'number' ? (node.source ?? String(value)) : describeNode(node)
      const options = spec.values.map(String)
      const choices =
        options.length === 1
          ? options[0]
          : options.length <= 3
            ? `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`
            : `one of ${options.join(', ')}`
      report(walk, where, `${name} must be ${choices}, not ${shown}${typeof value === 'string' ? didYouMean(value, options) : ''}`)
      return undefined
    }
    case 'list': {
      if (!isSeq(node)) {
        const tip = isScalar(node) && typeof node.value === 'string' ? ` (write [${node.value.includes(',') ? 'a, b' : node.value}] or one "- item" per line)` : ''
        report(walk, where, `${name} must be a list, not ${describeNode(node)}${tip}`)
        return undefined
      }
      return node.items.map((item, index) => {
        const itemPath = [...path, index]
        walk.positions.record(itemPath, pos(walk, item as Node), undefined, textShift(walk, item as Node | null))
        const split = node.flow === true && spec.of.type === 'string' ? flowSequenceSplit(walk.text, node.items[index - 1], item) : undefined
        if (split !== undefined) {
          report(walk, pos(walk, item as Node), `${describePath(itemPath)} is ${split.what}: inside [ ... ] a comma separates items, so '${split.joined}' was split in two; quote the text ("${split.joined}") or use one "- item" per line`)
          return split.second
        }
        return check(walk, item as Node | null, spec.of, itemPath)
      })
    }
    case 'object':
      return checkMapping(walk, node, spec.fields, path, undefined)
    case 'keyed':
      return checkMapping(walk, node, undefined, path, spec)
  }
}

function checkMapping(
  walk: Walk,
  node: Node | null,
  fields: Record<string, Field> | undefined,
  path: Path,
  keyed: Extract<Spec, { type: 'keyed' }> | undefined,
): Record<string, unknown> | undefined {
  const name = describePath(path)
  if (!isMap(node)) {
    report(walk, pos(walk, node), `${name} must be a mapping of keys to values, not ${describeNode(node)}`)
    return undefined
  }
  const out: Record<string, unknown> = {}
  const known = keyed ? keyed.keys : Object.keys(fields ?? {})
  if (path.length === 0 && fields !== undefined) {
    const keys = node.items.map((pair) => (isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '')).filter((k) => k !== '')
    if (keys.length > 0 && !keys.some((k) => Object.hasOwn(fields, k))) {
      const shown = keys.slice(0, 3).map((k) => `'${k}'`).join(', ')
      report(walk, pos(walk, node), `this is not a problem file: none of its keys (${shown}${keys.length > 3 ? ', ...' : ''}) belong to a problem; start from \`sysdrill problems new <id>\``)
      return undefined
    }
  }
  const seen = new Set<string>()
  /** keys an unknown key probably meant: not reported again as missing */
  const suggested = new Set<string>()
  node.items.forEach((pair, index) => {
    if (!isPair(pair)) return
    const keyNode = resolve(walk, pair.key as Node | null)
    if (keyNode === 'aborted') return
    const keyPos = pos(walk, keyNode ?? (pair.key as Node | null))
    if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
      report(walk, keyPos, `${path.length === 0 ? 'a top-level key' : `a key in ${name}`} must be a plain word, not ${describeNode(keyNode)}`)
      return
    }
    const key = String(keyNode.value)
    const valuePath = [...path, key]
    const valueNode = pair.value as Node | null
    walk.positions.record(valuePath, valueNode ? pos(walk, valueNode) : keyPos, keyPos, textShift(walk, valueNode))
    if (node.flow === true && isNull(valueNode)) {
      report(walk, keyPos, flowCommaTrap(node.items, index, key))
      return
    }
    const field = fields !== undefined && Object.hasOwn(fields, key) ? fields[key] : undefined
    const spec = keyed ? (keyed.keys.includes(key) ? keyed.of : undefined) : field?.spec
    if (spec === undefined) {
      const suggestion = didYouMean(key, known)
      const meant = closest(key, known)
      if (meant !== undefined) suggested.add(meant)
      const what = keyed
        ? `${keyed.what} '${key}' in ${name} is not one of the ${keyed.what}s`
        : `unknown ${path.length === 0 ? 'top-level key' : `key in ${name}`} '${key}'`
      report(walk, keyPos, `${what}${suggestion === '' ? `; known: ${known.join(', ')}` : suggestion}`)
      return
    }
    seen.add(key)
    const value = check(walk, valueNode, spec, valuePath, field?.required === true)
    if (value !== undefined) out[key] = value
    if (field?.nonEmpty === true && Array.isArray(value) && value.length === 0) {
      report(walk, pos(walk, valueNode), `${describePath(valuePath)} is empty; it needs at least one item`)
    }
  })
  if (fields) {
    for (const [key, field] of Object.entries(fields)) {
      if (seen.has(key) || Object.hasOwn(out, key)) continue
      if (field.required === true) {
        if (suggested.has(key)) continue
        const owner = path.length === 0 ? 'the file' : name
        if (!node.items.some((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === key)) {
          report(walk, pos(walk, node), `${owner} is missing '${key}'`)
        }
        continue
      }
      const fallback = defaultFor(field.spec)
      if (fallback !== undefined) out[key] = fallback
    }
  }
  return out
}
