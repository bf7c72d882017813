import { describe, expect, it } from 'vitest'
import { availabilityRows, buildReferenceCard, latencyRows, powerRows, ruleRows } from '../../../src/core/estimate/reference/card'
import { engine } from './helpers'

describe('the reference card is computed by the engine', () => {
  it('every rule of thumb holds within its stated tolerance', () => {
    const rows = ruleRows(engine)
    expect(rows.filter((r) => !r.holds).map((r) => `${r.rule}: ${r.exact}`)).toEqual([])
    expect(rows.find((r) => r.rule.startsWith('1 million a day'))!.exact).toBe('11.6 requests/s')
    expect(rows.find((r) => r.rule.startsWith('1 month'))!.exact).toBe('2,629,746 s')
    expect(rows.find((r) => r.rule.startsWith('1 Gbps'))!.error).toBe(0)
    expect(rows.find((r) => r.rule.startsWith('1 million a day'))!.error).toBe(0.03549382716083)
  })

  it('availability downtime matches the corrected table (99.99 % a week is 1 min 0.48 s)', () => {
    const rows = availabilityRows(engine)
    const row = (level: string) => rows.find((r) => r.availability === level)!
    expect(row('99.9 %').downtime.year.text).toBe('8 h 45 min 57 s')
    expect(row('99.9 %').downtime.month.text).toBe('43 min 49.75 s')
    expect(row('99.9 %').downtime.week.text).toBe('10 min 4.8 s')
    expect(row('99.9 %').downtime.day.text).toBe('1 min 26.4 s')
    expect(row('99.99 %').downtime.year.text).toBe('52 min 35.7 s')
    expect(row('99.99 %').downtime.month.text).toBe('4 min 22.975 s')
    expect(row('99.99 %').downtime.week).toEqual({ seconds: 60.48, text: '1 min 0.48 s' })
    expect(row('99.99 %').downtime.day.text).toBe('8.64 s')
    expect(row('99.9999 %').downtime.day.text).toBe('86.4 ms')
    expect(rows.map((r) => r.availability)).toEqual(['90 %', '99 %', '99.5 %', '99.9 %', '99.95 %', '99.99 %', '99.999 %', '99.9999 %'])
  })

  it('latency rows carry a source and computed scales', () => {
    const rows = latencyRows(engine)
    const zippy = rows.find((r) => r.operation.startsWith('Compress'))!
    expect([zippy.latency, zippy.humanScale, zippy.source]).toEqual(['3 µs', '50 min', 'Dean 2009'])
    const send = rows.find((r) => r.operation.startsWith('Send 1 KB'))!
    // the rate column holds throughputs only: 1 KB in 10 µs, not the 8 µs the bits take
    expect(send.derived).toBe('100 MB/s')
    expect(rows.find((r) => r.operation.startsWith('Read 1 MB over'))!.derived).toBe('100 MB/s')
    expect(rows.find((r) => r.operation === 'Disk seek')!.derived).toBe('100/s')
    expect(rows.filter((r) => r.derived !== undefined && !/\/s$/.test(r.derived)).map((r) => r.derived)).toEqual([])
    expect(rows.find((r) => r.operation.startsWith('Read 1 MB sequentially from disk'))!.derived).toBe('50 MB/s')
    expect(rows.every((r) => r.source !== '')).toBe(true)
  })

  it('powers of two have exact digits and their IEC names', () => {
    const rows = powerRows(engine)
    const p = (n: number) => rows.find((r) => r.exponent === n)!
    expect([p(10).exact, p(10).approx, p(10).iec, p(10).decimal]).toEqual(['1,024', '1.02 thousand', '1 KiB', '1.024 kB'])
    expect(p(32).exact).toBe('4,294,967,296')
    expect(p(64).exact).toBe('18,446,744,073,709,551,616')
    expect(p(60).approx).toBe('1.15 × 10^18')
  })

  it('builds only the topics asked for', () => {
    expect(Object.keys(buildReferenceCard(engine, ['rules']))).toEqual(['rules'])
    expect(Object.keys(buildReferenceCard(engine))).toEqual(['latency', 'sources', 'powers', 'availability', 'rules'])
  })
})
