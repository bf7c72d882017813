/**
 * Asks a concept card: a multi-line answer in the answer box (Enter adds a line, an empty line
 * or Ctrl-D ends it; /undo drops the last line, /skip leaves the card for later), then the
 * self-grade, with the suggestion from the key points as the default.
 */
import type { CommandContext } from '../../context'
import { previewGrades, SELF_GRADES, type CardSchedule, type SelfGrade } from '../../../core/progress/scheduler'
import type { Prompter } from '../../prompter'
import { wrap, wrapBlock } from '../../text-layout'
import { gradeChoice } from './render-card'

const noTicks = () => () => {}

export type CardAnswer = { kind: 'answer'; text: string } | { kind: 'skip' }

export async function askCardAnswer(ctx: CommandContext, prompter: Prompter, status: string, width: number): Promise<CardAnswer> {
  const { errTheme: theme } = ctx.output
  const lines: string[] = []
  let initial = ''
  for (const line of wrap('Answer in your own words: Enter adds a line, an empty line ends the answer (an empty answer just shows the key points).', width, '  ', '  ')) ctx.output.err(theme.dim(line))
  for (;;) {
    const result = await prompter.answer({
      message: `  ${theme.dim('│')} `,
      initial,
      subscribe: noTicks,
      view: () => ({
        status: theme.dim(`${status}${lines.length > 0 ? ` · ${lines.length} line${lines.length === 1 ? '' : 's'} so far` : ''}`),
        footer: theme.dim('empty line: done · /undo: drop a line · /skip: later · Ctrl-C: stop'),
      }),
    })
    initial = result.rest
    for (const line of [result.line, ...result.more]) {
      const command = line.trim().toLowerCase()
      if (command === '') return { kind: 'answer', text: lines.join('\n') }
      if (command === '/skip') return { kind: 'skip' }
      if (command === '/undo') {
        const dropped = lines.pop()
        ctx.output.err(theme.dim(dropped === undefined ? '  (nothing to undo)' : `  (dropped: ${dropped})`))
        continue
      }
      lines.push(line)
      for (const shown of wrapBlock(line, width, `  ${theme.dim('│')} `, `  ${theme.dim('│')} `)) ctx.output.err(shown)
    }
    if (result.eof) return { kind: 'answer', text: lines.join('\n') }
  }
}

export async function askSelfGrade(ctx: CommandContext, prompter: Prompter, previous: CardSchedule | undefined, suggested: SelfGrade, nowMs: number): Promise<SelfGrade> {
  const previews = previewGrades(previous, nowMs)
  ctx.output.err(ctx.output.errTheme.dim(`  The key points suggest "${suggested}"; you know better what you knew.`))
  return prompter.select<SelfGrade>({
    message: 'How well did you know it?',
    choices: SELF_GRADES.map((grade) => ({ ...gradeChoice(grade, previews[grade], nowMs), value: grade })),
    default: suggested,
  })
}
