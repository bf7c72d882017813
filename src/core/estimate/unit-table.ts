/**
 * Our unit table: every spelling the lexer accepts, mapped to a unit definition built from
 * mathjs unit names (mathjs does the dimension and conversion work). Only what is listed
 * here, in count-nouns.ts, or a new noun after a number can be a unit: mathjs's own table
 * (metres, kelvin, `min` the function ...) is never reachable from user input.
 *
 * Conventions (decided, tested):
 * - KB and kB are both 1000 B; KiB is 1024 B. b is a bit, B a byte; never mixed up.
 * - year = 365.2425 days (the Gregorian mean), month = year / 12: the availability tables
 *   in the seeds are computed with these.
 * - `mbps`, `gbps` ... (lower case) mean megabits etc. per second, with a note; `mb`, `gb`
 *   alone are ambiguous (megabit or megabyte?) and refused with both choices.
 */

export type UnitCategory = 'data' | 'time' | 'rate' | 'count' | 'percent'

export interface UnitDef {
  /** unique id and, for every category but count, the symbol shown: "kB", "µs", "Gbps" */
  id: string
  category: UnitCategory
  /** mathjs unit names with powers; counts get theirs from the count registry */
  parts: ReadonlyArray<readonly [string, number]>
  /** a data unit in bits (b, Mbps) rather than bytes */
  bits?: boolean
  /** a binary prefix (KiB) */
  iec?: boolean
  /** time units: seconds per unit, to pick and order them */
  seconds?: number
  /** counts: the dimension key and the noun as written */
  countKey?: string
  singular?: string
  plural?: string
  /** a new noun that looks like a typo of this known spelling */
  suspect?: string
}

export interface Alias {
  def: UnitDef
  /** a note printed when this spelling is used ("read 'mbps' as Mbps") */
  note?: string
}

const SI = [
  ['k', 1e3, ['k', 'K'], 'kilo'],
  ['M', 1e6, ['M'], 'mega'],
  ['G', 1e9, ['G'], 'giga'],
  ['T', 1e12, ['T'], 'tera'],
  ['P', 1e15, ['P'], 'peta'],
  ['E', 1e18, ['E'], 'exa'],
] as const

const IEC = [
  ['Ki', 'kibi'],
  ['Mi', 'mebi'],
  ['Gi', 'gibi'],
  ['Ti', 'tebi'],
  ['Pi', 'pebi'],
  ['Ei', 'exbi'],
] as const

/** time units from the smallest; `seconds` orders them and picks one for display */
export const TIME_UNITS = [
  { id: 'ns', math: 'ns', seconds: 1e-9, words: ['ns', 'nsec', 'nanosecond', 'nanoseconds'] },
  { id: 'µs', math: 'us', seconds: 1e-6, words: ['us', 'µs', 'μs', 'usec', 'microsecond', 'microseconds'] },
  { id: 'ms', math: 'ms', seconds: 1e-3, words: ['ms', 'msec', 'millisecond', 'milliseconds'] },
  { id: 's', math: 's', seconds: 1, words: ['s', 'sec', 'second', 'seconds'] },
  { id: 'min', math: 'min', seconds: 60, words: ['min', 'minute', 'minutes'] },
  { id: 'h', math: 'h', seconds: 3600, words: ['h', 'hr', 'hour', 'hours'] },
  { id: 'day', math: 'day', seconds: 86400, words: ['d', 'day', 'days'] },
  { id: 'week', math: 'week', seconds: 604800, words: ['wk', 'week', 'weeks'] },
  { id: 'month', math: 'sdmonth', seconds: 2629746, words: ['month', 'months'] },
  { id: 'year', math: 'sdyear', seconds: 31556952, words: ['yr', 'year', 'years'] },
] as const

/** Napkin maths: 1 day ≈ 10^5 s, so every day-or-longer unit is scaled by this factor. */
export const NAPKIN_DAY_FACTOR = 1e5 / 86400

/** Short spellings whose plural people type (`5 mins`): read as the unit, with a note. */
export const PLURAL_ABBREVIATIONS = ['min', 'sec', 'hr', 'yr', 'wk', 'msec', 'usec', 'nsec', 'KB', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'Kb', 'kb', 'Mb', 'Gb', 'Tb', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']

/** Lower-case spellings that could be bits or bytes: refused, naming both. */
export const AMBIGUOUS_DATA: Record<string, [string, string]> = {
  mb: ['MB', 'Mb'],
  gb: ['GB', 'Gb'],
  tb: ['TB', 'Tb'],
  pb: ['PB', 'Pb'],
  eb: ['EB', 'Eb'],
  mib: ['MiB', 'Mib'],
  gib: ['GiB', 'Gib'],
  tib: ['TiB', 'Tib'],
}

export interface UnitTable {
  aliases: Map<string, Alias>
  /** long words matched without case: "Seconds", "Bytes" */
  folded: Map<string, Alias>
  byId: Map<string, UnitDef>
  /** rows for `:units` */
  summary: Array<{ category: string; spellings: string }>
}

export function buildUnitTable(): UnitTable {
  const aliases = new Map<string, Alias>()
  const folded = new Map<string, Alias>()
  const byId = new Map<string, UnitDef>()
  const summary: UnitTable['summary'] = []

  const add = (def: UnitDef, words: readonly string[], note?: (word: string) => string | undefined) => {
    byId.set(def.id, def)
    for (const word of words) {
      const n = note?.(word)
      aliases.set(word, n === undefined ? { def } : { def, note: n })
      if (word.length >= 4 && /^[a-z]+$/.test(word)) folded.set(word, { def })
    }
  }

  // data: bits and bytes, SI and IEC prefixes
  for (const [symbol, long, bits] of [
    ['B', 'byte', false],
    ['b', 'bit', true],
  ] as const) {
    const unitWords = bits ? ['b', 'bit', 'bits'] : ['B', 'byte', 'bytes']
    add({ id: symbol, category: 'data', parts: [[symbol, 1]], bits }, unitWords)
    for (const [prefix, , spellings, longPrefix] of SI) {
      const words: string[] = spellings.map((p) => `${p}${symbol}`)
      words.push(`${longPrefix}${long}`, `${longPrefix}${long}s`)
      if (bits) words.push(...spellings.map((p) => `${p}bit`))
      // kb and Kb are often typed meaning kilobytes: say how they were read
      const note = bits && prefix === 'k' ? (word: string) => (word === 'kb' || word === 'Kb' ? `read '${word}' as kilobits; kilobytes are KB` : undefined) : undefined
      add({ id: `${prefix}${symbol}`, category: 'data', parts: [[`${prefix}${symbol}`, 1]], bits }, words, note)
    }
    for (const [prefix, longPrefix] of IEC) {
      add({ id: `${prefix}${symbol}`, category: 'data', parts: [[`${prefix}${symbol}`, 1]], bits, iec: true }, [
        `${prefix}${symbol}`,
        `${longPrefix}${long}`,
        `${longPrefix}${long}s`,
      ])
    }
  }
  summary.push(
    { category: 'data (bytes)', spellings: 'B byte, kB = KB (1000 B), MB, GB, TB, PB, EB; KiB (1024 B), MiB, GiB, TiB, PiB' },
    { category: 'data (bits)', spellings: 'b bit, kb = Kb, Mb, Gb, Tb (also Mbit ...); Kib, Mib, Gib' },
  )

  // rates: bits and bytes per second as single words
  const bitRate = (prefix: string) => ({ id: `${prefix}bps`, category: 'rate' as const, parts: [[`${prefix}b`, 1], ['s', -1]] as const, bits: true })
  add(bitRate(''), ['bps'])
  for (const [prefix, , spellings] of SI) {
    const lower = `${prefix.toLowerCase()}bps`
    add(bitRate(prefix), spellings.map((p) => `${p}bps`))
    if (!aliases.has(lower)) {
      aliases.set(lower, { def: byId.get(`${prefix}bps`)!, note: `read '${lower}' as ${prefix}bps (${SI.find((s) => s[0] === prefix)![3]}bits per second)` })
    }
  }
  const byteRate = (prefix: string) => ({ id: `${prefix}B/s`, category: 'rate' as const, parts: [[`${prefix}B`, 1], ['s', -1]] as const })
  add(byteRate(''), ['Bps'])
  for (const [prefix, , spellings] of SI) add(byteRate(prefix), spellings.map((p) => `${p}Bps`))
  summary.push({ category: 'data rates', spellings: 'bps, kbps = Kbps, Mbps, Gbps, Tbps; Bps, MBps (= MB/s); any data unit / time unit' })

  // time
  for (const t of TIME_UNITS) add({ id: t.id, category: 'time', parts: [[t.math, 1]], seconds: t.seconds }, t.words)
  summary.push(
    { category: 'time', spellings: 'ns, us = µs, ms, s sec second, min minute, h hr hour, day d, week wk, month, year yr' },
    { category: 'calendar', spellings: 'year = 365.2425 days (Gregorian mean), month = year / 12 = 30.436875 days' },
  )

  // percent as a word; `%` itself is an operator in the lexer
  add({ id: '%', category: 'percent', parts: [] }, ['percent'])

  return { aliases, folded, byId, summary }
}

/** QPS and friends: a count per second, written as one word. */
export const RATE_WORDS: Record<string, { noun: string }> = {
  QPS: { noun: 'request' },
  qps: { noun: 'request' },
  RPS: { noun: 'request' },
  rps: { noun: 'request' },
  TPS: { noun: 'request' },
  tps: { noun: 'request' },
  IOPS: { noun: 'operation' },
  iops: { noun: 'operation' },
}

/** Number words: scale the number before them (`2 billion`). */
export const NUMBER_WORDS: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  bn: 1e9,
}

/** Single letters that scale a number only right after it (`2k`, `3 M`). */
export const SCALE_LETTERS: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6 }
