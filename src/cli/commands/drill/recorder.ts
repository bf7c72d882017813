/**
 * Grades each answer and keeps the drill state: a quiz is graded against its reference, a card
 * is scored against its rubric and scheduled by its self-grade; the state file is written
 * atomically after every item, so Ctrl-C or a crash loses at most the item being answered.
 * A save that fails (a full disk) is reported once and retried after the next answer, as the
 * interview does, so the drill goes on; the command then ends with the error if it still fails.
 */
import type { CommandContext } from '../../context'
import { isCliError, type CliError } from '../../errors'
import type { Engine } from '../../../core/estimate/types'
import { scoreCard, type CardScore } from '../../../core/progress/card-score'
import { withCard, withQuiz, type DrillState } from '../../../core/progress/drill-state'
import type { CardOutcome, DrillOutcome, QuizOutcome } from '../../../core/progress/drill-results'
import { gradeQuizAnswer } from '../../../core/progress/quiz-grade'
import { scheduleCard, type SelfGrade } from '../../../core/progress/scheduler'
import type { Problem } from '../../../core/problems/types'
import { saveDrillState } from '../../progress/review-store'
import { layoutWidth, wrap } from '../../text-layout'
import type { PlannedCard, PlannedQuiz } from './catalog'

export interface Recorder {
  readonly outcomes: DrillOutcome[]
  state(): DrillState
  quiz(planned: PlannedQuiz, input: string): QuizOutcome
  /** grade null: skipped, nothing scheduled */
  card(planned: PlannedCard, problem: Problem, answer: string, score: CardScore, grade: SelfGrade | null): CardOutcome
  /** why the file on disk is behind the answers, while the last save failed */
  saveError(): CliError | undefined
}

export function score(problem: Problem, answer: string): CardScore {
  return scoreCard(problem.rubric, answer)
}

export function createRecorder(ctx: CommandContext, initial: DrillState, engine: Engine | undefined): Recorder {
  let state = initial
  const outcomes: DrillOutcome[] = []
  let failed: CliError | undefined
  const save = () => {
    try {
      saveDrillState(ctx, state)
      failed = undefined
    } catch (error) {
      if (!isCliError(error)) throw error
      if (failed?.message !== error.message) {
        const text = `${ctx.output.errTheme.bad('Could not save the drill state:')} ${error.message}. Your answers are kept; saving is retried after every answer.`
        ctx.output.err(wrap(text, layoutWidth(ctx.deps.stderr.columns), '  ', '  ').join('\n'))
      }
      failed = error
    }
  }
  return {
    outcomes,
    state: () => state,
    saveError: () => failed,
    quiz(planned, input) {
      if (!engine) throw new Error('quizzes need the estimation engine')
      const result = gradeQuizAnswer(planned.question, input, engine, planned.givens)
      const outcome: QuizOutcome = { kind: 'quiz', question: planned.question, result }
      state = withQuiz(state, { id: planned.question.id, at: ctx.deps.clock.now(), grade: result.grade, ...(result.ratio !== undefined && Number.isFinite(result.ratio) ? { ratio: Number(result.ratio.toPrecision(6)) } : {}) })
      outcomes.push(outcome)
      save()
      return outcome
    },
    card(planned, problem, answer, cardScore, grade) {
      const base = { kind: 'card' as const, id: planned.card.id, title: problem.title, pack: planned.card.pack, status: planned.status, answer, score: cardScore }
      if (grade === null) {
        const outcome: CardOutcome = { ...base, grade: null, schedule: null }
        outcomes.push(outcome)
        return outcome
      }
      const schedule = scheduleCard(state.cards[planned.card.id], grade, ctx.deps.clock.now())
      state = withCard(state, planned.card.id, { ...schedule, pack: planned.card.pack, lastCoverage: Number(cardScore.share.toFixed(4)) })
      const outcome: CardOutcome = { ...base, grade, schedule }
      outcomes.push(outcome)
      save()
      return outcome
    },
  }
}
