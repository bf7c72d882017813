/**
 * Weak topics: problem tags whose interviews covered the least of their rubric, and drill packs
 * whose concept cards were answered worst (the keyword coverage of each card's last answer, and
 * how often it was forgotten).
 */
import type { DrillState } from './drill-state'
import type { SessionDigest } from './session-digest'

export interface TagStats {
  /** tags carried by exactly the same interviews are one topic: ["fan-out", "pub-sub"] */
  tags: string[]
  sessions: number
  hit: number
  total: number
  share: number
}

export interface PackStats {
  pack: string
  /** cards of the pack answered at least once */
  cards: number
  /** mean weighted coverage of the last answers, 0 to 1 */
  coverage: number
  /** cards whose last self-grade was "again" */
  forgotten: number
  lapses: number
}

/**
 * Tags by coverage over the interviews that carry them, lowest first. Tags that always come
 * together (one problem's tags, when only it was practised) form one topic; with fewer than two
 * different problems there is nothing to compare, so the list is empty.
 */
export function tagStats(digests: readonly SessionDigest[]): TagStats[] {
  const scored = digests.filter((d) => d.coverage && d.coverage.total > 0)
  if (new Set(scored.map((d) => d.problem.id)).size < 2) return []
  const members = new Map<string, string[]>()
  for (const digest of scored) for (const tag of new Set(digest.tags)) members.set(tag, [...(members.get(tag) ?? []), digest.id])
  const groups = new Map<string, TagStats>()
  for (const [tag, ids] of members) {
    const key = ids.join('\n')
    const existing = groups.get(key)
    if (existing) {
      existing.tags.push(tag)
      continue
    }
    const sessions = scored.filter((d) => ids.includes(d.id))
    const hit = sessions.reduce((s, d) => s + d.coverage!.hit, 0)
    const total = sessions.reduce((s, d) => s + d.coverage!.total, 0)
    groups.set(key, { tags: [tag], sessions: sessions.length, hit, total, share: hit / total })
  }
  return [...groups.values()]
    .map((g) => ({ ...g, tags: [...g.tags].sort() }))
    .sort((a, b) => a.share - b.share || b.sessions - a.sessions || (a.tags[0]! < b.tags[0]! ? -1 : 1))
}

/** Packs by the coverage of their cards' last answers, lowest first. */
export function packStats(state: DrillState): PackStats[] {
  const byPack = new Map<string, PackStats & { sum: number }>()
  for (const card of Object.values(state.cards)) {
    if (card.pack === undefined) continue
    const row = byPack.get(card.pack) ?? { pack: card.pack, cards: 0, coverage: 0, forgotten: 0, lapses: 0, sum: 0 }
    row.cards += 1
    row.sum += card.lastCoverage ?? 0
    if (card.lastGrade === 'again') row.forgotten += 1
    row.lapses += card.lapses
    byPack.set(card.pack, row)
  }
  return [...byPack.values()]
    .map(({ sum, ...row }) => ({ ...row, coverage: sum / row.cards }))
    .sort((a, b) => a.coverage - b.coverage || b.forgotten - a.forgotten || (a.pack < b.pack ? -1 : 1))
}
