/**
 * The checks behind `problems validate` (and the check after `problems new`): each file alone,
 * then across the library (duplicate ids; references to problems, drills and packs), then the
 * scale arithmetic with the estimation engine.
 */
import type { CommandContext } from '../../context'
import { checkReferences, duplicateIdDiagnostics, type IdClaim } from '../../../core/problems/catalog-rules'
import type { Diagnostic } from '../../../core/problems/diagnostic'
import type { Positions } from '../../../core/problems/positions'
import type { ProblemKind } from '../../../core/problems/types'
import type { Library } from '../../library'
import type { Progress } from '../../spinner'
import { loadParser } from '../../library/file-entries'
import { readProblemFile } from '../../library/read-file'
import { idFromPath, type ScannedFile } from '../../library/scan'

export interface Target extends ScannedFile {
  /** index of the source folder (library.sources.length for files outside the library) */
  source: number
}

export interface Checked extends Target {
  diagnostics: Diagnostic[]
  value?: unknown
  positions?: Positions
  packIds?: string[]
}

export async function checkFiles(
  ctx: CommandContext,
  library: Library,
  targets: readonly Target[],
  show: (path: string) => string,
  progress?: Progress,
): Promise<Checked[]> {
  const { parsePacks, parseProblem } = await loadParser()
  const checked: Checked[] = []
  for (const [index, target] of targets.entries()) {
    await progress?.update(`checking ${index + 1} of ${targets.length} files: ${show(target.path)}`)
    const read = readProblemFile(target.path)
    if ('diagnostic' in read) {
      checked.push({ ...target, diagnostics: [read.diagnostic] })
    } else if (target.kind === 'packs') {
      const parsed = parsePacks(read.bytes)
      checked.push({ ...target, diagnostics: parsed.diagnostics, ...(parsed.packs ? { packIds: parsed.packs.map((p) => p.id) } : {}) })
    } else {
      const parsed = parseProblem(read.bytes, { expectedId: idFromPath(target.path) })
      checked.push({ ...target, diagnostics: [...parsed.diagnostics], value: parsed.value, positions: parsed.positions })
    }
  }

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

  await recomputeScales(ctx, checked, progress)
  return checked
}

/** Recomputes given and derived quantities with the engine; says so once if it cannot. */
async function recomputeScales(ctx: CommandContext, checked: Checked[], progress?: Progress): Promise<void> {
  const withScale = checked.filter((f) => {
    const scale = (f.value as { scale?: { givens?: unknown[]; derived?: unknown[] } } | undefined)?.scale
    return f.positions !== undefined && ((scale?.givens?.length ?? 0) > 0 || (scale?.derived?.length ?? 0) > 0)
  })
  if (withScale.length === 0) return
  const { computeScale, scaleDiagnostics, tryEngine } = await import('./load-engine')
  const loaded = tryEngine()
  if ('reason' in loaded) {
    ctx.output.err(`${ctx.output.errTheme.warn('warning:')} scale quantities were not recomputed (${loaded.reason})`)
    return
  }
  for (const [index, file] of withScale.entries()) {
    await progress?.update(`recomputing the numbers of ${index + 1} of ${withScale.length} files`)
    const scale = (file.value as { scale: Parameters<typeof computeScale>[0] }).scale
    file.diagnostics.push(...scaleDiagnostics(computeScale(scale, loaded.engine), file.positions!))
  }
}
