/**
 * `sysdrill estimate`: which mode runs.
 *   EXPR...              one expression (the words are joined with spaces)
 *   -  /  --file F       a sheet from standard input or a file
 *   (nothing), piped     a sheet from standard input
 *   (nothing), terminal  the calculator prompt (REPL)
 */
import type { CommandContext } from '../../context'
import { EXIT, UsageError } from '../../errors'
import { getEngine } from '../../../core/estimate/index'
import type { EstimateOptions } from './define'
import { readSheetFile, readStdin } from './read-input'
import { renderError, renderHuman, renderNotes, toJson } from './render'
import { printSheet, type SheetFormat } from './sheet-output'

const STDIN_IS_TERMINAL_HELP = `'sysdrill estimate -' reads a sheet from standard input (a terminal here).
  pipe a sheet in:    sysdrill estimate - < capacity.txt
  or name the file:   sysdrill estimate --file capacity.txt
  or drop the '-':    sysdrill estimate    (the calculator prompt)`

export async function runEstimate(ctx: CommandContext, expression: string[], options: EstimateOptions): Promise<number> {
  if (options.json && options.markdown) throw new UsageError('--json and --markdown cannot be used together', 'pick one output format')
  const format: SheetFormat = options.json ? 'json' : options.markdown ? 'markdown' : 'human'
  const napkin = options.napkin === true
  const stdinIsTerminal = ctx.deps.stdin.isTTY === true

  if (options.file !== undefined) {
    if (expression.length > 0) throw new UsageError('give either an expression or --file, not both', "put the expression in the file, or drop --file")
    const text = options.file === '-' ? await readFromStdin(ctx, stdinIsTerminal) : readSheetFile(options.file, ctx.deps.cwd)
    return printSheet(ctx, getEngine().evaluateSheet(text, { napkin }), format, napkin)
  }
  if (expression.length === 1 && expression[0] === '-') {
    return printSheet(ctx, getEngine().evaluateSheet(await readFromStdin(ctx, stdinIsTerminal), { napkin }), format, napkin)
  }
  if (expression.length > 0) return oneShot(ctx, expression.join(' '), format, napkin)
  if (!stdinIsTerminal) return printSheet(ctx, getEngine().evaluateSheet(await readStdin(ctx.deps.stdin), { napkin }), format, napkin)
  if (format !== 'human') {
    throw new UsageError(`--${format} needs an expression or a sheet`, 'pass an expression, --file FILE, or pipe a sheet into sysdrill estimate -')
  }
  if (!ctx.globals.input) {
    throw new UsageError('no expression given, and --no-input forbids the calculator prompt', 'pass an expression, --file FILE, or pipe a sheet into sysdrill estimate -')
  }
  const { runRepl } = await import('./repl')
  return runRepl(ctx, { napkin })
}

async function readFromStdin(ctx: CommandContext, stdinIsTerminal: boolean): Promise<string> {
  if (stdinIsTerminal) {
    ctx.output.err(STDIN_IS_TERMINAL_HELP)
    throw new UsageError('')
  }
  return readStdin(ctx.deps.stdin)
}

function oneShot(ctx: CommandContext, input: string, format: SheetFormat, napkin: boolean): number {
  const engine = getEngine()
  if (format === 'markdown') return printSheet(ctx, engine.evaluateSheet(input, { napkin }), 'markdown', napkin)
  const outcome = engine.evaluate(input, { napkin })
  const { output } = ctx
  if (format === 'json') {
    output.json(toJson(outcome))
  } else if (outcome.ok) {
    for (const line of renderHuman(outcome, output.outTheme)) output.out(line)
  } else {
    for (const line of renderError(outcome, output.errTheme)) output.err(line)
  }
  if (outcome.ok) for (const note of renderNotes(outcome.notes, output.errTheme)) output.err(note)
  return outcome.ok ? EXIT.ok : EXIT.failure
}
