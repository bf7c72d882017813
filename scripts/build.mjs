// Builds dist/: one CommonJS bundle for the CLI core plus one per lazily loaded module.
//
// Why not one file, or ESM with code splitting? Start-up is a product requirement (spec §7:
// a one-shot estimate within 1.5x of `node -e 0`). Measured on Node 20: the ESM loader adds
// ~5 ms over CommonJS, and one file holding mathjs, yaml and inquirer takes 60 ms to parse.
// So each `import('./x')` inside src/ becomes its own bundle, required only when it runs.
// Shared source files are copied into every bundle that uses them; errors are therefore
// recognised by a brand, never by `instanceof` across bundles (see src/cli/errors.ts).
//
// After bundling, the CLI is run a few times with SYSDRILL_WRITE_CODE_CACHE=1 so that
// bin/sysdrill.cjs saves V8 code caches next to the bundles (another ~4 ms per start).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')
const dist = join(root, 'dist')

/** bundle name for a source file: src/cli/commands/estimate/run.ts -> commands-estimate-run */
function bundleName(file) {
  const rel = relative(join(src, 'cli'), file).replace(/\.ts$/, '')
  return rel.split(/[\\/]/).join('-')
}

const entries = new Map([[join(src, 'cli', 'main.ts'), 'main']])

/** Turns every dynamic import of our own source into an external require of its own bundle. */
const lazyBoundaries = {
  name: 'lazy-boundaries',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined
      const result = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: 'import-statement' })
      if (result.errors.length > 0 || !result.path.startsWith(src)) return undefined
      const name = bundleName(result.path)
      if (!entries.has(result.path)) entries.set(result.path, name)
      return { path: `./${name}.cjs`, external: true }
    })
  },
}

// Bundles are overwritten in place and stale files removed at the end, rather than emptying
// dist/ first: a CLI started during a rebuild (another terminal, a test run) still finds them.
// V8 checks a code cache against the source's length only, so a cache left from an older
// bundle of the same length would run the old code. Each bundle therefore starts with a
// stamp of its content, which bin/sysdrill.cjs also writes into the cache and compares.
mkdirSync(dist, { recursive: true })

/** writes a bundle with its content stamp, atomically so a concurrent CLI never reads half of it */
function writeStamped(outfile, text) {
  const stamp = createHash('sha1').update(text).digest('hex').slice(0, 16)
  const tmp = `${outfile}.${process.pid}.tmp`
  writeFileSync(tmp, `/*sysdrill:${stamp}*/${text}`)
  renameSync(tmp, outfile)
}

// Bundle until no new lazy entry is discovered.
const built = new Set()
for (;;) {
  const pending = [...entries].filter(([file]) => !built.has(file))
  if (pending.length === 0) break
  for (const [file, name] of pending) {
    built.add(file)
    const outfile = join(dist, `${name}.cjs`)
    const result = await esbuild.build({
      entryPoints: [file],
      outfile,
      write: false,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      // SYSDRILL_NO_MINIFY=1 keeps names and lines readable when debugging a bundle
      minify: process.env.SYSDRILL_NO_MINIFY !== '1',
      keepNames: true,
      legalComments: 'none',
      // lower import() to require(): bundles run inside vm.Script, which has no ESM loader
      supported: { 'dynamic-import': false },
      logLevel: 'warning',
      // import.meta.url has no CommonJS equivalent; esbuild would leave it empty
      define: { 'import.meta.url': '__sysdrill_import_meta_url' },
      banner: { js: 'var __sysdrill_import_meta_url=require("url").pathToFileURL(__filename).href;' },
      plugins: [lazyBoundaries],
    })
    writeStamped(outfile, result.outputFiles[0].text)
  }
}

// Warm the code caches with the commands whose start-up time matters.
const bin = join(root, 'bin', 'sysdrill.cjs')

// Index the built-in problem library so `problems list` reads summaries instead of parsing
// YAML (src/cli/library/entry-cache.ts); without it the CLI still works, only slower.
const indexRun = spawnSync(process.execPath, [bin, 'problems', 'build-index', '--out', join(dist, 'library-index.json')], {
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, SYSDRILL_HOME: join(dist, '.warmup-home'), NO_COLOR: '1' },
  encoding: 'utf8',
})
if (indexRun.status !== 0) process.stderr.write(`warning: the problem index was not built: ${indexRun.stderr}`)
const warmups = [
  ['--help'],
  ['--version'],
  ['estimate', '2 billion comments/day * 2 KB/comment to MB/s'],
  ['problems', 'list'],
  ['numbers'],
]
for (const args of warmups) {
  spawnSync(process.execPath, [bin, ...args], {
    stdio: 'ignore',
    env: { ...process.env, SYSDRILL_WRITE_CODE_CACHE: '1', SYSDRILL_HOME: join(dist, '.warmup-home') },
  })
}
rmSync(join(dist, '.warmup-home'), { recursive: true, force: true })

const names = [...entries.values()].map((n) => `${n}.cjs`)
const keep = new Set([...names, ...names.map((n) => `${n}.cache`), 'library-index.json'])
for (const name of readdirSync(dist)) if (!keep.has(name)) rmSync(join(dist, name), { recursive: true, force: true })
process.stdout.write(`built ${names.length} bundles in ${relative(root, dist)}/: ${names.map((n) => basename(n)).join(', ')}\n`)
