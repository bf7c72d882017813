/**
 * The YAML slips authors make most, explained in the words of the mistake: a comma inside
 * `{ ... }` or `[ ... ]` that split one piece of text in two, and scalars YAML read as
 * something other than text.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml'

/** What a node is, for "must be text, not a list" messages. */
export function describeNode(node: Node | null): string {
  if (node === null) return 'nothing'
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  if (isScalar(node)) {
    if (node.value === null) return 'nothing'
    if (typeof node.value === 'number') return `the number ${node.source ?? String(node.value)}`
    if (typeof node.value === 'boolean') return `${node.source ?? String(node.value)} (a true/false value)`
    return 'text'
  }
  return 'an unsupported value'
}

/**
 * `{ name: Gateway, responsibility: Auth, routing }` parses `routing` as a key with no value.
 * Say exactly that, with the text as the author meant it.
 */
export function flowCommaTrap(items: readonly unknown[], index: number, key: string): string {
  const previous = items[index - 1] as Pair | undefined
  const previousValue = previous && isScalar(previous.value) && typeof previous.value.value === 'string' ? previous.value.value : undefined
  const previousKey = previous && isScalar(previous.key) ? String(previous.key.value) : undefined
  if (previousValue !== undefined && previousKey !== undefined) {
    return `'${key}' has no value: inside { ... } a comma starts a new key, so '${previousKey}: ${previousValue}, ${key}' was read as two keys; quote the text ("${previousValue}, ${key}") or use block style`
  }
  return `'${key}' has no value: inside { ... } every entry needs 'key: value'; if '${key}' belongs to the text before it, quote that text or use block style`
}

/**
 * `[Divide by 86,400.]` is two items, "Divide by 86" and the number 400. When a flow-sequence
 * item is a number right after a plain text item with nothing but the comma between them
 * (`86,400`, not `latency, 201`), the comma was meant as part of the text.
 */
export function flowSequenceSplit(text: string, previous: unknown, item: unknown): { what: string; joined: string; second: string } | undefined {
  if (!isScalar(item) || typeof item.value !== 'number' || !item.range) return undefined
  if (!isScalar(previous) || typeof previous.value !== 'string' || previous.type !== 'PLAIN' || !previous.range) return undefined
  if (text.slice(previous.range[1], item.range[0]) !== ',') return undefined
  const second = item.source ?? String(item.value)
  return { what: `the number ${second}`, joined: `${previous.value},${second}`, second }
}
