/**
 * The acceptance suite: every G row of research/seed-estimation.md §4 must give the exact
 * value (relative error ≤ 1e-9, in the stated unit), every X row the right kind of error.
 * Values are the corrected ones, not the seeds' slips (G3 is 23,148.148/s, G43 60.48 s).
 */
import { describe, expect, it } from 'vitest'
import { getEngine } from '../../../src/core/estimate/index'

const engine = getEngine()

/** [id, expression, exact value in `unit`, unit as displayed] */
const GOLDEN: Array<[string, string, number, string]> = [
  ['G1', '1 million requests/day to requests/s', 625 / 54, 'requests/s'],
  ['G3', '2 billion comments/day to comments/s', 625000 / 27, 'comments/s'],
  ['G4', '100 * 2 billion comments/day to comments/s', 2e11 / 86400, 'comments/s'],
  ['G6', '100 billion events/day to events/s', 31250000 / 27, 'events/s'],
  ['G8', '1000 requests/min to requests/s', 50 / 3, 'requests/s'],
  ['G9', '1 / (10 requests/s) to ms/request', 100, 'ms/request'],
  ['G10', '2 * 500 requests/s', 1000, 'requests/s'],
  ['G12', '2 billion comments/day * 2 KB/comment to MB/s', 1250 / 27, 'MB/s'],
  ['G13', '2 billion comments/day * 2 KB/comment * 1e-5 day/s to MB/s', 40, 'MB/s'],
  ['G15', '200 billion comments/day * 2 KB/comment to Gbps', 1000 / 27, 'Gbps'],
  ['G17', '1.2 million requests/s * 2 KB/request to GB/s', 2.4, 'GB/s'],
  ['G18', '1 Gbps to MB/s', 125, 'MB/s'],
  ['G19', '1 KB / 1 Gbps to us', 8, 'µs'],
  ['G21', '150 Kbps * 1 min to MB', 1.125, 'MB'],
  ['G22', '1 MB / 250 us to GB/s', 4, 'GB/s'],
  ['G23', '1 MB / 30 ms to MB/s', 100 / 3, 'MB/s'],
  ['G25', '1 / 500 us', 2000, '/s'],
  ['G26', '100 million users * 16 B/user to GB', 1.6, 'GB'],
  ['G28', '1 million timelines * 10 posts/timeline * 8 B/post to MB', 80, 'MB'],
  ['G30', '500 million timelines * 800 posts/timeline * 8 B/post to TB', 3.2, 'TB'],
  ['G32', '9.6 TB / (50 GB/machine)', 192, 'machines'],
  ['G33', '10 TB / (50 GB/machine)', 200, 'machines'],
  ['G35', '64 bit to B', 8, 'B'],
  ['G36', '1000 nodes * 1000 vnodes/node * 4 B/vnode to MB', 4, 'MB'],
  ['G37', '(1 - 99.9%) * 365.2425 day to s', 31556.952, 's'],
  ['G39', '(1 - 99.9%) * 1 week to s', 604.8, 's'],
  ['G40', '(1 - 99.9%) * 1 day to s', 86.4, 's'],
  ['G42', '(1 - 99.99%) * (365.2425 day / 12) to s', 262.9746, 's'],
  ['G43', '(1 - 99.99%) * 1 week to s', 60.48, 's'],
  ['G45', '99.9% * 99.9%', 99.8001, '%'],
  ['G47', '14.4 * 1 hour / 30 day', 0.02, ''],
  ['G48', '14.4 * 1 hour / 28 day', 14.4 / 672, ''],
  ['G50', '3 us * 1e9 to min', 50, 'min'],
  ['G52', '20 us * 1e9 to hour', 20000 / 3600, 'h'],
  ['G54', '30 ms * 1e9 to year', 3e7 / 31556952, 'years'],
  ['G56', '2500 + 21000 - 817 - 9919', 12764, ''],
  ['G57', '(1 + 3) * (1 + 3)', 16, ''],
  ['G59', '110 mod 8', 6, ''],
  ['G60', '2^32', 4294967296, ''],
  ['X12', '1 KB / 1 Gb/s', 8, 'µs'],
  ['X13', '9.6 TB / 50 GB/machine', 192, 'machines'],
]

describe('golden expressions (§4.1-4.5, X12, X13)', () => {
  it.each(GOLDEN)('%s: %s', (_id, expression, exact, unit) => {
    const outcome = engine.evaluate(expression)
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.unit).toBe(unit)
    expect(Math.abs(outcome.value / exact - 1)).toBeLessThanOrEqual(1e-9)
  })

  it('G62: 2 + 2 > 3 is true', () => {
    const outcome = engine.evaluate('2 + 2 > 3')
    expect(outcome.ok && outcome.boolean).toBe(true)
    expect(outcome.ok && outcome.text).toBe('true')
  })

  it('G45: both readings of a product of availabilities', () => {
    const outcome = engine.evaluate('99.9% * 99.9%')
    expect(outcome.ok && [outcome.text, (outcome as { alternate?: string }).alternate]).toEqual(['99.8001 %', '0.998001'])
  })
})

/** [id, expression, kind, exact message] */
const REJECTED: Array<[string, string, string, string]> = [
  ['X1', '1 KB + 1 s', 'dimension', 'cannot add kB (data) and s (time): to add them, first multiply s by a data rate (e.g. * 125 MB/s)'],
  ['X2', '2 billion comments/day to MB/s', 'dimension', 'cannot convert comments/day to MB/s: multiply by a size per comment (e.g. 2 KB/comment)'],
  [
    'X4',
    '100 million users/day * 16 B/user to GB',
    'dimension',
    'cannot convert B/day to GB: B/day is a rate and GB an amount; multiply by a duration (e.g. * 1 day); if /day meant daily active users, drop it: DAU is a count, not a rate',
  ],
  ['X6', '1 request + 1 comment', 'dimension', 'cannot add requests and comments: they count different things; relate them with a ratio (e.g. 3 requests/comment)'],
  ['X7', '2 KB/comment + 2 KB', 'dimension', 'cannot add kB/comment (a size per comment) and kB (data): multiply kB/comment by a number of comments first (e.g. * 10 comments)'],
  ['X9', '1 day + 5', 'dimension', 'cannot add day and a plain number: give the number a unit (e.g. 5 days)'],
  ['X11', '1.6 GB/day to GB', 'dimension', 'cannot convert GB/day to GB: GB/day is a rate and GB an amount; multiply by a duration (e.g. * 1 day)'],
]

describe('inputs that must be rejected (§4.6)', () => {
  it.each(REJECTED)('%s: %s', (_id, expression, kind, message) => {
    const outcome = engine.evaluate(expression)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.error.kind).toBe(kind)
    expect(outcome.error.message).toBe(message)
    expect(outcome.error.message).not.toContain('\n')
  })
})

describe('display checks (§4.7)', () => {
  const text = (expression: string) => {
    const outcome = engine.evaluate(expression)
    if (!outcome.ok) throw new Error(outcome.error.message)
    return outcome
  }

  it('80000000 B is 80 MB (decimal prefixes, not 76.29 MiB)', () => {
    expect(text('80000000 B').text).toBe('80 MB')
  })

  it('0.001 * 1 week to s is 604.8 s, without float noise', () => {
    const o = text('0.001 * 1 week to s')
    expect([o.text, o.exactText, o.split]).toEqual(['604.8 s', '604.8 s', '10 min 4.8 s'])
  })

  it('31556.952 s splits into 8 h 45 min 57 s', () => {
    const o = text('31556.952 s to s')
    expect([o.text, o.exactText, o.split]).toEqual(['31,557 s', '31,556.952 s', '8 h 45 min 57 s'])
  })

  it('rates of counts keep their noun, never Hz', () => {
    expect(text('1 million requests/day').unit).toBe('requests/s')
    expect(text('2 * 500 requests/s').text).toBe('1,000 requests/s')
  })

  it('G43 shows as 1 min 0.48 s, not the seed typo 1 min 5 s', () => {
    expect(text('(1 - 99.99%) * 1 week to s').split).toBe('1 min 0.48 s')
  })
})

describe('derived chains from seed rules (§4.8)', () => {
  it('storage headroom: 9.6 TB of data needs 16.1 TB of raw disk, so 9 nodes of 2 TB', () => {
    const scope = engine.newScope()
    const raw = engine.evaluate('raw = 9.6 TB / 0.85 / 0.70', { scope })
    expect(raw.ok && raw.text).toBe('16.1 TB')
    expect(raw.ok && raw.exactText).toBe('16.1344537815 TB')
    const nodes = engine.evaluate('ceil(raw / (2 TB/node))', { scope })
    expect(nodes.ok && nodes.text).toBe('9 nodes')
  })

  it('disk failures: 1000 disks at 4 % a year fail 40 a year', () => {
    const o = engine.evaluate('1000 disks * 4%/year')
    expect(o.ok && o.text).toBe('40 disks/year')
  })

  it('logging tier: 1,157,407 events/s over 10,000 per node needs 116 nodes', () => {
    const o = engine.evaluate('ceil(100 billion events/day / (10000 events/s/node))')
    expect(o.ok && o.text).toBe('116 nodes')
  })
})
