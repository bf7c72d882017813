/**
 * `sysdrill interview [problem-id]`: checks the flags, picks the problem and the template,
 * plans the budgets, then runs the interview live (terminal) or from --answers, and prints
 * the report (text, or --json) on stdout. --resume continues a saved session.
 */
import type { CommandContext } from '../../context'
import { loadConfig } from '../../config'
import { CliError, UsageError } from '../../errors'
import { openLibrary } from '../../library'
import { latestSession, loadSession, newSessionId } from '../../session-store'
import { planBudgets } from '../../../core/interview/budgets'
import { createSession } from '../../../core/interview/session'
import type { SessionRecord } from '../../../core/interview/session-types'
import type { Problem } from '../../../core/problems/types'
import { loadAnswers } from '../../interview/answers-loader'
import { createEstimateTools, loadEngine } from '../../interview/estimate-tools'
import { runInteractive } from '../../interview/interactive-run'
import { createLiveSession } from '../../interview/live-session'
import { chooseProblem } from '../../interview/picker'
import { printReport } from '../../interview/print-report'
import { runScripted, scriptedClock } from '../../interview/scripted-run'
import { checkFlagsEarly, namingSource, resolveSettings, templateSource } from '../../interview/settings'
import { loadTemplate, type LoadedTemplate } from '../../interview/template-loader'
import type { InterviewOptions } from './define'

export async function runInterview(ctx: CommandContext, problemId: string | undefined, options: InterviewOptions): Promise<number> {
  checkConflicts(problemId, options)
  checkFlagsEarly(ctx, options)
  // a finished session's report needs no terminal, so --resume checks after loading it
  if (options.resume !== undefined) return resume(ctx, options)
  if (options.answers === undefined) requireTerminal(ctx, false)
  const config = await loadConfig(ctx.paths.configFile, ctx.deps.homedir)

  const source = templateSource(ctx, options, config)
  const loaded = await namingSource(source, () => loadTemplate(ctx, source === undefined ? 'default' : String(source.value)))
  const library = await openLibrary(ctx, { named: [problemId], ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }) })
  const problem = await chooseProblem(ctx, library, problemId, { random: options.random === true, randomValue: Math.random() })
  const settings = resolveSettings(ctx, options, config, problem.durationMinutes)
  const plan = planBudgets(loaded.template, settings.minutes, problem.phaseOverrides)
  for (const note of plan.notes) ctx.output.err(`${ctx.output.errTheme.dim('note:')} ${note}`)
  const now = ctx.deps.clock.now()
  const session = createSession({
    id: newSessionId(ctx, problem.id, now),
    problem,
    template: loaded.template,
    ...(loaded.path ? { templatePath: loaded.path } : {}),
    plan,
    mode: settings.mode,
    source: options.answers === undefined ? 'interactive' : 'answers-file',
    nowMs: now,
  })
  const answers = options.answers === undefined ? undefined : await loadAnswers(ctx, options.answers, loaded.template, problem)
  const { engine, error: engineError } = await loadEngine()
  const titles = new Map(library.summaries().map((s) => [s.id, s.title]))

  if (answers) {
    const clock = scriptedClock(now)
    const live = createLiveSession(ctx, session, problem, loaded.template, { now: clock.now })
    runScripted(ctx, live, answers, clock)
    return finishWith(ctx, live.session, problem, engine, engineError, options, clock.now(), titles, live.saveError)
  }
  const live = createLiveSession(ctx, session, problem, loaded.template)
  live.save()
  const outcome = await runInteractive(ctx, live, createEstimateTools(engine, engineError, problem), true)
  if (outcome === 'quit') return 0
  return finishWith(ctx, live.session, problem, engine, engineError, options, ctx.deps.clock.now(), titles, live.saveError)
}

function checkConflicts(problemId: string | undefined, options: InterviewOptions): void {
  if (options.resume !== undefined) {
    const clashing = [
      problemId !== undefined ? `a problem id (${problemId})` : '',
      options.answers !== undefined ? '--answers' : '',
      options.random ? '--random' : '',
      options.minutes !== undefined ? '--minutes' : '',
      options.mode !== undefined ? '--mode' : '',
      options.template !== undefined ? '--template' : '',
    ].filter(Boolean)
    if (clashing.length > 0) {
      throw new UsageError(`--resume continues a saved interview with its own problem and settings; it cannot take ${clashing.join(', ')}`, 'drop them, or start a new interview without --resume')
    }
  }
  if (options.random && problemId !== undefined) throw new UsageError(`--random picks the problem, but you named ${problemId}`, 'use one or the other')
}

function requireTerminal(ctx: CommandContext, resuming: boolean): void {
  if (ctx.interactive) return
  const what = resuming ? 'resuming an interview' : 'a live interview'
  if (!ctx.globals.input) {
    throw new UsageError(`--no-input: ${what} needs a terminal to type in; pass --answers FILE.yaml to run from a file`, 'sysdrill interview <problem-id> --answers answers.yaml --no-input (see sysdrill interview --help)')
  }
  throw new UsageError(`${what} needs a terminal (stdin and stderr are not both terminals); pass --answers FILE.yaml to run from a file`, 'sysdrill interview <problem-id> --answers answers.yaml')
}

async function resume(ctx: CommandContext, options: InterviewOptions): Promise<number> {
  const found = options.resume === true ? latestSession(ctx, { unfinished: true }) : loadSession(ctx, String(options.resume))
  if (!found) throw new CliError('there is no unfinished interview to resume', { hint: 'start one with `sysdrill interview`' })
  if (found.status !== 'finished') requireTerminal(ctx, true)
  const library = await openLibrary(ctx, { named: [found.problem.id], ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }) })
  const problem = await library.load(found.problem.id)
  const { engine, error: engineError } = await loadEngine()
  const titles = new Map(library.summaries().map((s) => [s.id, s.title]))
  if (found.status === 'finished') {
    ctx.output.err(`${ctx.output.errTheme.dim('note:')} session ${found.id} is already finished; here is its report`)
    return finishWith(ctx, found, problem, engine, engineError, options, ctx.deps.clock.now(), titles, undefined)
  }
  let loaded: LoadedTemplate | undefined
  try {
    loaded = await loadTemplate(ctx, found.template.path ?? found.template.id)
  } catch {
    ctx.output.err(`${ctx.output.errTheme.dim('note:')} the template '${found.template.path ?? found.template.id}' cannot be read any more; continuing without its prompts`)
  }
  const live = createLiveSession(ctx, found, problem, loaded?.template)
  const outcome = await runInteractive(ctx, live, createEstimateTools(engine, engineError, problem), false)
  if (outcome === 'quit') return 0
  return finishWith(ctx, live.session, problem, engine, engineError, options, ctx.deps.clock.now(), titles, live.saveError)
}

function finishWith(
  ctx: CommandContext,
  session: SessionRecord,
  problem: Problem,
  engine: Awaited<ReturnType<typeof loadEngine>>['engine'],
  engineError: string | undefined,
  options: InterviewOptions,
  nowMs: number,
  titles: Map<string, string>,
  saveError: string | undefined,
): number {
  printReport(ctx, session, problem, engine, engineError, { json: options.json === true, nowMs, titles })
  if (saveError !== undefined) {
    throw new CliError(`the session could not be saved: ${saveError}`, { hint: 'the report above is complete; fix the problem (disk space, permissions of SYSDRILL_HOME) to keep a copy' })
  }
  return 0
}
