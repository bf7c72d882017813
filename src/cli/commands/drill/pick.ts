/**
 * Which items a drill asks, and in what order: the named ones (arguments), else the plan; with
 * an answers file, each entry takes the item it names or the next one of the plan. Problems
 * (unknown ids, an entry with nothing left to answer) are collected, not thrown, so an answers
 * file gets every complaint at once.
 */
import type { CardQueue } from '../../../core/progress/card-queue'
import type { DrillState } from '../../../core/progress/drill-state'
import { describeInterval } from '../../../core/progress/scheduler'
import type { Theme } from '../../theme'
import type { LoadedAnswers } from './answers-loader'
import { resolveNamed, type DrillCatalog, type PlannedItem } from './catalog'
import type { ScriptedItem } from './loops'
import { itemId, plannedCard, planSequence, type Kinds } from './plan'

export type { Kinds } from './plan'

const DEFAULT_COUNT = 5

export interface PickInput {
  catalog: DrillCatalog
  state: DrillState
  kinds: Kinds
  ids: readonly string[]
  nowMs: number
  seed: number
  count?: number
  pack?: string
  answers?: LoadedAnswers
  hasEngine: boolean
  /** the flags that ask for cards only, as typed ('--concepts', '--pack' or both), for messages */
  cardFlags?: string
  /** drill ids recent interview reports suggested, most recent first */
  suggested?: readonly string[]
}

export interface Picked {
  live: PlannedItem[]
  scripted: ScriptedItem[]
  problems: string[]
  /** a named id that the kind flags rule out (a usage error, unlike an unknown id) */
  conflict?: { message: string; hint: string }
  kinds: Kinds
  pack?: string
  queue?: CardQueue
}

type Conflict = NonNullable<Picked['conflict']>

/** Resolves a named id into items with their current status, or a reason it cannot be asked. */
async function named(input: PickInput, id: string): Promise<PlannedItem[] | string | Conflict> {
  const resolved = await resolveNamed(input.catalog, id)
  if (typeof resolved === 'string') return resolved
  const kind = resolved[0]!.kind
  if (kind === 'card' && !input.kinds.cards) {
    return { message: `'${id}' is a concept card, but --estimation asks for quizzes only`, hint: `drop --estimation to review the card: sysdrill drill ${id}` }
  }
  if (kind === 'quiz' && !input.kinds.quizzes) {
    const flags = input.cardFlags ?? '--concepts'
    return { message: `'${id}' is a problem (estimation quizzes), but ${flags} ${flags.includes(' and ') ? 'ask' : 'asks'} for concept cards only`, hint: `drop ${flags} to quiz on it: sysdrill drill ${id}` }
  }
  if (kind === 'quiz' && !input.hasEngine) return `quizzes on '${id}' need the estimation engine, which did not load`
  return resolved.map((item) => (item.kind === 'card' ? plannedCard(item.card, input.state, input.nowMs) : item))
}

export async function pickItems(input: PickInput): Promise<Picked> {
  const problems: string[] = []
  const chosen: PlannedItem[] = []
  for (const id of input.ids) {
    const items = await named(input, id)
    if (typeof items === 'string') problems.push(items)
    else if (!Array.isArray(items)) return { kinds: input.kinds, live: [], scripted: [], problems: [], conflict: items }
    else for (const item of items) if (!chosen.some((c) => itemId(c) === itemId(item))) chosen.push(item)
  }
  const base = { kinds: input.kinds, ...(input.pack === undefined ? {} : { pack: input.pack }) }
  if (problems.length > 0) return { ...base, live: [], scripted: [], problems }

  let queue: CardQueue | undefined
  let plan: PlannedItem[] | undefined
  /** the named items, or the plan for as many items as the run needs */
  const pool = async (needed: number) => {
    if (input.ids.length > 0) return chosen
    if (!plan) {
      const kinds = { cards: input.kinds.cards, quizzes: input.kinds.quizzes && input.hasEngine }
      const sequence = await planSequence(input.catalog, input.state, kinds, {
        nowMs: input.nowMs,
        seed: input.seed,
        needed,
        ...(input.pack === undefined ? {} : { pack: input.pack }),
        ...(input.suggested === undefined ? {} : { suggested: input.suggested }),
      })
      plan = sequence.items
      queue = sequence.queue
    }
    return plan
  }

  if (!input.answers) {
    const items = await pool(input.count ?? DEFAULT_COUNT)
    const live = items.slice(0, input.count ?? (input.ids.length > 0 ? items.length : DEFAULT_COUNT))
    return { ...base, live, scripted: [], problems, ...(queue ? { queue } : {}) }
  }

  const { answers, where } = input.answers
  const entries = input.count === undefined ? answers : answers.slice(0, input.count)
  const used = new Set<string>()
  const scripted: ScriptedItem[] = []
  for (const entry of entries) {
    let item: PlannedItem | undefined
    const wanted = entry.card ?? entry.quiz
    if (wanted !== undefined) {
      const field = entry.card !== undefined ? 'card' : 'quiz'
      const items = await named(input, wanted)
      if (typeof items === 'string') problems.push(`${where([...entry.path, field])}: ${items}`)
      else if (!Array.isArray(items)) problems.push(`${where([...entry.path, field])}: ${items.message}`)
      else if (field === 'card' && items[0]!.kind !== 'card') problems.push(`${where([...entry.path, field])}: '${wanted}' is a problem, not a drill; use quiz: ${wanted}:<quantity>`)
      else item = items[0]
    } else {
      // the plan covers every unnamed entry even if named entries take some of its items
      const items = await pool(entries.length)
      item = items.find((candidate) => !used.has(itemId(candidate)))
      if (!item) problems.push(`${where(entry.path)}: nothing is left to answer; the drill had ${items.length} item${items.length === 1 ? '' : 's'} to ask (name one with card: or quiz:)`)
    }
    if (!item) continue
    if (item.kind === 'quiz' && entry.grade !== undefined) problems.push(`${where([...entry.path, 'grade'], 'key')}: this answer goes to the quiz ${item.question.id}; grade is for concept cards`)
    used.add(itemId(item))
    scripted.push({ item, answer: entry.answer, ...(entry.grade === undefined ? {} : { grade: entry.grade }) })
  }
  return { ...base, live: [], scripted, problems, ...(queue ? { queue } : {}) }
}

/** Why there is nothing to ask, and what to do instead. */
export function emptyMessage(picked: Picked, theme: Theme, nowMs: number): string {
  const queue = picked.queue
  if (picked.kinds.cards && queue) {
    const where = picked.pack === undefined ? '' : ` in the ${picked.pack} pack`
    const lines = [`No concept cards are due${where}, and none are new.`]
    if (queue.next) lines.push(`The next, ${queue.next.id}, is due ${describeInterval(queue.next.dueAt - nowMs)}; practise it now with ${theme.code(`sysdrill drill ${queue.next.id}`)}.`)
    if (!picked.kinds.quizzes) lines.push(`Estimation quizzes are always available: ${theme.code('sysdrill drill --estimation')}`)
    return lines.join('\n')
  }
  return 'The library has no estimation questions to ask (no design problem with derived quantities).'
}
