/** `sysdrill estimate`: one-shot expressions, sheets (file or stdin) and the REPL. */
import type { Command } from 'commander'
import type { ActionFactory } from '../../program'

export interface EstimateOptions {
  json?: boolean
  file?: string
  markdown?: boolean
  napkin?: boolean
}

export function defineEstimate(program: Command, action: ActionFactory): void {
  program
    .command('estimate')
    .alias('e')
    .summary('evaluate a back-of-the-envelope expression with units')
    .description('Evaluate an estimate with units, a sheet of them, or open a calculator prompt.')
    .argument('[expression...]', "an expression; '-' reads a sheet from stdin")
    .option('--json', 'print JSON (JSON Lines for a sheet)')
    .option('-f, --file <path>', 'evaluate a sheet file, one line at a time')
    .option('--markdown', 'print a sheet as a Markdown table (name, expression, value)')
    .option('--napkin', 'also show the napkin value (1 day ≈ 10^5 s, one or two significant digits)')
    .addHelpText(
      'after',
      `
Language:
  numbers    2 billion, 3k, 2B users, 1,000,000, 2e9, 99.9%
  units      B, KB (= kB = 1000 B), KiB, Gbps, MB/s, ns, us, ms, s, min, h,
             day, week, month, year (365.2425 days)
  things     requests, users, machines ... or any noun after a number
             (3 bathtubs/house)
  convert    ... to MB/s   (also ->)
  names      x = expr; later lines use x; ans is the last result
  comments   # to the end of the line
  functions  ceil floor round min max abs sqrt log log2 log10 combinations mod
  a number binds its units: 9.6 TB / 50 GB/machine is 192 machines

Examples:
  $ sysdrill estimate "2 billion comments/day * 2 KB/comment to MB/s"
  $ sysdrill estimate "1 KB / 1 Gbps to us" --napkin
  $ sysdrill estimate --file capacity.txt --markdown
  $ printf 'dau = 100 million users\\ndau * 16 B/user\\n' | sysdrill estimate -
  $ sysdrill estimate       (on a terminal: a calculator prompt; :help inside)`,
    )
    .action(
      action(async (ctx, expression: string[], options: EstimateOptions) => {
        const { runEstimate } = await import('./run')
        return runEstimate(ctx, expression, options)
      }),
    )
}
