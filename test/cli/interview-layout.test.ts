import { describe, expect, it } from 'vitest'
import { ctrlC, say, wait } from '../helpers/scripted-prompter'
import { visibleLength } from '../../src/cli/text-layout'
import { harness, interviewArgs } from './interview-helpers'

const tooWide = (text: string, columns: number) => text.split('\n').filter((line) => visibleLength(line) >= columns)

describe('sysdrill interview on an 80-column terminal', () => {
  it('wraps command help, refusals and warnings at word boundaries', async () => {
    const h = harness()
    const result = await h.run(interviewArgs(), [say('/help'), say('/pause'), say('/frobnicate-the-widgets'), say('/clarify'), ctrlC()], { columns: 80 })
    expect(tooWide(result.stderr, 80)).toEqual([])
    expect(result.stderr).toContain(
      [
        '  Commands (the short form in brackets works too):',
        '    /hint (/h)                reveal the next hint for this phase',
        '    /clarify <question> (/c)  ask the interviewer a clarifying question',
        '    /estimate <expr> (/e)     work out an expression with units (also "=',
        '                              <expr>"); kept in your notes',
        '    /estimates (/q)           answer the problem\'s estimation questions',
        '                              (estimation phase)',
      ].join('\n'),
    )
    expect(result.stderr).toContain('    /quit (/x)                save and leave; resume later with --resume\n')
    expect(result.stderr).toContain('  Cannot pause: strict mode has no pause, like a real interview (use --mode\n    practice to allow it).')
    expect(result.stderr).toContain('  Unknown command /frobnicate-the-widgets. /help lists them; start a line with\n    // to write a slash.')
  })

  it('says the same time spent in the transcript, /time and the report', async () => {
    const h = harness()
    const result = await h.run(interviewArgs('--mode', 'practice'), [say('Viewers post comments.', 10_200), say('/next'), wait(12_400), say('/time'), say('/finish'), { kind: 'confirm', value: true }], { columns: 80 })
    expect(result.stderr).toContain('✓ Requirements and scope done in 0:10 of 5:00.')
    expect(result.stderr).toMatch(/ {2}✓ Requirements and scope {17}0:10 \/ {2}5:00\n {2}▶ Non-functional requirements {12}0:12 \/ {2}3:00\n/)
    expect(result.stdout).toMatch(/Requirements and scope {8}█░{15} {2}0:10 \/ {2}5:00\n/)
    // /finish ends the phase in progress; it was not "done"
    expect(result.stderr).toContain('  ■ Non-functional requirements ended with the interview after 0:12 of 3:00.\n')
    expect(result.stderr).not.toContain('✓ Non-functional requirements done')
  })
})
