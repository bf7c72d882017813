/** `sysdrill numbers`: the reference card (latency, powers of two, nines, rules of thumb). */
import type { Command } from 'commander'
import type { ActionFactory } from '../../program'

export interface NumbersOptions {
  json?: boolean
}

export function defineNumbers(program: Command, action: ActionFactory): void {
  program
    .command('numbers')
    .summary('reference numbers: latency, powers of two, availability nines, rules of thumb')
    .description('Print the reference card of numbers every estimate starts from.')
    .argument('[topic]', 'latency | powers | availability | rules (default: all)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Every computed figure (throughputs, downtime per period, the exact value behind
each rule of thumb) comes from the estimation engine, with year = 365.2425 days
and month = year / 12.

Examples:
  $ sysdrill numbers                  the whole card
  $ sysdrill numbers availability     downtime a year, month, week and day
  $ sysdrill numbers latency --json`,
    )
    .action(
      action(async (ctx, topic: string | undefined, options: NumbersOptions) => {
        const { runNumbers } = await import('./run')
        return runNumbers(ctx, topic, options)
      }),
    )
}
