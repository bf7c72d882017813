/** `sysdrill stats`: progress over the finished interviews and drills. */
import type { Command } from 'commander'
import type { ActionFactory } from '../../program'

export interface StatsOptions {
  since?: string
  json?: boolean
  problemsDir?: string
}

const HELP = `
What it shows:
  time per phase  average time used against the budget; how often it ran over
  key points      rubric coverage per phase, over all the interviews
  weakest         the phases, problem tags and drill packs covered least
  estimates       within 2× (good), within 10× (fair), further off; from
                  interviews and from estimation quizzes
  trend           the earlier half of the interviews against the recent half
                  (from 4 interviews)
  drill next      the commands worth running now

Examples:
  $ sysdrill stats
  $ sysdrill stats --since 2w
  $ sysdrill stats --since 2026-11-01 --json
`

export function defineStats(program: Command, action: ActionFactory): void {
  program
    .command('stats')
    .summary('progress over your interviews and drills, as charts')
    .description('Progress over the finished interviews: time per phase against its budget, key points covered per phase, the weakest phases and topics, estimation accuracy, the trend, and what to drill next.')
    .option('--since <date|span>', 'only interviews and drills since a date (2026-11-01) or a span back from now (7d, 2w, 3m, 1y)')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated (to score interviews on your own problems)')
    .option('--json', 'print the numbers as JSON')
    .addHelpText('after', HELP)
    .action(
      action(async (ctx, options: StatsOptions) => {
        const { runStats } = await import('./run')
        return runStats(ctx, options)
      }),
    )
}
