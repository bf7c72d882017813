/**
 * Interview sessions on disk: $SYSDRILL_HOME/sessions/<id>.json, one JSON file per session,
 * written atomically after every answer and phase change. A file that cannot be read as a
 * session is reported, renamed to <id>.json.corrupt-<time> so nothing is lost, and skipped.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import { timeStamp } from './dates'
import { moveAside, readJsonFile } from './json-file'
import type { CommandContext } from './context'
import { CliError, describeFsError } from './errors'
import { parseSessionRecord } from '../core/interview/session-parse'
import type { SessionRecord } from '../core/interview/session-types'

export type { SessionRecord } from '../core/interview/session-types'

/** Session files larger than this are not ours (a long interview is ~100 KB). */
const MAX_SESSION_BYTES = 8 * 1024 * 1024

type StoreContext = Pick<CommandContext, 'paths' | 'output' | 'deps'>

export function sessionsDir(ctx: Pick<CommandContext, 'paths'>): string {
  return join(ctx.paths.dataDir, 'sessions')
}

export function sessionPath(ctx: Pick<CommandContext, 'paths'>, id: string): string {
  return join(sessionsDir(ctx), `${id}.json`)
}

/** Writes the session atomically (temp file, fsync, rename), readable by its owner only: it holds their notes. */
export function saveSession(ctx: Pick<CommandContext, 'paths'>, session: SessionRecord): void {
  writeFileAtomic(sessionPath(ctx, session.id), `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 })
}


/** A new id: <local date-time>-<problem id>, with -2, -3 ... if that file already exists. */
export function newSessionId(ctx: Pick<CommandContext, 'paths'>, problemId: string, nowMs: number): string {
  const base = `${timeStamp(nowMs)}-${problemId}`
  let id = base
  for (let n = 2; existsSync(sessionPath(ctx, id)); n += 1) id = `${base}-${n}`
  return id
}

type ReadResult = { ok: true; session: SessionRecord } | { ok: false; reason: string }

function readSessionFile(path: string): ReadResult {
  const read = readJsonFile(path, MAX_SESSION_BYTES, 'a session') ?? { ok: false, reason: 'no such file' }
  return read.ok ? parseSessionRecord(read.data) : read
}

/** Renames a bad file out of the way and returns where it went. */
function moveSessionAside(ctx: StoreContext, path: string): string {
  return moveAside(path, timeStamp(ctx.deps.clock.now()))
}

function corruptMessage(id: string, reason: string, movedTo: string): string {
  return `session ${id} is unreadable (${reason}); kept it as ${movedTo}`
}

/** Removes temp files left by a save that was killed half-way (their process is gone). */
function sweepStaleTempFiles(dir: string, names: string[]): void {
  for (const name of names) {
    const match = /^\..+\.json\.(\d+)\.\d+\.tmp$/.exec(name)
    if (!match) continue
    const pid = Number(match[1])
    if (pid === process.pid || processAlive(pid)) continue
    rmSync(join(dir, name), { force: true })
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'
  }
}

/**
 * Every readable session, the most recently started first. Unreadable files are moved aside and
 * reported on stderr (one line each), then skipped.
 */
export function listSessions(ctx: StoreContext): SessionRecord[] {
  const dir = sessionsDir(ctx)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return []
    throw describeFsError(error, dir, 'read')
  }
  sweepStaleTempFiles(dir, names)
  const sessions: SessionRecord[] = []
  for (const name of names) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue
    const path = join(dir, name)
    const id = name.slice(0, -'.json'.length)
    const result = readSessionFile(path)
    if (result.ok) {
      sessions.push(result.session)
    } else {
      const movedTo = moveSessionAside(ctx, path)
      ctx.output.err(`${ctx.output.errTheme.warn('warning:')} ${corruptMessage(id, result.reason, movedTo)}`)
    }
  }
  // newest first by when each interview started: an --answers run with `minutes:` stamps its
  // last save minutes ahead, so the time of the last save would put an older run first
  return sessions.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1))
}

/**
 * One session by id, or by a unique prefix of its id. Unknown: exit 1 with the hint to list
 * them; unreadable: moved aside and reported, exit 1.
 */
export function loadSession(ctx: StoreContext, id: string): SessionRecord {
  if (id === '' || /[/\\]/.test(id) || id.startsWith('.')) {
    throw new CliError(`'${id}' is not a session id`, { exitCode: 2, hint: `session ids look like 20261121-090512-url-shortener; they are the file names in ${sessionsDir(ctx)}` })
  }
  const exact = sessionPath(ctx, id)
  if (existsSync(exact)) {
    const result = readSessionFile(exact)
    if (result.ok) return result.session
    const movedTo = moveSessionAside(ctx, exact)
    throw new CliError(corruptMessage(id, result.reason, movedTo), {
      hint: 'the file is kept for inspection; start a new interview with `sysdrill interview`',
    })
  }
  const matches = listSessions(ctx).filter((s) => s.id.startsWith(id))
  if (matches.length === 1) return matches[0]!
  if (matches.length > 1) {
    throw new CliError(`'${id}' matches ${matches.length} sessions: ${matches.slice(0, 4).map((s) => s.id).join(', ')}${matches.length > 4 ? ', ...' : ''}`, {
      exitCode: 2,
      hint: 'give more of the id',
    })
  }
  throw new CliError(`no session '${id}'`, { hint: `sessions are the files in ${sessionsDir(ctx)}; \`sysdrill interview --resume\` picks the latest unfinished one` })
}

/** The most recently started session (optionally only unfinished ones), or undefined. */
export function latestSession(ctx: StoreContext, options: { unfinished?: boolean } = {}): SessionRecord | undefined {
  return listSessions(ctx).find((s) => !options.unfinished || s.status !== 'finished')
}
