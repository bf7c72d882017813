/**
 * A sheet's output. Human: each computing line with its value, aligned, comments kept as
 * section headers; a failed line goes to stderr as `line N: error: ...`. JSON Lines: one
 * object per computing line (blank and comment-only lines print nothing). Markdown: the
 * table from core, for design docs. Every mode exits 1 when any line failed.
 */
import type { CommandContext } from '../../context'
import { EXIT } from '../../errors'
import { renderSheetMarkdown, type SheetLine } from '../../../core/estimate/index'
import { renderNotes, toJson } from './render'

export type SheetFormat = 'human' | 'json' | 'markdown'

/** Widest input column before values are no longer aligned with it. */
const MAX_ALIGN = 48

export function printSheet(ctx: CommandContext, lines: SheetLine[], format: SheetFormat, napkin: boolean): number {
  const { output } = ctx
  const failed = lines.filter((l) => l.outcome !== undefined && !l.outcome.ok)
  if (format === 'json') {
    for (const l of lines) if (l.outcome) output.json(toJson(l.outcome, l.line))
  } else if (format === 'markdown') {
    output.stdout.write(renderSheetMarkdown(lines, { napkin }))
    for (const l of failed) output.err(`line ${l.line}: ${output.errTheme.bad('error:')} ${l.outcome!.ok ? '' : l.outcome!.error.message}`)
  } else {
    printHuman(ctx, lines, napkin)
  }
  for (const l of lines) {
    if (l.outcome?.ok && l.outcome.notes.length > 0 && format !== 'human') {
      for (const note of renderNotes(l.outcome.notes, output.errTheme, `line ${l.line}: `)) output.err(note)
    }
  }
  if (failed.length > 0 && format !== 'json') {
    // "1 of 7 lines failed (8)" read as a count; name the file's line numbers as such
    const where = `line${failed.length === 1 ? '' : 's'} ${failed.map((l) => l.line).join(', ')}`
    output.err(output.errTheme.dim(`${failed.length} of ${lines.filter((l) => l.outcome).length} lines failed: ${where}`))
  }
  return failed.length > 0 ? EXIT.failure : EXIT.ok
}

function printHuman(ctx: CommandContext, lines: SheetLine[], napkin: boolean): void {
  const { output } = ctx
  const t = output.outTheme
  const code = (l: SheetLine) => (l.comment === undefined ? l.source : l.source.slice(0, l.source.indexOf('#'))).trim()
  const width = Math.min(MAX_ALIGN, Math.max(0, ...lines.filter((l) => l.outcome).map((l) => [...code(l)].length)))
  for (const l of lines) {
    if (l.kind === 'blank') {
      output.out('')
      continue
    }
    if (l.kind === 'comment') {
      output.out(t.dim(l.source.trim()))
      continue
    }
    const o = l.outcome!
    const input = code(l)
    if (!o.ok) {
      output.err(`line ${l.line}: ${output.errTheme.bad('error:')} ${o.error.message}`)
      continue
    }
    const pad = [...input].length <= width ? ' '.repeat(width - [...input].length) : `\n${' '.repeat(width)}`
    const rough = napkin && o.napkin && o.napkin.text !== o.text ? t.dim(`  (≈ ${o.napkin.text})`) : ''
    const comment = l.comment ? t.dim(`  # ${l.comment}`) : ''
    output.out(`${input}${pad}  = ${t.bold(o.text)}${rough}${comment}`)
    for (const note of renderNotes(o.notes, output.errTheme, `line ${l.line}: `)) output.err(note)
  }
}
