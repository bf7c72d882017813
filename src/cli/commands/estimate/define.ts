/** `sysdrill estimate`: one-shot expressions, sheets (file or stdin) and the REPL. */
import type { Command } from 'commander'
import { UsageError } from '../../errors'
import type { ActionFactory } from '../../program'

export interface EstimateOptions {
  json?: boolean
  file?: string
  markdown?: boolean
  napkin?: boolean
}

/**
 * `-5 s + 10 s` reaches commander as an unknown option (a lone `-5` is taken as a number).
 * A word starting with '-' that has a space, a digit or an operator in it is an expression:
 * say how to pass it instead of calling it an option.
 */
export function looksLikeExpression(flag: string): boolean {
  return !flag.startsWith('--') && /[\s\d.()*/+^%]/.test(flag.slice(1))
}

function explainLeadingMinus(command: Command): void {
  // commander has no public hook for unknown options; this wraps its unknownOption method (there since
  // commander 2), and a test in test/cli/estimate.test.ts fails if that ever stops working
  const target = command as unknown as { unknownOption(flag: string): void }
  const original = target.unknownOption.bind(command)
  target.unknownOption = (flag: string) => {
    if (!looksLikeExpression(flag)) return original(flag)
    throw new UsageError(
      `'${flag}' starts with '-', so it reads as an option`,
      `put -- before an expression that starts with '-': sysdrill estimate -- "${flag}"`,
    )
  }
}

export function defineEstimate(program: Command, action: ActionFactory): void {
  const command = program
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
  $ sysdrill estimate -- "-5 s + 10 s"     (-- first when it starts with '-')
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
  explainLeadingMinus(command)
}
