/**
 * What a drill can ask: the concept cards (every `kind: drill` problem in the library) and the
 * estimation quizzes (the derived quantities of every problem with a scale section, designs and
 * drills alike, built with the engine when a problem is first read), plus lookups by id for
 * named items and answers files.
 */
import type { Engine, Quantity } from '../../../core/estimate/types'
import type { CardInfo } from '../../../core/progress/card-queue'
import { problemQuizzes, type QuizQuestion } from '../../../core/progress/quiz'
import type { Problem } from '../../../core/problems/types'
import { closest } from '../../../core/did-you-mean'
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
  /** a new card a recent interview report suggested */
  suggested?: true
}

export type PlannedItem = PlannedQuiz | PlannedCard

export interface DrillCatalog {
  cards: CardInfo[]
  packOrder: string[]
  packTitle(id: string): string | undefined
  /** the full drill problem behind a card */
  loadCard(id: string): Promise<Problem>
  /** every quiz of one problem, in the problem's order (reads the problem the first time) */
  quizzesOf(problemId: string): Promise<PlannedQuiz[]>
  /** one quiz by its id (<problem>:<key>), if it exists */
  quiz(id: string): Promise<PlannedQuiz | undefined>
  /** every problem id, designs first: any of them may have quizzes */
  problemIds(): string[]
  /** design problems (a bare id names their quizzes; a bare drill id names its card) */
  designIds(): string[]
}

/** Without an engine there are no quizzes (the cards still work). */
export function openCatalog(library: Library, engine: Engine | undefined): DrillCatalog {
  const summaries = library.summaries()
  const cards: CardInfo[] = summaries
    .filter((s) => s.kind === 'drill')
    .map((s) => ({ id: s.id, title: s.title, pack: s.pack ?? 'other', difficulty: s.difficulty }))
  const packs = library.packs()
  const designIds = summaries.filter((s) => s.kind !== 'drill').map((s) => s.id)
  const allIds = [...designIds, ...cards.map((c) => c.id)]
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
    async quiz(id) {
      const colon = id.indexOf(':')
      if (colon < 0 || !allIds.includes(id.slice(0, colon))) return undefined
      return (await quizzesOf(id.slice(0, colon))).find((q) => q.question.id === id)
    },
    problemIds: () => allIds,
    designIds: () => designIds,
  }
}

/** A named item: a drill id (its card), a design problem id (all its quizzes) or <problem>:<key>; or why not. */
export async function resolveNamed(catalog: DrillCatalog, id: string): Promise<PlannedItem[] | string> {
  const card = catalog.cards.find((c) => c.id === id)
  if (card) return [{ kind: 'card', card, status: 'new' }]
  const colon = id.indexOf(':')
  const problemId = colon < 0 ? id : id.slice(0, colon)
  const known = colon < 0 ? catalog.designIds() : catalog.problemIds()
  if (known.includes(problemId)) {
    const quizzes = await catalog.quizzesOf(problemId)
    if (colon < 0) return quizzes.length > 0 ? quizzes : `the problem '${problemId}' has no estimation questions`
    const key = id.slice(colon + 1)
    const quiz = quizzes.find((q) => q.question.key === key)
    if (quiz) return [quiz]
    const keys = quizzes.map((q) => q.question.key)
    const match = closest(key, keys)
    return `'${problemId}' has no estimation question '${key}'${match ? ` (did you mean '${match}'?)` : ''}${keys.length > 0 ? `; it asks for ${keys.join(', ')}` : ''}`
  }
  const match = closest(problemId, catalog.problemIds())
  return `no drill or problem named '${problemId}'${match ? ` (did you mean '${match}'?)` : ''}`
}
