/**
 * Which problem to interview on. A named id wins; --random picks any design problem; on a
 * terminal with no id a search picker opens with the default problem first (Enter takes it);
 * anywhere else (an --answers run in a script) the default problem is used, and a note says so.
 */
import type { CommandContext } from '../context'
import { CancelledError, CliError } from '../errors'
import type { Library, LibrarySummary } from '../library'
import { isPromptCancelled } from '../prompter'
import type { Problem } from '../../core/problems/types'
import { stemmer } from 'stemmer'
import { columnsOf, wrap } from '../text-layout'

/** The problem `sysdrill interview` uses when none is named: the notes' main worked example. */
export const DEFAULT_PROBLEM_ID = 'live-comment-system'

export interface PickOptions {
  random?: boolean
  /** a number in [0, 1) for --random; the shell passes Math.random() */
  randomValue?: number
}

function designs(library: Library): LibrarySummary[] {
  return library.summaries().filter((s) => s.kind !== 'drill')
}

export async function chooseProblem(ctx: CommandContext, library: Library, problemId: string | undefined, options: PickOptions): Promise<Problem> {
  if (problemId !== undefined) return loadDesign(library, problemId)
  const candidates = designs(library)
  if (candidates.length === 0) {
    throw new CliError('the problem library has no design problems', { hint: 'check `sysdrill problems list` and any --problems-dir folders' })
  }
  if (options.random) {
    const index = Math.floor((options.randomValue ?? 0) * candidates.length) % candidates.length
    const picked = candidates[index]!
    ctx.output.err(`${ctx.output.errTheme.dim('Random problem:')} ${picked.title} (${picked.id})`)
    return loadDesign(library, picked.id)
  }
  const fallback = candidates.find((s) => s.id === DEFAULT_PROBLEM_ID) ?? candidates[0]!
  if (!ctx.interactive) {
    ctx.output.err(`${ctx.output.errTheme.dim('note:')} no problem named; using ${fallback.id} (name one: sysdrill interview <problem-id>)`)
    return loadDesign(library, fallback.id)
  }
  const ordered = [fallback, ...candidates.filter((s) => s !== fallback)]
  // one line per choice: the title, then what fits of "id · difficulty · minutes"
  const room = Math.max(30, (columnsOf(ctx.deps.stderr) ?? 80) - 4)
  const choices = ordered.map((s) => pickerChoice(s, room, ctx.output.errTheme.dim))
  const prompter = await ctx.deps.prompter()
  let id: string
  try {
    id = await prompter.search({
      message: 'Pick a problem (type to filter by title or tag; Enter takes the first)',
      source: (term) => choices.filter((c) => matchesTerm(c.haystack, term)).map(({ name, value, description }) => ({ name, value, description })),
    })
  } catch (error) {
    if (isPromptCancelled(error)) throw new CancelledError()
    throw error
  }
  return loadDesign(library, id)
}

/**
 * Every typed word must appear in the id, title or tags; a word of four letters or more also
 * matches its other forms ("cache" finds the tag "caching", "queues" finds "queue").
 */
export function matchesTerm(haystack: string, term: string | undefined): boolean {
  const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const stems = haystack.split(/[^a-z0-9]+/).map((word) => stemmer(word))
  return words.every((w) => haystack.includes(w) || (w.length >= 4 && stems.some((s) => s.startsWith(stemmer(w)))))
}

/** One picker line, its summary shown below the list, and the text a search matches. */
export function pickerChoice(s: LibrarySummary, room: number, dim: (text: string) => string) {
  return {
    name: choiceName(s, room, dim),
    value: s.id,
    // wrapped here: the terminal would cut it mid-word and start the next line with a space
    description: wrap(s.summary, room + 3).join('\n'),
    haystack: `${s.id} ${s.title} ${s.tags.join(' ')} ${s.difficulty} ${s.kind}`.toLowerCase(),
  }
}

export function choiceName(s: LibrarySummary, room: number, dim: (text: string) => string): string {
  const metas = [`${s.id} · ${s.difficulty}${s.durationMinutes !== 45 ? ` · ${s.durationMinutes} min` : ''}`, s.id, '']
  for (const meta of metas) {
    if ([...s.title].length + (meta ? 2 + meta.length : 0) <= room) return meta ? `${s.title}  ${dim(meta)}` : s.title
  }
  return `${[...s.title].slice(0, room - 1).join('')}…`
}

async function loadDesign(library: Library, id: string): Promise<Problem> {
  const problem = await library.load(id)
  if (problem.kind === 'drill') {
    throw new CliError(`'${id}' is a concept drill, not a design problem; an interview needs a design problem`, {
      hint: 'design problems: `sysdrill problems list`; read the drill with `sysdrill problems show ' + id + '`',
    })
  }
  return problem
}
