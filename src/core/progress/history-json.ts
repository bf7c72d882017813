/**
 * `sysdrill history --json`: one object with the sessions, newest first. Absent values are
 * null, so the shape never varies.
 */
import { resumeCommand, type SessionDigest } from './session-digest'

export function historyJson(digests: readonly SessionDigest[], total: number) {
  return {
    total,
    shown: digests.length,
    sessions: digests.map((d) => ({
      id: d.id,
      problem: d.problem.id,
      title: d.problem.title,
      template: d.template.id,
      templateTitle: d.template.title,
      minutes: d.minutes,
      mode: d.mode,
      status: d.status,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      finishedAt: d.finishedAt ?? null,
      usedSeconds: d.usedSeconds,
      budgetSeconds: d.budgetSeconds,
      coverage: d.coverage ? { ...d.coverage, percent: percent(d.coverage.hit, d.coverage.total) } : null,
      estimates: d.estimates ? { ...d.estimates } : null,
      weakestPhase: d.weakestPhase,
      drillNext: [...d.drillNext],
      resume: resumeCommand(d),
      note: d.note ?? null,
    })),
  }
}

/** A whole percentage; null when there is nothing to cover. */
export function percent(hit: number, total: number): number | null {
  return total === 0 ? null : Math.round((hit / total) * 100)
}
