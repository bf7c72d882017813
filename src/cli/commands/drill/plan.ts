/**
 * The order of a drill: due cards first then new ones (card-queue.ts), quizzes missed last time
 * first then unseen ones (quiz-order.ts); with both kinds they take turns, a card first.
 * Named items (arguments or the answers file) are asked as named, due or not.
 */
import { buildCardQueue, type CardInfo, type CardQueue } from '../../../core/progress/card-queue'
import type { DrillState } from '../../../core/progress/drill-state'
import { orderQuizzes } from '../../../core/progress/quiz-order'
import type { DrillCatalog, PlannedCard, PlannedItem, PlannedQuiz } from './catalog'

export interface Kinds {
  cards: boolean
  quizzes: boolean
}

export interface Sequence {
  /** every item worth asking now, in order (the run takes as many as it needs) */
  items: PlannedItem[]
  queue?: CardQueue
}

export function plannedCard(card: CardInfo, state: DrillState, nowMs: number): PlannedCard {
  const seen = state.cards[card.id]
  if (!seen) return { kind: 'card', card, status: 'new' }
  return { kind: 'card', card, status: seen.dueAt <= nowMs ? 'due' : 'ahead', dueAt: seen.dueAt }
}

export async function planSequence(catalog: DrillCatalog, state: DrillState, kinds: Kinds, options: { pack?: string; nowMs: number; seed: number }): Promise<Sequence> {
  let cards: PlannedCard[] = []
  let queue: CardQueue | undefined
  if (kinds.cards) {
    const pool = options.pack === undefined ? catalog.cards : catalog.cards.filter((c) => c.pack === options.pack)
    queue = buildCardQueue(pool, catalog.packOrder, state, options.nowMs)
    cards = queue.cards.map((c) => ({ kind: 'card', card: { id: c.id, title: c.title, pack: c.pack, difficulty: c.difficulty }, status: c.status, ...(c.dueAt === undefined ? {} : { dueAt: c.dueAt }) }))
  }
  let quizzes: PlannedQuiz[] = []
  if (kinds.quizzes) {
    const all = await catalog.allQuizzes()
    const byId = new Map(all.map((q) => [q.question.id, q]))
    quizzes = orderQuizzes([...byId.keys()].map((id) => ({ id })), state.quizzes, options.seed).map(({ id }) => byId.get(id)!)
  }
  return { items: alternate(cards, quizzes), ...(queue ? { queue } : {}) }
}

/** a, b, a, b ... then whatever is left of the longer list */
export function alternate<A, B>(first: readonly A[], second: readonly B[]): Array<A | B> {
  const out: Array<A | B> = []
  for (let i = 0; i < Math.max(first.length, second.length); i += 1) {
    if (i < first.length) out.push(first[i]!)
    if (i < second.length) out.push(second[i]!)
  }
  return out
}

export function itemId(item: PlannedItem): string {
  return item.kind === 'card' ? item.card.id : item.question.id
}
