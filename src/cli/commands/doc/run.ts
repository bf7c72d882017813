/**
 * `sysdrill doc [problem-id]`: a Markdown design doc for a problem, or filled from an
 * interview session (--session ID, --last). The template is checked before anything else,
 * the numbers come from the estimation engine, and the file is written atomically where
 * resolveTarget allows.
 */
import type { CommandContext } from '../../context'
import { writeFileAtomic } from '../../atomic-write'
import { loadConfig, resolveSetting } from '../../config'
import { CliError, isCliError, UsageError } from '../../errors'
import { latestSession, loadSession, type SessionRecord } from '../../session-store'
import { checkDocTemplate, renderDoc } from '../../../core/docs/render-doc'
import { isTemplateError, type ParsedTemplate } from '../../../core/docs/template-types'
import { getEngine } from '../../../core/estimate/index'
import type { Problem } from '../../../core/problems/types'
import packageJson from '../../../../package.json'
import type { DocOptions } from './define'
import { isoDay } from '../../dates'
import { resolveTarget, shownPath } from './output-target'
import { pickProblem } from './pick-problem'
import { readTemplate, type TemplateFile } from './resolve-template'


function chooseSession(ctx: CommandContext, options: DocOptions): SessionRecord | undefined {
  if (options.session !== undefined && options.last === true) {
    throw new UsageError('--session and --last both name a session; use one', 'sysdrill doc --last, or sysdrill doc --session ID')
  }
  if (options.session !== undefined) return loadSession(ctx, options.session)
  if (options.last !== true) return undefined
  const session = latestSession(ctx)
  if (!session) throw new CliError('there are no interview sessions yet', { hint: 'run `sysdrill interview` first, or name a problem: sysdrill doc <problem-id>' })
  return session
}

async function loadProblem(ctx: CommandContext, problemId: string | undefined, session: SessionRecord | undefined, options: DocOptions): Promise<Problem> {
  if (problemId !== undefined && session !== undefined && problemId !== session.problem.id) {
    throw new UsageError(`session ${session.id} is an interview on '${session.problem.id}', not '${problemId}'`, `drop the problem id: sysdrill doc --session ${session.id}`)
  }
  const { openLibrary } = await import('../../library')
  const library = await openLibrary(ctx, { named: [problemId ?? session?.problem.id], ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }) })
  const id = problemId ?? session?.problem.id ?? (await pickProblem(ctx, library.summaries()))
  const problem = await library.load(id)
  if (problem.kind === 'drill') {
    throw new CliError(`'${id}' is a drill (a concept question); design docs are for design problems`, { hint: 'see `sysdrill problems list --kind design`' })
  }
  return problem
}

/** A template the config file names says so when it fails: the user did not type that name. */
function readConfiguredTemplate(ctx: CommandContext, flag: string | undefined, configured: string | undefined): TemplateFile {
  try {
    return readTemplate(ctx, resolveSetting(flag, configured))
  } catch (error) {
    if (flag !== undefined || configured === undefined || !isCliError(error)) throw error
    const where = shownPath(ctx.paths.configFile, ctx.deps.cwd, ctx.deps.homedir)
    throw new CliError(`${error.message} (doc.template in ${where})`, {
      exitCode: error.exitCode,
      hint: `fix doc.template in ${where}, or override it with --template NAME|PATH`,
    })
  }
}

function checkTemplate(parse: (text: string) => ParsedTemplate, file: { text: string; shown: string }): ParsedTemplate {
  try {
    return parse(file.text)
  } catch (error) {
    if (!isTemplateError(error)) throw error
    throw new CliError(error.format(file.shown), { hint: 'fix the template; `sysdrill doc --placeholders` lists every name it may use' })
  }
}

export async function runDoc(ctx: CommandContext, problemId: string | undefined, options: DocOptions): Promise<number> {
  if (options.placeholders === true) {
    const { describePlaceholders } = await import('./placeholders')
    ctx.output.out(describePlaceholders())
    return 0
  }
  const config = await loadConfig(ctx.paths.configFile, ctx.deps.homedir)
  const templateFile = readConfiguredTemplate(ctx, options.template, config.doc.template)
  const template = checkTemplate(checkDocTemplate, templateFile)

  const session = chooseSession(ctx, options)
  const problem = await loadProblem(ctx, problemId, session, options)
  // Refuse a bad destination before doing the work.
  const target = resolveTarget({
    ...(options.output === undefined ? {} : { output: options.output }),
    force: options.force === true,
    problemId: problem.id,
    cwd: ctx.deps.cwd,
    homedir: ctx.deps.homedir,
    templatePath: templateFile.path,
  })

  const { markdown, warnings } = renderDoc(template, {
    problem,
    engine: getEngine(),
    date: isoDay(ctx.deps.clock.now()),
    generator: `sysdrill ${packageJson.version}`,
    ...(session ? { session, sessionDate: isoDay(Date.parse(session.createdAt)) } : {}),
  })

  const { err, errTheme } = ctx.output
  for (const warning of warnings) err(`${errTheme.warn('warning:')} ${warning}`)
  if (session && session.status !== 'finished') {
    err(`${errTheme.warn('note:')} session ${session.id} is not finished; the doc holds the answers so far (resume it with \`sysdrill interview --resume ${session.id}\`)`)
  }
  if (target.kind === 'stdout') {
    ctx.deps.stdout.write(markdown)
    return 0
  }
  writeFileAtomic(target.path, markdown, { mkdir: false })
  const from = session ? ` from session ${session.id}` : ''
  err(`${target.replaces ? 'overwrote' : 'wrote'} ${target.shown}${from}`)
  const next = session
    ? 'next: under each heading, turn your interview answer and the reference into one design'
    : 'next: replace each italic prompt with your design; GitHub renders the Mermaid diagram'
  err(errTheme.dim(next))
  return 0
}
