import { describe, expect, it } from 'vitest'
import { getEngine } from '../../../src/core/estimate/index'
import { planBudgets } from '../../../src/core/interview/budgets'
import { buildReport } from '../../../src/core/interview/report'
import { advance, begin, createSession } from '../../../src/core/interview/session'
import { addAnswer, answerEstimate } from '../../../src/core/interview/session-actions'
import { renderReport, timeBar } from '../../../src/cli/interview/report-view'
import { commandsFooter, statusLine } from '../../../src/cli/interview/status-line'
import { visibleLength, wrap } from '../../../src/cli/text-layout'
import { plainTheme } from '../../../src/cli/theme'
import { createChalkTheme } from '../../../src/cli/theme-chalk'
import { liveComments } from '../../fixtures/interview/live-comments'
import { shippedTemplate } from '../../fixtures/interview/templates'

const T0 = Date.UTC(2026, 10, 21, 9, 0, 0)

describe('the countdown line', () => {
  const base = { budgetMs: 300_000, index: 0, count: 9, title: 'Requirements and scope', totalRemainingMs: 2_700_000, width: 78 }

  it('shows time left, a bar and the phase, shortening to fit', () => {
    expect(statusLine({ ...base, remainingMs: 300_000 }, plainTheme)).toBe('5:00 left ▕░░░░░░░░░░░░▏ 1/9 Requirements and scope · 45:00 left in all')
    expect(statusLine({ ...base, remainingMs: 60_000 }, plainTheme)).toBe('1:00 left ▕██████████░░▏ 1/9 Requirements and scope · 45:00 left in all')
    expect(statusLine({ ...base, remainingMs: -75_000 }, plainTheme)).toBe('+1:15 over ▕████████████▏ 1/9 Requirements and scope · 45:00 left in all')
    expect(statusLine({ ...base, remainingMs: 60_000, width: 55 }, plainTheme)).toBe('1:00 left ▕██████████░░▏ 1/9 Requirements and scope')
    expect(statusLine({ ...base, remainingMs: 60_000, width: 30 }, plainTheme)).toBe('1:00 left 1/9 Requirements and')
  })

  it('colours the clock by urgency only when colour is on', () => {
    const theme = createChalkTheme()
    expect(statusLine({ ...base, remainingMs: 200_000 }, theme)).toContain('\u001b[36m\u001b[1m3:20 left')
    expect(statusLine({ ...base, remainingMs: 30_000 }, theme)).toContain('\u001b[33m\u001b[1m0:30 left')
    expect(statusLine({ ...base, remainingMs: -1_000 }, theme)).toContain('\u001b[31m\u001b[1m+0:01 over')
  })

  it('drops footer commands that do not fit', () => {
    expect(commandsFooter(100, plainTheme, false)).toBe('Enter adds a line · /hint · /clarify <q> · = <expr> · /next · /help')
    expect(commandsFooter(40, plainTheme, false)).toBe('Enter adds a line · /hint · /help')
  })
})

describe('wrapping', () => {
  it('measures styled text by what shows', () => {
    const theme = createChalkTheme()
    const lines = wrap('one two three four five six', 15, `  ${theme.dim('Tip:')} `)
    expect(lines.map(visibleLength)).toEqual([14, 12, 11, 15])
    expect(lines[3]).toBe('       five six')
  })
})

describe('the report view', () => {
  it('fits 80 columns, with bars for used, left and over', () => {
    const problem = liveComments()
    const template = shippedTemplate('default')
    let s = begin(createSession({ id: '20261121-090000-live-comments', problem, template, plan: planBudgets(template, 45), mode: 'practice', source: 'interactive', nowMs: T0 }), T0).session
    s = addAnswer(s, 'Viewers post and read comments, and we need a very long line here to force wrapping of the excerpt text', T0).session
    s = advance(s, problem, T0 + 7 * 60_000).session // 7 of 5 minutes
    s = advance(s, problem, T0 + 8 * 60_000, 'skipped').session
    s = answerEstimate(s, 'writeQps', '2 TB').session
    const report = buildReport(s, problem, getEngine(), T0 + 9 * 60_000)
    const lines = renderReport(report, plainTheme, 79, { problemTitles: new Map([['pub-sub', 'Publish and subscribe']]) })
    expect(lines.filter((l) => visibleLength(l) > 79)).toEqual([])
    expect(lines).toContain('  Requirements and scope        ████████████████▓▓▓▓▓▓  7:00 /  5:00 +2:00')
    expect(lines).toContain('  Non-functional requirements   █████░░░░░░░░░░░        1:00 /  3:00 skipped')
    expect(lines).toContain('  Deep dive                     ░░░░░░░░░░░░░░░░       not reached')
    expect(lines).toContain('  ✗ units Comments written per second')
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('Not reached: API, Data model and storage, High-level design, Deep dive, Operations, monitoring and security, Wrap-up and trade-offs; pace the earlier phases')
    expect(timeBar(90, 60, plainTheme, 10)).toBe('████████████████████▓▓▓▓▓▓▓▓▓▓')
  })

  it('never lets the terminal cut a command: a long one breaks between words with shell continuations', () => {
    const problem = liveComments()
    const template = shippedTemplate('default')
    const s = begin(createSession({ id: '20261121-090000-live-comments', problem, template, plan: planBudgets(template, 45), mode: 'strict', source: 'interactive', nowMs: T0 }), T0).session
    const report = buildReport(s, problem, getEngine(), T0)
    const long = { ...report, problem: 'transaction-logging-observability', drillNext: ['load-shedding-vs-rate-limiting', 'cache-penetration-bloom-filter', 'rest-idempotency'], estimationDrill: true }
    expect(renderReport(long, plainTheme, 79).slice(-8, -2)).toEqual([
      '  • rest-idempotency',
      '  practise them:',
      '    sysdrill drill load-shedding-vs-rate-limiting \\',
      '      cache-penetration-bloom-filter rest-idempotency',
      'Estimates to practise:',
      '    sysdrill drill transaction-logging-observability --estimation',
    ])
    const short = { ...report, drillNext: ['rest-idempotency'], estimationDrill: true }
    expect(renderReport(short, plainTheme, 79).slice(-4, -2)).toEqual(['  practise them: sysdrill drill rest-idempotency', 'Estimates to practise: sysdrill drill live-comments --estimation'])
  })

})
