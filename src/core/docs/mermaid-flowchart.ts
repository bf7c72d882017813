/**
 * A Mermaid `flowchart` from a problem's components and connections. Problem files are
 * user content, so nothing they hold reaches the diagram unescaped: node ids are rebuilt
 * from letters, digits and underscores (never a keyword such as `end`), and every label is
 * a quoted string with Mermaid's entity codes for the characters that could end it.
 */
import type { Component, Connection } from '../problems/types'
import { flattenText } from './markdown-escape'

export interface FlowchartInput {
  components: Pick<Component, 'id' | 'name'>[]
  connections: Connection[]
  /** LR suits wide designs; TD suits tall ones (default LR) */
  direction?: 'LR' | 'TD'
}

// Characters that could close a quoted label, start a comment or an entity, or turn into HTML.
const ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '%': '#37;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
}

const MAX_LABEL = 80

/** A label safe inside "...": one line, escaped, shortened to something a diagram can show. */
export function mermaidLabel(text: string): string {
  let flat = flattenText(text)
  // Mermaid rejects an empty quoted label.
  if (flat === '') return '(unnamed)'
  if (flat.length > MAX_LABEL) flat = `${flat.slice(0, MAX_LABEL - 1).trimEnd()}…`
  return flat.replace(/["#%&<>`]/g, (ch) => ENTITIES[ch]!)
}

/** `comment-service` -> `comment_service`; anything else that is not a plain word gets a prefix. */
function baseId(id: string): string {
  const word = id.normalize('NFKD').replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '')
  return `n_${word === '' ? 'node' : word}`
}

const STORE = /\b(store|storage|database|db|cache|redis|cassandra|postgres(ql)?|mysql|dynamo(db)?|s3|bucket|warehouse|index|ledger|table)\b/i
const QUEUE = /\b(queue|kafka|pub\/?sub|broker|topic|stream|log|bus|kinesis|sqs|sns)\b/i

/** Stores as cylinders, queues and buses as parallelograms, everything else as boxes. */
function node(id: string, label: string): string {
  const text = `"${mermaidLabel(label)}"`
  if (STORE.test(label)) return `${id}[(${text})]`
  if (QUEUE.test(label)) return `${id}[/${text}/]`
  return `${id}[${text}]`
}

export function mermaidFlowchart(input: FlowchartInput): string {
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  const lines = [`flowchart ${input.direction ?? 'LR'}`]
  const declare = (rawId: string, label: string) => {
    if (ids.has(rawId)) return ids.get(rawId)!
    const base = baseId(rawId)
    let id = base
    for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`
    taken.add(id)
    ids.set(rawId, id)
    lines.push(`  ${node(id, label)}`)
    return id
  }
  for (const component of input.components) declare(component.id, flattenText(component.name) === '' ? component.id : component.name)
  for (const connection of input.connections) {
    // A connection to an undeclared component still shows up, labelled with its id.
    const from = declare(connection.from, connection.from)
    const to = declare(connection.to, connection.to)
    const label = connection.label === undefined ? '' : flattenText(connection.label)
    lines.push(label === '' ? `  ${from} --> ${to}` : `  ${from} -->|"${mermaidLabel(label)}"| ${to}`)
  }
  return lines.join('\n')
}
