/**
 * The state of one structural check (./check-structure.ts) and how it follows YAML aliases:
 * within a budget, so an alias bomb costs microseconds and one diagnostic, and with the
 * mistakes inside an anchor reported once, at the anchor, however often it is used.
 */
import { isAlias, type Document, type LineCounter, type Node } from 'yaml'
import type { Diagnostic, Position } from './diagnostic'
import type { Positions } from './positions'
import type { Spec } from './schema'

/** Far above any real problem file (the largest has a few thousand nodes). */
const MAX_NODES = 100_000
const MAX_ALIAS_EXPANSIONS = 1_000

export interface Walk {
  doc: Document
  text: string
  lines: LineCounter
  positions: Positions
  diagnostics: Diagnostic[]
  nodes: number
  aliases: number
  aborted: boolean
  /** anchored nodes already checked, per spec: a second *alias to one says nothing new */
  checked: Map<Node, Set<Spec>>
}

export function pos(walk: Walk, node: { range?: [number, number, number] | null } | null | undefined): Position {
  return walk.lines.linePos(node?.range?.[0] ?? 0)
}

export function report(walk: Walk, at: Position, message: string): void {
  walk.diagnostics.push({ ...at, severity: 'error', message })
}

/** Follows aliases within the budget; returns 'aborted' when it gave up (already reported). */
export function resolve(walk: Walk, node: Node | null): Node | null | 'aborted' {
  if (walk.aborted) return 'aborted'
  walk.nodes += 1
  let current: unknown = node
  while (isAlias(current)) {
    walk.aliases += 1
    if (walk.aliases > MAX_ALIAS_EXPANSIONS || walk.nodes > MAX_NODES) {
      walk.aborted = true
      report(walk, pos(walk, current), `too many alias expansions (over ${MAX_ALIAS_EXPANSIONS}): this looks like an alias bomb; write the values out instead of nesting *aliases`)
      return 'aborted'
    }
    const target = current.resolve(walk.doc)
    if (target === undefined) {
      report(walk, pos(walk, current), `unknown alias *${current.source}: no &${current.source} anchor appears before it`)
      return 'aborted'
    }
    current = target
  }
  if (walk.nodes > MAX_NODES) {
    walk.aborted = true
    report(walk, pos(walk, node), `the file has over ${MAX_NODES} values; a problem file is far smaller`)
    return 'aborted'
  }
  return current as Node | null
}

/**
 * Runs `check` on a node; when the node is an anchor already checked against this spec (a
 * second `*alias` to it), keeps the value but drops what it reports, which was said the first
 * time. An alias bomb's message, which stops the walk, always stays.
 */
export function oncePerAnchor<T>(walk: Walk, raw: Node | null, spec: Spec, check: () => T): T {
  const target = isAlias(raw) ? (raw.resolve(walk.doc) as Node | undefined) : raw !== null && 'anchor' in raw && raw.anchor ? raw : undefined
  const specs = target && (walk.checked.get(target) ?? walk.checked.set(target, new Set()).get(target)!)
  if (!specs || !specs.has(spec)) {
    specs?.add(spec)
    return check()
  }
  const before = walk.diagnostics.length
  const value = check()
  if (!walk.aborted) walk.diagnostics.length = before
  return value
}
