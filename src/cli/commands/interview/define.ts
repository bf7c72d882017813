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

const HELP = `
While you answer:
  Type your answer line by line; Enter adds a line. Commands start with /:
    /hint  /clarify <question>  = <expression>  /estimates  /next  /skip
    /pause (practice)  /undo  /time  /help  /finish  /quit
  Ctrl-D on an empty line is /next. Ctrl-C saves the session and stops;
  --resume continues it with the time that was left.

Modes:
  strict    each phase ends when its time is up (what you typed is kept);
            no pause
  practice  /pause stops the clock; a phase may run over, and the overtime
            is recorded

Answers file (--answers FILE.yaml, or - for stdin; runs without prompts):
  phases:                  # phase id -> what you would have said
    requirements: |
      Viewers post comments on a live video and see everyone's within a second.
  estimates:               # estimation keys -> expressions with units
    writeQps: 2 billion comments/day to comments/s
  minutes:                 # optional: minutes spent per phase (default 0)
    requirements: 4

Settings (flags > environment > config file > defaults):
  flag        environment        config file         default
  --minutes   SYSDRILL_MINUTES   interview.minutes   the problem's length
  --mode      SYSDRILL_MODE      interview.mode      strict
  --template  SYSDRILL_TEMPLATE  interview.template  default

Examples:
  $ sysdrill interview                 choose a problem from the picker
  $ sysdrill interview live-comment-system --minutes 60 --mode practice
  $ sysdrill interview url-shortener --template four-step
  $ sysdrill interview ml-recommendation-system --template ml-design
  $ sysdrill interview --resume        continue the latest unfinished one
  $ sysdrill interview live-comment-system --answers mine.yaml --json
  $ sysdrill doc --last                a design doc from the last interview
`

export function defineInterview(program: Command, action: ActionFactory): void {
  program
    .command('interview')
    .alias('i')
    .summary('run a timed mock interview, phase by phase')
    .description(
      'Run a timed mock interview: requirements, non-functional goals, estimates, API, data model, high-level design, deep dive, operations and wrap-up, each with a budget and a live countdown. Ends with a report: time per phase, key points covered, estimate grades, what to drill next.',
    )
    .argument('[problem-id]', 'problem to practise (default: a picker on a terminal, else live-comment-system)')
    .option('--minutes <n>', 'total length, 10 to 180; phase budgets scale to it (default 45)')
    .option('--template <name|path>', 'phase template: default, four-step, ml-design, or a YAML file')
    .option('--mode <mode>', 'strict (moves on at time-up) or practice (pause, overtime allowed)')
    .option('--resume [session-id]', 'continue a saved session (default: the latest unfinished one)')
    .option('--answers <file>', 'take the answers from a YAML file (- for stdin) instead of prompting')
    .option('--random', 'pick a random design problem')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated')
    .option('--json', 'print the final report as JSON')
    .addHelpText('after', HELP)
    .action(
      action(async (ctx, problemId: string | undefined, options: InterviewOptions) => {
        const { runInterview } = await import('./run')
        return runInterview(ctx, problemId, options)
      }),
    )
}
