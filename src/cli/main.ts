/**
 * The single error boundary. main() turns argv into an exit code and never throws;
 * runFromProcess() wires it to the real process (streams, signals, exit code).
 */
import { homedir } from 'node:os'
import { CommanderError } from 'commander'
import { realClock } from './clock'
import type { Deps } from './deps'
import { EXIT, isCliError } from './errors'
import { colorEnabled, loadTheme, type OutStream } from './output'
import { createProgram, type ProgramState } from './program'
import type { Prompter } from './prompter'

/** Commander reports these itself and they are not failures. */
const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version'])

export async function main(argv: readonly string[], deps: Deps): Promise<number> {
  const state: ProgramState = { exitCode: EXIT.ok }
  const debug = argv.includes('--debug')
  try {
    const program = createProgram(deps, state)
    if (argv.length === 0) {
      program.outputHelp()
      return EXIT.ok
    }
    await program.parseAsync([...argv], { from: 'user' })
    return state.exitCode
  } catch (error) {
    return reportError(error, deps, { debug, colorFlag: !argv.includes('--no-color') })
  }
}

/** Prints an error as `error: cause` and `hint: fix`, and picks the exit code. */
export async function reportError(
  error: unknown,
  deps: Pick<Deps, 'stderr' | 'env'>,
  options: { debug: boolean; colorFlag: boolean },
): Promise<number> {
  // commander is bundled only into main.cjs, so instanceof is safe here
  if (error instanceof CommanderError) {
    // commander has already printed its message (and our usage hint)
    if (COMMANDER_OK.has(error.code)) return EXIT.ok
    return EXIT.usage
  }
  const theme = await loadTheme(
    colorEnabled({ colorFlag: options.colorFlag, env: deps.env, isTTY: deps.stderr.isTTY === true }),
  )
  if (isCliError(error)) {
    // Ctrl-C is the user's choice, not a failure: "Cancelled.", as the signal handler says it
    const label = error.exitCode === EXIT.cancelled ? '' : `${theme.bad('error:')} `
    if (error.message !== '') deps.stderr.write(`${label}${error.message}\n`)
    if (error.hint !== undefined) deps.stderr.write(`${theme.dim('hint:')} ${error.hint}\n`)
    if (options.debug && error.stack) deps.stderr.write(`${error.stack}\n`)
    return error.exitCode
  }
  const message = error instanceof Error ? error.message : String(error)
  deps.stderr.write(`${theme.bad('error:')} unexpected failure: ${message}\n`)
  if (options.debug && error instanceof Error && error.stack) {
    deps.stderr.write(`${error.stack}\n`)
  } else {
    deps.stderr.write(`${theme.dim('hint:')} this is a bug in sysdrill; rerun with --debug to see where it happened and report it\n`)
  }
  return EXIT.failure
}

/** Builds the real deps, installs the Ctrl-C and broken-pipe handling, runs main, sets the exit code. */
export function runFromProcess(): void {
  const interruptHandlers: Array<() => void> = []
  let interrupted = false

  process.on('SIGINT', () => {
    // A second Ctrl-C while we are cleaning up means "now".
    if (interrupted) process.exit(EXIT.cancelled)
    interrupted = true
    const handlers = [...interruptHandlers].reverse()
    if (handlers.length === 0) process.stderr.write('\nCancelled.\n')
    for (const handler of handlers) {
      try {
        handler()
      } catch (error) {
        process.stderr.write(`error while stopping: ${error instanceof Error ? error.message : String(error)}\n`)
      }
    }
    process.exit(EXIT.cancelled)
  })

  // A closed terminal (SIGHUP) or a plain `kill` (SIGTERM) runs the same clean-up as Ctrl-C
  // (an interview saves the line being typed), then exits with the usual 128 + signal code.
  for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      for (const handler of [...interruptHandlers].reverse()) {
        try {
          handler()
        } catch {
          // the process is going away; nothing more useful to do
        }
      }
      process.exit(code)
    })
  }

  // `sysdrill problems list | head` closes our stdout early; that is not an error. Any other
  // failure to write a result (a full disk, /dev/full) is one line on stderr and exit 1.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok)
      if (stream === process.stdout) {
        try {
          process.stderr.write(`error: cannot write the output: ${error.code === 'ENOSPC' ? 'the disk is full' : error.message}\n`)
        } catch {
          // stderr is gone too; the exit code still says it failed
        }
      }
      process.exit(EXIT.failure)
    })
  }

  let prompter: Promise<Prompter> | undefined
  const deps: Deps = {
    env: process.env,
    cwd: process.cwd(),
    homedir: homedir(),
    stdin: process.stdin,
    stdout: process.stdout as OutStream,
    stderr: process.stderr as OutStream,
    clock: realClock,
    prompter: () =>
      (prompter ??= import('./prompter-inquirer').then(({ createInquirerPrompter }) =>
        createInquirerPrompter({ input: process.stdin, output: process.stderr }),
      )),
    onInterrupt(handler) {
      interruptHandlers.push(handler)
      return () => {
        const index = interruptHandlers.indexOf(handler)
        if (index >= 0) interruptHandlers.splice(index, 1)
      }
    },
  }

  main(process.argv.slice(2), deps).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      // main() never throws; if it does, say so in one line rather than a stack
      process.stderr.write(`error: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = EXIT.failure
    },
  )
}
