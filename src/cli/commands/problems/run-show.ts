/**
 * `sysdrill problems show <id>`: what a candidate is told (statement, requirements, the
 * numbers given, the questions worth asking), plus hints with --hints and the reference
 * answers with --solution. Given quantities are evaluated by the estimation engine so their
 * units are checked; derived values appear only with --solution (the candidate works them out).
 */
import type { CommandContext } from '../../context'
import { reveal, revealLevel } from '../../../core/problems/reveal'
import type { ScaleRow } from '../../../core/problems/scale'
import { openLibrary } from '../../library'
import type { ShowOptions } from './define'
import { renderProblem } from './show-render'
import { columnsOf } from '../../text-layout'

export async function runShow(ctx: CommandContext, id: string, options: ShowOptions): Promise<number> {
  const library = await openLibrary(ctx, { named: [id], ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }) })
  const problem = await library.load(id)
  const level = revealLevel(options)

  let scale: ScaleRow[] | undefined
  if (problem.scale.givens.length + problem.scale.derived.length > 0) {
    const { computeScale, tryEngine } = await import('./load-engine')
    const loaded = tryEngine()
    if ('engine' in loaded) scale = computeScale(problem.scale, loaded.engine)
    else if (options.json !== true) ctx.output.err(`${ctx.output.errTheme.warn('warning:')} quantities are shown as written (${loaded.reason})`)
  }

  if (options.json === true) {
    const shown = reveal(problem, level)
    if (scale) {
      shown.computed = scale
        .filter((row) => row.kind === 'given' || level === 'solution')
        .map((row) => ({
          key: row.key,
          kind: row.kind,
          ...(row.display ? { value: row.display.value, unit: row.display.unit, text: row.display.text } : {}),
          ...(row.error ? { error: row.error.message } : {}),
        }))
    }
    ctx.output.json({ ...shown, level })
    return 0
  }

  const stdout = ctx.output.stdout
  const width = Math.max(40, Math.min(columnsOf(stdout) ?? 80, 100))
  ctx.output.out(renderProblem({ problem, level, width, theme: ctx.output.outTheme, ...(scale ? { scale } : {}) }).join('\n'))
  if (level !== 'solution') {
    const more = level === 'statement' ? 'add --hints for answers and hints, --solution for the reference answers' : 'add --solution for the reference answers and the rubric'
    ctx.output.err(ctx.output.errTheme.dim(`more: ${more}`))
  }
  return 0
}
