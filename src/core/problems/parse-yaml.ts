/**
 * Bytes to a YAML Document with positions: the guards (size, binary, encoding, empty), then
 * the parser with duplicate keys refused and syntax errors reported at their line and column
 * (at the bracket or quote that was never closed, not where the parser ran out of text).
 */
import { LineCounter, parseDocument, type Document } from 'yaml'
import type { Diagnostic } from './diagnostic'
import { decodeProblemBytes, emptyDiagnostic, sizeDiagnostic } from './file-guards'
import { describeYamlError } from './yaml-syntax'

export interface ParsedYaml {
  doc?: Document
  text: string
  lines: LineCounter
  diagnostics: Diagnostic[]
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
    const explained = describeYamlError(problem, text)
    const position = lines.linePos(explained.offset)
    // one message per line: the parser often reports a single slip several times
    if (seenLines.has(position.line)) continue
    seenLines.add(position.line)
    diagnostics.push({ ...position, severity: 'error', message: `YAML: ${explained.message}` })
  }
  diagnostics.sort((a, b) => a.line - b.line || a.col - b.col)
  if (diagnostics.length > 0) return { text, lines, diagnostics }
  if (doc.contents === null) return { text, lines, diagnostics: [emptyDiagnostic()] }
  return { doc, text, lines, diagnostics }
}
