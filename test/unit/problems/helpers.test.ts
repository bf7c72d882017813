import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../src/core/problems/catalog'
import { closest, editDistance } from '../../../src/core/did-you-mean'
import { decodeProblemBytes, firstInvalidUtf8 } from '../../../src/core/problems/file-guards'
import { namesUsed, toKebab } from '../../../src/core/problems/file-rules'
import { formatPercent, writtenUnit } from '../../../src/core/problems/scale'
import type { ProblemSummary } from '../../../src/core/problems/types'

describe('did you mean', () => {
  it('measures edits with transpositions', () => {
    expect(editDistance('titel', 'title')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it.each([
    ['titel', ['title', 'tags'], 'title'],
    ['key_points', ['keyPoints', 'hints'], 'keyPoints'],
    ['KeyPoints', ['keyPoints'], 'keyPoints'],
    ['high-level', ['high-level-design', 'deep-dive'], 'high-level-design'],
    ['hardd', ['easy', 'medium', 'hard'], 'hard'],
    ['d', ['id'], undefined],
    ['completely-different', ['title', 'tags'], undefined],
  ])('%s -> %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected)
  })
})

describe('UTF-8 guard', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xc3, 0xa9], -1], // é
    [[0xf0, 0x9f, 0x98, 0x80], -1], // an emoji
    [[0x61, 0xe9, 0x62], 1], // latin-1 é
    [[0xc0, 0xaf], 0], // overlong '/'
    [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
    [[0x61, 0xe2, 0x82], 1], // cut short at the end
    [[0xf5, 0x80, 0x80, 0x80], 0], // beyond U+10FFFF
  ])('%j -> %i', (bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset)
    // the native strict decoder (the fast path) and the byte walk agree on what is text
    expect('text' in decodeProblemBytes(new Uint8Array(bytes))).toBe(offset < 0)
  })

  it('drops a leading byte-order mark, and keeps the text otherwise as it is', () => {
    expect(decodeProblemBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64, 0xc3, 0xa9]))).toEqual({ text: 'idé' })
  })

  it('reports the character column of the bad byte on its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a: 1\nb: é'), 0xff])
    expect(decodeProblemBytes(bytes)).toEqual({
      diagnostic: { line: 2, col: 5, severity: 'error', message: 'a byte that is not UTF-8 (0xff): this is not a text file, or not UTF-8; save it as UTF-8 text' },
    })
  })
})

describe('scale expression names', () => {
  it.each([
    ['commentsPerDay * commentSize', ['commentsPerDay', 'commentSize']],
    ['5 replicas', []],
    ['2 KB/comment', []],
    ['replicas - writeQuorum + 1 replicas', ['replicas', 'writeQuorum']],
    ['ceil(storage / 2 TB/node)', ['ceil', 'storage']],
    ['uploadsPerDay * photoSize * 1 day', ['uploadsPerDay', 'photoSize']],
    ['10 million users', []],
  ])('%s uses %j', (expr, names) => {
    expect([...namesUsed(expr)]).toEqual(names)
  })
})

describe('small helpers', () => {
  it.each([
    ['Bad_Name', 'bad-name'],
    ['myProblem', 'my-problem'],
    ['../escape', 'escape'],
    ['Hello World!', 'hello-world'],
  ])('kebab-case of %s is %s', (id, kebab) => {
    expect(toKebab(id)).toBe(kebab)
  })

  it.each([
    [0.01, '1 %'],
    [0.0064, '0.64 %'],
    [0.12345, '12 %'],
    [0.000021, '0.0021 %'],
    [0, '0 %'],
  ])('percent of %f is %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text)
  })
})

describe('the unit a given was written in', () => {
  it.each([
    ['20 million links/day', 'links/day'],
    ['2 KB/comment', 'KB/comment'],
    ['3521614606208 links', 'links'],
    ['1,000 requests/s/node', 'requests/s/node'],
    ['2e9 requests', 'requests'],
    ['3', undefined],
    ['99.9 %', '%'],
    ['2 * 3 hours', undefined],
    ['dailyUsers * 2', undefined],
  ])('%s -> %s', (value, unit) => {
    expect(writtenUnit(value)).toBe(unit)
  })
})

describe('catalog', () => {
  const summary = (id: string): ProblemSummary => ({ id, title: id, kind: 'design', difficulty: 'easy', tags: ['x'], durationMinutes: 45, summary: '' })

  it('lets later sources override earlier ones and reports duplicates within a source', () => {
    const catalog = buildCatalog([
      { summary: summary('a'), file: '/builtin/a.yaml', source: 0 },
      { summary: summary('b'), file: '/builtin/b.yaml', source: 0 },
      { summary: summary('a'), file: '/user/a.yaml', source: 1 },
      { summary: summary('c'), file: '/user/z/c.yaml', source: 1 },
      { summary: summary('c'), file: '/user/c.yaml', source: 1 },
    ])
    expect([...catalog.byId].map(([id, f]) => `${id}=${f.file}`)).toEqual(['a=/user/a.yaml', 'b=/builtin/b.yaml', 'c=/user/c.yaml'])
    expect(catalog.overrides.map((o) => `${o.id}: ${o.replaced.file} -> ${o.winner.file}`)).toEqual(['a: /builtin/a.yaml -> /user/a.yaml'])
    expect(catalog.duplicates.map((d) => `${d.id}: ${d.files.map((f) => f.file).join(' ')}`)).toEqual(['c: /user/c.yaml /user/z/c.yaml'])
  })
})
