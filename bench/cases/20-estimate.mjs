// The estimation engine's start-up and throughput (spec §7):
// - a one-shot estimate as a ratio to `node -e 0` (target 1.5x);
// - a 1,000-line sheet: its time beyond that of a one-line sheet (target under 300 ms).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const G12 = '2 billion comments/day * 2 KB/comment to MB/s'

/** A realistic sheet: givens, derived values, conversions, functions, a failing line. */
function sheet(lines) {
  const out = []
  for (let i = 0; out.length < lines; i += 1) {
    out.push(
      `users${i} = ${100 + i} million users`,
      `rate${i} = users${i} * ${1 + (i % 20)} requests/user/day to requests/s`,
      `bytes${i} = rate${i} * ${2 + (i % 7)} KB/request to MB/s`,
      `nodes${i} = ceil(rate${i} / (10 thousand requests/s/node))`,
      `# section ${i}`,
      `(1 - 99.9${i % 10}%) * 1 month to s`,
      `bytes${i} * 1 year to TB`,
      `users${i} * 16 B/user to GB`,
      `2^${10 + (i % 50)} / 1 KiB to MB`,
      `rate${i} + 1 GB`,
    )
  }
  return `${out.slice(0, lines).join('\n')}\n`
}

export const cases = [
  {
    name: '`sysdrill estimate "<G12>"` one-shot',
    target: { ratio: 1.5 },
    run: (ctx) => ctx.versusBaseline(['estimate', G12]),
  },
  {
    name: '1,000-line estimate sheet, beyond a 1-line sheet',
    target: { ms: 300 },
    run: (ctx) => {
      const big = join(ctx.home, 'sheet-1000.txt')
      const small = join(ctx.home, 'sheet-1.txt')
      writeFileSync(big, sheet(1000))
      writeFileSync(small, `${G12}\n`)
      const options = { allowFailure: true } // the sheet has failing lines on purpose (exit 1)
      ctx.wall([ctx.bin, 'estimate', '--file', big], options)
      const bigTimes = []
      const smallTimes = []
      for (let i = 0; i < ctx.runs; i += 1) {
        smallTimes.push(ctx.wall([ctx.bin, 'estimate', '--file', small], options))
        bigTimes.push(ctx.wall([ctx.bin, 'estimate', '--file', big], options))
      }
      const big1000 = ctx.median(bigTimes)
      const one = ctx.median(smallTimes)
      return { ms: big1000 - one, note: `${big1000.toFixed(1)} ms vs ${one.toFixed(1)} ms for one line` }
    },
  },
]
