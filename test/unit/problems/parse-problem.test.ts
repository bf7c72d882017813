import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePacks, parseProblem, toSummary } from '../../../src/core/problems/parse-problem'
import { repoRoot } from '../../helpers/run-cli'

const library = join(repoRoot, 'test', 'fixtures', 'problems', 'mini-library', 'problems')
const read = (name: string) => readFileSync(join(library, name))

describe('parseProblem', () => {
  it('returns a normalised problem: omitted lists and sections are empty, follow-up kind defaults to question', () => {
    const parsed = parseProblem(read('tiny-kv.yaml'), { expectedId: 'tiny-kv' })
    expect(parsed.diagnostics).toEqual([])
    const problem = parsed.problem!
    expect(problem.clarifyingQuestions).toEqual([])
    expect(problem.requirements).toEqual({ functional: [{ id: 'fr-get', text: 'Read a value by key.', priority: 'must' }], nonFunctional: [], outOfScope: [] })
    expect(problem.scale).toEqual({ givens: [{ key: 'readRate', label: 'Reads per second', value: '50 thousand reads/s' }], derived: [], heuristics: [] })
    expect(problem.dataModelHints).toEqual({ entities: [], storageChoices: [] })
    expect(problem.highLevelDesign).toEqual({ components: [], connections: [], flows: [] })
    expect(problem.deepDives).toEqual([{ id: 'dd-invalidate', title: 'Invalidation', prompt: 'How do writes reach the cache?', hints: [], keyPoints: [], concepts: [] }])
    expect(problem.followUps).toEqual([{ id: 'fu-region', ask: 'What about a second region?', phase: 'wrap-up', kind: 'question', expectedPoints: [] }])
    expect(problem.phases).toEqual({})
    expect(problem.phaseOverrides).toEqual({})
    expect(problem.relatedProblems).toEqual([])
    expect(problem.interviewerNotes).toBeUndefined()
  })

  it('keeps what the file says, in file order', () => {
    const problem = parseProblem(read('photo-sharing.yaml'), { expectedId: 'photo-sharing' }).problem!
    expect(problem.scale.derived.map((d) => [d.key, d.expected, d.unit, d.ask])).toEqual([
      ['uploadsPerDay', 20000000, 'photos/day', undefined],
      ['uploadRate', 231.481481, 'photos/s', undefined],
      ['storagePerDay', 40, 'TB', false],
    ])
    expect(problem.followUps.map((f) => f.kind)).toEqual(['requirement-change', 'question'])
    expect(problem.rubric.map((r) => r.phase)).toEqual([
      'requirements',
      'non-functional',
      'estimation',
      'estimation',
      'api',
      'data-model',
      'high-level-design',
      'deep-dive',
      'operations',
      'wrap-up',
    ])
    expect(toSummary(problem)).toEqual({
      id: 'photo-sharing',
      title: 'Design a photo sharing service',
      kind: 'design',
      difficulty: 'medium',
      tags: ['storage', 'cdn', 'read-heavy'],
      durationMinutes: 45,
      summary: 'Users upload photos and browse a feed of photos from people they follow.',
    })
  })

  it('accepts a plain number as a scale expression and keeps its text', () => {
    const text = readFileSync(join(library, 'tiny-kv.yaml'), 'utf8').replace('value: 50 thousand reads/s', 'value: 2.50')
    expect(parseProblem(text, { expectedId: 'tiny-kv' }).problem!.scale.givens[0]!.value).toBe('2.50')
  })

  it('accepts a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${readFileSync(join(library, 'drills', 'cache-aside.yaml'), 'utf8').replace(/\n/g, '\r\n')}`
    const parsed = parseProblem(new TextEncoder().encode(text), { expectedId: 'cache-aside' })
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.problem!.statement).toBe('Walk through a read miss and a write with cache-aside.')
  })

  it('follows a normal alias', () => {
    const text = readFileSync(join(library, 'drills', 'cache-aside.yaml'), 'utf8').replace('tags: [caching]', 'tags: &t [caching]\npitfalls: *t')
    expect(parseProblem(text, { expectedId: 'cache-aside' }).problem!.pitfalls).toEqual(['caching'])
  })

  it('reports a mistake inside an anchor once, however often the anchor is used', () => {
    const source = readFileSync(join(library, 'drills', 'cache-aside.yaml'), 'utf8')
    const text = `${source}sources:\n  - &s { title: A post, url: https://example.com }\n${'  - *s\n'.repeat(50)}`
    const line = source.split('\n').length + 1
    expect(parseProblem(text, { expectedId: 'cache-aside' }).diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([
      `${line}:8: sources[0] is missing 'file'`,
      `${line}:10: unknown key in sources[0] 'title'; known: file, lines, note`,
      `${line}:25: unknown key in sources[0] 'url'; known: file, lines, note`,
    ])
  })

  it('tells an empty required key to be filled, an optional one that it may go, and an empty list item that it may go', () => {
    const text = read('tiny-kv.yaml').toString('utf8').replace(/^summary: .*$/m, 'summary:').replace(/^tags: .*$/m, 'tags:\n  - kv\n  -').concat('interviewerNotes:\n')
    const messages = parseProblem(Buffer.from(text), { expectedId: 'tiny-kv' }).diagnostics.map((d) => d.message)
    expect(messages).toEqual([
      'tags[1] has no value; write one or remove the item',
      'summary has no value; it is required, so write one',
      'interviewerNotes has no value; write one or remove the key',
    ])
  })

  it('warns (without failing) about values left as TODO', () => {
    const text = readFileSync(join(library, 'drills', 'cache-aside.yaml'), 'utf8').replace('summary: Explain', 'summary: TODO Explain').replace('statement: Walk', 'statement: TODO Walk')
    const parsed = parseProblem(text, { expectedId: 'cache-aside' })
    expect(parsed.problem).toBeDefined()
    expect(parsed.diagnostics).toEqual([{ line: 9, col: 10, severity: 'warning', message: '2 values still start with TODO (the first is summary); replace them with your own text' }])
  })
})

describe('parsePacks', () => {
  it('reads the packs in order', () => {
    expect(parsePacks(read('drills/packs.yaml')).packs).toEqual([{ id: 'basics', title: 'Basics', description: 'Two small drills for tests.' }])
  })

  it('reports duplicate and badly named packs', () => {
    const parsed = parsePacks('schemaVersion: 1\npacks:\n  - { id: a, title: A, description: x }\n  - { id: a, title: B, description: y }\n  - { id: Big_Pack, title: C, description: z }\n')
    expect(parsed.packs).toBeUndefined()
    expect(parsed.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([
      "4:11: duplicate pack id 'a' (also packs[0])",
      "5:11: pack id 'Big_Pack' must be kebab-case",
    ])
  })
})
