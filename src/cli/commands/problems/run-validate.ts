/**
 * `sysdrill problems validate [paths...]`: every error in every file, as `file:line:col:
 * message`, then `N files, M errors`; exit 1 on any error. The checks are in ./check-files.ts.
 */
import { statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import type { CommandContext } from '../../context'
import { SilentFailure } from '../../errors'
import { byPosition, formatDiagnostic, type Diagnostic } from '../../../core/problems/diagnostic'
import { openLibrary } from '../../library'
import { displayPath } from '../../library/display-path'
import { scanFolder, type ScannedFile } from '../../library/scan'
import { withSpinner } from '../../spinner'
import { checkFiles, type Checked, type Target } from './check-files'
import type { ValidateOptions } from './define'

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

  const checked = await withSpinner(ctx, 'checking problem files', (progress) => checkFiles(ctx, library, targets, show, progress), {
    enabled: options.json !== true,
  })

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
