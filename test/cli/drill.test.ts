import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createFakeClock, type FakeClock } from '../helpers/fake-clock'
import { runCli, tempHome } from '../helpers/run-cli'
import { createScriptedPrompter, ctrlC, say, type Step } from '../helpers/scripted-prompter'
import { PROGRESS_PROBLEMS, writeSessions } from '../fixtures/progress/sessions'

beforeAll(() => {
  process.env.TZ = 'UTC'
})

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const DAY = 86_400_000

function setup() {
  const home = tempHome()
  cleanups.push(home.cleanup)
  const clock = createFakeClock()
  const statePath = join(home.env.SYSDRILL_HOME!, 'drill-state.json')
  const answersFile = (name: string, yaml: string) => {
    const path = join(home.home, name)
    writeFileSync(path, yaml)
    return path
  }
  const state = () => JSON.parse(readFileSync(statePath, 'utf8'))
  return { home, clock, statePath, answersFile, state }
}

type Setup = ReturnType<typeof setup>

function drill(s: Setup, args: string[], options: { script?: Step[]; clock?: FakeClock } = {}) {
  const clock = options.clock ?? s.clock
  const prompter = options.script ? createScriptedPrompter(options.script, clock) : undefined
  return runCli(['drill', '--problems-dir', PROGRESS_PROBLEMS, ...args], {
    env: { ...s.home.env, NO_COLOR: '1' },
    clock,
    ...(prompter ? { prompter, stdinIsTTY: true, stderrIsTTY: true } : {}),
  }).then((result) => ({ ...result, prompter }))
}

const QUORUM_ANSWER = `Any read set and write set overlap in at least one copy,
so the reader sees the newest version.`

describe('sysdrill drill --answers', () => {
  it('grades a quiz and a card, saves the schedule, and prints JSON', async () => {
    const s = setup()
    const file = s.answersFile(
      'a.yaml',
      `- quiz: progress-counter:peakRate
  answer: eventsPerDay * peakFactor to events/s
- card: fixture-quorum
  answer: |
${QUORUM_ANSWER.split('\n').map((l) => `    ${l}`).join('\n')}
  grade: good
- quiz: progress-counter:ingress
  answer: 5 MB/s
`,
    )
    const result = await drill(s, ['--answers', file, '--json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const data = JSON.parse(result.stdout)
    expect(data.items.map((i: { kind: string; id: string; grade: string }) => [i.kind, i.id, i.grade])).toEqual([
      ['quiz', 'progress-counter:peakRate', 'good'],
      ['card', 'fixture-quorum', 'good'],
      ['quiz', 'progress-counter:ingress', 'fair'],
    ])
    expect(data.items[0]).toEqual({
      kind: 'quiz',
      id: 'progress-counter:peakRate',
      problem: 'progress-counter',
      key: 'peakRate',
      label: 'Peak events per second',
      unit: 'events/s',
      givens: [
        { key: 'eventsPerDay', label: 'Events per day', text: '864 million events/day' },
        { key: 'peakFactor', label: 'Peak over average', text: '3' },
      ],
      answer: 'eventsPerDay * peakFactor to events/s',
      value: 30000,
      answerText: '30,000 events/s',
      reference: 30000,
      referenceText: '30,000 events/s',
      exactText: '30,000 events/s',
      ratio: 1,
      grade: 'good',
      error: null,
      derivation: ['eventRate = eventsPerDay = 864 million events/day = 10,000 events/s', 'peakRate = eventRate * peakFactor = (10,000 events/s) * 3 = 30,000 events/s'],
    })
    expect(data.items[1]).toMatchObject({
      kind: 'card',
      id: 'fixture-quorum',
      pack: 'fixture-pack',
      status: 'new',
      answer: QUORUM_ANSWER,
      coverage: { hit: 2, total: 3, weighted: 0.6667 },
      suggested: 'good',
      grade: 'good',
      intervalDays: 1,
      dueAt: '2026-11-22T09:00:00.000Z',
    })
    expect(data.items[1].points.map((p: { id: string; status: string; keyword: string | null }) => [p.id, p.status, p.keyword])).toEqual([
      ['overlap', 'hit', 'overlap'],
      ['rule', 'missed', null],
      ['versions', 'hit', 'version'],
    ])
    expect(data.items[2]).toMatchObject({ answer: '5 MB/s', ratio: 5, grade: 'fair' })
    expect(data.summary).toEqual({ quizzes: { asked: 2, good: 1, fair: 1, off: 0, missing: 0 }, cards: { answered: 1, skipped: 0, again: 0, hard: 0, good: 1, easy: 0 } })
    expect([data.stopped, data.dueNow, data.stateFile]).toEqual([false, 0, s.statePath])
    expect(s.state()).toEqual({
      schemaVersion: 1,
      cards: {
        'fixture-quorum': {
          pack: 'fixture-pack',
          reps: 1,
          ease: 2.5,
          intervalDays: 1,
          lapses: 0,
          reviews: 1,
          dueAt: '2026-11-22T09:00:00.000Z',
          lastReviewedAt: '2026-11-21T09:00:00.000Z',
          lastGrade: 'good',
          lastCoverage: 0.6667,
        },
      },
      quizzes: [
        { id: 'progress-counter:peakRate', at: '2026-11-21T09:00:00.000Z', grade: 'good', ratio: 1 },
        { id: 'progress-counter:ingress', at: '2026-11-21T09:00:00.000Z', grade: 'fair', ratio: 5 },
      ],
    })
  })

  it('prints each item and its feedback as text without --json', async () => {
    const s = setup()
    const file = s.answersFile('a.yaml', '- quiz: progress-counter:peakRate\n  answer: 50 thousand events/s\n')
    const result = await drill(s, ['--answers', file])
    expect(result.stdout.split('\n')).toEqual([
      'Quiz 1 of 1 · Fixture event counter',
      '  Given',
      '    Events per day     eventsPerDay  864 million events/day',
      '    Peak over average  peakFactor    3',
      '  Work out: Peak events per second, in events/s?',
      '  ✓ good (within 2×) · 1.67× the reference',
      '    you: 50 thousand events/s = 50,000 events/s',
      '    reference: 30,000 events/s',
      '  Worked out',
      '    Events per second = Events per day',
      '      = 864 million events/day = 10,000 events/s',
      '    Peak events per second = Events per second * Peak over average',
      '      = (10,000 events/s) * 3 = 30,000 events/s',
      '',
      'Drilled: 1 quiz (1 good)',
      '',
    ])
  })

  it('unnamed answers go to the planned items: due cards first, then new ones; the state carries over between runs', async () => {
    const s = setup()
    const first = s.answersFile('1.yaml', `- answer: They overlap; W + R greater than N; newest version wins.\n  grade: easy\n- answer: ""\n`)
    const one = JSON.parse((await drill(s, ['--pack', 'fixture-pack', '--answers', first, '--json'])).stdout)
    expect(one.items.map((i: { id: string; status: string; grade: string; intervalDays: number }) => [i.id, i.status, i.grade, i.intervalDays])).toEqual([
      ['fixture-quorum', 'new', 'easy', 4],
      ['fixture-retries', 'new', 'again', 0],
    ])
    // ten minutes later the forgotten card is due again; the other is not due for four days
    s.clock.tick(10 * 60_000)
    const second = s.answersFile('2.yaml', '- Exponential backoff with jitter and a retry budget.\n')
    const two = JSON.parse((await drill(s, ['--pack', 'fixture-pack', '--answers', second, '--json'])).stdout)
    expect(two.items.map((i: { id: string; status: string; grade: string; suggested: string }) => [i.id, i.status, i.grade, i.suggested])).toEqual([['fixture-retries', 'due', 'good', 'good']])
    expect(s.state().cards['fixture-retries']).toMatchObject({ reps: 1, lapses: 0, reviews: 2, intervalDays: 1, lastGrade: 'good' })
    // nothing left: a friendly line, not an error
    const third = s.answersFile('3.yaml', '- anything\n')
    const none = await drill(s, ['--pack', 'fixture-pack', '--answers', third])
    expect(none.code).toBe(1)
    expect(none.stderr).toBe(`error: ${third}:1:3: nothing is left to answer; the drill had 0 items to ask (name one with card: or quiz:)\n`)
    // four days on both are due, the one that fell due first comes first
    s.clock.tick(4 * DAY)
    const twice = s.answersFile('4.yaml', '- one\n- two\n')
    const later = await drill(s, ['--pack', 'fixture-pack', '--answers', twice, '--json'])
    expect(JSON.parse(later.stdout).items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      ['fixture-retries', 'due'],
      ['fixture-quorum', 'due'],
    ])
  })

  it('new cards that recent interview reports suggested come first (without history the pack order rules)', async () => {
    const s = setup()
    writeSessions(s.home.env.SYSDRILL_HOME!) // a finished interview whose report says: drill fixture-retries
    const answers = s.answersFile('1.yaml', '- one\n- two\n')
    const result = await drill(s, ['--pack', 'fixture-pack', '--answers', answers, '--json'])
    expect(JSON.parse(result.stdout).items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      ['fixture-retries', 'new'],
      ['fixture-quorum', 'new'],
    ])
  })

  it('reports unknown cards and quizzes in the answers file with file:line:col', async () => {
    const s = setup()
    const file = s.answersFile('bad.yaml', '- card: fixture-quorom\n  answer: x\n- quiz: progress-counter:eventRat\n  answer: 1\n- card: progress-counter\n  answer: x\n')
    const result = await drill(s, ['--answers', file])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        `error: ${file}:1:9: no drill or problem named 'fixture-quorom' (did you mean 'fixture-quorum'?)`,
        `error: ${file}:3:9: 'progress-counter' has no estimation question 'eventRat' (did you mean 'eventRate'?); it asks for eventRate, peakRate, ingress`,
        `error: ${file}:5:9: 'progress-counter' is a problem, not a drill; use quiz: progress-counter:<quantity>`,
        '',
      ].join('\n'),
    )
    expect(existsSync(s.statePath)).toBe(false)
  })

  it('checks the shape of the answers file first', async () => {
    const s = setup()
    const file = s.answersFile('shape.yaml', '- answer: x\n  grade: so-so\n')
    const result = await drill(s, ['--answers', file])
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: ${file}:2:10: grade must be one of again, hard, good, easy\nhint: a drill answers file is a list of answers in the order asked; see \`sysdrill drill --help\`\n`,
    })
  })
})

describe('sysdrill drill on a terminal', () => {
  it('asks a quiz with a live value, then a card: answer lines, key points, model answer, self-grade', async () => {
    const s = setup()
    const result = await drill(s, ['progress-counter:eventRate', 'fixture-quorum'], {
      script: [
        say('eventsPerDay to'),
        // the box reopens with the text kept; this types the rest
        say(' events/s'),
        say('Read and write sets overlap.'),
        say('Take the newest version.'),
        say(''),
        { kind: 'select', value: 'hard' },
      ],
    })
    result.prompter!.assertDone()
    expect(result.code).toBe(0)
    const asked = result.prompter!.asked
    expect(asked.map((q) => [q.kind, q.status ?? q.message])).toEqual([
      ['answer', 'quiz 1 of 2 · Events per second in events/s'],
      ['answer', 'quiz 1 of 2 · Events per second in events/s'],
      ['answer', 'card 2 of 2 · fixture-quorum'],
      ['answer', 'card 2 of 2 · fixture-quorum · 1 line so far'],
      ['answer', 'card 2 of 2 · fixture-quorum · 2 lines so far'],
      ['select', 'How well did you know it?'],
    ])
    // the bad expression comes back for editing
    expect(asked[1]!.initial).toBe('eventsPerDay to')
    expect(result.stderr).toContain('  ✗ eventsPerDay to: ')
    expect(result.stderr).toContain('  ✓ good (within 2×) · 1× the reference\n    you: eventsPerDay to events/s = 10,000 events/s\n')
    expect(result.stderr).toContain('Card 2 of 2 · Fixture pack · new\n  Quorums in one minute\n')
    expect(result.stderr).toContain('  │ Read and write sets overlap.\n  │ Take the newest version.\n')
    expect(result.stderr).toContain('Your key points: 2 of 3 (67 % by weight)\n    ✓ Says the read and write sets overlap in at least one copy "Read and write sets overlap."\n')
    expect(result.stderr).toContain('  The key points suggest "good"; you know better what you knew.\n')
    expect(result.stderr).toContain('  hard: next review of fixture-quorum in 1 day.\n')
    expect(result.stdout).toBe('\nDrilled: 1 quiz (1 good) · 1 card (hard 1)\nNext card due in 1 day (fixture-quorum).\n')
    expect(s.state().cards['fixture-quorum']).toMatchObject({ lastGrade: 'hard', ease: 2.36, intervalDays: 1 })
  })

  it('Ctrl-C keeps what was answered and exits 130', async () => {
    const s = setup()
    const result = await drill(s, ['progress-counter:eventRate', 'fixture-quorum'], { script: [say('10 thousand events/s'), say('overlap'), ctrlC()] })
    expect(result.code).toBe(130)
    expect(result.stderr.endsWith('\nStopped after 1 of 2; that answer is saved. Run `sysdrill drill` to carry on.\n')).toBe(true)
    expect(s.state().quizzes).toEqual([{ id: 'progress-counter:eventRate', at: '2026-11-21T09:00:00.000Z', grade: 'good', ratio: 1 }])
    expect(s.state().cards).toEqual({})
  })

  it('/skip leaves a card unscheduled; an empty answer shows the key points as a list', async () => {
    const s = setup()
    const result = await drill(s, ['fixture-quorum', 'fixture-retries'], { script: [say('/skip'), say(''), { kind: 'select', value: 'again' }] })
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('  Skipped fixture-quorum; its schedule is unchanged.\n')
    expect(result.stderr).toContain('Key points\n    • Backs off exponentially\n    • Adds jitter\n    • Caps retries with a budget\n')
    expect(Object.keys(s.state().cards)).toEqual(['fixture-retries'])
  })
})

describe('sysdrill drill: refusals and the state file', () => {
  it('without a terminal or with --no-input it names --answers and exits 2', async () => {
    const s = setup()
    const piped = await drill(s, [])
    expect(piped).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: a drill needs a terminal to answer in (stdin and stderr are not both terminals); pass --answers FILE.yaml to run from a file\nhint: sysdrill drill --answers answers.yaml (see sysdrill drill --help for the format)\n',
    })
    const noInput = await runCli(['--no-input', 'drill'], { env: { ...s.home.env, NO_COLOR: '1' }, stdinIsTTY: true, stderrIsTTY: true })
    expect(noInput.code).toBe(2)
    expect(noInput.stderr).toBe('error: --no-input: a drill needs a terminal to answer in; pass --answers FILE.yaml to run from a file\nhint: sysdrill drill --answers answers.yaml (see sysdrill drill --help for the format)\n')
  })

  it('rejects a bad pack, count or flag mix with exit 2', async () => {
    const s = setup()
    const file = s.answersFile('a.yaml', '- x\n')
    const pack = await drill(s, ['--pack', 'fixture-pak', '--answers', file])
    expect(pack.code).toBe(2)
    expect(pack.stderr.split('\n')[0]).toBe("error: there is no drill pack 'fixture-pak' (did you mean 'fixture-pack'?)")
    const count = await drill(s, ['--count', '0', '--answers', file])
    expect(count.stderr).toBe("error: --count '0' is not a whole number of 1 or more\nhint: for example --count 10\n")
    const mix = await drill(s, ['--pack', 'fixture-pack', '--estimation', '--answers', file])
    expect(mix.stderr).toBe('error: --pack picks concept cards, but --estimation asks for quizzes only\nhint: drop one of them (or add --concepts for both)\n')
    const unknown = await drill(s, ['no-such-drill', '--answers', file])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr.split('\n')[0]).toBe("error: no drill or problem named 'no-such-drill'")
  })

  it('a named id that the kind flags rule out is a usage error with the fix, even without a terminal', async () => {
    const s = setup()
    const quizOnly = await drill(s, ['progress-counter', '--concepts'])
    expect(quizOnly).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "error: 'progress-counter' is a problem (estimation quizzes), but --concepts asks for concept cards only\nhint: drop --concepts to quiz on it: sysdrill drill progress-counter\n",
    })
    const packed = await drill(s, ['progress-counter', '--pack', 'fixture-pack', '--concepts', '--answers', s.answersFile('a.yaml', '- x\n')])
    expect(packed.code).toBe(2)
    expect(packed.stderr).toBe(
      "error: 'progress-counter' is a problem (estimation quizzes), but --concepts and --pack ask for concept cards only\nhint: drop --concepts and --pack to quiz on it: sysdrill drill progress-counter\n",
    )
    const cardOnly = await drill(s, ['fixture-retries', '--estimation'])
    expect(cardOnly).toMatchObject({
      code: 2,
      stderr: "error: 'fixture-retries' is a concept card, but --estimation asks for quizzes only\nhint: drop --estimation to review the card: sysdrill drill fixture-retries\n",
    })
    const unknown = await drill(s, ['no-such-drill'])
    expect(unknown).toMatchObject({
      code: 1,
      stderr: "error: no drill or problem named 'no-such-drill'\nhint: see `sysdrill problems list --kind drill` for cards, `sysdrill problems list` for problems\n",
    })
    const fine = await drill(s, ['fixture-retries'])
    expect(fine.code).toBe(2)
    expect(fine.stderr.split('\n')[0]).toBe('error: a drill needs a terminal to answer in (stdin and stderr are not both terminals); pass --answers FILE.yaml to run from a file')
  })

  it('a corrupted state file is reported, kept aside and replaced; nothing is silently reset', async () => {
    const s = setup()
    mkdirSync(s.home.env.SYSDRILL_HOME!, { recursive: true })
    writeFileSync(s.statePath, '{"schemaVersion": 1, "cards": {"x": {"reps": "many"}}, "quizzes": []}')
    const file = s.answersFile('a.yaml', '- quiz: progress-counter:eventRate\n  answer: 10 thousand events/s\n')
    const result = await drill(s, ['--answers', file, '--json'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      `warning: the drill state was unreadable (card 'x' has a bad reps, lapses or reviews count); kept it as ${s.statePath}.corrupt-20261121-090000 and started a fresh one\n`,
    )
    expect(readFileSync(`${s.statePath}.corrupt-20261121-090000`, 'utf8')).toContain('"many"')
    expect(s.state().quizzes).toHaveLength(1)
  })

  it('a state file from a newer sysdrill is left alone and the drill stops', async () => {
    const s = setup()
    mkdirSync(s.home.env.SYSDRILL_HOME!, { recursive: true })
    const newer = '{"schemaVersion": 2, "cards": {}, "quizzes": [], "future": true}'
    writeFileSync(s.statePath, newer)
    const file = s.answersFile('a.yaml', '- x\n')
    const result = await drill(s, ['--answers', file])
    expect(result).toMatchObject({ code: 1, stderr: `error: ${s.statePath} was written by a newer sysdrill (schema 2; this one reads 1)\nhint: update sysdrill; the file is left as it is\n` })
    expect(readFileSync(s.statePath, 'utf8')).toBe(newer)
    expect(readdirSync(s.home.env.SYSDRILL_HOME!).filter((n) => n.startsWith('drill-state'))).toEqual(['drill-state.json'])
  })
})
