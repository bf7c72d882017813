/**
 * The order of a drill: due cards first then new ones (card-queue.ts), quizzes missed last time
 * first then unseen ones (quiz-order.ts); with both kinds they take turns, a card first.
 * Problems are read only as far as the quizzes needed. Named items (arguments or the answers
 * file) are asked as named, due or not.
 */
import { buildCardQueue, type CardInfo, type CardQueue } from '../../../core/progress/card-queue'
import type { DrillState } from '../../../core/progress/drill-state'
import { planQuizzes } from '../../../core/progress/quiz-order'
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

export async function planSequence(
  catalog: DrillCatalog,
  state: DrillState,
  kinds: Kinds,
  options: { pack?: string; nowMs: number; seed: number; needed: number; suggested?: readonly string[] },
): Promise<Sequence> {
  let cards: PlannedCard[] = []
  let queue: CardQueue | undefined
  if (kinds.cards) {
    const pool = options.pack === undefined ? catalog.cards : catalog.cards.filter((c) => c.pack === options.pack)
    queue = buildCardQueue(pool, catalog.packOrder, state, options.nowMs, options.suggested)
    cards = queue.cards.map((c) => ({
      kind: 'card',
      card: { id: c.id, title: c.title, pack: c.pack, difficulty: c.difficulty },
      status: c.status,
      ...(c.dueAt === undefined ? {} : { dueAt: c.dueAt }),
      ...(c.suggested ? { suggested: true as const } : {}),
    }))
  }
  const quizzesNeeded = kinds.quizzes ? options.needed - (kinds.cards ? Math.min(cards.length, Math.ceil(options.needed / 2)) : 0) : 0
  const quizzes = quizzesNeeded > 0 ? await pickQuizzes(catalog, state, options.seed, quizzesNeeded) : []
  return { items: alternate(cards, quizzes).slice(0, options.needed), ...(queue ? { queue } : {}) }
}

/** Quizzes to retry, then never-asked ones a problem at a time, then the least recently asked. */
async function pickQuizzes(catalog: DrillCatalog, state: DrillState, seed: number, needed: number): Promise<PlannedQuiz[]> {
  const plan = planQuizzes(catalog.problemIds(), state.quizzes, seed)
  const out: PlannedQuiz[] = []
  const taken = new Set<string>()
  const take = (quiz: PlannedQuiz | undefined) => {
    if (!quiz || taken.has(quiz.question.id) || out.length >= needed) return
    taken.add(quiz.question.id)
    out.push(quiz)
  }
  for (const id of plan.retry) {
    if (out.length >= needed) return out
    take(await catalog.quiz(id))
  }
  // a first round takes one new question per problem; later rounds take what is left
  for (const perProblem of [1, Infinity]) {
    for (const problemId of plan.problems) {
      if (out.length >= needed) return out
      const fresh = (await catalog.quizzesOf(problemId)).filter((q) => !plan.asked.has(q.question.id) && !taken.has(q.question.id))
      fresh.slice(0, perProblem).forEach(take)
    }
  }
  for (const id of plan.seen) {
    if (out.length >= needed) return out
    take(await catalog.quiz(id))
  }
  return out
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
