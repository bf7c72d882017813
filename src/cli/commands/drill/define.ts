/** `sysdrill drill`: estimation quizzes and concept cards with spaced repetition. */
import type { Command } from 'commander'
import type { ActionFactory } from '../../program'

export interface DrillOptions {
  pack?: string
  estimation?: boolean
  concepts?: boolean
  count?: string
  json?: boolean
  answers?: string
  problemsDir?: string
}

const HELP = `
Two kinds of exercise (both by default, taking turns):
  quiz   a problem's givens; work out one quantity as an expression with
         units. The givens' names work too:
           liveVideosPerDay * commentsPerVideo to comments/s
         Graded by ratio: within 2× good, within 10× fair.
  card   a concept question; answer in your own words, see the key points
         you hit and missed and a model answer, then grade yourself (again,
         hard, good, easy). The grade schedules the next review (SM-2), and
         due cards come first, then new cards your last interviews' reports
         suggested.

Answers file (--answers FILE.yaml, or - for stdin), in the order asked:
  - 23 thousand comments/s               # whatever item comes next
  - card: cap-theorem                    # this card
    answer: |
      A partition forces a choice: refuse writes or reconcile later ...
    grade: good                          # optional; default: the suggestion
  - quiz: live-comment-system:writeQps  # this quiz (<problem>:<quantity>)
    answer: liveVideosPerDay * commentsPerVideo to comments/s

The schedule is kept in $SYSDRILL_HOME/drill-state.json, saved after every
answer.

Examples:
  $ sysdrill drill                            5 items, due cards first
  $ sysdrill drill --pack consistency --count 3
  $ sysdrill drill --estimation url-shortener  quizzes from one problem
  $ sysdrill drill cap-theorem                one card, due or not
  $ sysdrill drill --answers mine.yaml --json
`

export function defineDrill(program: Command, action: ActionFactory): void {
  program
    .command('drill')
    .summary('estimation quizzes and concept cards with spaced repetition')
    .description('Short exercises between mock interviews: estimation quizzes built from the problems\' scale facts, graded by ratio, and concept cards over the drills, scheduled by spaced repetition so the ones you forget come back sooner.')
    .argument('[ids...]', 'drill ids (cards), problem ids (their quizzes) or <problem>:<quantity> (one quiz)')
    .option('--pack <name>', 'concept cards from this pack only (see sysdrill problems list --kind drill)')
    .option('--estimation', 'estimation quizzes only')
    .option('--concepts', 'concept cards only')
    .option('--count <n>', 'how many items (default 5)')
    .option('--answers <file>', 'take the answers from a YAML file (- for stdin) instead of prompting')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated')
    .option('--json', 'print the results as JSON')
    .addHelpText('after', HELP)
    .action(
      action(async (ctx, ids: string[], options: DrillOptions) => {
        const { runDrill } = await import('./run')
        return runDrill(ctx, ids, options)
      }),
    )
}
