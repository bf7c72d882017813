/**
 * The report as `sysdrill interview --json` prints it (spec §2.4): problem and session ids,
 * phases with budgetSeconds, usedSeconds and coverage {hit, total}, and estimates, plus the
 * details the terminal report shows. Absent values are null, so the shape never varies.
 */
import type { InterviewReport } from './report'

export function reportJson(report: InterviewReport) {
  return {
    problem: report.problem,
    title: report.title,
    session: report.session,
    status: report.status,
    mode: report.mode,
    template: report.template,
    minutes: report.minutes,
    usedSeconds: report.usedSeconds,
    phases: report.phases.map((p) => ({
      id: p.id,
      title: p.title,
      budgetSeconds: p.budgetSeconds,
      usedSeconds: p.usedSeconds,
      overSeconds: p.overSeconds,
      status: p.status,
      endReason: p.endReason ?? null,
      coverage: p.coverage,
      points: p.points.map((point) => ({
        id: point.id,
        point: point.point,
        weight: point.weight,
        hit: point.status === 'hit',
        status: point.status,
        keyword: point.keyword ?? null,
        excerpt: point.excerpt ?? null,
        saidIn: point.saidIn ?? null,
      })),
      hintsUsed: p.hintsUsed,
      followUps: p.followUps.map((f) => ({ id: f.id, kind: f.kind, ask: f.ask })),
    })),
    estimates: report.estimates.map((e) => ({
      key: e.key,
      label: e.label,
      unit: e.unit,
      answer: e.input ?? null,
      value: e.answerValue ?? null,
      reference: e.referenceValue,
      referenceText: e.referenceText,
      ratio: e.ratio !== undefined && Number.isFinite(e.ratio) ? e.ratio : null,
      grade: e.grade,
      error: e.error ?? null,
      derivation: e.derivation.map((step) => step.text),
    })),
    coverage: report.coverage,
    hintsUsed: report.hintsUsed,
    weakestPhase: report.weakestPhase?.id ?? null,
    drillNext: report.drillNext,
    estimationDrill: report.estimationDrill,
  }
}
