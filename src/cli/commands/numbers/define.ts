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
    .action(
      action(async (ctx, topic: string | undefined, options: NumbersOptions) => {
        const { runNumbers } = await import('./run')
        return runNumbers(ctx, topic, options)
      }),
    )
}
