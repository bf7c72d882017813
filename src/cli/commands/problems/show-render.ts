/**
 * `problems show` as text: the sections a candidate reads first, then, with --hints and
 * --solution, what an interviewer would reveal. Lines are built here and printed by run-show.
 */
import { PHASE_IDS, PHASE_TITLES } from '../../../core/phases'
import type { RevealLevel } from '../../../core/problems/reveal'
import type { ScaleRow } from '../../../core/problems/scale'
import { formatPercent } from '../../../core/problems/scale'
import type { Problem } from '../../../core/problems/types'
import type { Theme } from '../../theme'
import { renderTable } from '../../table'
import { reflow, wrap, wrapBlock } from '../../text-layout'

export interface ShowInput {
  problem: Problem
  level: RevealLevel
  /** computed scale rows; undefined when the engine is not available */
  scale?: ScaleRow[]
  width: number
  theme: Theme
}

export function renderProblem({ problem: p, level, scale, width, theme }: ShowInput): string[] {
  const hints = level !== 'statement'
  const solution = level === 'solution'
  const out: string[] = []
  const section = (title: string) => out.push('', theme.title(title))
  const sub = (title: string) => out.push(`  ${theme.bold(title)}`)
  const prose = (text: string, indent = '  ') => out.push(...reflow(text, width, indent))
  const bullets = (items: readonly string[], indent = '  ') => {
    for (const item of items) out.push(...wrap(`- ${item}`, width, indent, `${indent}  `))
  }

  out.push(theme.bold(p.title))
  const facts = [p.id, p.kind, p.difficulty, `${p.durationMinutes} min`, ...(p.pack ? [`pack: ${p.pack}`] : [])]
  out.push(theme.dim(facts.join(' · ')))
  out.push(...wrap(`tags: ${p.tags.join(', ')}`, width).map((l) => theme.dim(l)))

  section('Statement')
  prose(p.statement)

  const { functional, nonFunctional, outOfScope } = p.requirements
  if (functional.length + nonFunctional.length + outOfScope.length > 0) {
    section('Requirements')
    if (functional.length > 0) {
      sub('Functional')
      for (const r of functional) out.push(...wrap(r.text, width, `    ${theme.dim(r.priority.padEnd(8))}`, ' '.repeat(12)))
    }
    if (nonFunctional.length > 0) {
      sub('Non-functional')
      for (const r of nonFunctional) {
        out.push(...wrap(`${r.category}: ${r.text}${r.target ? ` (target: ${r.target})` : ''}`, width, '    ', '      '))
      }
    }
    if (outOfScope.length > 0) {
      sub('Out of scope')
      bullets(outOfScope, '    ')
    }
  }

  const { givens, derived, heuristics } = p.scale
  if (givens.length + derived.length > 0) {
    section('Scale')
    const rowFor = (key: string) => scale?.find((r) => r.key === key)
    if (givens.length > 0) {
      sub('Given')
      const rows = givens.map((g) => {
        const row = rowFor(g.key)
        const shown = row?.display && readingWorthShowing(g.value, row.display.text) ? `= ${row.display.text}` : ''
        return [g.label, g.value, shown]
      })
      out.push(...renderTable([{ header: '', flex: true, min: 20 }, { header: '' }, { header: '', style: (t) => theme.dim(t) }], rows, { maxWidth: width - 4 }).slice(1).map((l) => `    ${l}`))
    }
    const asked = derived.filter((d) => solution || d.ask !== false)
    if (asked.length > 0) {
      sub(solution ? 'Derived' : 'Work out')
      if (solution) {
        for (const d of asked) {
          const row = rowFor(d.key)
          const value = row?.display ? row.display.text : row?.error ? theme.bad(`(${row.error.message})`) : `${d.expected} ${d.unit}`
          out.push(...wrap(`${d.label}: ${theme.bold(value)}`, width, '    ', '      '))
          out.push(...wrap(`${d.key} = ${d.expr}`, width, '      ', '        ').map((l) => theme.code(l)))
          const check = row?.deviation !== undefined && row.tolerance !== undefined ? (row.deviation <= row.tolerance * (1 + 1e-9) ? theme.good('✓') : theme.bad('✗')) : ''
          out.push(theme.dim(`      reference ${groupDigits(d.expected)} ${d.unit}, ±${formatPercent(d.tolerance)}`) + (check ? ` ${check}` : ''))
          if (d.notes) out.push(...reflow(d.notes, width, '      ').map((l) => theme.dim(l)))
        }
      } else {
        const rows = asked.map((d) => [d.label, `in ${d.unit}`])
        out.push(...renderTable([{ header: '', flex: true }, { header: '' }], rows, { maxWidth: width - 4 }).slice(1).map((l) => `    ${l}`))
      }
    }
    if (hints && heuristics.length > 0) {
      sub('Rules of thumb')
      bullets(heuristics, '    ')
    }
  }

  if (p.clarifyingQuestions.length > 0) {
    section('Clarifying questions')
    for (const q of p.clarifyingQuestions) {
      out.push(...wrap(`- ${q.ask}`, width, '  ', '    '))
      if (hints) out.push(...reflow(q.answer, width, '    ').map((l, i) => theme.dim(i === 0 ? l.replace(/^( *)/, '$1→ ') : `  ${l}`)))
    }
  }

  if (hints) renderHints(p, { out, section, sub, prose, bullets, theme, width, solution })
  if (solution) renderSolution(p, { out, section, sub, prose, bullets, theme, width, solution })

  const related = [
    p.relatedProblems.length > 0 ? `related problems: ${p.relatedProblems.join(', ')}` : '',
    p.relatedConcepts.length > 0 ? `drills: ${p.relatedConcepts.join(', ')}` : '',
  ].filter(Boolean)
  if (related.length > 0) {
    out.push('')
    for (const line of related) out.push(...wrap(line, width, '', '  ').map((l) => theme.dim(l)))
  }
  return out
}

/** 36524250000 as 36,524,250,000, so a reference value reads as easily as the computed one */
const groupDigits = (n: number): string => (Math.abs(n) >= 10_000 ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(n))

const NUMBER_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'quadrillion'])

/**
 * The engine's reading of a given is shown only when it makes the number easier to read in the
 * same unit ("3521614606208 links" = "3.52 trillion links"). A reading in another unit
 * ("20 million links/day" = "231 links/s") would hand the candidate a quantity to work out.
 */
function readingWorthShowing(written: string, reading: string): boolean {
  const split = (text: string) => {
    const tokens = text.toLowerCase().split(/[\s/*·^()]+/).filter((t) => t !== '')
    const units = tokens.filter((t) => /^[a-zµμ%]/.test(t) && !NUMBER_WORDS.has(t)).map((t) => t.replace(/s$/, '')).sort().join(' ')
    const numbers = tokens.filter((t) => !/^[a-zµμ%]/.test(t) || NUMBER_WORDS.has(t)).join(' ')
    return { units, numbers }
  }
  const a = split(written)
  const b = split(reading)
  return a.units === b.units && a.numbers !== b.numbers
}

interface Writer {
  out: string[]
  section(title: string): void
  sub(title: string): void
  prose(text: string, indent?: string): void
  bullets(items: readonly string[], indent?: string): void
  theme: Theme
  width: number
  solution: boolean
}

function renderHints(p: Problem, w: Writer): void {
  const phases = PHASE_IDS.filter((id) => (p.phases[id]?.cues.length ?? 0) + (p.phases[id]?.hints.length ?? 0) > 0)
  if (phases.length > 0) {
    w.section('Phase by phase')
    for (const id of phases) {
      const material = p.phases[id]!
      w.sub(PHASE_TITLES[id])
      w.bullets(material.cues, '    ')
      for (const hint of material.hints) w.out.push(...wrap(`hint: ${hint}`, w.width, '    ', '      ').map((l) => w.theme.dim(l)))
    }
  }
  if (p.deepDives.length > 0) {
    w.section('Deep dives')
    p.deepDives.forEach((d, i) => {
      w.sub(`${i + 1}. ${d.title}`)
      w.prose(d.prompt, '    ')
      for (const hint of d.hints) w.out.push(...wrap(`hint: ${hint}`, w.width, '    ', '      ').map((l) => w.theme.dim(l)))
      if (w.solution && d.keyPoints.length > 0) {
        w.out.push(`    ${w.theme.bold('key points')}`)
        w.bullets(d.keyPoints, '    ')
      }
      if (d.concepts.length > 0) w.out.push(...wrap(`drills: ${d.concepts.join(', ')}`, w.width, '    ', '      ').map((l) => w.theme.dim(l)))
    })
  }
}

function renderSolution(p: Problem, w: Writer): void {
  if (p.apiHints.length > 0) {
    w.section('API')
    for (const a of p.apiHints) {
      w.out.push(`  ${w.theme.code(`${a.method} ${a.path}`)}`)
      w.prose(a.purpose, '    ')
      // one line per line the author wrote: a header line and a body, or one status per line
      if (a.request) w.out.push(...wrapBlock(a.request, w.width, '    request:  ', ' '.repeat(14)))
      if (a.response) w.out.push(...wrapBlock(a.response, w.width, '    response: ', ' '.repeat(14)))
      if (a.notes) w.out.push(...reflow(a.notes, w.width, '    ').map((l) => w.theme.dim(l)))
    }
  }
  const { entities, storageChoices } = p.dataModelHints
  if (entities.length + storageChoices.length > 0) {
    w.section('Data model')
    for (const e of entities) {
      w.sub(`${e.name} (${e.store})`)
      for (const f of e.fields) {
        const facts = [f.type, f.key ? `${f.key} key` : ''].filter(Boolean).join(', ')
        w.out.push(...wrap(`${w.theme.code(f.name)} (${facts})${f.notes ? `: ${f.notes}` : ''}`, w.width, '    ', '      '))
      }
      if (e.accessPatterns.length > 0) w.bullets(e.accessPatterns.map((a) => `access: ${a}`), '    ')
      if (e.notes) w.prose(e.notes, '    ')
    }
    for (const c of storageChoices) {
      w.sub(`Option: ${c.option}`)
      w.bullets([...c.pros.map((x) => `+ ${x}`), ...c.cons.map((x) => `- ${x}`)], '    ')
      w.out.push(...wrap(`verdict: ${c.verdict}`, w.width, '    ', '      '))
    }
  }
  const { components, connections, flows } = p.highLevelDesign
  if (components.length + flows.length > 0) {
    w.section('High-level design')
    for (const c of components) w.out.push(...wrap(`${w.theme.bold(c.name)}: ${c.responsibility}`, w.width, '  ', '    '))
    if (connections.length > 0) {
      w.sub('Connections')
      const names = new Map(components.map((c) => [c.id, c.name]))
      for (const c of connections) w.out.push(...wrap(`${names.get(c.from) ?? c.from} → ${names.get(c.to) ?? c.to}${c.label ? `: ${c.label}` : ''}`, w.width, '    ', '      '))
    }
    for (const f of flows) {
      w.sub(f.name)
      f.steps.forEach((step, i) => w.out.push(...wrap(`${i + 1}. ${step}`, w.width, '    ', '       ')))
    }
  }
  if (p.followUps.length > 0) {
    w.section('Follow-ups')
    for (const f of p.followUps) {
      const tag = [f.phase ? PHASE_TITLES[f.phase] : '', f.kind === 'requirement-change' ? 'requirement change' : ''].filter(Boolean).join(', ')
      w.out.push(...wrap(`- ${f.ask}${tag ? ` (${tag})` : ''}`, w.width, '  ', '    '))
      w.bullets(f.expectedPoints, '    ')
    }
  }
  if (p.rubric.length > 0) {
    w.section('Rubric')
    for (const id of [...PHASE_IDS, undefined]) {
      const points = p.rubric.filter((r) => r.phase === id)
      if (points.length === 0) continue
      if (id) w.sub(PHASE_TITLES[id])
      for (const r of points) {
        w.out.push(...wrap(r.point, w.width, `    ${w.theme.warn('★'.repeat(r.weight))}${' '.repeat(4 - r.weight)}`, ' '.repeat(8)))
        w.out.push(...wrap(`keywords: ${r.keywords.join(', ')}`, w.width, '        ', '          ').map((l) => w.theme.dim(l)))
      }
    }
  }
  if (p.pitfalls.length > 0) {
    w.section('Pitfalls')
    w.bullets(p.pitfalls)
  }
  if (p.modelAnswer) {
    w.section('Model answer')
    w.prose(p.modelAnswer)
  }
  if (p.interviewerNotes) {
    w.section('Interviewer notes')
    w.prose(p.interviewerNotes)
  }
}
