/**
 * `sysdrill problems validate [paths...]`: every error in every file, as `file:line:col:
 * message`, then `N files, M errors`; exit 1 on any error. Checks each file alone (syntax,
 * schema, ids), then across the library (duplicate ids, references to problems, drills and
 * packs), then recomputes every scale quantity with the estimation engine.
 */
import { statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import type { CommandContext } from '../../context'
import { SilentFailure } from '../../errors'
import { checkReferences, duplicateIdDiagnostics, type IdClaim } from '../../../core/problems/catalog-rules'
import { byPosition, formatDiagnostic, type Diagnostic } from '../../../core/problems/diagnostic'
import type { ProblemKind } from '../../../core/problems/types'
import { openLibrary } from '../../library'
import { displayPath } from '../../library/display-path'
import { loadParser } from '../../library/file-entries'
import { readProblemFile } from '../../library/read-file'
import { idFromPath, scanFolder, type ScannedFile } from '../../library/scan'
import type { ValidateOptions } from './define'

interface Target extends ScannedFile {
  source: number
}

interface Checked extends Target {
  diagnostics: Diagnostic[]
  value?: unknown
  positions?: import('../../../core/problems/positions').Positions
  packIds?: string[]
}

export async function runValidate(ctx: CommandContext, paths: string[], options: ValidateOptions): Promise<number> {
  const library = await openLibrary(ctx, { ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }), silent: true })
  const show = (path: string) => displayPath(path, ctx.deps.cwd, ctx.deps.homedir)
  const librarySource = new Map(library.files.map((f) => [f.path, f.source]))
  const outside = library.sources.length // explicit files outside the library count as one more source

  const missing: Checked[] = []
  const targets: Target[] = []
  if (paths.length === 0) targets.push(...library.files.map(({ path, kind, source }) => ({ path, kind, source })))
  for (const raw of paths) {
    const path = isAbsolute(raw) ? raw : resolve(ctx.deps.cwd, raw)
    let isDir = false
    try {
      isDir = statSync(path).isDirectory()
    } catch {
      missing.push({ path, kind: 'problem', source: outside, diagnostics: [{ line: 1, col: 1, severity: 'error', message: 'no such file or folder' }] })
      continue
    }
    const files: ScannedFile[] = isDir ? scanFolder(path) : [{ path, kind: /^packs\.ya?ml$/i.test(path.split(/[\\/]/).pop() ?? '') ? 'packs' : 'problem' }]
    if (isDir && files.length === 0) ctx.output.err(`${ctx.output.errTheme.warn('warning:')} ${show(path)} holds no .yaml files`)
    for (const file of files) if (!targets.some((t) => t.path === file.path)) targets.push({ ...file, source: librarySource.get(file.path) ?? outside })
  }

  const { parsePacks, parseProblem } = await loadParser()
  const checked: Checked[] = targets.map((target) => {
    const read = readProblemFile(target.path)
    if ('diagnostic' in read) return { ...target, diagnostics: [read.diagnostic] }
    if (target.kind === 'packs') {
      const parsed = parsePacks(read.bytes)
      return { ...target, diagnostics: parsed.diagnostics, ...(parsed.packs ? { packIds: parsed.packs.map((p) => p.id) } : {}) }
    }
    const parsed = parseProblem(read.bytes, { expectedId: idFromPath(target.path) })
    return { ...target, diagnostics: [...parsed.diagnostics], value: parsed.value, positions: parsed.positions }
  })

  // what references may name: the whole library, with the files being checked taking precedence
  const kinds = new Map<string, ProblemKind>(library.summaries().map((s) => [s.id, s.kind]))
  const packs = new Set(library.packs().map((p) => p.id))
  let havePacks = library.files.some((f) => f.kind === 'packs')
  for (const file of checked) {
    const value = file.value as { id?: unknown; kind?: unknown } | undefined
    if (typeof value?.id === 'string' && (value.kind === 'design' || value.kind === 'mini-design' || value.kind === 'drill')) kinds.set(value.id, value.kind)
    if (file.kind === 'packs') havePacks = true
    for (const id of file.packIds ?? []) packs.add(id)
  }
  const universe = { kinds, packs: havePacks ? packs : undefined }

  const claims: IdClaim[] = []
  for (const file of checked) {
    if (!file.positions || file.value === undefined) continue
    file.diagnostics.push(...checkReferences(file.value, file.positions, universe))
    const id = (file.value as { id?: unknown }).id
    if (typeof id === 'string') claims.push({ id, file: file.path, source: file.source, positions: file.positions })
  }
  for (const [path, list] of duplicateIdDiagnostics(claims, show)) checked.find((f) => f.path === path)?.diagnostics.push(...list)

  await recomputeScales(ctx, checked)

  const all = [...missing, ...checked]
  let errors = 0
  let warnings = 0
  const report: Array<Diagnostic & { file: string }> = []
  for (const file of all) {
    for (const d of file.diagnostics.sort(byPosition)) {
      if (d.severity === 'error') errors += 1
      else warnings += 1
      report.push({ file: show(file.path), ...d })
    }
  }
  const problems = checked.filter((f) => f.kind === 'problem').length
  if (options.json === true) {
    ctx.output.json({ ok: errors === 0, files: all.length, problems, errors, warnings, diagnostics: report })
  } else {
    const theme = ctx.output.outTheme
    for (const d of report) {
      const line = formatDiagnostic(d.file, d)
      const at = line.indexOf(': ')
      ctx.output.out(`${theme.bold(line.slice(0, at + 1))}${d.severity === 'warning' ? ` ${theme.warn('warning:')}${line.slice(at + 10)}` : line.slice(at + 1)}`)
    }
    const counts = `${all.length} file${all.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`
    if (report.length > 0) ctx.output.out('')
    ctx.output.out(errors === 0 ? `${theme.good('✓')} ${counts}` : `${theme.bad('✗')} ${counts}`)
  }
  if (errors > 0) throw new SilentFailure()
  return 0
}

/** Recomputes given and derived quantities with the engine; says so once if it cannot. */
async function recomputeScales(ctx: CommandContext, checked: Checked[]): Promise<void> {
  const withScale = checked.filter((f) => {
    const scale = (f.value as { scale?: { givens?: unknown[]; derived?: unknown[] } } | undefined)?.scale
    return f.positions !== undefined && ((scale?.givens?.length ?? 0) > 0 || (scale?.derived?.length ?? 0) > 0)
  })
  if (withScale.length === 0) return
  const { tryEngine } = await import('./load-engine')
  const loaded = tryEngine()
  if ('reason' in loaded) {
    ctx.output.err(`${ctx.output.errTheme.warn('warning:')} scale quantities were not recomputed (${loaded.reason})`)
    return
  }
  const { computeScale, scaleDiagnostics } = await import('../../../core/problems/scale')
  for (const file of withScale) {
    const scale = (file.value as { scale: Parameters<typeof computeScale>[0] }).scale
    file.diagnostics.push(...scaleDiagnostics(computeScale(scale, loaded.engine), file.positions!))
  }
}
