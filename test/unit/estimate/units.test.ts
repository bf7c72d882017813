import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../src/core/estimate/engine'
import { bad, ok, text } from './helpers'

describe('data units', () => {
  it('KB and kB are 1000 B; KiB is 1024 B', () => {
    expect(text('2 KB to B')).toBe('2,000 B')
    expect(text('2 kB to B')).toBe('2,000 B')
    expect(text('2 KiB to B')).toBe('2,048 B')
    expect(text('1 GiB to GB')).toBe('1.07 GB')
    expect(ok('1 GiB to GB').exactText).toBe('1.073741824 GB')
  })

  it('keeps bits and bytes apart', () => {
    expect(text('64 bit to B')).toBe('8 B')
    expect(text('1 Gb to MB')).toBe('125 MB')
    expect(text('1 Mb + 1 MB')).toBe('1.125 MB')
    expect(text('8 bits')).toBe('8 b')
    expect(text('1 kilobyte + 1 megabit to kB')).toBe('126 kB')
  })

  it('reads the rate words', () => {
    expect(text('1 Gbps to MB/s')).toBe('125 MB/s')
    expect(text('150 Kbps * 1 min to MB')).toBe('1.125 MB')
    expect(text('10 kbps to bps')).toBe('10,000 bps')
    expect(text('1 MBps to Mbps')).toBe('8 Mbps')
    expect(text('1 Gbit/s to Gbps')).toBe('1 Gbps')
  })

  it('shows decimal prefixes unless the input used binary ones', () => {
    expect(text('80000000 B')).toBe('80 MB')
    expect(text('3 GiB + 512 MiB')).toBe('3.5 GiB')
    expect(text('2.5 Gbps')).toBe('2.5 Gbps')
    expect(text('1.5 Mb/s * 1 min')).toBe('90 Mb')
  })

  it('says how kb was read, since it is often meant as kilobytes', () => {
    const o = ok('5 kb')
    expect([o.text, o.notes]).toEqual(['5 kb', ["read 'kb' as kilobits; kilobytes are KB"]])
  })

  it('refuses lower-case sizes that could be bits or bytes', () => {
    expect(bad('2 gb')).toEqual({ kind: 'unknown-unit', message: "'gb' is ambiguous at column 3: write GB for bytes or Gb for bits", column: 2 })
  })

  it('refuses hertz, which would hide what is counted, and says how to write it', () => {
    expect(bad('1 kHz * 1 s')).toEqual({ kind: 'unknown-unit', message: "'kHz' is not a unit here at column 3: write a count per second: 1 kHz is 1 thousand/s, or 1 thousand cycles/s naming what is counted", column: 2 })
    expect(bad('10 Hz').message).toBe("'Hz' is not a unit here at column 4: write a count per second: 1 Hz is 1/s, or 1 cycle/s naming what is counted")
    expect(bad('3 gigahertz').message).toBe("'gigahertz' is not a unit here at column 3: write a count per second: 1 gigahertz is 1 billion/s, or 1 billion cycles/s naming what is counted")
  })

  it('reads lower-case rate words as bits per second, with a note', () => {
    const o = ok('10 mbps to Mbps')
    expect([o.text, o.notes]).toEqual(['10 Mbps', ["read 'mbps' as Mbps (megabits per second)"]])
  })
})

describe('time units', () => {
  it('knows the spellings', () => {
    expect(text('1 µs + 1 μs + 1 us + 1 usec to ns')).toBe('4,000 ns')
    expect(text('1 sec + 1 second + 2 seconds to ms')).toBe('4,000 ms')
    expect(text('1 hr + 1 hour + 1 h to min')).toBe('180 min')
    expect(text('1 wk to days')).toBe('7 days')
  })

  it('uses the Gregorian year and month = year / 12', () => {
    expect(text('1 year to s')).toBe('31,556,952 s')
    expect(text('1 month to s')).toBe('2,629,746 s')
    expect(text('12 months to years')).toBe('1 year')
    expect(ok('1 yr to days').exactText).toBe('365.2425 days')
  })

  it('picks a readable duration, or the unit the input used when it reads 1 to 1000', () => {
    expect(text('3 us * 1e9')).toBe('50 min')
    expect(text('3 months')).toBe('3 months')
    expect(text('0.5 s')).toBe('500 ms')
    expect(text('2 weeks')).toBe('2 weeks')
    expect(text('100 days')).toBe('100 days')
    expect(text('10 ms * 1e9')).toBe('116 days')
  })

  it('reads plural abbreviations with a note', () => {
    const o = ok('5 mins to s')
    expect([o.text, o.notes]).toEqual(['300 s', ["read 'mins' as min"]])
    expect(ok('3 TBs * 3').notes).toEqual(["read 'TBs' as TB; for a rate write TB/s"])
    expect(text('2 hrs + 30 secs')).toBe('2.01 h')
  })
})

describe('counted things', () => {
  it('singular and plural are one unit', () => {
    expect(text('1 request + 2 requests')).toBe('3 requests')
    expect(text('1 query + 1 queries')).toBe('2 queries')
    expect(text('1 machine')).toBe('1 machine')
    // either plural people write is the same unit
    expect(text('5 indices + 1 index')).toBe('6 indices')
    expect(text('2 vertexes + 1 vertex')).toBe('3 vertexes')
  })

  it('machine, server, node and host are one thing; the first word used is shown', () => {
    expect(text('3 servers + 2 machines')).toBe('5 servers')
    expect(text('10 nodes + 1 host')).toBe('11 nodes')
    expect(text('1000 requests/s / (100 requests/s/server) to machines')).toBe('10 machines')
  })

  it('request, query, call and transaction are one thing; QPS, RPS and TPS are requests/s', () => {
    expect(text('2000 QPS')).toBe('2,000 requests/s')
    expect(text('500 TPS + 500 queries/s')).toBe('1,000 requests/s')
    expect(text('1 million calls/day to RPS')).toBe('11.6 requests/s')
  })

  it('reads and writes stay apart, so ratios keep their meaning', () => {
    expect(text('23 thousand writes/s * 100 reads/write')).toBe('2.3 million reads/s')
    expect(bad('1 read + 1 write').kind).toBe('dimension')
  })

  it('DAU is a count of users', () => {
    expect(text('100 million DAU * 16 B/user to GB')).toBe('1.6 GB')
  })

  it('notes two counts multiplied: almost always a missing per', () => {
    // a fresh engine: the order of counted things in a unit follows the order they were first met
    const dau = createEngine().evaluate('100M DAU * 10 requests/day')
    expect(dau.ok && [dau.text, dau.notes]).toEqual([
      '11,574 DAU·requests/s',
      ['two counts are multiplied (DAU·requests); if one is per the other, write it with a slash: requests/DAU or DAU/request'],
    ])
    expect(ok('16 vCPU * 100 machines').notes).toEqual([
      'two counts are multiplied (vCPU·machines); if one is per the other, write it with a slash: machines/vCPU or vCPUs/machine',
    ])
    expect(ok('100M DAU * 10 requests/user/day').notes).toEqual([])
  })

  it('notes a size or data rate times a count: almost always a size per thing without its per', () => {
    expect(ok('3 machines * 50 GB')).toMatchObject({ text: '150 GB·machines', notes: ['a data amount times a count (GB·machines); if it is per machine, write GB/machine'] })
    expect(ok('10 million viewers * 5 Mbps').notes).toEqual(['a data rate times a count (Mbps·viewers); if it is per viewer, write Mbps/viewer'])
    // a size per thing, a count of things that cancels, and machine-hours need no note
    expect(ok('3 machines * 50 GB/machine').notes).toEqual([])
    expect(ok('10 TB / 50 GB/machine').notes).toEqual([])
    expect(ok('3 machines * 2 h').notes).toEqual([])
    expect(ok('100 million users * 16 B/user').notes).toEqual([])
  })

  it('vCPU keeps its capitals and is a core', () => {
    expect(text('16 vcpus/machine * 100 machines')).toBe('1,600 vCPUs')
    expect(text('1 core + 1 vCPU')).toBe('2 cores')
  })

  it('counts new nouns after a number, singular or plural', () => {
    expect(text('3 bathtubs/house * 10 houses')).toBe('30 bathtubs')
    expect(text('1 bathtub + 2 bathtubs')).toBe('3 bathtubs')
    expect(text('2 boxes + 1 box')).toBe('3 boxes')
  })

  it('keeps nouns in rates and per-thing units readable', () => {
    expect(text('10 requests/s/machine * 5 machines')).toBe('50 requests/s')
    expect(text('100 requests/s/machine')).toBe('100 requests/s/machine')
    expect(text('2 KB/comment')).toBe('2 kB/comment')
    expect(text('1 / (10 requests/s)')).toBe('100 ms/request')
  })

  it('rates below 1 per second keep a readable time unit', () => {
    expect(text('1000 disks * 4%/year')).toBe('40 disks/year')
    expect(text('2 requests/day')).toBe('2 requests/day')
    expect(text('1 TB/day')).toBe('11.6 MB/s')
    expect(text('30 events/hour * 1')).toBe('30 events/h')
  })

  it('gives a did-you-mean note for a new noun close to a known one', () => {
    const o = ok('3 reqeusts')
    expect(o.notes).toEqual(["'reqeusts' is not a known unit, so it counts a new kind of thing; did you mean requests?"])
    expect(bad('2 billion reqeusts/day to requests/s').message).toBe(
      "cannot convert reqeusts/day to requests/s: 'reqeusts' is not a known unit; did you mean requests?",
    )
  })

  it('refuses a mistyped symbol instead of counting it', () => {
    expect(bad('10 Gbsp')).toEqual({ kind: 'unknown-unit', message: "unknown unit 'Gbsp' at column 4: did you mean Gbps?", column: 3 })
    expect(bad('5 Mins').message).toBe("unknown unit 'Mins' at column 3: did you mean min?")
    expect(bad('5 Ms').message).toBe("unknown unit 'Ms' at column 3: did you mean Mb, MB or ms?")
  })

  it('refuses single letters as nouns', () => {
    expect(bad('5 m').message).toBe("'m' is not a unit at column 3: write min for minutes or M for million")
    expect(bad('5 x').message).toBe("'x' is not a unit at column 3: to multiply write * x; to count things use a word (3 bathtubs)")
  })
})

describe('numbers', () => {
  it('reads number words, suffixes, separators and exponents', () => {
    expect(ok('2 billion').value).toBe(2e9)
    expect(ok('1.5 million').value).toBe(1.5e6)
    expect(ok('3 thousand').value).toBe(3000)
    expect(ok('2k').value).toBe(2000)
    expect(ok('2K requests').text).toBe('2,000 requests')
    expect(ok('3 M users').text).toBe('3 million users')
    expect(ok('2B users').text).toBe('2 billion users')
    expect(ok('2bn').value).toBe(2e9)
    expect(ok('1,000,000').value).toBe(1e6)
    expect(ok('1,234.5').value).toBe(1234.5)
    expect(ok('1_000').value).toBe(1000)
    expect(ok('2e9').value).toBe(2e9)
    expect(ok('.5').value).toBe(0.5)
  })

  it('B after a number is bytes unless a noun follows', () => {
    expect(text('2B')).toBe('2 B')
    expect(text('2B/s')).toBe('2 B/s')
    expect(bad('2 B requests/s').message).toBe("missing operator before 'requests' at column 5")
  })

  it('% is percent; mod is the remainder', () => {
    expect(ok('50%').value).toBe(50)
    expect(ok('50%').unit).toBe('%')
    expect(ok('5 percent * 200').text).toBe('1,000 %')
    expect(ok('110 mod 8').value).toBe(6)
    expect(ok('-7 mod 3').value).toBe(2)
    expect(bad('10 % 3')).toEqual({ kind: 'syntax', message: "'%' means percent (at column 6): for the remainder of a division write a mod b", column: 5 })
  })
})
