/**
 * The calculator prompt (node:readline): history kept across sessions, `ans`, names, colon
 * commands. The prompt and messages go to stderr, results to stdout. Ctrl-C clears the line;
 * on an empty line it says how to leave, and a second Ctrl-C leaves with 130. Ctrl-D or
 * :quit leave with 0.
 */
import { join } from 'node:path'
import { Writable } from 'node:stream'
import type { Interface } from 'node:readline'
import type { CommandContext } from '../../context'
import { EXIT } from '../../errors'
import type { OutStream } from '../../output'
import { getEngine } from '../../../core/estimate/index'
import { openHistory } from './history'
import { renderHuman, renderNotes } from './render'
import { runReplCommand, type ReplSession } from './repl-commands'

const PROMPT = '› '

/** readline needs a real stream; test doubles only have write(). */
function writableFor(stream: OutStream): NodeJS.WritableStream {
  if (typeof (stream as { on?: unknown }).on === 'function') return stream as unknown as NodeJS.WritableStream
  const writable = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      stream.write(chunk.toString())
      callback()
    },
  }) as Writable & { isTTY?: boolean; columns?: number }
  writable.isTTY = stream.isTTY === true
  writable.columns = stream.columns ?? 80
  return writable
}

export async function runRepl(ctx: CommandContext, options: { napkin: boolean }): Promise<number> {
  const readline = await import('node:readline')
  const engine = getEngine()
  const { output } = ctx
  const history = openHistory(join(ctx.paths.dataDir, 'estimate_history'), (message) => output.err(`${output.errTheme.warn('note:')} ${message}`))
  const session: ReplSession = { scope: engine.newScope(), transcript: [], napkin: options.napkin }

  const rl: Interface = readline.createInterface({
    input: ctx.deps.stdin,
    output: writableFor(output.stderr),
    terminal: true,
    history: history.entries,
    historySize: 1000,
    removeHistoryDuplicates: true,
    prompt: output.errTheme.accent(PROMPT),
  })

  output.err(output.errTheme.dim('sysdrill estimate: type an expression; :help for help, Ctrl-D to leave'))
  let exitCode: number = EXIT.ok
  let armedToQuit = false
  let quitByCommand = false

  const evaluate = (line: string) => {
    const outcome = engine.evaluate(line, { scope: session.scope, napkin: session.napkin })
    if (outcome.ok) {
      for (const text of renderHuman(outcome, output.outTheme)) output.out(text)
      for (const note of renderNotes(outcome.notes, output.errTheme)) output.err(note)
      session.scope.set('ans', outcome.quantity)
      session.transcript.push(line.trim())
      return
    }
    const column = outcome.error.column
    if (column !== undefined && output.stderr.isTTY === true) output.err(`${' '.repeat(PROMPT.length + column)}${output.errTheme.bad('^')}`)
    output.err(`${output.errTheme.bad('error:')} ${outcome.error.message}`)
  }

  return new Promise<number>((resolve) => {
    rl.on('line', (line) => {
      armedToQuit = false
      const trimmed = line.trim()
      if (trimmed !== '') history.add(line)
      if (trimmed.startsWith(':')) {
        if (runReplCommand(ctx, engine, session, trimmed) === 'quit') {
          quitByCommand = true
          rl.close()
          return
        }
      } else if (trimmed !== '' && !trimmed.startsWith('#')) {
        evaluate(line)
      }
      rl.prompt()
    })
    rl.on('SIGINT', () => {
      if (rl.line !== '') {
        // clear what was typed, in place: end of line, then delete to its start
        rl.write(null, { ctrl: true, name: 'e' })
        rl.write(null, { ctrl: true, name: 'u' })
        armedToQuit = false
        return
      }
      if (armedToQuit) {
        output.stderr.write('\n')
        exitCode = EXIT.cancelled
        rl.close()
        return
      }
      armedToQuit = true
      output.stderr.write('\n')
      output.err(output.errTheme.dim('(to leave press Ctrl-C again, Ctrl-D, or type :quit)'))
      rl.prompt()
    })
    rl.on('close', () => {
      // Ctrl-D leaves the cursor after the prompt; end that line so the shell starts clean
      if (exitCode === EXIT.ok && !quitByCommand) output.stderr.write('\n')
      resolve(exitCode)
    })
    rl.prompt()
  })
}
