/**
 * `sysdrill problems list`: the library as a table (or JSON), filtered by tag, difficulty and
 * kind. Designs are listed by default; drills have their own listing (`--kind drill`, grouped
 * by pack) and a footer line says how many there are, so the default table stays short.
 */
import type { CommandContext } from '../../context'
import { UsageError } from '../../errors'
import { closest } from '../../../core/did-you-mean'
import { openLibrary, type Library, type LibrarySummary } from '../../library'
import type { ListOptions } from './define'
import { renderTable, truncateList, type Column } from '../../table'
import { columnsOf } from '../../text-layout'

const KINDS = ['design', 'mini-design', 'drill', 'all'] as const
const DIFFICULTIES = ['easy', 'medium', 'hard'] as const

function pick<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  const normal = value.trim().toLowerCase()
  if ((allowed as readonly string[]).includes(normal)) return normal as T
  const match = closest(normal, allowed)
  throw new UsageError(`${flag}: unknown value '${value}'${match ? ` (did you mean '${match}'?)` : ''}`, `choose one of: ${allowed.join(', ')}`)
}

export interface ListFilters {
  tags: string[]
  difficulty?: (typeof DIFFICULTIES)[number]
  kind?: (typeof KINDS)[number]
}

export function parseFilters(options: ListOptions, library: Library): ListFilters {
  const tags = (options.tag ?? []).flatMap((t) => t.split(',')) // --tag a,b is --tag a --tag b
  const filters: ListFilters = { tags: tags.map((t) => t.trim().toLowerCase()).filter((t) => t !== '') }
  const difficulty = pick('--difficulty', options.difficulty, DIFFICULTIES)
  const kind = pick('--kind', options.kind, KINDS)
  if (difficulty) filters.difficulty = difficulty
  if (kind) filters.kind = kind
  const known = new Set(library.summaries().flatMap((s) => s.tags.map((t) => t.toLowerCase())))
  for (const tag of filters.tags) {
    if (known.has(tag)) continue
    const match = closest(tag, known)
    const all = [...known].sort()
    // 'geo' finds geohash and geospatial: a word inside a tag says more than the first 40 tags
    const near = all.filter((t) => t.includes(tag))
    throw new UsageError(
      `--tag: no problem is tagged '${tag}'${match ? ` (did you mean '${match}'?)` : ''}`,
      near.length > 0
        ? `tags with '${tag}' in them: ${near.slice(0, 12).join(', ')}${near.length > 12 ? `, … (${near.length} in all)` : ''}`
        : `known tags: ${all.slice(0, 40).join(', ')}${all.length > 40 ? `, … (${all.length} in all)` : ''}`,
    )
  }
  return filters
}

export function matches(summary: LibrarySummary, filters: ListFilters, kinds: readonly string[]): boolean {
  if (!kinds.includes(summary.kind)) return false
  if (filters.difficulty && summary.difficulty !== filters.difficulty) return false
  const tags = summary.tags.map((t) => t.toLowerCase())
  return filters.tags.every((tag) => tags.includes(tag))
}

export async function runList(ctx: CommandContext, options: ListOptions): Promise<number> {
  const library = await openLibrary(ctx, options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir })
  const filters = parseFilters(options, library)
  const kinds = filters.kind === undefined ? ['design', 'mini-design'] : filters.kind === 'all' ? ['design', 'mini-design', 'drill'] : [filters.kind]
  const packOrder = new Map(library.packs().map((pack, index) => [pack.id, index]))
  const shown = library
    .summaries()
    .filter((s) => matches(s, filters, kinds))
    .sort((a, b) => {
      const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0
      // everything together reads best by id alone (mixing in the pack order scrambles it)
      if (filters.kind === 'all') return byId
      // drills read best grouped by pack, in the packs' own order
      if (a.kind === 'drill' && b.kind === 'drill') {
        const byPack = (packOrder.get(a.pack ?? '') ?? 999) - (packOrder.get(b.pack ?? '') ?? 999)
        if (byPack !== 0) return byPack
      }
      return a.kind === b.kind ? byId : a.kind < b.kind ? -1 : 1
    })

  if (options.json === true) {
    ctx.output.json(
      shown.map((s) => ({
        id: s.id,
        title: s.title,
        kind: s.kind,
        difficulty: s.difficulty,
        tags: s.tags,
        durationMinutes: s.durationMinutes,
        summary: s.summary,
        ...(s.pack === undefined ? {} : { pack: s.pack }),
        source: s.source,
        file: s.file,
      })),
    )
    return 0
  }

  const hiddenDrills = filters.kind === undefined ? library.summaries().filter((s) => matches(s, filters, ['drill'])) : []
  if (shown.length === 0) {
    ctx.output.err(`No problems match${describeFilters(filters)}.`)
  } else {
    printTable(ctx, shown, shown.every((s) => s.kind === 'drill'))
  }
  if (hiddenDrills.length > 0) {
    const packs = new Set(hiddenDrills.map((d) => d.pack)).size
    const filtered = filters.tags.length > 0 || filters.difficulty !== undefined
    ctx.output.err(
      ctx.output.errTheme.dim(
        `${hiddenDrills.length} ${filtered ? 'matching ' : ''}drill${hiddenDrills.length === 1 ? '' : 's'} in ${packs} pack${packs === 1 ? '' : 's'} not shown: add --kind drill (or --kind all)`,
      ),
    )
  }
  return 0
}

function describeFilters(filters: ListFilters): string {
  const parts = [
    ...filters.tags.map((t) => `--tag ${t}`),
    ...(filters.difficulty ? [`--difficulty ${filters.difficulty}`] : []),
    ...(filters.kind ? [`--kind ${filters.kind}`] : []),
  ]
  return parts.length === 0 ? '' : ` ${parts.join(' ')}`
}

function printTable(ctx: CommandContext, shown: LibrarySummary[], drills: boolean): void {
  const theme = ctx.output.outTheme
  const difficultyStyle = (text: string) => (text === 'easy' ? theme.good(text) : text === 'hard' ? theme.bad(text) : theme.warn(text))
  const columns: Column[] = [
    { header: 'ID', style: (t) => theme.accent(t) },
    // past a comfortable width the tags give way first (cut at a whole tag), then the title
    { header: 'TITLE', flex: true, comfortable: 40, min: 16 },
    drills ? { header: 'PACK' } : { header: 'KIND' },
    { header: 'LEVEL', style: difficultyStyle },
    { header: 'MIN', align: 'right', optional: true },
    { header: 'TAGS', flex: true, cut: truncateList, comfortable: 20, min: 16, optional: true, style: (t) => theme.dim(t) },
  ]
  const rows = shown.map((s) => [
    s.id,
    s.title,
    drills ? (s.pack ?? '') : s.kind + (s.source === 'builtin' ? '' : '*'),
    s.difficulty,
    String(s.durationMinutes),
    s.tags.join(', '),
  ])
  const stdout = ctx.output.stdout
  const envColumns = Number(ctx.deps.env.COLUMNS)
  const maxWidth = stdout.isTTY === true ? (columnsOf(stdout) ?? 80) : Number.isFinite(envColumns) && envColumns > 0 ? envColumns : undefined
  const lines = renderTable(columns, rows, { ...(maxWidth === undefined ? {} : { maxWidth }), headerStyle: (t) => theme.bold(t) })
  ctx.output.out(lines.join('\n'))
  if (shown.some((s) => s.source !== 'builtin')) ctx.output.err(ctx.output.errTheme.dim('* from your own problem folders'))
}
