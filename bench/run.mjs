// npm run bench: start-up and throughput figures, each as a ratio against `node -e 0`
// measured in the same run (spec §7). Cases live in bench/cases/*.mjs and export
//   { name, target: { ratio?: number, ms?: number, percent?: number }, run(ctx) }
// where run() returns { ms } (a median wall time) or { ms, extra } or { percent }.
// Runs are interleaved with the baseline so machine noise hits both alike.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin', 'sysdrill.cjs')
const runs = Number(process.env.BENCH_RUNS ?? 21)
const home = mkdtempSync(join(tmpdir(), 'sysdrill-bench-'))
const env = { ...process.env, SYSDRILL_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config'), NO_COLOR: '1' }

function wall(args, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { stdio: ['pipe', 'ignore', 'pipe'], env: options.env ?? env, input: options.input ?? '', cwd: root })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 300)}`)
  }
  return ms
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Median wall time of `sysdrill ...args` and of `node -e 0`, interleaved. */
function versusBaseline(args, options = {}) {
  const base = []
  const cli = []
  wall(['-e', '0'])
  wall([bin, ...args], options)
  for (let i = 0; i < runs; i += 1) {
    base.push(wall(['-e', '0']))
    cli.push(wall([bin, ...args], options))
  }
  return { ms: median(cli), baseMs: median(base) }
}

const ctx = { root, bin, env, home, runs, wall, median, versusBaseline }

const caseDir = join(root, 'bench', 'cases')
const files = readdirSync(caseDir).filter((f) => f.endsWith('.mjs')).sort()
const rows = []
for (const file of files) {
  const mod = await import(pathToFileURL(join(caseDir, file)).href)
  for (const benchCase of mod.cases ?? [mod]) {
    const result = await benchCase.run(ctx)
    const ratio = result.baseMs ? result.ms / result.baseMs : undefined
    const target = benchCase.target ?? {}
    let pass = true
    if (target.ratio !== undefined && ratio !== undefined) pass &&= ratio <= target.ratio
    if (target.ms !== undefined) pass &&= result.ms <= target.ms
    if (target.percent !== undefined) pass &&= result.percent <= target.percent
    const shown = {
      name: benchCase.name,
      value:
        result.percent !== undefined
          ? `${result.percent.toFixed(2)} % CPU`
          : `${result.ms.toFixed(1)} ms`,
      // a ratio only means something where the target is one
      ratio: ratio === undefined || target.ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
      target: [
        target.ratio !== undefined ? `≤ ${target.ratio}×` : '',
        target.ms !== undefined ? `≤ ${target.ms} ms` : '',
        target.percent !== undefined ? `< ${target.percent} %` : '',
      ].filter(Boolean).join(', '),
      pass: pass ? 'yes' : 'NO',
      note: result.note ?? '',
    }
    rows.push(shown)
    process.stderr.write(`${shown.name}: ${shown.value} ${shown.ratio} (target ${shown.target}) ${shown.pass}\n`)
  }
}
rmSync(home, { recursive: true, force: true })

const baseline = median(Array.from({ length: 9 }, () => wall(['-e', '0'])))
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${runs} interleaved runs, medians; node -e 0 ≈ ${baseline.toFixed(1)} ms.`,
  '',
  '| figure | measured | ratio to `node -e 0` | target | met |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.name}${r.note ? ` (${r.note})` : ''} | ${r.value} | ${r.ratio} | ${r.target} | ${r.pass} |`),
]
mkdirSync(join(root, 'bench', '.out'), { recursive: true })
writeFileSync(join(root, 'bench', '.out', 'latest.md'), `${lines.join('\n')}\n`)
process.stdout.write(`${lines.join('\n')}\n`)
if (rows.some((r) => r.pass !== 'yes')) process.exitCode = 1
