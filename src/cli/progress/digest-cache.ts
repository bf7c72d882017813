/**
 * Scoring a session (keyword matching over every answer, estimates through the engine) takes
 * tens of milliseconds, and a finished session never changes; so `history` and `stats` keep
 * each digest in $SYSDRILL_HOME/cache/session-digests.json, keyed by what it was computed from:
 * the session's last save, the problem file (size and time) and the sysdrill version. It is a
 * cache: an unreadable file is simply rebuilt, never reported.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import packageJson from '../../../package.json'
import { writeFileAtomic } from '../atomic-write'
import type { CommandContext } from '../context'
import type { SessionRecord } from '../../core/interview/session-types'
import type { SessionDigest } from '../../core/progress/session-digest'

/** bump when SessionDigest or the way it is computed changes */
const CACHE_SCHEMA = 1
const VERSION = `${CACHE_SCHEMA}:${packageJson.version}`

interface CacheFile {
  version: string
  entries: Record<string, { key: string; digest: SessionDigest }>
}

export interface DigestCache {
  get(session: SessionRecord, problemFile: string | undefined): SessionDigest | undefined
  set(session: SessionRecord, problemFile: string | undefined, digest: SessionDigest): void
  /** writes the file if anything changed; drops entries of sessions that no longer exist */
  save(keep: ReadonlySet<string>): void
}

function fileStamp(path: string | undefined): string {
  if (path === undefined) return 'none'
  try {
    const stat = statSync(path)
    return `${stat.size}:${Math.round(stat.mtimeMs)}`
  } catch {
    return 'missing'
  }
}

function read(path: string): CacheFile {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile
    if (data && data.version === VERSION && typeof data.entries === 'object' && data.entries !== null) return data
  } catch {
    // missing or unreadable: start over
  }
  return { version: VERSION, entries: {} }
}

export function openDigestCache(ctx: Pick<CommandContext, 'paths'>): DigestCache {
  const path = join(ctx.paths.dataDir, 'cache', 'session-digests.json')
  const file = read(path)
  let changed = false
  const keyOf = (session: SessionRecord, problemFile: string | undefined) => `${session.updatedAt}|${session.status}|${problemFile ?? ''}|${fileStamp(problemFile)}`
  return {
    get(session, problemFile) {
      const entry = file.entries[session.id]
      return entry && entry.key === keyOf(session, problemFile) ? entry.digest : undefined
    },
    set(session, problemFile, digest) {
      file.entries[session.id] = { key: keyOf(session, problemFile), digest }
      changed = true
    },
    save(keep) {
      for (const id of Object.keys(file.entries)) {
        if (!keep.has(id)) {
          delete file.entries[id]
          changed = true
        }
      }
      if (!changed) return
      try {
        writeFileAtomic(path, JSON.stringify(file))
      } catch {
        // a cache that cannot be written only costs time next run
      }
    },
  }
}
