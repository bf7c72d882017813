// The problem library: `problems list` on the built-in library (answered from the build-time
// index, no YAML parsed), and on 1,000 generated problem files, both the first run (every file
// parsed and checked, then cached) and later runs (answered from the summary cache).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function generateLibrary(ctx) {
  const dir = join(ctx.home, 'generated-problems')
  mkdirSync(dir, { recursive: true })
  const template = readFileSync(join(ctx.root, 'test', 'fixtures', 'problems', 'mini-library', 'problems', 'photo-sharing.yaml'), 'utf8')
    .replace('relatedProblems: [tiny-kv]', 'relatedProblems: []')
    .replace('concepts: [cache-aside]', 'concepts: []')
    .replace('relatedConcepts: [cache-aside, idempotency-keys]', 'relatedConcepts: []')
  for (let i = 0; i < 1000; i += 1) {
    const id = `generated-${String(i).padStart(4, '0')}`
    writeFileSync(join(dir, `${id}.yaml`), template.replace('id: photo-sharing', `id: ${id}`).replace('Design a photo sharing service', `Generated problem ${i}`))
  }
  return dir
}

let generated
const library = (ctx) => (generated ??= generateLibrary(ctx))

export const cases = [
  {
    name: '`sysdrill problems list` (built-in library)',
    target: { ratio: 1.5 },
    run: (ctx) => ctx.versusBaseline(['problems', 'list']),
  },
  {
    name: '`problems list`, 1,000 problem files',
    target: { ms: 500 },
    run: (ctx) => {
      const dir = library(ctx)
      // versusBaseline's warm-up run fills the summary cache
      return ctx.versusBaseline(['problems', 'list', '--problems-dir', dir])
    },
  },
  {
    name: '`problems list`, 1,000 problem files, first run',
    note: 'empty cache: every file read and checked',
    target: { ms: 500 },
    run: (ctx) => {
      const dir = library(ctx)
      const times = []
      // seven runs: a cold run reads a thousand files, so one noisy run moves a median of three
      for (let i = 0; i < 7; i += 1) {
        const home = mkdtempSync(join(ctx.home, 'cold-'))
        times.push(ctx.wall([ctx.bin, 'problems', 'list', '--problems-dir', dir], { env: { ...ctx.env, SYSDRILL_HOME: home } }))
        rmSync(home, { recursive: true, force: true })
      }
      return { ms: ctx.median(times) }
    },
  },
]
