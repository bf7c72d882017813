/**
 * One interview session reduced to the numbers `history` and `stats` need: time per phase
 * against its budget, rubric coverage per phase, estimate grades, the report's weakest phase
 * and drills. Built from the session and its report (report.ts), so history and stats grade
 * exactly as the interview's own report did. Without a report (the problem file is gone) only
 * the times are known.
 */
import type { Grade } from '../interview/estimate-grading'
import type { InterviewReport } from '../interview/report'
import type { SessionRecord } from '../interview/session-types'
import type { PhaseId } from '../phases'

export interface GradeCounts {
  good: number
  fair: number
  off: number
  wrongUnits: number
  invalid: number
  missing: number
  total: number
}

export interface Coverage {
  hit: number
  total: number
}

export interface PhaseDigest {
  id: string
  title: string
  covers: PhaseId[]
  budgetSeconds: number
  usedSeconds: number
  status: 'pending' | 'active' | 'done'
  coverage: Coverage | null
}

export interface SessionDigest {
  id: string
  problem: { id: string; title: string }
  /** the problem's tags (topics for stats), empty when it could not be loaded */
  tags: string[]
  template: { id: string; title: string }
  mode: SessionRecord['mode']
  minutes: number
  status: SessionRecord['status']
  createdAt: string
  updatedAt: string
  finishedAt?: string
  usedSeconds: number
  budgetSeconds: number
  phases: PhaseDigest[]
  /** rubric points covered over the whole interview; null without the problem */
  coverage: Coverage | null
  /** null without the problem or the engine */
  estimates: GradeCounts | null
  weakestPhase: string | null
  drillNext: string[]
  /** why coverage or estimates are missing */
  note?: string
}

export function emptyCounts(): GradeCounts {
  return { good: 0, fair: 0, off: 0, wrongUnits: 0, invalid: 0, missing: 0, total: 0 }
}

export function countGrades(grades: readonly Grade[]): GradeCounts {
  const counts = emptyCounts()
  for (const grade of grades) addGrade(counts, grade)
  return counts
}

export function addGrade(counts: GradeCounts, grade: Grade): void {
  counts.total += 1
  if (grade === 'wrong-units') counts.wrongUnits += 1
  else counts[grade] += 1
}

export interface DigestInput {
  /** the interview report, when the problem could be loaded */
  report?: InterviewReport
  /** the estimates were graded (the engine loaded) */
  graded: boolean
  tags: string[]
  note?: string
}

export function digestSession(session: SessionRecord, input: DigestInput): SessionDigest {
  const { report } = input
  const phases = session.phases.map((phase, i): PhaseDigest => {
    const reported = report?.phases[i]
    return {
      id: phase.id,
      title: phase.title,
      covers: [...phase.covers],
      budgetSeconds: phase.budgetSeconds,
      usedSeconds: reported ? reported.usedSeconds : Math.round(phase.usedMs / 1000),
      status: phase.status,
      coverage: reported ? { ...reported.coverage } : null,
    }
  })
  const estimates = report && input.graded ? countGrades(report.estimates.map((e) => e.grade)) : null
  return {
    id: session.id,
    problem: { id: session.problem.id, title: session.problem.title },
    tags: [...input.tags],
    template: { id: session.template.id, title: session.template.title },
    mode: session.mode,
    minutes: session.minutes,
    status: session.status,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    ...(session.finishedAt === undefined ? {} : { finishedAt: session.finishedAt }),
    usedSeconds: phases.reduce((s, p) => s + p.usedSeconds, 0),
    budgetSeconds: phases.reduce((s, p) => s + p.budgetSeconds, 0),
    phases,
    coverage: report ? { ...report.coverage } : null,
    estimates,
    weakestPhase: report?.weakestPhase?.id ?? null,
    drillNext: report ? [...report.drillNext] : [],
    ...(input.note === undefined ? {} : { note: input.note }),
  }
}

/** The command that continues an unfinished session. */
export function resumeCommand(digest: Pick<SessionDigest, 'id' | 'status'>): string | null {
  return digest.status === 'finished' ? null : `sysdrill interview --resume ${digest.id}`
}
