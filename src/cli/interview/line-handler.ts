/**
 * What happens to each line typed in the answer box: answer text, or a command (/hint,
 * /clarify, = expr, /next ...), or, while the estimation questions are being asked, an
 * expression answering the current question.
 */
import type { CommandContext } from '../context'
import { isPromptAborted, isPromptCancelled, type Prompter } from '../prompter'
import { BOX_COMMANDS, parseBoxLine } from '../../core/interview/box-commands'
import { coversEstimation, estimationQuestions, questionHint } from '../../core/interview/phase-material'
import { advance, finish, pause } from '../../core/interview/session'
import { addAnswer, addNote, answerEstimate, clarify, revealHint, undoAnswer } from '../../core/interview/session-actions'
import type { SessionEvent } from '../../core/interview/session-events'
import type { ScaleDerived } from '../../core/problems/types'
import type { EstimateTools } from './estimate-tools'
import type { LiveSession } from './live-session'
import { timeTable } from './time-table'
import { wrap } from '../text-layout'
import { layoutWidth } from '../text-layout'

export interface LineHandlerIO {
  print(lines: string[]): void
  render(events: SessionEvent[]): void
  /** the signal of the open box, so a confirm can be interrupted like the box */
  signal(): AbortSignal | undefined
}

export interface LineHandler {
  /** the text before the input: "› ", or "writeQps = " while asking */
  prefix(): string
  /** the estimation question being asked, if any */
  question(): ScaleDerived | undefined
  handle(line: string): Promise<'quit' | undefined>
  onEvent(event: SessionEvent): void
}

export function createLineHandler(ctx: CommandContext, live: LiveSession, tools: EstimateTools, prompter: Prompter, io: LineHandlerIO): LineHandler {
  const theme = ctx.output.errTheme
  const now = () => ctx.deps.clock.now()
  const width = () => layoutWidth(ctx.deps.stderr.columns)
  const questions = estimationQuestions(live.problem)
  let asking: ScaleDerived | undefined
  let skipped = new Set<string>()
  let warnedUnanswered = -1
  let explained = false

  /** a one-paragraph message under the answers, wrapped to the terminal */
  const say = (text: string, style: (t: string) => string) => io.print(wrap(text, width(), '  ', '    ').map(style))
  const phase = () => live.session.phases[live.session.current]
  const unanswered = () => questions.filter((q) => !live.session.estimates[q.key])
  const nextQuestion = (after?: ScaleDerived): ScaleDerived | undefined => {
    const start = after ? questions.indexOf(after) + 1 : 0
    return [...questions.slice(start), ...questions.slice(0, start)].find((q) => !skipped.has(q.key) && !live.session.estimates[q.key] && q !== after)
  }
  const ask = (question: ScaleDerived | undefined) => {
    asking = question
    if (!question) return
    const n = questions.indexOf(question) + 1
    const how = explained ? `(in ${question.unit})` : `(in ${question.unit}; an expression with units, which may use the givens and your earlier answers by name)`
    explained = true
    io.print(wrap(`${question.label} ${theme.dim(how)}`, width(), `  ${theme.accent(`Estimate ${n}/${questions.length}:`)} `, '    '))
  }
  const startAsking = () => {
    if (!phase() || !coversEstimation(phase()!)) {
      say('The estimation questions belong to the estimation phase.', theme.dim)
      return
    }
    if (questions.length === 0) {
      say('This problem asks for no particular estimates; write your numbers as answer lines or = expressions.', theme.dim)
      return
    }
    skipped = new Set()
    ask(nextQuestion() ?? questions[0])
  }
  const leaveAsking = (message: string) => {
    asking = undefined
    say(message, theme.dim)
  }
  const apply = (transition: Parameters<LiveSession['apply']>[0]) => io.render(live.apply(transition))

  const answerQuestion = (question: ScaleDerived, text: string) => {
    const checked = tools.check(text, question.unit, live.session)
    if (checked.kind === 'error') {
      io.print(wrap(checked.message, width(), `  ${theme.bad('✗')} `, '    '))
      apply(addNote(live.session, { input: text, error: checked.message }, now()))
      return
    }
    live.apply(answerEstimate(live.session, question.key, text))
    if (checked.kind === 'units') {
      const value = checked.text === text ? text : `${text} (${checked.text})`
      io.print(wrap(`${question.key} = ${value} is not in ${question.unit}. Recorded anyway; type another answer to replace it, or /skip to keep it and go on.`, width(), `  ${theme.warn('!')} `, '    '))
      return
    }
    const shown = checked.kind === 'ok' ? ` → ${theme.bold(checked.text)}` : theme.dim(` (${checked.message})`)
    // recorded, not judged: a ✓ here would read as "right" for an answer the report grades off
    io.print(wrap(`${theme.code(question.key)} = ${text}${shown}`, width(), `  ${theme.accent('•')} `, '    '))
    const next = nextQuestion(question)
    if (next) ask(next)
    else leaveAsking(unanswered().length === 0 ? 'All estimates answered. Add notes if you like, then /next.' : 'Back to free answers; /estimates returns to the questions you skipped.')
  }

  const confirmFinish = async (): Promise<boolean> => {
    const signal = io.signal()
    try {
      return await prompter.confirm({ message: 'End the interview now and see the report?', default: false, ...(signal ? { signal } : {}) })
    } catch (error) {
      if (isPromptAborted(error)) return false
      if (isPromptCancelled(error)) throw error
      throw error
    }
  }

  return {
    prefix: () => (asking ? `  ${theme.code(asking.key)} = ` : `  ${theme.accent('›')} `),
    question: () => asking,
    onEvent(event) {
      if (event.type === 'phase-started' || event.type === 'phase-resumed') {
        asking = undefined
        const current = phase()
        // a phase that is only about estimates starts with the questions
        if (current && current.covers.length === 1 && coversEstimation(current) && unanswered().length > 0) startAsking()
      }
    },
    async handle(line) {
      const command = parseBoxLine(line)
      switch (command.kind) {
        case 'empty':
          return undefined
        case 'text':
          if (asking) answerQuestion(asking, command.text.trim())
          else apply(addAnswer(live.session, command.text, now()))
          return undefined
        case 'hint':
          apply(revealHint(live.session, live.problem, now(), asking ? 'estimation' : undefined, asking ? questionHint(live.problem, asking) : undefined))
          return undefined
        case 'clarify':
          apply(clarify(live.session, live.problem, command.question, now()))
          return undefined
        case 'estimate': {
          const value = tools.evaluate(command.expr, live.session)
          const note = value.kind === 'value' ? { input: command.expr, result: value.text } : { input: command.expr, error: value.message }
          apply(addNote(live.session, note, now()))
          return undefined
        }
        case 'estimates':
          startAsking()
          return undefined
        case 'skip':
          if (asking) {
            skipped.add(asking.key)
            const next = nextQuestion(asking)
            if (next) ask(next)
            else leaveAsking('No more questions to ask; /estimates goes back to the unanswered ones.')
            return undefined
          }
          apply(advance(live.session, live.problem, now(), 'skipped'))
          return undefined
        case 'next': {
          const current = phase()
          const left = unanswered().length
          if (current && coversEstimation(current) && left > 0 && warnedUnanswered !== live.session.current) {
            warnedUnanswered = live.session.current
            asking = undefined
            say(`${left} of ${questions.length} estimates are unanswered: /estimates to answer them, or /next again to move on.`, theme.warn)
            return undefined
          }
          apply(advance(live.session, live.problem, now(), 'next'))
          return undefined
        }
        case 'pause':
          apply(pause(live.session, now()))
          return undefined
        case 'undo': {
          const before = live.session
          const transition = undoAnswer(live.session)
          live.apply(transition)
          const event = transition.events[0]
          if (event?.type === 'answered' && transition.session !== before) say(`Took back: ${event.text}`, theme.dim)
          else io.render(transition.events)
          return undefined
        }
        case 'time':
          io.print(timeTable(live.session, now(), theme))
          return undefined
        case 'help':
          io.print(helpLines(theme, live.session.mode, width()))
          return undefined
        case 'finish':
          if (await confirmFinish()) apply(finish(live.session, now()))
          return undefined
        case 'quit':
          return 'quit'
        case 'unknown':
          say(`Unknown command /${command.name}${command.suggestion ? ` (did you mean /${command.suggestion}?)` : ''}. /help lists them; start a line with // to write a slash.`, theme.warn)
          return undefined
        case 'missing-argument':
          say(`/${command.name} needs something after it: ${command.usage}`, theme.warn)
          return undefined
      }
    },
  }
}

function helpLines(theme: CommandContext['output']['errTheme'], mode: string, width: number): string[] {
  // the short forms are not all first letters (/q is /estimates, /x is /quit), so each is shown
  const usage = (c: (typeof BOX_COMMANDS)[number]) => `/${c.name} ${c.argument}`.trim() + ` (/${c.alias})`
  const column = Math.max(...BOX_COMMANDS.map((c) => usage(c).length))
  return [
    theme.accent('  Commands (the short form in brackets works too):'),
    ...BOX_COMMANDS.filter((c) => c.name !== 'pause' || mode === 'practice').flatMap((c) =>
      wrap(c.help, width, `    ${theme.code(usage(c).padEnd(column))}  `, ' '.repeat(4 + column + 2)),
    ),
    ...wrap('Any other line is part of your answer. Tab completes a command. Ctrl-C saves and stops.', width, '  ', '  ').map(theme.dim),
  ]
}
