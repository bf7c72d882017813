/**
 * Bytes to a YAML Document with positions: the guards (size, binary, encoding, empty), then
 * the parser with duplicate keys refused and syntax errors reported at their line and column
 * (at the bracket or quote that was never closed, not where the parser ran out of text).
 */
import { LineCounter, parseDocument, type Document } from 'yaml'
import type { Diagnostic } from './diagnostic'
import { decodeProblemBytes, emptyDiagnostic, sizeDiagnostic } from './file-guards'
import { explainSyntaxError } from './yaml-syntax'

export interface ParsedYaml {
  doc?: Document
  text: string
  lines: LineCounter
  diagnostics: Diagnostic[]
}

const SYNTAX_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'a key appears twice in the same mapping; keep one',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
}

/** yaml's messages sometimes end with the position and a source excerpt; we give our own. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]$/, '')
}

export function parseYamlBytes(input: Uint8Array | string): ParsedYaml {
  const lines = new LineCounter()
  const bytes = typeof input === 'string' ? undefined : input
  const size = bytes ? bytes.length : new TextEncoder().encode(input as string).length
  const tooBig = sizeDiagnostic(size)
  if (tooBig) return { text: '', lines, diagnostics: [tooBig] }
  let text: string
  if (bytes) {
    const decoded = decodeProblemBytes(bytes)
    if ('diagnostic' in decoded) return { text: '', lines, diagnostics: [decoded.diagnostic] }
    text = decoded.text
  } else text = input as string
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, merge: false })
  const diagnostics: Diagnostic[] = []
  const seenLines = new Set<number>()
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const explained = explainSyntaxError(problem, text)
    const position = lines.linePos(explained?.offset ?? problem.pos[0])
    // one message per line: the parser often reports a single slip several times
    if (seenLines.has(position.line)) continue
    seenLines.add(position.line)
    const hint = SYNTAX_HINTS[problem.code]
    const message = `YAML: ${explained?.message ?? `${firstLine(problem.message)}${hint && !problem.message.includes(hint) ? ` (${hint})` : ''}`}`
    diagnostics.push({ ...position, severity: 'error', message })
  }
  diagnostics.sort((a, b) => a.line - b.line || a.col - b.col)
  if (diagnostics.length > 0) return { text, lines, diagnostics }
  if (doc.contents === null) return { text, lines, diagnostics: [emptyDiagnostic()] }
  return { doc, text, lines, diagnostics }
}
