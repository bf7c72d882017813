/**
 * What the library knows about each file without keeping the file: its summary (or its pack
 * list) and its per-file diagnostics. Entries come from the build-time index or the summary
 * cache when the file is unchanged, and from parsing otherwise; the parser (and yaml with it)
 * is loaded only on a miss, which keeps `problems list` fast.
 */
import type { Diagnostic } from '../../core/problems/diagnostic'
import type { Pack } from '../../core/problems/parse-problem'
import type { ProblemSummary } from '../../core/problems/types'
import { readProblemFile, type FileStamp } from './read-file'
import { idFromPath, type ScannedFile } from './scan'

export interface FileEntry {
  path: string
  kind: 'problem' | 'packs'
  stamp: FileStamp
  summary?: ProblemSummary
  packs?: Pack[]
  /** errors and warnings found in this file alone */
  diagnostics: Diagnostic[]
}

/** Answers from the index or the cache; undefined means "parse it". */
export interface EntryLookup {
  find(file: ScannedFile): FileEntry | undefined
  remember(entry: FileEntry): void
}

type Parser = typeof import('./parser')
let parser: Promise<Parser> | undefined
export const loadParser = (): Promise<Parser> => (parser ??= import('./parser'))

type QuickParser = typeof import('./quick-parser')
let quickParser: Promise<QuickParser> | undefined
const loadQuickParser = (): Promise<QuickParser> => (quickParser ??= import('./quick-parser'))

export async function readEntries(files: readonly ScannedFile[], lookup?: EntryLookup): Promise<FileEntry[]> {
  const out: FileEntry[] = []
  for (const file of files) {
    const known = lookup?.find(file)
    if (known) {
      out.push(known)
      continue
    }
    const entry = await parseEntry(file, { quick: true })
    lookup?.remember(entry)
    out.push(entry)
  }
  return out
}

/**
 * `quick`: try the fast summary first (./quick-parser.ts) and parse in full only when it is not
 * sure; listing a thousand files depends on it. The full parse stays the judge of every file
 * the fast path does not vouch for.
 */
export async function parseEntry(file: ScannedFile, options: { quick?: boolean } = {}): Promise<FileEntry> {
  const read = readProblemFile(file.path)
  if ('diagnostic' in read) return { path: file.path, kind: file.kind, stamp: read.stamp, diagnostics: [read.diagnostic] }
  if (options.quick === true && file.kind === 'problem') {
    const summary = (await loadQuickParser()).quickSummary(read.bytes, idFromPath(file.path))
    if (summary) return { path: file.path, kind: 'problem', stamp: read.stamp, diagnostics: [], summary }
  }
  const { parsePacks, parseProblem, toSummary } = await loadParser()
  if (file.kind === 'packs') {
    const parsed = parsePacks(read.bytes)
    return { path: file.path, kind: 'packs', stamp: read.stamp, diagnostics: parsed.diagnostics, ...(parsed.packs ? { packs: parsed.packs } : {}) }
  }
  const parsed = parseProblem(read.bytes, { expectedId: idFromPath(file.path) })
  return {
    path: file.path,
    kind: 'problem',
    stamp: read.stamp,
    diagnostics: parsed.diagnostics,
    ...(parsed.problem ? { summary: toSummary(parsed.problem) } : {}),
  }
}
