// An interview waiting for input must stay under 1 % CPU (spec §7): the countdown redraws
// once a second and nothing else runs. The interview is spawned in a pseudo-terminal (so it
// really draws the live box) and /proc/<pid>/stat is sampled over a few seconds of idling.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const SAMPLE_MS = Number(process.env.BENCH_IDLE_MS ?? 8000)

function cpuTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // after the command name: state is field 3, utime 14, stime 15 (1-based over the whole line)
  return Number(fields[11]) + Number(fields[12])
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export const cases = [
  {
    name: 'interview waiting for input (CPU)',
    target: { percent: 1 },
    async run(ctx) {
      const pty = require('node-pty')
      const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
      const home = mkdtempSync(join(tmpdir(), 'sysdrill-bench-interview-'))
      const child = pty.spawn(process.execPath, [ctx.bin, 'interview', 'live-comment-system', '--minutes', '45'], {
        name: 'xterm-256color',
        cols: 100,
        rows: 30,
        cwd: ctx.root,
        env: { PATH: process.env.PATH, TERM: 'xterm-256color', SYSDRILL_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') },
      })
      let screen = ''
      child.onData((data) => {
        screen += data
      })
      try {
        for (let waited = 0; !screen.includes('left'); waited += 50) {
          if (waited > 15_000) throw new Error(`the interview did not start: ${screen.slice(-400)}`)
          await sleep(50)
        }
        await sleep(1000) // let start-up work settle
        const before = cpuTicks(child.pid)
        const drawnBefore = (screen.match(/\d:\d\d left/g) ?? []).length
        const start = process.hrtime.bigint()
        await sleep(SAMPLE_MS)
        const ticks = cpuTicks(child.pid) - before
        const seconds = Number(process.hrtime.bigint() - start) / 1e9
        // the countdown must really have been redrawn meanwhile, or the figure means nothing
        const redraws = (screen.match(/\d:\d\d left/g) ?? []).length - drawnBefore
        if (redraws < seconds - 2) throw new Error(`the countdown was redrawn ${redraws} times in ${seconds.toFixed(1)} s`)
        return { percent: (ticks / hz / seconds) * 100, note: `${seconds.toFixed(1)} s idle, ${redraws} redraws` }
      } finally {
        child.kill('SIGKILL')
        rmSync(home, { recursive: true, force: true })
      }
    },
  },
]
