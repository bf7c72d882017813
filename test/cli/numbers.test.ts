/** `sysdrill numbers`: topics, layout at the terminal width, JSON, and a mistyped topic. */
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'

const width = (text: string) => Math.max(...text.split('\n').map((line) => [...line.replace(/\u001b\[[0-9;]*m/g, '')].length))

describe('sysdrill numbers', () => {
  it('prints the availability table, computed by the engine', async () => {
    const result = await runCli(['numbers', 'availability'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('Availability: downtime allowed')
    expect(lines).toContain('up                    per year          per month         per week       per day')
    expect(lines).toContain('99.9 %         8 h 45 min 57 s     43 min 49.75 s     10 min 4.8 s  1 min 26.4 s')
    expect(lines).toContain('99.99 %          52 min 35.7 s     4 min 22.975 s     1 min 0.48 s        8.64 s')
  })

  it('prints every topic by default, within 80 columns off a terminal', async () => {
    const result = await runCli(['numbers'])
    for (const title of ['Latency numbers', 'Powers of two', 'Availability: downtime allowed', 'Rules of thumb', 'Sources']) {
      expect(result.stdout).toContain(title)
    }
    expect(width(result.stdout)).toBeLessThanOrEqual(80)
  })

  it('uses the terminal width when there is one', async () => {
    const result = await runCli(['numbers', 'latency'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })
    expect(width(result.stdout)).toBeLessThanOrEqual(100)
    expect(result.stdout).toContain('Compress 1 KB with Zippy (Snappy)       3 µs      50 min')
  })

  it('states each rule beside what the engine computes', async () => {
    const result = await runCli(['numbers', 'rules'])
    expect(result.stdout).toContain('1 million a day ≈ 12 a second')
    expect(result.stdout).toMatch(/1 million a day ≈ 12 a second +11\.6 requests\/s/)
    expect(result.stdout).toMatch(/1 month ≈ 2\.5 million s +2,629,746 s/)
  })

  it('--help reads at 80 columns', async () => {
    const help = (await runCli(['numbers', '--help'])).stdout
    expect(help.split('\n').filter((line) => line.length > 80)).toEqual([])
    expect(help).toContain('  $ sysdrill numbers availability     downtime a year, month, week and day\n')
  })

  it('powers of two: one line per power at 80 columns', async () => {
    const lines = (await runCli(['numbers', 'powers'])).stdout.trimEnd().split('\n')
    expect(lines.slice(3, 13).map((line) => line.split(/\s+/)[0])).toEqual(['2^8', '2^10', '2^16', '2^20', '2^30', '2^32', '2^40', '2^50', '2^60', '2^64'])
    expect(lines).toContain('2^32           4,294,967,296   4.29 billion                     IPv4 addresses')
    // the digits too wide for the column go under the table
    expect(lines.slice(13)).toEqual(['2^60 = 1,152,921,504,606,846,976', '2^64 = 18,446,744,073,709,551,616'])
  })

  it('accepts topic aliases', async () => {
    const nines = await runCli(['numbers', 'nines'])
    expect(nines.stdout.startsWith('Availability: downtime allowed')).toBe(true)
  })

  it('prints JSON with the numbers and their texts', async () => {
    const result = await runCli(['numbers', 'availability', '--json'])
    const card = JSON.parse(result.stdout) as { availability: Array<{ availability: string; downtime: Record<string, { seconds: number; text: string }> }> }
    expect(Object.keys(card)).toEqual(['availability'])
    const fourNines = card.availability.find((row) => row.availability === '99.99 %')!
    expect(fourNines.downtime.week).toEqual({ seconds: 60.48, text: '1 min 0.48 s' })
    const all = JSON.parse((await runCli(['numbers', '--json'])).stdout) as Record<string, unknown>
    expect(Object.keys(all)).toEqual(['latency', 'sources', 'powers', 'availability', 'rules'])
  })

  it('refuses an unknown topic with exit 2 and a suggestion', async () => {
    expect(await runCli(['numbers', 'latncy'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: unknown topic 'latncy' (did you mean 'latency'?)\nhint: topics: latency, powers, availability, rules; or none for the whole card\n",
    })
    const odd = await runCli(['numbers', 'constructor'])
    expect(odd.code).toBe(2)
  })
})
