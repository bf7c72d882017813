/**
 * The problem library as every command sees it: built-in problems and drills, then the user's
 * folders (see ./library/sources.ts for the order), with user problems overriding built-in ones
 * of the same id. A broken file never breaks the library: it is left out and reported once as
 * a warning. Summaries come from a build-time index or a cache when files are unchanged, so
 * listing does not parse YAML; load() parses and validates one file in full.
 *
 *   const library = await openLibrary(ctx, { problemsDir: options.problemsDir })
 *   library.summaries()               // every problem and drill, sorted by id
 *   await library.load('url-shortener') // a validated Problem, or a CliError that says why
 */
import type { CommandContext } from './context'
import { CliError } from './errors'
import { buildCatalog, type Catalog } from '../core/problems/catalog'
import { formatDiagnostic, hasErrors } from '../core/problems/diagnostic'
import { closest } from '../core/did-you-mean'
import type { Pack } from '../core/problems/parse-problem'
import type { Problem, ProblemSummary } from '../core/problems/types'
import { displayPath } from './library/display-path'
import { loadParser, readEntries, type FileEntry } from './library/file-entries'
import { openEntryLookup } from './library/entry-cache'
import { readProblemFile } from './library/read-file'
import { idFromPath, scanFolder } from './library/scan'
import { resolveSources, SOURCE_LABELS, type Source, type SourceKind } from './library/sources'

export type { Pack } from '../core/problems/parse-problem'
export type { SourceKind } from './library/sources'

export interface LibraryOptions {
  /** the --problems-dir value (colon-separated folders); replaces SYSDRILL_PROBLEMS */
  problemsDir?: string
  /** do not print the warnings to stderr (`problems validate` reports them its own way) */
  silent?: boolean
  /**
   * Ids the command names and will load(). A broken file for such an id with no valid file
   * to stand in for it is not warned about: load() reports it as the error, once.
   */
  named?: readonly (string | undefined)[]
}

export type LibraryFile = FileEntry & { source: number }

/** A summary plus where it came from. */
export interface LibrarySummary extends ProblemSummary {
  /** absolute path of the file */
  file: string
  source: SourceKind
}

export interface Library {
  /** every problem and drill after overrides, sorted by id */
  summaries(): LibrarySummary[]
  /** the summary for an id, if the library has it */
  find(id: string): LibrarySummary | undefined
  /**
   * The full problem: validated, lists defaulted to []. An unknown id is a CliError (exit 1)
   * with a did-you-mean and the hint `sysdrill problems list`; an invalid file is a CliError
   * naming file:line:col and `sysdrill problems validate <file>`.
   */
  load(id: string): Promise<Problem>
  /** drill packs from every packs.yaml, in order (built-in first) */
  packs(): Pack[]
  /**
   * Broken files, overrides and duplicates, one line each. openLibrary has already printed
   * them to stderr (unless `silent`), so callers must not print them again.
   */
  warnings: string[]
  /** the folders searched, lowest precedence first */
  sources: Source[]
  /** every file seen, with its per-file diagnostics and its source's index in `sources` */
  files: LibraryFile[]
}

export async function openLibrary(ctx: CommandContext, options: LibraryOptions = {}): Promise<Library> {
  const resolved = await resolveSources(ctx, options.problemsDir)
  const lookup = openEntryLookup(ctx)
  const files: LibraryFile[] = []
  for (const [index, source] of resolved.sources.entries()) {
    const entries = await readEntries(scanFolder(source.dir), lookup)
    files.push(...entries.map((entry) => ({ ...entry, source: index })))
  }
  lookup.save()

  const catalog: Catalog<LibrarySummary> = buildCatalog(
    files
      .filter((entry) => entry.summary !== undefined)
      .map((entry) => ({
        summary: { ...entry.summary!, file: entry.path, source: resolved.sources[entry.source]!.kind },
        file: entry.path,
        source: entry.source,
      })),
  )
  const show = (path: string) => displayPath(path, ctx.deps.cwd, ctx.deps.homedir)
  const warnings = [...resolved.warnings]
  const reportedByLoad = new Set((options.named ?? []).flatMap((id) => (id === undefined ? [] : [brokenFileFor(id, catalog, files)])))
  for (const entry of files) {
    if (reportedByLoad.has(entry.path)) continue
    const first = entry.diagnostics.find((d) => d.severity === 'error')
    if (!first) continue
    const more = entry.diagnostics.filter((d) => d.severity === 'error').length - 1
    warnings.push(
      `skipped ${formatDiagnostic(show(entry.path), first)}${more > 0 ? ` (and ${more} more)` : ''}; see \`sysdrill problems validate ${show(entry.path)}\``,
    )
  }

  for (const { id, winner, replaced } of catalog.overrides) {
    const what = replaced.summary.source === 'builtin' ? `the built-in problem '${id}'` : `'${id}' from ${show(replaced.file)}`
    warnings.push(`note: ${show(winner.file)} overrides ${what}`)
  }
  for (const { id, files: group } of catalog.duplicates) {
    warnings.push(`${group.length} files in ${SOURCE_LABELS[resolved.sources[group[0]!.source]!.kind]} define '${id}': ${group.map((f) => show(f.file)).join(', ')}; using the first`)
  }
  if (options.silent !== true) {
    for (const line of warnings) ctx.output.err(line.startsWith('note: ') ? `${ctx.output.errTheme.dim('note:')}${line.slice(5)}` : `${ctx.output.errTheme.warn('warning:')} ${line}`)
  }

  const sorted = [...catalog.byId.values()].map((f) => f.summary).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const packs = files.flatMap((entry) => entry.packs ?? [])

  return {
    summaries: () => sorted,
    find: (id) => catalog.byId.get(id)?.summary,
    load: (id) => loadProblem(id, catalog, files, show),
    packs: () => packs,
    warnings,
    sources: resolved.sources,
    files,
  }
}

/** An id with no valid file may still have a broken one: load() says what is wrong with it. */
function brokenFileFor(id: string, catalog: Catalog<LibrarySummary>, files: FileEntry[]): string | undefined {
  if (catalog.byId.has(id)) return undefined
  return files.find((entry) => entry.kind === 'problem' && !entry.summary && idFromPath(entry.path) === id)?.path
}

async function loadProblem(id: string, catalog: Catalog<LibrarySummary>, files: FileEntry[], show: (path: string) => string): Promise<Problem> {
  const path = catalog.byId.get(id)?.file ?? brokenFileFor(id, catalog, files)
  if (path === undefined) {
    const ids = [...catalog.byId.keys()]
    const match = closest(id, ids) ?? ids.find((candidate) => id.length >= 3 && candidate.includes(id))
    throw new CliError(`no problem or drill named '${id}'${match === undefined ? '' : ` (did you mean '${match}'?)`}`, {
      hint: 'see `sysdrill problems list` (drills: `sysdrill problems list --kind drill`)',
    })
  }
  const read = readProblemFile(path)
  const invalid = (line: string) =>
    new CliError(`${line}`, { hint: `fix the file, then check it with \`sysdrill problems validate ${show(path)}\`` })
  if ('diagnostic' in read) throw invalid(formatDiagnostic(show(path), read.diagnostic))
  const { parseProblem } = await loadParser()
  const parsed = parseProblem(read.bytes, { expectedId: idFromPath(path) })
  if (!parsed.problem || hasErrors(parsed.diagnostics)) {
    const first = parsed.diagnostics.find((d) => d.severity === 'error')!
    const more = parsed.diagnostics.filter((d) => d.severity === 'error').length - 1
    throw invalid(`${formatDiagnostic(show(path), first)}${more > 0 ? ` (and ${more} more)` : ''}`)
  }
  return parsed.problem
}
