/**
 * What an interview session puts into a doc: each template phase's answer lands in the
 * section of the first canonical phase it covers (the others say where to find it), the
 * clarifying questions asked become assumptions, and the clock becomes a timing table.
 */
import { PHASE_IDS, isPhaseId, type PhaseId } from '../phases'
import type { SessionPhase, SessionRecord } from '../interview/session-types'
import { formatClock, formatElapsed } from '../interview/session-time'
import type { ClarifyingQuestion } from '../problems/types'
import { closesFence, fenceOpener, sanitizeMarkdown } from './markdown-escape'
import { markdown, type Markdown, type TemplateRecord } from './template-types'

/** The answer as the candidate left it: the submitted text plus any unsubmitted draft. */
export function phaseText(phase: SessionPhase): string {
  return [phase.answer, phase.draft].map((part) => keepLineBreaks(part.trim())).filter((part) => part !== '').join('\n\n')
}

const BLOCK_START = /^\s*([-*+] |\d{1,9}[.)] |>|\|)|^\s{2,}\S/

/**
 * Answers are typed line by line in a terminal, and each line is meant as its own line;
 * Markdown would run them together into one paragraph. So plain lines become paragraphs,
 * while lists, quotes, tables, indented continuations and code blocks keep their lines.
 */
export function keepLineBreaks(text: string): string {
  const out: string[] = []
  let fence: string | undefined
  let previous = ''
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence !== undefined) {
      out.push(line)
      if (closesFence(line, fence)) fence = undefined
      previous = line
      continue
    }
    if (previous.trim() !== '' && line.trim() !== '' && !BLOCK_START.test(line) && fenceOpener(previous) === undefined) out.push('')
    out.push(line)
    fence = fenceOpener(line)
    previous = line
  }
  return out.join('\n')
}

function endedHow(phase: SessionPhase): string {
  if (phase.status === 'pending') return 'not reached'
  if (phase.status === 'active') return 'in progress'
  switch (phase.endReason) {
    case 'skipped':
      return 'skipped'
    case 'time-up':
      return 'time up'
    case 'finished':
      return 'interview ended'
    default:
      return phase.timeUp ? 'done, over time' : 'done'
  }
}

/** The canonical phases a template phase stands for, in interview order. */
function coveredPhases(phase: SessionPhase): PhaseId[] {
  const covers = phase.covers.length > 0 ? phase.covers : isPhaseId(phase.id) ? [phase.id] : []
  return PHASE_IDS.filter((id) => covers.includes(id))
}

const note = (text: string): Markdown => markdown(`_${text}_`)

/** How the doc refers to the section that holds a phase's answer. */
const SECTION_NAMES: Record<PhaseId, string> = {
  requirements: 'the functional requirements',
  'non-functional': 'the non-functional requirements',
  estimation: 'the capacity estimates',
  api: 'the API',
  'data-model': 'the data model',
  'high-level-design': 'the high-level design',
  'deep-dive': 'the deep dives',
  operations: 'monitoring',
  'wrap-up': 'the alternatives considered',
}

/**
 * Per canonical phase: the candidate's text (plain, escaped when rendered), a Markdown note
 * when the answer lives elsewhere or is missing, or several answers under their phase titles.
 */
export function answersByPhase(session: SessionRecord): Record<PhaseId, string | Markdown> {
  const sources = new Map<PhaseId, SessionPhase[]>()
  const pointers = new Map<PhaseId, { from: SessionPhase; home: PhaseId }>()
  for (const phase of session.phases) {
    const [home, ...others] = coveredPhases(phase)
    if (home === undefined) continue // see otherAnswers()
    sources.set(home, [...(sources.get(home) ?? []), phase])
    for (const other of others) if (!pointers.has(other)) pointers.set(other, { from: phase, home })
  }
  const result = {} as Record<PhaseId, string | Markdown>
  for (const id of PHASE_IDS) {
    const phases = sources.get(id) ?? []
    const pointer = pointers.get(id)
    if (phases.length === 0) {
      result[id] = pointer
        ? note(`Answered in the interview phase “${pointer.from.title}”, under ${SECTION_NAMES[pointer.home]} above.`)
        : note(`The interview template (${session.template.title}) has no phase for this; nothing was asked here.`)
      continue
    }
    const written = phases.filter((phase) => phaseText(phase) !== '')
    if (written.length === 0) {
      const how = phases.map((phase) => endedHow(phase)).join(', ')
      result[id] = note(`Nothing was written in the interview for this (${how}).`)
    } else if (phases.length === 1) {
      result[id] = phaseText(written[0]!)
    } else {
      // Several template phases feed one section: keep each under its own title.
      result[id] = markdown(
        phases
          .map((phase) => `**${sanitizeMarkdown(phase.title)}**\n\n${phaseText(phase) === '' ? `_Nothing written (${endedHow(phase)})._` : sanitizeMarkdown(phaseText(phase))}`)
          .join('\n\n'),
      )
    }
  }
  return result
}

/** Answers to template phases that cover no canonical phase (an ML model step): kept, not dropped. */
export function otherAnswers(session: SessionRecord): TemplateRecord[] {
  return session.phases
    .filter((phase) => coveredPhases(phase).length === 0 && phaseText(phase) !== '')
    .map((phase) => ({ phase: phase.title, answer: phaseText(phase) }))
}

/** Clarifying questions asked (as assumptions) and not asked (as open questions). */
export function splitQuestions(questions: ClarifyingQuestion[], session: SessionRecord | undefined): { assumptions: TemplateRecord[]; open: TemplateRecord[] } {
  const asked = new Map<string, string>()
  const assumptions: TemplateRecord[] = []
  for (const phase of session?.phases ?? []) {
    for (const clarification of phase.clarifications) {
      const question = questions.find((q) => q.id === clarification.matchedId)
      if (question && asked.has(question.id)) continue
      if (question) asked.set(question.id, clarification.question)
      assumptions.push({
        category: question?.category ?? '',
        ask: question?.ask ?? clarification.question,
        answer: clarification.answer,
        asked: clarification.question,
      })
    }
  }
  const open = questions
    .filter((q) => !asked.has(q.id))
    .map((q): TemplateRecord => ({ category: q.category, ask: q.ask, answer: q.answer, asked: '' }))
  return { assumptions, open }
}

const BAR_WIDTH = 20

/** █ for time used within budget, ▒ for time over it, ░ for budget left; one scale for every phase. */
function timeBar(usedMs: number, budgetMs: number, scaleMs: number): string {
  const cells = (ms: number) => Math.round((ms / scaleMs) * BAR_WIDTH)
  const within = cells(Math.min(usedMs, budgetMs))
  const over = cells(Math.max(0, usedMs - budgetMs))
  const left = Math.max(0, cells(budgetMs) - within)
  return `${'█'.repeat(within)}${'▒'.repeat(over)}${'░'.repeat(left)}`
}

const share = (usedMs: number, budgetMs: number) => (budgetMs > 0 ? `${Math.round((usedMs / budgetMs) * 100)} %` : '')

export function timingRows(session: SessionRecord): { rows: TemplateRecord[]; total: TemplateRecord } {
  const scaleMs = Math.max(1, ...session.phases.map((p) => Math.max(p.usedMs, p.budgetSeconds * 1000)))
  const rows = session.phases.map((phase): TemplateRecord => {
    const budgetMs = phase.budgetSeconds * 1000
    return {
      phase: phase.title,
      budget: formatClock(budgetMs),
      used: formatElapsed(phase.usedMs),
      share: share(phase.usedMs, budgetMs),
      bar: timeBar(phase.usedMs, budgetMs, scaleMs),
      outcome: endedHow(phase),
      hints: String(phase.hints.length),
    }
  })
  const budgetMs = session.phases.reduce((sum, p) => sum + p.budgetSeconds * 1000, 0)
  const usedMs = session.phases.reduce((sum, p) => sum + p.usedMs, 0)
  return { rows, total: { budget: formatClock(budgetMs), used: formatElapsed(usedMs), share: share(usedMs, budgetMs) } }
}
