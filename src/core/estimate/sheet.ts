/**
 * Sheets: one expression or `name = expr` per line, `#` starts a comment, later lines see
 * earlier names, and `ans` is the last value computed. A failing line does not stop the
 * sheet; it is reported in its place.
 */
import { markFailedAssignment } from './scope'
import type { Outcome, Scope, SheetLine } from './types'

export function evaluateSheetText(text: string, scope: Scope, run: (line: string, scope: Scope) => Outcome): SheetLine[] {
  const lines = text.split(/\r?\n/)
  if (lines.length > 0 && lines.at(-1) === '') lines.pop()
  return lines.map((source, index) => {
    const line = index + 1
    const hash = source.indexOf('#')
    const code = (hash === -1 ? source : source.slice(0, hash)).trim()
    const comment = hash === -1 ? undefined : source.slice(hash + 1).trim()
    if (code === '') {
      const kind = comment === undefined ? 'blank' : 'comment'
      return comment === undefined ? { line, source, kind } : { line, source, kind, comment }
    }
    const outcome = run(source, scope)
    // a later use of the name then says which line failed (the engine clears it on success)
    if (!outcome.ok && outcome.name !== undefined) markFailedAssignment(scope, outcome.name, line)
    const assignment = /^\s*[\p{L}_][\p{L}\p{N}_]*\s*=(?!=)(.*)$/u.exec(code)
    const expression = assignment ? assignment[1]!.trim() : code
    if (outcome.ok) scope.set('ans', outcome.quantity)
    const sheetLine: SheetLine = { line, source, kind: assignment ? 'assignment' : 'expression', expression, outcome }
    if (comment !== undefined) sheetLine.comment = comment
    return sheetLine
  })
}
