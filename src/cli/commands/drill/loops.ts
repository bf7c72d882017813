/**
 * The two ways through a drill: live on a terminal (questions and feedback on stderr, around
 * the prompts), or from an answers file (the same text as the result, on stdout unless --json).
 * Both stop at Ctrl-C with every finished item already saved.
 */
import type { CommandContext } from '../../context'
import type { Engine } from '../../../core/estimate/types'
import type { SelfGrade } from '../../../core/progress/scheduler'
import { isPromptCancelled, type Prompter } from '../../prompter'
import { wrapBlock } from '../../text-layout'
import type { DrillCatalog, PlannedItem } from './catalog'
import { askCardAnswer, askSelfGrade } from './ask-card'
import { askQuiz } from './ask-quiz'
import { score, type Recorder } from './recorder'
import { cardFeedbackLines, cardQuestionLines, scheduledLine } from './render-card'
import { quizQuestionLines, quizResultLines } from './render-quiz'

export interface LoopContext {
  ctx: CommandContext
  catalog: DrillCatalog
  recorder: Recorder
  engine: Engine | undefined
  width: number
}

/** true when the run was stopped with Ctrl-C */
export async function runLive(loop: LoopContext, prompter: Prompter, items: readonly PlannedItem[]): Promise<boolean> {
  const { ctx, catalog, recorder, width } = loop
  const theme = ctx.output.errTheme
  const say = (lines: string[]) => ctx.output.err(lines.join('\n'))
  try {
    for (const [index, item] of items.entries()) {
      const position = `${index + 1} of ${items.length}`
      ctx.output.err('')
      if (item.kind === 'quiz') {
        say(quizQuestionLines(item.question, position, theme, width))
        const input = await askQuiz(ctx, prompter, item, loop.engine!, `quiz ${position} · ${item.question.label} in ${item.question.unit}`, width)
        say(quizResultLines(recorder.quiz(item, input), theme, width))
        continue
      }
      const problem = await catalog.loadCard(item.card.id)
      say(cardQuestionLines(item, problem, position, catalog.packTitle(item.card.pack), theme, width, ctx.deps.clock.now()))
      const answer = await askCardAnswer(ctx, prompter, `card ${position} · ${item.card.id}`, width)
      const cardScore = score(problem, answer.kind === 'answer' ? answer.text : '')
      if (answer.kind === 'skip') {
        say([scheduledLine(recorder.card(item, problem, '', cardScore, null), theme, ctx.deps.clock.now())])
        continue
      }
      say(cardFeedbackLines(cardScore, problem, answer.text, theme, width))
      const grade = await askSelfGrade(ctx, prompter, recorder.state().cards[item.card.id], cardScore.suggested, ctx.deps.clock.now())
      say([scheduledLine(recorder.card(item, problem, answer.text, cardScore, grade), theme, ctx.deps.clock.now())])
    }
  } catch (error) {
    if (isPromptCancelled(error)) return true
    throw error
  }
  return false
}

export interface ScriptedItem {
  item: PlannedItem
  answer: string
  /** undefined: take the suggested grade */
  grade?: SelfGrade
}

export async function runScripted(loop: LoopContext, items: readonly ScriptedItem[], print: boolean): Promise<void> {
  const { ctx, catalog, recorder, width } = loop
  const theme = ctx.output.outTheme
  const say = (lines: string[]) => {
    if (print) ctx.output.out(lines.join('\n'))
  }
  for (const [index, { item, answer: written, grade }] of items.entries()) {
    const answer = written.replace(/\s+$/, '')
    const position = `${index + 1} of ${items.length}`
    if (index > 0) say([''])
    if (item.kind === 'quiz') {
      say(quizQuestionLines(item.question, position, theme, width))
      say(quizResultLines(recorder.quiz(item, answer), theme, width))
      continue
    }
    const problem = await catalog.loadCard(item.card.id)
    const cardScore = score(problem, answer)
    say([...cardQuestionLines(item, problem, position, catalog.packTitle(item.card.pack), theme, width, ctx.deps.clock.now()), ...(answer.trim() === '' ? [] : wrapBlock(answer, width, `  ${theme.dim('│')} `))])
    say(cardFeedbackLines(cardScore, problem, answer, theme, width))
    const chosen = grade ?? cardScore.suggested
    const outcome = recorder.card(item, problem, answer, cardScore, chosen)
    say([`${scheduledLine(outcome, theme, ctx.deps.clock.now())}${grade === undefined ? theme.dim(' (the suggested grade)') : ''}`])
  }
}
