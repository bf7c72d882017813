import { describe, expect, it } from 'vitest'
import { bad } from './helpers'

// Each mismatch names both sides and says what to multiply or divide by, with an example a
// person can type; none ends in a vague "check the units" when a factor can be named.
describe('dimension errors say how to fix them', () => {
  it.each([
    ['1 million QPS to machines', 'cannot convert requests/s to machines: divide by a rate of requests per machine (e.g. 1,000 requests/s/machine)'],
    ['10 machines to requests/s', 'cannot convert machines to requests/s: multiply by a rate of requests per machine (e.g. 1,000 requests/s/machine)'],
    ['1 TB to machines', 'cannot convert TB to machines: divide by a size per machine (e.g. 64 GB/machine)'],
    ['1 PB to disks', 'cannot convert PB to disks: divide by a size per disk (e.g. 10 TB/disk)'],
    ['5 GB to s', 'cannot convert GB to s: divide by a data rate (e.g. 125 MB/s)'],
    ['1 MB/s to requests/s', 'cannot convert MB/s to requests/s: divide by a size per request (e.g. 2 KB/request)'],
    ['1 MB/s to s', "cannot convert MB/s to s: MB/s is a data rate and s is time; after to, name a unit of the value's own kind (e.g. Gbps)"],
    ['1 KB to GB/s', 'cannot convert kB to GB/s: kB is an amount and GB/s a rate; divide by a duration (e.g. / 1 day)'],
  ])('%s', (input, message) => {
    expect(bad(input)).toEqual({ kind: 'dimension', message, column: expect.any(Number) })
  })

  it('a size or time left without its per says so (IOPS times a block size)', () => {
    expect(bad('10k IOPS * 4 KB to MB/s').message).toBe(
      'cannot convert operations·kB/s to MB/s: the result still counts operations; if the size is per operation, write it per operation (e.g. 4 KB/operation)',
    )
    expect(bad('10k rps * 2 KB to MB/s').message).toBe(
      'cannot convert requests·kB/s to MB/s: the result still counts requests; if the size is per request, write it per request (e.g. 4 KB/request)',
    )
    expect(bad('10 million viewers * 5 Mbps to Tbps').message).toBe(
      'cannot convert viewers·Mbps to Tbps: the result still counts viewers; if the rate is per viewer, write it per viewer (e.g. 5 Mbps/viewer)',
    )
    expect(bad('1000 users * 10 requests/s to requests/s').message).toBe(
      'cannot convert users·requests/s to requests/s: the result still counts users; if the rate is per user, write it per user (e.g. 10 requests/s/user)',
    )
    expect(bad('1000 requests * 10 ms to s').message).toBe(
      'cannot convert requests·ms to s: the result still counts requests; if the time is per request, write it per request (e.g. 10 ms/request)',
    )
  })

  it('a reciprocal target says to divide 1 by the value', () => {
    expect(bad('50 ms/request to requests/s').message).toBe(
      'cannot convert ms/request to requests/s: requests/s is the reciprocal of ms/request; divide 1 by the value (e.g. 1 / (50 ms/request) to requests/s)',
    )
    expect(bad('1000 requests/s to ms/request').message).toBe(
      'cannot convert requests/s to ms/request: ms/request is the reciprocal of requests/s; divide 1 by the value (e.g. 1 / (50 requests/s) to ms/request)',
    )
    expect(bad('1 / 10 ms to ms').message).toBe('cannot convert 1/ms to ms: ms is the reciprocal of 1/ms; divide 1 by the value (e.g. 1 / x to ms)')
  })

  it('adding unlike things names the factor that would make them alike', () => {
    expect(bad('1 GB + 1 request').message).toBe('cannot add GB (data) and requests: to add them, first multiply requests by a size per request (e.g. * 2 KB/request)')
    expect(bad('1 GB/s - 1 request/s').message).toBe(
      'cannot subtract GB/s (a data rate) and requests/s (a rate of requests): to subtract them, first multiply requests/s by a size per request (e.g. * 2 KB/request)',
    )
    expect(bad('1 KB >= 1 s').message).toBe('cannot compare kB (data) and s (time): to compare them, first multiply s by a data rate (e.g. * 125 MB/s)')
    expect(bad('5 requests/s + 10 ms').message).toBe(
      'cannot add requests/s (a rate of requests) and ms (time): they measure different things; use units of one kind on both sides (both like requests/s, or both like ms)',
    )
  })

  it('units that cancel are named as the value shows, not as written', () => {
    expect(bad('9.6 TB / 50 GB/machine + 1 s').message).toBe(
      'cannot add machines and s (time): to add them, first multiply s by a rate of machines (e.g. * 100 machines/s)',
    )
    expect(bad('5 TB/day * 5 years to MB/s').message).toBe('cannot convert PB to MB/s: PB is an amount and MB/s a rate; divide by a duration (e.g. / 1 day)')
  })

  it('a plain number gets the unit, in the plural when it is not 1', () => {
    expect(bad('1 day + 5').message).toBe('cannot add day and a plain number: give the number a unit (e.g. 5 days)')
    expect(bad('1 + 2 GB').message).toBe('cannot add a plain number and GB: give the number a unit (e.g. 1 GB)')
    expect(bad('5 + 1/s').message).toBe('cannot add a plain number and 1/s: give the number a unit (e.g. 5/s)')
  })
})
