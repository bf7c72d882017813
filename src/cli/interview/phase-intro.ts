/**
 * What the candidate sees when a phase starts: a rule with the phase and its budget, the
 * template's prompts and tips, the problem's cues for this phase, and in the estimation phase
 * the numbers the interviewer gives and the quantities to work out.
 */
import { formatClock } from '../../core/interview/session-time'
import { coversEstimation, estimationQuestions, phaseCues } from '../../core/interview/phase-material'
import type { SessionRecord } from '../../core/interview/session-types'
import type { PhaseTemplate } from '../../core/interview/template-types'
import type { Problem } from '../../core/problems/types'
import type { Theme } from '../theme'
import { wrap, wrapBlock } from '../text-layout'

export interface IntroContext {
  session: SessionRecord
  problem: Problem
  template: PhaseTemplate | undefined
  theme: Theme
  width: number
}

export function ruleLine(left: string, right: string, width: number, theme: Theme): string {
  const fill = Math.max(3, width - [...left].length - [...right].length - 8)
  return `${theme.dim('──')} ${theme.title(left)} ${theme.dim('─'.repeat(fill))} ${theme.bold(right)} ${theme.dim('──')}`
}

/** The problem statement, shown once before the first phase. */
export function problemIntro(ctx: IntroContext): string[] {
  const { problem, session, theme, width } = ctx
  const lines = [
    '',
    theme.title(problem.title),
    theme.dim(`${session.minutes} minutes · ${session.mode} mode · ${ctx.template?.title ?? session.template.title}`),
    '',
    ...problem.statement.split(/\n\s*\n/).flatMap((paragraph) => [...wrap(paragraph, width, '  '), '']),
  ]
  const modeLine =
    session.mode === 'strict'
      ? 'Strict mode: each phase ends when its time is up; what you typed so far is kept.'
      : 'Practice mode: /pause stops the clock, and a phase may run over (the overtime is recorded).'
  lines.push(...wrap(modeLine, width, '  ').map(theme.dim))
  lines.push(...wrap('Type your answer line by line. Commands start with /: /hint, /clarify <question>, = <expression>, /next, /help. Ctrl-C saves and stops; --resume continues.', width, '  ').map(theme.dim))
  return lines
}

export function phaseIntro(ctx: IntroContext, index: number): string[] {
  const { session, problem, theme, width } = ctx
  const phase = session.phases[index]!
  const templatePhase = ctx.template?.phases.find((p) => p.id === phase.id)
  const lines = ['', ruleLine(`${index + 1}/${session.phases.length} ${phase.title}`, formatClock(phase.budgetSeconds * 1000), width, theme)]
  for (const prompt of templatePhase?.prompts ?? []) lines.push(...wrap(prompt, width, '  • '))
  for (const tip of templatePhase?.tips ?? []) lines.push(...wrap(tip, width, `  ${theme.dim('Tip:')} `, '       ').map((l, i) => (i === 0 ? l : theme.dim(l))))
  const cues = phaseCues(problem, phase)
  if (cues.length > 0) {
    lines.push(theme.accent('  For this problem:'))
    for (const cue of cues) lines.push(...wrap(cue, width, '    – '))
  }
  if (coversEstimation(phase)) lines.push(...estimationBrief(ctx))
  return lines
}

/** The givens (usable by name in expressions) and the quantities to estimate. */
export function estimationBrief(ctx: IntroContext): string[] {
  const { problem, theme, width } = ctx
  const lines: string[] = []
  if (problem.scale.givens.length > 0) {
    lines.push(theme.accent('  Numbers from the interviewer (usable by name in expressions):'))
    const keyWidth = Math.min(24, Math.max(...problem.scale.givens.map((g) => g.key.length)))
    for (const given of problem.scale.givens) {
      lines.push(...wrap(`${given.value}  ${theme.dim(`(${given.label})`)}`, width, `    ${theme.code(given.key.padEnd(keyWidth))} = `, ' '.repeat(keyWidth + 7)))
    }
  }
  const questions = estimationQuestions(problem)
  if (questions.length > 0) {
    const auto = ctx.session.phases.some((p) => p.covers.length === 1 && p.covers[0] === 'estimation')
    lines.push(theme.accent(`  Work out (${questions.length})${auto ? '' : '; /estimates asks them one by one'}:`))
    questions.forEach((q, i) => lines.push(...wrap(`${q.label} ${theme.dim(`(${q.unit})`)}`, width, `    ${i + 1}. `)))
  }
  return lines
}

/**
 * Shown when a phase continues after Ctrl-C or a crash: where we are, what happened earlier in
 * the phase (`earlier`: the interviewer's replies, hints, notes) and the last lines written.
 */
export function resumeIntro(ctx: IntroContext, index: number, remainingMs: number, earlier: string[] = []): string[] {
  const { session, theme, width } = ctx
  const phase = session.phases[index]!
  const left = remainingMs >= 0 ? `${formatClock(remainingMs)} left` : `${formatClock(-remainingMs)} over`
  const lines = [...phaseIntro(ctx, index), theme.dim(`  Resumed: ${left} in this phase.`), ...earlier]
  const written = phase.answer.split('\n').filter((l) => l.trim() !== '')
  if (written.length > 0) {
    if (written.length > 6) lines.push(theme.dim(`  │ … ${written.length - 6} earlier lines`))
    for (const line of written.slice(-6)) lines.push(...wrapBlock(line, width, `  ${theme.dim('│')} `, `  ${theme.dim('│')} `))
  }
  return lines
}
