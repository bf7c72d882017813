/**
 * Asks one estimation quiz in the answer box, with the value of the expression shown live under
 * it (in the question's unit). An expression the engine cannot read is explained and handed
 * back for editing; Enter on an empty line reveals the answer.
 */
import type { CommandContext } from '../../context'
import type { Engine } from '../../../core/estimate/types'
import { evaluateAnswer } from '../../../core/progress/quiz-grade'
import type { Prompter } from '../../prompter'
import { wrap } from '../../text-layout'
import type { PlannedQuiz } from './catalog'

const noTicks = () => () => {}

function preview(planned: PlannedQuiz, line: string, engine: Engine): string {
  if (line.trim() === '') return 'an expression with units; Enter on an empty line shows the answer · Ctrl-C stops'
  const value = evaluateAnswer(planned.question, line.trim(), engine, planned.givens)
  if (!value.ok) return value.error
  const converted = engine.convert(value.quantity, planned.question.unit)
  return converted.ok ? `= ${converted.display.text}` : `= ${value.text} (not ${planned.question.unit})`
}

export async function askQuiz(ctx: CommandContext, prompter: Prompter, planned: PlannedQuiz, engine: Engine, status: string, width: number): Promise<string> {
  const { errTheme: theme } = ctx.output
  let initial = ''
  for (;;) {
    const result = await prompter.answer({
      message: `${theme.accent('›')} `,
      initial,
      subscribe: noTicks,
      view: (line) => ({ status: theme.dim(status), footer: theme.dim(preview(planned, line, engine)) }),
    })
    const line = [result.line, ...result.more].find((l) => l.trim() !== '') ?? ''
    if (line.trim() === '') {
      ctx.output.err(theme.dim('  (no answer: here is the reference)'))
      return ''
    }
    const value = evaluateAnswer(planned.question, line.trim(), engine, planned.givens)
    if (value.ok) {
      ctx.output.err(`  ${theme.dim('›')} ${line.trim()}`)
      return line.trim()
    }
    for (const l of wrap(`${line.trim()}: ${value.error}`, width, `  ${theme.bad('✗')} `, '    ')) ctx.output.err(l)
    initial = line
  }
}
