/**
 * A problem found in a problem file, with a 1-based position. Validation never throws on bad
 * content: every check adds a diagnostic and goes on, so `problems validate` can list them all.
 */

export type Severity = 'error' | 'warning'

export interface Position {
  /** 1-based */
  line: number
  /** 1-based */
  col: number
}

export interface Diagnostic extends Position {
  severity: Severity
  /** one line: what is wrong and, where it helps, how to fix it */
  message: string
}

export interface FileDiagnostic extends Diagnostic {
  file: string
}

export const START: Position = { line: 1, col: 1 }

/** `file:line:col: message`, the form editors and terminals turn into links. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const prefix = diagnostic.severity === 'warning' ? 'warning: ' : ''
  return `${file}:${diagnostic.line}:${diagnostic.col}: ${prefix}${diagnostic.message}`
}

export function byPosition(a: Position, b: Position): number {
  return a.line - b.line || a.col - b.col
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}
