/**
 * Every saved interview as a digest for `history` and `stats`: each session is scored with its
 * problem and the engine exactly as the interview's report scores it. Problems are loaded once
 * each, and only for sessions the digest cache does not already hold; a session whose problem
 * is gone still shows its times, with a note. Time running in a session that was never closed
 * (a crash) stops at its last save.
 */
import type { CommandContext } from '../context'
import { isCliError } from '../errors'
import type { Engine } from '../../core/estimate/types'
import { loadEngine } from '../interview/estimate-tools'
import { openLibrary, type Library } from '../library'
import { listSessions } from '../session-store'
import { withSpinner, type Progress } from '../spinner'
import { buildReport } from '../../core/interview/report'
import type { SessionRecord } from '../../core/interview/session-types'
import { digestSession, type SessionDigest } from '../../core/progress/session-digest'
import type { Problem } from '../../core/problems/types'
import { openDigestCache } from './digest-cache'

export interface LoadedDigests {
  digests: SessionDigest[]
  library: Library
  /** why estimates were not graded, when the engine failed to load */
  engineError?: string
}

export async function loadDigests(
  ctx: CommandContext,
  options: { problemsDir?: string; filter?: (s: SessionRecord) => boolean; json?: boolean },
): Promise<LoadedDigests> {
  // the first run over a long history scores every session: worth a spinner on a terminal
  return withSpinner(ctx, 'scoring past interviews', (progress) => scoreSessions(ctx, options, progress), { enabled: options.json !== true })
}

async function scoreSessions(
  ctx: CommandContext,
  options: { problemsDir?: string; filter?: (s: SessionRecord) => boolean },
  progress: Progress,
): Promise<LoadedDigests> {
  const sessions = listSessions(ctx).filter(options.filter ?? (() => true))
  const library = await openLibrary(ctx, { silent: true, ...(options.problemsDir === undefined ? {} : { problemsDir: options.problemsDir }) })
  if (sessions.length === 0) return { digests: [], library }
  const cache = openDigestCache(ctx)
  let engineLoad: { engine?: Engine; error?: string } | undefined
  const problems = new Map<string, Problem | string>()
  const problemFor = async (id: string): Promise<Problem | string> => {
    const cached = problems.get(id)
    if (cached !== undefined) return cached
    let loaded: Problem | string
    try {
      loaded = await library.load(id)
    } catch (error) {
      if (!isCliError(error)) throw error
      loaded = library.find(id) === undefined ? `the problem '${id}' is no longer in the library` : `the problem '${id}' does not load (${error.message})`
    }
    problems.set(id, loaded)
    return loaded
  }
  const digests: SessionDigest[] = []
  for (const [index, session] of sessions.entries()) {
    await progress.update(`scoring past interviews: ${index + 1} of ${sessions.length}`)
    const problemFile = library.find(session.problem.id)?.file
    const cached = cache.get(session, problemFile)
    if (cached) {
      digests.push(cached)
      continue
    }
    const problem = await problemFor(session.problem.id)
    if (typeof problem === 'string') {
      digests.push(digestSession(session, { graded: false, tags: [], note: `not scored: ${problem}` }))
      continue
    }
    engineLoad ??= await loadEngine()
    const { engine } = engineLoad
    const report = buildReport(session, problem, engine, Date.parse(session.updatedAt))
    const digest = digestSession(session, { report, graded: engine !== undefined, tags: problem.tags })
    if (engine) cache.set(session, problemFile, digest)
    digests.push(digest)
  }
  cache.save(new Set(sessions.map((s) => s.id)))
  const engineError = engineLoad?.error
  digests.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1))
  return { digests, library, ...(engineError === undefined ? {} : { engineError }) }
}
