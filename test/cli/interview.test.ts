import { describe, expect, it } from 'vitest'
import { ctrlC, say, typeThenWait, wait } from '../helpers/scripted-prompter'
import { MIN, harness, interviewArgs } from './interview-helpers'

/** the transcript with wrapped lines joined back, for sentences that wrap */
const flat = (text: string) => text.replace(/\n {4}(?=\S)/g, ' ')

describe('sysdrill interview (live, scripted keyboard)', () => {
  it('runs a whole four-step interview and prints the report on stdout', async () => {
    const h = harness()
    const result = await h.run(interviewArgs('--template', 'four-step'), [
      say('Viewers post and read comments; moderation is out of scope.', MIN),
      say('p99 latency under one second; availability over strict order.', MIN),
      say('/next'), // the scope phase covers estimation: a reminder first
      say('/next'),
      say('SSE gateways hold the connections; pub/sub per video fans comments out.', 5 * MIN),
      say('/next'),
      say('/next'), // the deep dive's two follow-ups come first
      say('Partition by video id; sampling for a hot video.', 2 * MIN),
      say('/next'),
      say('The main trade-off: availability over ordering.', MIN),
      say('/next'),
    ])
    result.prompter.assertDone()
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('2 of 2 estimates are unanswered: /estimates to answer them, or /next again to move on.')
    expect(result.stderr).toContain('Curveball from the interviewer: Traffic is now ten times higher during the finals. What changes?')
    expect(result.stderr).toContain('The interviewer asks: How would you keep comments in order?')
    expect(result.stderr).toContain('  │ Viewers post and read comments; moderation is out of scope.')
    expect(result.stdout).toContain('Interview report: Fixture live comments')
    expect(result.stdout).toMatch(/Scope, goals and estimates\s+█{4}░{16}\s+2:00 \/ 10:00/)
    expect(result.stdout).toContain('Key points: 9 of 13 covered (69 %)')
    expect(result.stdout).toContain('✗ Works out the write rate')
    expect(result.stdout).toContain('Next: sysdrill doc --last writes a design doc from this interview.')
    const [session] = h.sessions()
    expect(session!.status).toBe('finished')
    expect(session!.phases.map((p) => [p.id, p.usedMs, p.endReason])).toEqual([
      ['scope', 2 * MIN, 'next'],
      ['high-level-design', 5 * MIN, 'next'],
      ['deep-dive', 2 * MIN, 'next'],
      ['wrap-up', MIN, 'next'],
    ])
  })

  it('strict mode ends a phase at time-up and keeps the line being typed', async () => {
    const h = harness()
    // the nudge at 4:00 closes the box once (it reopens with the text), the time-up at 5:00 ends the phase
    const result = await h.run(interviewArgs(), [say('Viewers post comments.', MIN), typeThenWait('moderation is out of sc', 4 * MIN), wait(2 * MIN), ctrlC()])
    result.prompter.assertDone()
    expect(result.code).toBe(130)
    expect(result.stderr).toContain('⚑ 1:00 left in Requirements and scope: start wrapping this phase up.')
    // the kept line is shown with the answer lines, just before the time-up
    expect(result.stderr).toContain('  │ moderation is out of sc\n  ⏱ Time is up for Requirements and scope (5:00 of 5:00). What you typed is kept.')
    // the nudge closed the box once; it came back with the text typed so far
    const boxes = result.prompter.asked.filter((q) => q.kind === 'answer')
    expect(boxes.map((b) => [b.initial, b.aborted ?? false])).toEqual([
      ['', false],
      ['', true],
      ['moderation is out of sc', true],
      ['', false],
    ])
    expect(boxes[3]!.status).toMatch(/^ {2}3:00 left ▕░{12}▏ 2\/9 Non-functional requirements · 40:00 left in all$/)
    const [session] = h.sessions()
    expect(session!.phases[0]).toMatchObject({ answer: 'Viewers post comments.\nmoderation is out of sc', endReason: 'time-up', usedMs: 5 * MIN, draft: '' })
  })

  it('saves the partial answer on Ctrl-C and resumes with the remaining time', async () => {
    const h = harness()
    const first = await h.run(interviewArgs(), [say('Viewers post and read.', MIN), ctrlC('moderation is out', 30_000)])
    first.prompter.assertDone()
    expect(first.code).toBe(130)
    const [saved] = h.sessions()
    expect(first.stderr).toContain(`Saved. Resume with:\n  sysdrill interview --resume ${saved!.id}\n`)
    expect(saved!.phases[0]).toMatchObject({ answer: 'Viewers post and read.', draft: 'moderation is out', usedMs: 90_000, status: 'active' })
    expect(saved!.runningSince).toBeNull()

    h.clock.tick(3 * 60 * MIN) // three hours later
    const second = await h.run(['interview', '--resume', '--problems-dir', 'test/fixtures/interview/problems'], [ctrlC()])
    second.prompter.assertDone()
    const box = second.prompter.asked[0]!
    expect(box.initial).toBe('moderation is out')
    expect(box.status).toMatch(/^ {2}3:30 left ▕█{4}░{8}▏ 1\/9 Requirements and scope/)
    expect(second.stderr).toContain('Resumed: 3:30 left in this phase.')
    expect(second.stderr).toContain('  │ Viewers post and read.')
    expect(h.sessions()[0]!.resumes).toBe(1)
  })

  it('shows on resume what the phase held: replies, notes and hints in order, then the answer', async () => {
    const h = harness()
    await h.run(interviewArgs(), [say('/clarify how many comments per day?', 10_000), say('= 2 billion comments/day to comments/s', 10_000), say('/hint', 10_000), say('Viewers post and read.', 10_000), ctrlC()])
    const second = await h.run(['interview', '--resume', '--problems-dir', 'test/fixtures/interview/problems'], [ctrlC()])
    const resumed = second.stderr.slice(second.stderr.indexOf('Resumed:'))
    expect(resumed.split('\n').slice(0, 6)).toEqual([
      'Resumed: 4:20 left in this phase.',
      '  You ask: how many comments per day?',
      '  Interviewer: About 2 billion comments a day.',
      '  = 2 billion comments/day to comments/s → 23,148 comments/s',
      '  Hint 1: Viewers both post and read.',
      '  │ Viewers post and read.',
    ])
  })

  it('shows on resume the estimates already answered in the phase', async () => {
    const h = harness()
    await h.run(interviewArgs('--template', 'four-step'), [say('/estimates'), say('23 thousand comments/s'), ctrlC()])
    const second = await h.run(['interview', '--resume', '--problems-dir', 'test/fixtures/interview/problems'], [ctrlC()])
    expect(second.stderr).toContain('Resumed: 10:00 left in this phase.\n  • writeRate = 23 thousand comments/s\n')
  })

  it('Ctrl-C outside a prompt saves through the interrupt handler', async () => {
    const h = harness()
    const result = await h.run(interviewArgs(), [say('/quit')])
    expect(result.code).toBe(0)
    expect(result.interrupts).toHaveLength(0)
    expect(result.stderr).toMatch(/Saved\. Resume with:\n {2}sysdrill interview --resume \d{8}-\d{6}-fixture-live-comments\n/)
    expect(h.sessions()[0]!.status).toBe('in-progress')
  })

  it('reveals hints, answers clarifying questions and evaluates inline estimates', async () => {
    const h = harness()
    const result = await h.run(interviewArgs(), [
      say('/hint'),
      say('/clarify how many comments per day?'),
      say('= 2 billion comments/day to comments/s'),
      say('/hint'),
      say('/bogus'),
      ctrlC(),
    ])
    result.prompter.assertDone()
    expect(result.stderr).toContain('Hint 1: Viewers both post and read.')
    expect(result.stderr).toContain('(that was the last hint for this phase)')
    expect(result.stderr).toContain('Interviewer: About 2 billion comments a day.')
    expect(result.stderr).toContain('= 2 billion comments/day to comments/s → 23,148 comments/s')
    expect(result.stderr).toContain('No more hints for this phase (you have seen 1).')
    expect(result.stderr).toContain('Unknown command /bogus. /help lists them; start a line with // to write a slash.')
    const phase = h.sessions()[0]!.phases[0]!
    expect(phase.hints.map((x) => x.text)).toEqual(['Viewers both post and read.'])
    expect(phase.clarifications[0]).toMatchObject({ matchedId: 'cq-scale', answer: 'About 2 billion comments a day.' })
    expect(phase.notes[0]!.input).toBe('2 billion comments/day to comments/s')
    expect(phase.answer).toBe('')
  })

  it('asks the estimation questions one by one in the estimation phase', async () => {
    const h = harness()
    const result = await h.run(interviewArgs(), [
      say('/skip'),
      say('/skip'),
      say('5 MB/s'),
      say('23 thousand comments/s'),
      say('writeRate * commentSize'),
      say('/next'),
      ctrlC(),
    ])
    result.prompter.assertDone()
    const boxes = result.prompter.asked.filter((q) => q.kind === 'answer')
    expect(boxes.slice(2, 6).map((b) => b.message.trim())).toEqual(['writeRate =', 'writeRate =', 'ingress =', '›'])
    expect(flat(result.stderr)).toContain('Estimate 1/2: Comments written per second (in comments/s; an expression with units, which may use the givens and your earlier answers by name)')
    expect(result.stderr).toContain('Estimate 2/2: Write bandwidth (in MB/s)')
    expect(flat(result.stderr)).toContain('! writeRate = 5 MB/s is not in comments/s. Recorded anyway; type another answer to replace it, or /skip to keep it and go on.')
    expect(result.stderr).toContain('\n  • writeRate = 23 thousand comments/s → 23,000 comments/s\n')
    expect(result.stderr).not.toContain('✓ writeRate')
    expect(result.stderr).toContain('All estimates answered. Add notes if you like, then /next.')
    expect(h.sessions()[0]!.estimates).toEqual({
      writeRate: { input: '23 thousand comments/s', phaseId: 'estimation' },
      ingress: { input: 'writeRate * commentSize', phaseId: 'estimation' },
    })
  })

  it('practice mode pauses the clock and lets a phase run over', async () => {
    const h = harness()
    const result = await h.run(interviewArgs('--mode', 'practice'), [
      say('Viewers post.', MIN),
      say('/pause'),
      { kind: 'input', value: '', afterMs: 20 * MIN },
      typeThenWait('still going', 5 * MIN), // the nudge at 4:00 closes the box
      wait(2 * MIN), // time is up at 5:00: practice mode says so and runs on
      say('', MIN), // Enter submits the text still in the box
      say('/next'),
      ctrlC(),
    ])
    result.prompter.assertDone()
    expect(result.stderr).toContain('⏸ Paused. The clock is stopped.')
    expect(result.stderr).toContain('▶ Resumed after a 20:00 pause.')
    expect(flat(result.stderr)).toContain('Time is up for Requirements and scope. You are in overtime (practice mode); /next when you are ready.')
    const phase = h.sessions()[0]!.phases[0]!
    expect(phase).toMatchObject({ usedMs: 6 * MIN, pausedMs: 20 * MIN, endReason: 'next', timeUp: true })
    expect(phase.answer).toBe('Viewers post.\nstill going')
  })

  it('keeps a line typed while paused, as the first line after the pause', async () => {
    const h = harness()
    const result = await h.run(interviewArgs('--mode', 'practice'), [
      say('Viewers post.', MIN),
      say('/pause'),
      { kind: 'input', value: 'Viewers read everyone else\'s comments.', afterMs: 2 * MIN },
      say('/pause'),
      { kind: 'input', value: '/quit' },
    ])
    result.prompter.assertDone()
    expect(result.code).toBe(0)
    expect(result.stderr).toContain("▶ Resumed after a 2:00 pause.\n  │ Viewers read everyone else's comments.\n")
    expect(result.stderr).toContain('Saved. Resume with:')
    expect(h.sessions()[0]!.phases[0]).toMatchObject({ answer: "Viewers post.\nViewers read everyone else's comments.", usedMs: MIN, pausedMs: 2 * MIN })
  })

  it('strict mode refuses /pause', async () => {
    const h = harness()
    const result = await h.run(interviewArgs(), [say('/pause'), ctrlC()])
    expect(result.stderr).toContain('Cannot pause: strict mode has no pause, like a real interview (use --mode practice to allow it).')
  })
})
