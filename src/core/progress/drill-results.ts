/**
 * What a drill produced, item by item, and `sysdrill drill --json`: quizzes with the answer,
 * the grade and the worked reference; cards with the key points hit and missed, the self-grade
 * and the next review. Absent values are null, so the shape never varies.
 */
import type { CardScore } from './card-score'
import type { QuizQuestion } from './quiz'
import type { QuizGrade } from './quiz-grade'
import type { CardSchedule, SelfGrade } from './scheduler'

export interface QuizOutcome {
  kind: 'quiz'
  question: QuizQuestion
  result: QuizGrade
}

export interface CardOutcome {
  kind: 'card'
  id: string
  title: string
  pack: string
  status: 'due' | 'new' | 'ahead'
  answer: string
  score: CardScore
  /** null when the card was skipped (not scheduled) */
  grade: SelfGrade | null
  schedule: CardSchedule | null
}

export type DrillOutcome = QuizOutcome | CardOutcome

export interface DrillSummary {
  quizzes: { asked: number; good: number; fair: number; off: number; missing: number }
  cards: { answered: number; skipped: number; again: number; hard: number; good: number; easy: number }
}

export function summarise(outcomes: readonly DrillOutcome[]): DrillSummary {
  const summary: DrillSummary = {
    quizzes: { asked: 0, good: 0, fair: 0, off: 0, missing: 0 },
    cards: { answered: 0, skipped: 0, again: 0, hard: 0, good: 0, easy: 0 },
  }
  for (const o of outcomes) {
    if (o.kind === 'quiz') {
      summary.quizzes.asked += 1
      const g = o.result.grade
      if (g === 'good' || g === 'fair' || g === 'missing') summary.quizzes[g] += 1
      else summary.quizzes.off += 1
    } else if (o.grade === null) summary.cards.skipped += 1
    else {
      summary.cards.answered += 1
      summary.cards[o.grade] += 1
    }
  }
  return summary
}

const iso = (ms: number) => new Date(ms).toISOString()

export function drillJson(outcomes: readonly DrillOutcome[], extra: { stopped: boolean; due: number; stateFile: string }) {
  return {
    items: outcomes.map((o) =>
      o.kind === 'quiz'
        ? {
            kind: 'quiz' as const,
            id: o.question.id,
            problem: o.question.problemId,
            key: o.question.key,
            label: o.question.label,
            unit: o.question.unit,
            givens: o.question.givens.map((g) => ({ ...g })),
            answer: o.result.input === '' ? null : o.result.input,
            value: o.result.answerValue ?? null,
            answerText: o.result.answerText ?? null,
            reference: o.question.reference.value,
            referenceText: o.question.reference.text,
            exactText: o.question.reference.exactText,
            ratio: o.result.ratio !== undefined && Number.isFinite(o.result.ratio) ? o.result.ratio : null,
            grade: o.result.grade,
            error: o.result.error ?? null,
            derivation: o.question.steps.map((s) => `${s.key} = ${s.expr} = ${s.substituted} = ${s.result}`),
          }
        : {
            kind: 'card' as const,
            id: o.id,
            title: o.title,
            pack: o.pack,
            status: o.status,
            answer: o.answer === '' ? null : o.answer,
            coverage: { hit: o.score.hit, total: o.score.total, weighted: Number(o.score.share.toFixed(4)) },
            points: o.score.points.map((p) => ({ id: p.id, point: p.point, weight: p.weight, status: p.status, keyword: p.keyword ?? null, excerpt: p.excerpt ?? null })),
            suggested: o.score.suggested,
            grade: o.grade,
            intervalDays: o.schedule?.intervalDays ?? null,
            dueAt: o.schedule ? iso(o.schedule.dueAt) : null,
          },
    ),
    summary: summarise(outcomes),
    stopped: extra.stopped,
    dueNow: extra.due,
    stateFile: extra.stateFile,
  }
}
