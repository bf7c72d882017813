/**
 * The drills recent interviews suggested, so `sysdrill drill` starts its new cards where the
 * last reports said the gaps are. Sessions are scored as `stats` scores them (through the digest
 * cache, so usually without rescoring); a history that cannot be read suggests nothing rather
 * than stopping the drill.
 */
import type { CommandContext } from '../../context'
import { isCliError } from '../../errors'

/** How many of the latest finished interviews count. */
const RECENT_INTERVIEWS = 3

export async function suggestedDrills(ctx: CommandContext, problemsDir: string | undefined): Promise<string[]> {
  try {
    const { loadDigests } = await import('../../progress/load-digests')
    const { digests } = await loadDigests(ctx, { filter: (s) => s.status === 'finished', ...(problemsDir === undefined ? {} : { problemsDir }) })
    const latest = [...digests].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)).slice(0, RECENT_INTERVIEWS)
    return latest.flatMap((d) => d.drillNext)
  } catch (error) {
    if (isCliError(error)) return []
    throw error
  }
}
