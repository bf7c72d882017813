/**
 * A fresh commander tree per call (so tests can build as many as they like). Each command's
 * definition is small and imported here; its implementation is imported only when it runs,
 * which keeps `--help` and one-shot estimates fast.
 */
import { Command } from 'commander'
import packageJson from '../../package.json'
import { createContext, type CommandContext, type GlobalFlags } from './context'
import type { Deps } from './deps'
import { defineDoc } from './commands/doc/define'
import { defineDrill } from './commands/drill/define'
import { defineEstimate } from './commands/estimate/define'
import { defineHistory } from './commands/history/define'
import { defineInterview } from './commands/interview/define'
import { defineNumbers } from './commands/numbers/define'
import { defineProblems } from './commands/problems/define'
import { defineStats } from './commands/stats/define'

export interface ProgramState {
  exitCode: number
}

/** Wraps a command implementation: builds its context, runs it, records its exit code. */
export type ActionFactory = <A extends unknown[]>(
  run: (ctx: CommandContext, ...args: A) => Promise<number>,
) => (...args: A) => Promise<void>

const INTRO = `sysdrill: system design interview practice in the terminal.

Examples:
  $ sysdrill interview                      a timed mock interview
  $ sysdrill interview live-comment-system --minutes 60
  $ sysdrill estimate "2 billion comments/day * 2 KB/comment to MB/s"
  $ sysdrill numbers latency
  $ sysdrill problems list --tag real-time
  $ sysdrill doc live-comment-system -o -
  $ sysdrill drill                          quizzes and concept cards, due first
  $ sysdrill stats                          your progress over the interviews
`

export function createProgram(deps: Deps, state: ProgramState): Command {
  const program = new Command('sysdrill')
  program
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help (every command has its own)')
    .option('--no-color', 'plain output (also NO_COLOR=1, TERM=dumb, or a non-terminal stream)')
    .option('--no-input', 'never prompt; fail and name the missing flags instead')
    .option('--debug', 'show stack traces for unexpected errors')
    .addHelpText('before', INTRO)
    .showHelpAfterError("(run 'sysdrill --help' or 'sysdrill <command> --help' for usage)")
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => void deps.stdout.write(text),
      writeErr: (text) => void deps.stderr.write(text),
    })
    .exitOverride()

  const action: ActionFactory = (run) => async (...args) => {
    const opts = program.opts<{ color: boolean; input: boolean; debug?: boolean }>()
    const globals: GlobalFlags = { color: opts.color, input: opts.input, debug: opts.debug === true }
    state.exitCode = await run(await createContext(deps, globals), ...args)
  }

  defineInterview(program, action)
  defineEstimate(program, action)
  defineNumbers(program, action)
  defineProblems(program, action)
  defineDoc(program, action)
  defineHistory(program, action)
  defineStats(program, action)
  defineDrill(program, action)

  // Every subcommand shares the output routing and the exit behaviour of the root.
  for (const command of program.commands) inheritSettings(command, program)
  return program
}

function inheritSettings(command: Command, root: Command): void {
  command.exitOverride()
  command.configureOutput(root.configureOutput())
  command.showHelpAfterError(`(run 'sysdrill ${fullName(command)} --help' for usage)`)
  for (const sub of command.commands) inheritSettings(sub, root)
}

function fullName(command: Command): string {
  const names: string[] = []
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name())
  return names.join(' ')
}
