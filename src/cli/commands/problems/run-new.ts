/**
 * `sysdrill problems new <id>`: writes a problem scaffold from templates/problem/<kind>.yaml
 * into the user's problems folder (or -o DIR), then validates it like `problems validate`
 * would, so the author starts from a file that passes and only has TODOs to replace.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { writeFileAtomic } from '../../atomic-write'
import type { CommandContext } from '../../context'
import { CliError, describeFsError, UsageError } from '../../errors'
import { closest } from '../../../core/did-you-mean'
import { KEBAB_CASE, toKebab } from '../../../core/problems/file-rules'
import { openLibrary } from '../../library'
import { displayPath } from '../../library/display-path'
import { checkFiles } from './check-files'
import type { NewOptions } from './define'

const KINDS = ['design', 'mini-design', 'drill'] as const
type Kind = (typeof KINDS)[number]

function titleFor(id: string, kind: Kind): string {
  const words = id.replace(/-/g, ' ')
  return kind === 'drill' ? `TODO ${words[0]!.toUpperCase()}${words.slice(1)}` : `TODO Design ${words}`
}

export async function runNew(ctx: CommandContext, id: string, options: NewOptions): Promise<number> {
  const kind = (options.kind ?? 'design').trim().toLowerCase() as Kind
  if (!KINDS.includes(kind)) {
    const match = closest(kind, KINDS)
    throw new UsageError(`--kind: unknown kind '${options.kind}'${match ? ` (did you mean '${match}'?)` : ''}`, `choose one of: ${KINDS.join(', ')}`)
  }
  if (!KEBAB_CASE.test(id)) {
    const suggestion = toKebab(id.split(/[\\/]/).pop() ?? id)
    throw new UsageError(
      `'${id}' is not a valid problem id: use lowercase letters, digits and '-' (it is also the file name)`,
      suggestion ? `for example: sysdrill problems new ${suggestion}` : 'for example: sysdrill problems new photo-sharing',
    )
  }

  const dir = options.output === undefined ? ctx.paths.userProblemsDir : isAbsolute(options.output) ? options.output : resolve(ctx.deps.cwd, options.output)
  const file = join(dir, `${id}.yaml`)
  // the id is kebab-case, so this cannot happen; keep the guard next to the write anyway
  if (relative(dir, file).startsWith('..')) throw new UsageError(`'${id}' would write outside ${dir}`)
  if (existsSync(dir) && !lstatSync(dir).isDirectory()) throw new CliError(`${dir} is a file, not a folder`, { hint: 'name a folder with -o' })
  if (existsSync(file) && options.force !== true) {
    throw new CliError(`${displayPath(file, ctx.deps.cwd, ctx.deps.homedir)} already exists`, { hint: 'add --force to overwrite it, or choose another id' })
  }

  const library = await openLibrary(ctx, { ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }), silent: true })
  const packs = library.packs().map((p) => p.id)
  if (options.pack !== undefined && kind !== 'drill') throw new UsageError('--pack is for drills only', 'add --kind drill, or drop --pack')
  const pack = options.pack ?? packs[0] ?? 'general'
  if (kind === 'drill' && packs.length > 0 && !packs.includes(pack)) {
    const match = closest(pack, packs)
    throw new UsageError(`--pack: no pack named '${pack}'${match ? ` (did you mean '${match}'?)` : ''}`, `packs: ${packs.join(', ')}`)
  }

  const templatePath = join(ctx.paths.templatesDir, 'problem', `${kind}.yaml`)
  let template: string
  try {
    template = readFileSync(templatePath, 'utf8')
  } catch (error) {
    throw describeFsError(error, templatePath, 'read')
  }
  const shown = displayPath(file, ctx.deps.cwd, ctx.deps.homedir)
  const title = options.title?.trim() || titleFor(id, kind)
  if (/[\r\n]/.test(title)) throw new UsageError('--title must be one line', 'titles show in lists and headings; write it without line breaks')
  const values: Record<string, string> = { id, title: JSON.stringify(title), file: shown, pack }
  const text = template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole)
  writeFileAtomic(file, text)

  const theme = ctx.output.errTheme
  const existing = library.find(id)
  if (existing && existing.file !== file) {
    const where = existing.source === 'builtin' ? 'a built-in problem' : `defined in ${displayPath(existing.file, ctx.deps.cwd, ctx.deps.homedir)}`
    ctx.output.err(`${theme.dim('note:')} '${id}' is ${where}; your file will override it`)
  }

  // the scaffold must pass as it is; anything else is a bug in the template
  const [checked] = await checkFiles(ctx, library, [{ path: file, kind: 'problem', source: library.sources.length }], (p) => displayPath(p, ctx.deps.cwd, ctx.deps.homedir))
  const errors = checked!.diagnostics.filter((d) => d.severity === 'error')
  const todos = checked!.diagnostics.find((d) => d.severity === 'warning' && d.message.includes('TODO'))
  const count = todos ? Number(/^(\d+)/.exec(todos.message)?.[1] ?? 0) : 0

  ctx.output.out(shown)
  ctx.output.err(`Created a ${kind} scaffold${errors.length === 0 ? ' (it validates)' : ''}${count > 0 ? ` with ${count} TODO values to replace` : ''}.`)
  for (const error of errors) ctx.output.err(`${theme.bad('error:')} ${shown}:${error.line}:${error.col}: ${error.message}`)
  const inLibrary = options.output === undefined || library.sources.some((s) => resolve(s.dir) === resolve(dir))
  ctx.output.err(
    [
      'Next:',
      `  1. edit it: $EDITOR ${shown}`,
      `  2. check it: sysdrill problems validate ${shown}`,
      inLibrary
        ? `  3. try it: sysdrill problems show ${id}${kind === 'drill' ? '' : `, then sysdrill interview ${id}`}`
        : `  3. use it: add --problems-dir ${displayPath(dir, ctx.deps.cwd, ctx.deps.homedir)} (or set SYSDRILL_PROBLEMS), then sysdrill problems show ${id}`,
    ].join('\n'),
  )
  return errors.length === 0 ? 0 : 1
}
