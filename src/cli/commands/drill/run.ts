/**
 * `sysdrill drill [ids...]`: checks the flags, opens the library and the drill state, picks the
 * items (named ones, or the plan: due cards, quizzes, new cards), runs them live or from
 * --answers, and prints what was done (text, or --json) on stdout.
 */
import type { CommandContext } from '../../context'
import { CancelledError, CliError, SilentFailure, UsageError } from '../../errors'
import { drillJson } from '../../../core/progress/drill-results'
import { closest } from '../../../core/did-you-mean'
import { loadEngine } from '../../interview/estimate-tools'
import { layoutWidth } from '../../text-layout'
import { openLibrary } from '../../library'
import { drillStatePath, loadDrillState } from '../../progress/review-store'
import { parseLimit } from '../history/run'
import { loadDrillAnswers } from './answers-loader'
import { openCatalog } from './catalog'
import type { DrillOptions } from './define'
import { runLive, runScripted, type LoopContext } from './loops'
import { emptyMessage, pickItems, type Kinds } from './pick'
import { dueNow, summaryLines } from './summary'
import { suggestedDrills } from './suggested'

const DEFAULT_COUNT = 5
const MAX_COUNT = 100

function checkFlags(ctx: CommandContext, options: DrillOptions): { kinds: Kinds; count?: number } {
  if (options.pack !== undefined && options.estimation && !options.concepts) {
    throw new UsageError('--pack picks concept cards, but --estimation asks for quizzes only', 'drop one of them (or add --concepts for both)')
  }
  const count = options.count === undefined ? undefined : parseLimit(options.count, DEFAULT_COUNT, '--count')
  if (count !== undefined && count > MAX_COUNT) throw new UsageError(`--count ${count} is more than one sitting; the most is ${MAX_COUNT}`, `for example --count 10`)
  const concepts = options.concepts === true || options.pack !== undefined || !options.estimation
  const quizzes = options.estimation === true || (!options.concepts && options.pack === undefined)
  return { kinds: { cards: concepts, quizzes }, ...(count === undefined ? {} : { count }) }
}

function cardFlags(options: DrillOptions): string {
  return [options.concepts ? '--concepts' : '', options.pack !== undefined ? '--pack' : ''].filter(Boolean).join(' and ')
}

function requireTerminal(ctx: CommandContext, options: DrillOptions): void {
  if (options.answers !== undefined || ctx.interactive) return
  const why = ctx.globals.input ? 'a drill needs a terminal to answer in (stdin and stderr are not both terminals)' : '--no-input: a drill needs a terminal to answer in'
  throw new UsageError(`${why}; pass --answers FILE.yaml to run from a file`, 'sysdrill drill --answers answers.yaml (see sysdrill drill --help for the format)')
}

export async function runDrill(ctx: CommandContext, ids: string[], options: DrillOptions): Promise<number> {
  const { kinds, count } = checkFlags(ctx, options)
  // named ids are checked first: a wrong id or flag is worth fixing before finding a terminal
  if (ids.length === 0) requireTerminal(ctx, options)
  const answers = options.answers === undefined ? undefined : await loadDrillAnswers(ctx, options.answers)
  const library = await openLibrary(ctx, options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir })
  if (options.pack !== undefined && !library.packs().some((p) => p.id === options.pack)) {
    const packs = library.packs().map((p) => p.id)
    const match = closest(options.pack, packs)
    throw new UsageError(`there is no drill pack '${options.pack}'${match ? ` (did you mean '${match}'?)` : ''}`, `packs: ${packs.join(', ')}`)
  }
  const needsEngine = kinds.quizzes || ids.length > 0 || answers !== undefined
  const { engine, error: engineError } = needsEngine ? await loadEngine() : { engine: undefined, error: undefined }
  if (!engine && kinds.quizzes && !kinds.cards) throw new CliError(`estimation quizzes need the estimation engine, which did not load: ${engineError}`, { hint: 'concept cards still work: sysdrill drill --concepts' })
  const catalog = openCatalog(library, engine)
  const state = loadDrillState(ctx)
  const nowMs = ctx.deps.clock.now()
  // a plan (no ids named) starts its new cards with what recent interviews said to drill
  const suggested = ids.length === 0 && kinds.cards ? await suggestedDrills(ctx, options.problemsDir) : []
  const picked = await pickItems({
    catalog,
    state,
    kinds,
    ids,
    nowMs,
    seed: nowMs,
    suggested,
    ...(count === undefined ? {} : { count }),
    ...(options.pack === undefined ? {} : { pack: options.pack }),
    ...(answers ? { answers } : {}),
    hasEngine: engine !== undefined,
    cardFlags: cardFlags(options),
  })
  if (picked.conflict) throw new UsageError(picked.conflict.message, picked.conflict.hint)
  if (picked.problems.length > 0) {
    if (answers) {
      for (const line of picked.problems) ctx.output.err(`${ctx.output.errTheme.bad('error:')} ${line}`)
      throw new SilentFailure()
    }
    throw new CliError(picked.problems[0]!, { hint: 'see `sysdrill problems list --kind drill` for cards, `sysdrill problems list` for problems' })
  }
  requireTerminal(ctx, options)

  const width = layoutWidth((options.answers === undefined ? ctx.deps.stderr : ctx.deps.stdout).columns)
  const { createRecorder } = await import('./recorder')
  const recorder = createRecorder(ctx, state, engine)
  const loop: LoopContext = { ctx, catalog, recorder, engine, width }
  const finish = (stopped: boolean) => {
    const now = ctx.deps.clock.now()
    if (options.json) ctx.output.json(drillJson(recorder.outcomes, { stopped, due: dueNow(recorder.state(), now), stateFile: drillStatePath(ctx) }))
    else if (recorder.outcomes.length > 0 || !stopped) ctx.output.out(['', ...summaryLines(recorder.outcomes, recorder.state(), now, ctx.output.outTheme)].join('\n'))
  }

  if (picked.scripted.length + picked.live.length === 0) {
    if (options.json) finish(false)
    else ctx.output.out(emptyMessage(picked, ctx.output.outTheme, nowMs))
    return 0
  }
  /** the run is over but the file is behind: say so, with the cause, and fail */
  const unsaved = () => {
    const error = recorder.saveError()
    if (error) throw new CliError(`the drill state could not be saved: ${error.message}`, { hint: 'the results above are complete; fix the cause (disk space, permissions of SYSDRILL_HOME) and drill again to keep a schedule' })
  }
  if (answers) {
    await runScripted(loop, picked.scripted, options.json !== true)
    finish(false)
    unsaved()
    return 0
  }
  const saved = (n: number) => (recorder.saveError() ? `; ${n === 1 ? 'that answer' : 'those answers'} could not be saved` : `; ${n === 1 ? 'that answer is' : 'those answers are'} saved`)
  // Ctrl-C outside a prompt: every finished item is already on disk; just say so
  const unregister = ctx.deps.onInterrupt(() => {
    const done = recorder.outcomes.length
    ctx.output.err(`\nStopped after ${done} of ${picked.live.length}${done === 0 ? '' : saved(done)}.`)
  })
  let stopped: boolean
  try {
    stopped = await runLive(loop, await ctx.deps.prompter(), picked.live)
  } finally {
    unregister()
  }
  finish(stopped)
  if (stopped) {
    const done = recorder.outcomes.length
    ctx.output.err(`\nStopped after ${done} of ${picked.live.length}${done === 0 ? '' : saved(done)}. Run \`sysdrill drill\` to carry on.`)
    throw new CancelledError('')
  }
  unsaved()
  return 0
}
