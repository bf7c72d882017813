/**
 * Skips parsing unchanged problem files. Two stores answer, in order:
 *  1. dist/library-index.json, written by the build for the built-in library (see
 *     ./build-index.ts): a hit when the file's size and mtime match, or, when only the mtime
 *     differs (an npm tarball resets mtimes), when its SHA-1 matches;
 *  2. $SYSDRILL_HOME/cache/library.json, for every other file: a hit when path, size and
 *     mtime match. It is tied to the build that wrote it, so a new validator starts afresh.
 * Anything else is parsed and remembered. A missing, corrupt or unwritable cache only costs time.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import type { CommandContext } from '../context'
import { writeFileAtomic } from '../atomic-write'
import type { EntryLookup, FileEntry } from './file-entries'
import { statFile, type FileStamp } from './read-file'
import type { ScannedFile } from './scan'

export const INDEX_FORMAT = 1
const CACHE_FORMAT = 1
/** beyond this, entries not used in this run are dropped */
const MAX_CACHE_ENTRIES = 5_000

export type StoredEntry = Omit<FileEntry, 'path' | 'stamp'>

export interface LibraryIndex {
  format: number
  buildId: string
  /** paths relative to the package root */
  files: Record<string, FileStamp & { sha1: string; entry: StoredEntry }>
}

interface CacheFile {
  format: number
  validator: string
  files: Record<string, FileStamp & { entry: StoredEntry }>
}

export function indexPath(packageRoot: string): string {
  return join(packageRoot, 'dist', 'library-index.json')
}

export function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch {
    return undefined
  }
}

export interface EntryCache extends EntryLookup {
  /** write the cache if this run added to it */
  save(): void
}

export function openEntryLookup(ctx: CommandContext): EntryCache {
  const root = ctx.paths.packageRoot
  const index = readJson<LibraryIndex>(indexPath(root))
  const validIndex = index?.format === INDEX_FORMAT && typeof index.files === 'object' ? index : undefined
  const validator = validIndex?.buildId ?? 'unbuilt'
  const cachePath = join(ctx.paths.dataDir, 'cache', 'library.json')
  // read only when the index cannot answer: the built-in library alone never needs it
  let loaded: CacheFile | undefined
  const cache = (): CacheFile => {
    if (loaded) return loaded
    const stored = readJson<CacheFile>(cachePath)
    loaded =
      stored?.format === CACHE_FORMAT && stored.validator === validator && typeof stored.files === 'object'
        ? stored
        : { format: CACHE_FORMAT, validator, files: {} }
    return loaded
  }
  const used = new Set<string>()
  let dirty = false

  const remember = (entry: FileEntry) => {
    const { path, stamp, ...rest } = entry
    cache().files[path] = { ...stamp, entry: rest }
    used.add(path)
    dirty = true
  }

  return {
    find(file: ScannedFile): FileEntry | undefined {
      const stamp = statFile(file.path)
      if ('error' in stamp) return undefined
      const same = (known: FileStamp) => known.size === stamp.size && known.mtimeMs === stamp.mtimeMs
      const rel = relative(root, file.path)
      const indexed = validIndex && !rel.startsWith('..') && !isAbsolute(rel) ? validIndex.files[rel.split('\\').join('/')] : undefined
      if (indexed && same(indexed)) return { ...indexed.entry, path: file.path, stamp }
      const cached = cache().files[file.path]
      if (cached && same(cached)) {
        used.add(file.path)
        return { ...cached.entry, path: file.path, stamp }
      }
      if (indexed && indexed.size === stamp.size) {
        try {
          if (sha1(readFileSync(file.path)) === indexed.sha1) {
            const entry = { ...indexed.entry, path: file.path, stamp }
            remember(entry)
            return entry
          }
        } catch {
          return undefined
        }
      }
      return undefined
    },
    remember,
    save() {
      if (!dirty || !loaded) return
      const files = loaded.files
      const paths = Object.keys(files)
      if (paths.length > MAX_CACHE_ENTRIES) {
        for (const path of paths) if (!used.has(path)) delete files[path]
      }
      try {
        writeFileAtomic(cachePath, JSON.stringify(loaded))
      } catch {
        // a read-only or full data folder only makes the next run slower
      }
    },
  }
}
