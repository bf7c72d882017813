/**
 * What a drill can ask: the concept cards (every `kind: drill` problem in the library) and the
 * estimation quizzes (every design problem's derived quantities, built with the engine when
 * first needed), plus lookups by id for named items and answers files.
 */
import type { Engine, Quantity } from '../../../core/estimate/types'
import type { CardInfo } from '../../../core/progress/card-queue'
import { problemQuizzes, type QuizQuestion } from '../../../core/progress/quiz'
import type { Problem } from '../../../core/problems/types'
import { closest } from '../../../core/problems/did-you-mean'
import type { Library } from '../../library'

export interface PlannedQuiz {
  kind: 'quiz'
  question: QuizQuestion
  givens: ReadonlyMap<string, Quantity>
}

export interface PlannedCard {
  kind: 'card'
  card: CardInfo
  /** due: scheduled and due; new: never answered; ahead: named by you before it is due */
  status: 'due' | 'new' | 'ahead'
  dueAt?: number
}

export type PlannedItem = PlannedQuiz | PlannedCard

export interface DrillCatalog {
  cards: CardInfo[]
  packOrder: string[]
  packTitle(id: string): string | undefined
  /** the full drill problem behind a card */
  loadCard(id: string): Promise<Problem>
  /** every quiz of one design problem, in the problem's order */
  quizzesOf(problemId: string): Promise<PlannedQuiz[]>
  /** every quiz in the library */
  allQuizzes(): Promise<PlannedQuiz[]>
  /** design problems that have quizzes */
  quizProblemIds(): string[]
}

/** Without an engine there are no quizzes (the cards still work). */
export function openCatalog(library: Library, engine: Engine | undefined): DrillCatalog {
  const summaries = library.summaries()
  const cards: CardInfo[] = summaries
    .filter((s) => s.kind === 'drill')
    .map((s) => ({ id: s.id, title: s.title, pack: s.pack ?? 'other', difficulty: s.difficulty }))
  const packs = library.packs()
  const designIds = summaries.filter((s) => s.kind !== 'drill').map((s) => s.id)
  const cache = new Map<string, PlannedQuiz[]>()
  const quizzesOf = async (problemId: string): Promise<PlannedQuiz[]> => {
    const cached = cache.get(problemId)
    if (cached) return cached
    if (!engine) return []
    const { questions, givens } = problemQuizzes(await library.load(problemId), engine)
    const planned = questions.map((question): PlannedQuiz => ({ kind: 'quiz', question, givens }))
    cache.set(problemId, planned)
    return planned
  }
  return {
    cards,
    packOrder: packs.map((p) => p.id),
    packTitle: (id) => packs.find((p) => p.id === id)?.title,
    loadCard: (id) => library.load(id),
    quizzesOf,
    async allQuizzes() {
      const all: PlannedQuiz[] = []
      for (const id of designIds) all.push(...(await quizzesOf(id)))
      return all
    },
    quizProblemIds: () => designIds,
  }
}

/** A named item: a drill id, a problem id (all its quizzes) or <problem>:<key>; or why not. */
export async function resolveNamed(catalog: DrillCatalog, id: string): Promise<PlannedItem[] | string> {
  const card = catalog.cards.find((c) => c.id === id)
  if (card) return [{ kind: 'card', card, status: 'new' }]
  const colon = id.indexOf(':')
  const problemId = colon < 0 ? id : id.slice(0, colon)
  if (catalog.quizProblemIds().includes(problemId)) {
    const quizzes = await catalog.quizzesOf(problemId)
    if (colon < 0) return quizzes.length > 0 ? quizzes : `the problem '${problemId}' has no estimation questions`
    const key = id.slice(colon + 1)
    const quiz = quizzes.find((q) => q.question.key === key)
    if (quiz) return [quiz]
    const keys = quizzes.map((q) => q.question.key)
    const match = closest(key, keys)
    return `'${problemId}' has no estimation question '${key}'${match ? ` (did you mean '${match}'?)` : ''}; it asks for ${keys.join(', ') || 'nothing'}`
  }
  const match = closest(id, [...catalog.cards.map((c) => c.id), ...catalog.quizProblemIds()])
  return `no drill or problem named '${problemId}'${match ? ` (did you mean '${match}'?)` : ''}`
}
