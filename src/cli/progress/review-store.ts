/**
 * The drill state file, $SYSDRILL_HOME/drill-state.json: read once per run, written atomically
 * after every answered card or quiz. A file that cannot be read is reported, renamed to
 * drill-state.json.corrupt-<time> (never silently reset) and replaced by a fresh state; a file
 * from a newer sysdrill stops the command instead, so it is never overwritten with less.
 */
import { join } from 'node:path'
import { writeFileAtomic } from '../atomic-write'
import type { CommandContext } from '../context'
import { CliError } from '../errors'
import { moveAside, readJsonFile } from '../json-file'
import { timeStamp } from '../dates'
import { emptyDrillState, parseDrillState, serialiseDrillState, type DrillState } from '../../core/progress/drill-state'

/** A state file larger than this is not ours (thousands of cards fit in a few hundred KB). */
const MAX_STATE_BYTES = 16 * 1024 * 1024

type StoreContext = Pick<CommandContext, 'paths' | 'output' | 'deps'>

export function drillStatePath(ctx: Pick<CommandContext, 'paths'>): string {
  return join(ctx.paths.dataDir, 'drill-state.json')
}

type ReadResult = { ok: true; state: DrillState } | { ok: false; reason: string } | undefined

function readState(path: string): ReadResult {
  const read = readJsonFile(path, MAX_STATE_BYTES, 'a drill state')
  if (read === undefined || !read.ok) return read
  const parsed = parseDrillState(read.data)
  if (!parsed.ok && parsed.newerVersion !== undefined) {
    throw new CliError(`${path} was ${parsed.reason}`, { hint: 'update sysdrill; the file is left as it is' })
  }
  return parsed.ok ? parsed : { ok: false, reason: parsed.reason }
}

/** The saved state, or a fresh one when there is none (or it was unreadable and moved aside). */
export function loadDrillState(ctx: StoreContext): DrillState {
  const path = drillStatePath(ctx)
  const read = readState(path)
  if (read === undefined) return emptyDrillState()
  if (read.ok) return read.state
  const target = moveAside(path, timeStamp(ctx.deps.clock.now()))
  ctx.output.err(`${ctx.output.errTheme.warn('warning:')} the drill state was unreadable (${read.reason}); kept it as ${target} and started a fresh one`)
  return emptyDrillState()
}

export function saveDrillState(ctx: Pick<CommandContext, 'paths'>, state: DrillState): void {
  writeFileAtomic(drillStatePath(ctx), `${JSON.stringify(serialiseDrillState(state), null, 2)}\n`)
}
