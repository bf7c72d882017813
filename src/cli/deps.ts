/**
 * Everything the shell takes from the outside world, in one object. main() receives it, so
 * command tests pass fake streams, a fake clock and a scripted prompter instead of the process.
 */
import type { Clock } from './clock'
import type { OutStream } from './output'
import type { Prompter } from './prompter'

export interface InStream extends NodeJS.ReadableStream {
  isTTY?: boolean | undefined
  setRawMode?: (mode: boolean) => unknown
}

export interface Deps {
  env: Record<string, string | undefined>
  cwd: string
  homedir: string
  stdin: InStream
  stdout: OutStream
  stderr: OutStream
  clock: Clock
  /** created on first use, so commands that never ask anything never load inquirer */
  prompter: () => Promise<Prompter>
  /**
   * Register work to run when the user presses Ctrl-C outside a prompt (save the session,
   * restore the terminal). Returns a function that unregisters it.
   */
  onInterrupt: (handler: () => void) => () => void
  /** the package root (shipped problems/ and templates/); tests may point elsewhere */
  packageRoot?: string
}
