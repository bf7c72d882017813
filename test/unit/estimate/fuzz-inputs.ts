/**
 * Reproducible random inputs for the fuzz tests: raw character soup, expressions built from
 * the grammar, and mutations of the golden expressions. Same seed, same inputs.
 */

/** mulberry32: a tiny seeded PRNG */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CHARS = '0123456789    ..,,eE+-*/^()%=<>!#abcdefghijklmnopqrstuvwxyzKMGTBbsµμ_[]{}"\'`;:\\|&?@$~×÷→−∞😀\t'
const UNITS = ['KB', 'kB', 'MB', 'GB', 'TB', 'KiB', 'b', 'B', 'bit', 'Gbps', 'Mbps', 'Kbps', 'MB/s', 'ns', 'us', 'µs', 'ms', 's', 'sec', 'min', 'mins', 'h', 'hr', 'day', 'days', 'week', 'month', 'year', 'requests', 'request', 'comments', 'users', 'machine', 'servers', 'QPS', 'DAU', 'bathtubs', 'Gbsp', 'mb', 'x', '%']
const WORDS = ['million', 'billion', 'thousand', 'k', 'to', 'mod', 'ans', 'max', 'ceil', 'import', 'evaluate', 'constructor', 'foo', 'x']
const FUNCS = ['ceil', 'floor', 'round', 'max', 'min', 'sqrt', 'log', 'log2', 'abs', 'combinations', 'pow', 'mod', 'sin', 'import']
const OPS = ['+', '-', '*', '/', '^', ' mod ', '>', '==', '<=']

export const GOLDEN_SOURCES = [
  '2 billion comments/day * 2 KB/comment to MB/s',
  '(1 - 99.99%) * (365.2425 day / 12) to s',
  '1 KB / 1 Gb/s',
  '9.6 TB / 50 GB/machine',
  '1 / (10 requests/s) to ms/request',
  'ceil(100 billion events/day / (10000 events/s/node))',
  '100 million users/day * 16 B/user to GB',
  '2^32 > 4 billion',
  'max(1,000, 2) * 3k requests',
]

export function randomSoup(next: () => number, count: number): string[] {
  const out: string[] = []
  for (let i = 0; i < count; i += 1) {
    const length = Math.floor(next() * 40)
    let s = ''
    for (let j = 0; j < length; j += 1) s += [...CHARS][Math.floor(next() * [...CHARS].length)]
    out.push(s)
  }
  return out
}

export function randomExpressions(next: () => number, count: number): string[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const number = () => pick(['0', '1', '2', '0.5', '1e9', '1e-5', '99.9%', '1,000,000', '3k', '2B', '-4', '1e308', String(Math.floor(next() * 1000))])
  const term = (depth: number): string => {
    const r = next()
    if (depth > 4 || r < 0.35) return `${number()}${next() < 0.6 ? ` ${pick(UNITS)}${next() < 0.3 ? `/${pick(UNITS)}` : ''}` : ''}`
    if (r < 0.5) return `(${term(depth + 1)})`
    if (r < 0.6) return `${pick(FUNCS)}(${term(depth + 1)}${next() < 0.4 ? `, ${term(depth + 1)}` : ''})`
    if (r < 0.7) return pick(WORDS)
    return `${term(depth + 1)} ${pick(OPS)} ${term(depth + 1)}`
  }
  const out: string[] = []
  for (let i = 0; i < count; i += 1) {
    let e = term(0)
    if (next() < 0.3) e += ` to ${pick(UNITS)}`
    if (next() < 0.1) e = `${pick(['x', 'y', 'dau', 'users', 's', 'max'])} = ${e}`
    out.push(e)
  }
  return out
}

export function mutations(next: () => number, count: number): string[] {
  const out: string[] = []
  for (let i = 0; i < count; i += 1) {
    let s = GOLDEN_SOURCES[Math.floor(next() * GOLDEN_SOURCES.length)]!
    const edits = 1 + Math.floor(next() * 3)
    for (let k = 0; k < edits; k += 1) {
      const at = Math.floor(next() * (s.length + 1))
      const r = next()
      if (r < 0.33) s = s.slice(0, at) + s.slice(at + 1)
      else if (r < 0.66) s = s.slice(0, at) + [...CHARS][Math.floor(next() * [...CHARS].length)] + s.slice(at)
      else s = s.slice(0, at) + s.slice(at, at + 3) + s.slice(at)
    }
    out.push(s)
  }
  return out
}
