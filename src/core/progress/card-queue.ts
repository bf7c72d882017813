/**
 * Which concept cards to show: cards that are due (the longest overdue first), then cards never
 * seen: first those recent interviews suggested (their report's "drill next", most recent
 * first), then the rest taken in turn from each pack (in packs.yaml order, easy drills before
 * hard ones) so a first session is not five questions on one topic. Cards scheduled for later
 * wait.
 */
import type { Difficulty } from '../problems/types'
import type { DrillState } from './drill-state'

export interface CardInfo {
  id: string
  title: string
  pack: string
  difficulty: Difficulty
}

export interface QueuedCard extends CardInfo {
  status: 'due' | 'new'
  /** a new card an interview report suggested */
  suggested?: true
  /** due cards: epoch ms when it fell due */
  dueAt?: number
}

export interface CardQueue {
  /** due first, then new, in the order to ask them */
  cards: QueuedCard[]
  dueCount: number
  newCount: number
  /** cards already learned and not due yet */
  waiting: number
  /** the next card to fall due after now, if any */
  next?: { id: string; dueAt: number }
}

const DIFFICULTY_ORDER: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 }

export function buildCardQueue(cards: readonly CardInfo[], packOrder: readonly string[], state: DrillState, nowMs: number, suggested: readonly string[] = []): CardQueue {
  const due: QueuedCard[] = []
  const fresh: CardInfo[] = []
  let waiting = 0
  let next: CardQueue['next']
  for (const card of cards) {
    const seen = state.cards[card.id]
    if (!seen) fresh.push(card)
    else if (seen.dueAt <= nowMs) due.push({ ...card, status: 'due', dueAt: seen.dueAt })
    else {
      waiting += 1
      if (!next || seen.dueAt < next.dueAt || (seen.dueAt === next.dueAt && card.id < next.id)) next = { id: card.id, dueAt: seen.dueAt }
    }
  }
  due.sort((a, b) => a.dueAt! - b.dueAt! || (a.id < b.id ? -1 : 1))
  const wanted = [...new Set(suggested)]
  const first = wanted.flatMap((id) => fresh.filter((c) => c.id === id))
  const rest = fresh.filter((c) => !wanted.includes(c.id))
  return {
    cards: [
      ...due,
      ...first.map((c): QueuedCard => ({ ...c, status: 'new', suggested: true })),
      ...roundRobin(rest, packOrder).map((c): QueuedCard => ({ ...c, status: 'new' })),
    ],
    dueCount: due.length,
    newCount: fresh.length,
    waiting,
    ...(next ? { next } : {}),
  }
}

/** One card from each pack in turn; packs in the given order (unknown packs last, by name). */
function roundRobin(cards: readonly CardInfo[], packOrder: readonly string[]): CardInfo[] {
  const rank = (pack: string) => {
    const index = packOrder.indexOf(pack)
    return index < 0 ? packOrder.length : index
  }
  const byPack = new Map<string, CardInfo[]>()
  for (const card of cards) byPack.set(card.pack, [...(byPack.get(card.pack) ?? []), card])
  const packs = [...byPack.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
  for (const pack of packs) {
    byPack.get(pack)!.sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || (a.id < b.id ? -1 : 1))
  }
  const out: CardInfo[] = []
  for (let round = 0; out.length < cards.length; round += 1) {
    for (const pack of packs) {
      const card = byPack.get(pack)![round]
      if (card) out.push(card)
    }
  }
  return out
}
