/** `sysdrill interview`: the timed mock interview. */
import type { Command } from 'commander'
import type { ActionFactory } from '../../program'

export interface InterviewOptions {
  minutes?: string
  template?: string
  mode?: string
  resume?: string | boolean
  answers?: string
  random?: boolean
  json?: boolean
  problemsDir?: string
}

export function defineInterview(program: Command, action: ActionFactory): void {
  program
    .command('interview')
    .alias('i')
    .summary('run a timed mock interview, phase by phase')
    .description('Run a timed mock interview: requirements, estimates, API, data model, design, deep dive, operations, wrap-up.')
    .argument('[problem-id]', 'problem to practise (default: pick one)')
    .option('--minutes <n>', 'total length; phase budgets scale to it (default 45)')
    .option('--template <name|path>', 'phase template: default, four-step, ml-design, or a YAML file')
    .option('--mode <mode>', 'strict (moves on at time-up) or practice (pause, overtime allowed)')
    .option('--resume [session-id]', 'continue a saved session (default: the latest)')
    .option('--answers <file>', 'take the answers from a YAML file instead of prompting')
    .option('--random', 'pick a random problem')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated')
    .option('--json', 'print the final report as JSON')
    .action(
      action(async (ctx, problemId: string | undefined, options: InterviewOptions) => {
        const { runInterview } = await import('./run')
        return runInterview(ctx, problemId, options)
      }),
    )
}
