/** `sysdrill history`: past interviews, newest first. */
import type { Command } from 'commander'
import type { ActionFactory } from '../../program'

export interface HistoryOptions {
  problem?: string
  limit?: string
  json?: boolean
  problemsDir?: string
}

const HELP = `
Columns:
  started    when the interview began (local time)
  problem    the problem id
  time       minutes used / minutes planned
  points     rubric key points covered
  estimates  ✓ within 2×, ~ within 10×, ✗ further off or wrong units,
             – not answered
  status     finished, or in progress (the resume command follows the table)
  setup      the mode and template, when not strict and default
  session    the session id, on terminals wide enough (always in --json)

Examples:
  $ sysdrill history
  $ sysdrill history --problem url-shortener --limit 5
  $ sysdrill history --json | jq '.sessions[0].coverage'
`

export function defineHistory(program: Command, action: ActionFactory): void {
  program
    .command('history')
    .summary('list past interviews: time, key points, estimates')
    .description('List past interviews, newest first: when, which problem, how long against the plan, how many key points were covered and how the estimates were graded. Unfinished ones come with the command that resumes them.')
    .option('--problem <id>', 'only interviews on this problem')
    .option('--limit <n>', 'show at most n interviews (default 20)')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated (to score interviews on your own problems)')
    .option('--json', 'print the sessions as JSON')
    .addHelpText('after', HELP)
    .action(
      action(async (ctx, options: HistoryOptions) => {
        const { runHistory } = await import('./run')
        return runHistory(ctx, options)
      }),
    )
}
