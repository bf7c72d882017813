/**
 * A doc filled from an interview: each answer lands under the heading of its phase, answers
 * that cover several phases are placed once and pointed to, nothing typed is dropped, and
 * the timing report is in the appendix. Values are not the point here (fake engine).
 */
import { describe, expect, it } from 'vitest'
import { checkDocTemplate, renderDoc } from '../../../src/core/docs/render-doc'
import { fakeEngine } from './fake-engine'
import { inspectDoc, sections } from './markdown-check'
import { defaultTemplate, shippedProblem } from './problem-fixtures'
import { SESSIONS, fixtureSession } from './session-fixtures'

const problem = shippedProblem('live-comment-system')
const template = checkDocTemplate(defaultTemplate())

function render(sessionId: string): string {
  const session = fixtureSession(sessionId)
  return renderDoc(template, { problem, engine: fakeEngine(), date: '2026-11-21', generator: 'sysdrill 0.1.0', session, sessionDate: '2026-11-20' }).markdown
}

describe('a doc filled from a nine-phase session', () => {
  const markdown = render(SESSIONS.standard)
  const doc = inspectDoc(markdown)
  const section = sections(markdown)
  const first = (heading: string) => section.get(heading)!.split('\n\n')[0]

  it('names the session in the front matter and the intro', () => {
    expect(doc.frontMatter).toMatchObject({ session: SESSIONS.standard, problem: 'live-comment-system', date: '2026-11-21' })
    expect(markdown).toContain(
      `> Filled from the interview session \`${SESSIONS.standard}\` of 2026-11-20 (Standard interview (nine phases), practice mode, finished).`,
    )
  })

  it('puts each answer first under its own heading, escaped but with its text intact', () => {
    // each typed line stays its own paragraph
    expect(section.get('Functional requirements')!.split('\n\n_The problem')[0]).toBe(
      [
        'Viewers post short text comments on a live broadcast.',
        'Everyone watching sees new comments without refreshing.',
        '\\# not a heading, just a hash',
        'Out of scope: media in comments.',
      ].join('\n\n'),
    )
    expect(first('Non-functional requirements')).toBe('p99 under 250 ms in-region | AP over CP; never lose an acknowledged comment.')
    expect(first('Capacity estimates')).toBe('2 billion comments a day is about 23 thousand a second; egress is about 4 GB/s.')
    expect(first('API')).toBe('```\nPOST /v1/videos/{id}/comments\nPUT /v1/videos/{id}/subscriptions (SSE)\n```')
    expect(first('High-level design')).toBe('Gateway, comment service, Cassandra, Redis pub/sub, SSE servers. &lt;script>alert(1)&lt;/script> \\{\\{title}}')
    expect(section.get('High-level design')!.split('\n\n')[1]).toBe('unsubmitted draft: edge relays for hot broadcasts')
    expect(first('Monitoring, alerts and SLOs')).toBe('SLO: 99.95 % of posts accepted per month; alert on delivery lag p99 > 1 s.')
  })

  it('closes the fence an answer left open, so the rest of the doc survives', () => {
    expect(section.get('Deep dives')!.startsWith('Fan-out per broadcast channel:\n\n```\nchannel = hash(videoId) % nodes\n```')).toBe(true)
    expect(doc.headings.map((h) => h.text)).toContain('Appendix')
  })

  it('says why a section has no answer: skipped, or never reached', () => {
    expect(first('Data model')).toBe('_Nothing was written in the interview for this (skipped)._')
    expect(first('Alternatives considered')).toBe('_Nothing was written in the interview for this (not reached)._')
  })

  it('lists the clarifying questions asked as assumptions, and only the others as open', () => {
    expect(section.get('Assumptions confirmed in the interview')).toBe(
      [
        '- **How many users, broadcasts and comments should the design carry?** About 100 million daily active users, about 200 million live broadcasts a day, and on average 10 comments per broadcast.',
        '- **is there a paid tier?** No specific answer on that one: state a reasonable assumption out loud and carry on.',
      ].join('\n'),
    )
    const open = section.get('Open questions')!
    expect(open).not.toContain('How many users, broadcasts and comments')
    expect(open.match(/^- \[ \] /gm)).toHaveLength(problem.clarifyingQuestions.length - 1)
  })

  it('shows only the follow-ups raised, under their own heading', () => {
    expect(section.get('Follow-ups raised in the interview')!.match(/^- \*\*(.*?)\*\*/gm)).toEqual([
      '- **Why is the subscribe call a PUT rather than a GET?**',
      '- **A phone times out posting a comment and retries. How do you avoid showing it twice?**',
    ])
  })

  it('appends the timing report: budget, used, share, bar, ending and hints per phase, then the totals', () => {
    const timing = doc.tables.find((t) => t.header[0] === 'Phase')!
    expect(timing.rows.map((row) => [row[0], row[1], row[2], row[3], row[5], row[6]])).toEqual([
      ['Requirements and scope', '5:00', '4:30', '90 %', 'done', '1'],
      ['Non-functional requirements', '3:00', '2:00', '67 %', 'done', '0'],
      ['Capacity estimation', '4:00', '5:30', '138 %', 'done, over time', '0'],
      ['API', '3:00', '3:00', '100 %', 'done', '0'],
      ['Data model and storage', '3:00', '0:40', '22 %', 'skipped', '0'],
      ['High-level design', '8:00', '8:00', '100 %', 'done', '0'],
      ['Deep dive', '11:00', '12:30', '114 %', 'done, over time', '2'],
      ['Monitoring and operations', '3:00', '2:00', '67 %', 'interview ended', '0'],
      ['Wrap-up', '5:00', '0:00', '0 %', 'not reached', '0'],
      ['**Total**', '45:00', '38:10', '85 %', '', ''],
    ])
    // one scale for all bars: the longest phase (12:30 in the deep dive) is 20 cells
    expect(timing.rows[6]![4]).toBe(`${'█'.repeat(18)}${'▒'.repeat(2)}`)
    expect(timing.rows[2]![4]).toBe(`${'█'.repeat(6)}${'▒'.repeat(2)}`)
    expect(timing.rows[0]![4]).toBe(`${'█'.repeat(7)}${'░'.repeat(1)}`)
  })

  it('still renders valid tables and no stray braces', () => {
    for (const table of doc.tables) expect(new Set(table.cellCounts)).toEqual(new Set([table.header.length]))
    expect(doc.strayBraces).toEqual([])
  })
})

describe('a doc filled from a four-step session', () => {
  const section = sections(render(SESSIONS.fourStep))
  const first = (heading: string) => section.get(heading)!.split('\n\n')[0]

  it('places a step that covers several sections once, in the first, and points there from the others', () => {
    expect(first('Functional requirements')).toBe('SCOPE-ANSWER: text comments, 250 ms, 23 thousand writes a second.')
    expect(first('Non-functional requirements')).toBe('_Answered in the interview phase “Scope the problem”, under the functional requirements above._')
    expect(first('Capacity estimates')).toBe('_Answered in the interview phase “Scope the problem”, under the functional requirements above._')
    expect(first('API')).toBe('DESIGN-ANSWER: POST comments, Cassandra table, pub/sub.')
    expect(first('Data model')).toBe('_Answered in the interview phase “High-level design”, under the API above._')
    expect(first('High-level design')).toBe('_Answered in the interview phase “High-level design”, under the API above._')
    expect(first('Deep dives')).toBe('DEEP-ANSWER: hot broadcasts get relays.')
    expect(first('Monitoring, alerts and SLOs')).toBe('_Answered in the interview phase “Deep dive”, under the deep dives above._')
    expect(first('Alternatives considered')).toBe('_Nothing was written in the interview for this (done)._')
  })
})

describe('a doc filled from an unfinished ML-template session', () => {
  const markdown = render(SESSIONS.ml)
  const section = sections(markdown)
  const first = (heading: string) => section.get(heading)!.split('\n\n')[0]

  it('keeps the answer of a phase that matches no section, with its draft, in the appendix', () => {
    expect(section.get('From the interview: Model development')).toBe('MODEL-ANSWER: gradient boosted trees\n\nand a draft line')
  })

  it('maps the other phases through covers and marks the session in progress', () => {
    expect(first('Capacity estimates')).toBe('DATA-ANSWER')
    expect(first('Data model')).toBe('_Answered in the interview phase “Data”, under the capacity estimates above._')
    expect(first('High-level design')).toBe('_Nothing was written in the interview for this (not reached)._')
    expect(markdown).toContain('ML system design, practice mode, in progress)')
  })
})

describe('line breaks typed in an answer', () => {
  it('make plain lines paragraphs, and leave lists, quotes, tables, indents and code as typed', async () => {
    const { keepLineBreaks } = await import('../../../src/core/docs/session-answers')
    expect(keepLineBreaks('one\ntwo\n\nthree')).toBe('one\n\ntwo\n\nthree')
    expect(keepLineBreaks('intro\n- a\n- b\n  more of b\n1. c\n> q\n> r\n| x |\n| y |')).toBe('intro\n- a\n- b\n  more of b\n1. c\n> q\n> r\n| x |\n| y |')
    expect(keepLineBreaks('code:\n```\nx\ny\n```\nafter')).toBe('code:\n\n```\nx\ny\n```\nafter')
  })
})
