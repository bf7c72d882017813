/**
 * The REPL's colon commands: :help, :units, :vars, :save FILE, :napkin, :clear, :quit.
 * Results go to stdout, messages to stderr, like everything else.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { writeFileAtomic } from '../../atomic-write'
import type { CommandContext } from '../../context'
import { closestMatches } from '../../../core/did-you-mean'
import { orList } from '../../../core/estimate/or-list'
import type { Engine, Scope } from '../../../core/estimate/types'
import { wrapCell } from '../../table'
import { columnsOf } from '../../text-layout'

export interface ReplSession {
  scope: Scope
  /** successful input lines, in order, for :save */
  transcript: string[]
  napkin: boolean
}

export const REPL_HELP = `Type an expression and press Enter:
  2 billion comments/day * 2 KB/comment to MB/s
  writes = 23 thousand comments/s     name = expr keeps a value
  writes * 100 reads/comment          later lines use the names
  ans * 3                             ans is the last result
Commands:
  :help          this text
  :units         the units and nouns the calculator knows
  :vars          the names defined so far
  :save FILE     write this session as a sheet (:save! FILE overwrites)
  :napkin        also show napkin values (1 day ≈ 10^5 s); again to turn off
  :clear         forget every name
  :quit          leave (or Ctrl-D; Ctrl-C clears the line)`

const COMMANDS = [':help', ':units', ':vars', ':save', ':save!', ':napkin', ':clear', ':quit', ':exit', ':q']

/** Runs a colon command; returns 'quit' to leave the REPL. */
export function runReplCommand(ctx: CommandContext, engine: Engine, session: ReplSession, line: string): 'quit' | undefined {
  const { output } = ctx
  const [command = '', ...rest] = line.trim().split(/\s+/)
  const argument = rest.join(' ')
  switch (command) {
    case ':help':
    case ':h':
    case ':?':
      output.out(REPL_HELP)
      return undefined
    case ':units':
      const width = Math.max(40, columnsOf(output.stdout) ?? 80) - 2
      for (const row of engine.units()) {
        output.out(output.outTheme.bold(row.category))
        for (const line of wrapCell(row.spellings, width)) output.out(`  ${line}`)
      }
      return undefined
    case ':vars': {
      const names = session.scope.names().filter((name) => name !== 'ans')
      if (names.length === 0) output.err('no names yet: define one with name = expr')
      for (const name of names) output.out(`${name} = ${engine.display(session.scope.get(name)!).text}`)
      return undefined
    }
    case ':save':
    case ':save!': {
      if (argument === '') {
        output.err(`${output.errTheme.bad('error:')} :save needs a file name, e.g. :save capacity.txt`)
        return undefined
      }
      // the shell is not there to expand ~, so do it here (~/capacity.txt is the usual spelling)
      const path = resolve(ctx.deps.cwd, argument.replace(/^~(?=$|[\\/])/, ctx.deps.homedir))
      if (command === ':save' && existsSync(path)) {
        output.err(`${output.errTheme.bad('error:')} ${argument} already exists; :save! ${argument} replaces it`)
        return undefined
      }
      const header = `# sysdrill estimate session, saved ${new Date(ctx.deps.clock.now()).toISOString().slice(0, 16).replace('T', ' ')} UTC`
      try {
        writeFileAtomic(path, `${[header, ...session.transcript].join('\n')}\n`)
        output.err(`saved ${session.transcript.length} line${session.transcript.length === 1 ? '' : 's'} to ${argument} (run it again with: sysdrill estimate --file ${argument})`)
      } catch (error) {
        output.err(`${output.errTheme.bad('error:')} ${(error as Error).message}`)
      }
      return undefined
    }
    case ':napkin':
      session.napkin = !session.napkin
      output.err(`napkin values ${session.napkin ? 'on (1 day ≈ 10^5 s, one or two significant digits)' : 'off'}`)
      return undefined
    case ':clear':
      session.scope = engine.newScope()
      output.err('every name is forgotten')
      return undefined
    case ':quit':
    case ':exit':
    case ':q':
      return 'quit'
    default: {
      const near = closestMatches(command, COMMANDS, 2)
      output.err(`${output.errTheme.bad('error:')} unknown command ${command}${near.length > 0 ? `; did you mean ${orList(near)}?` : ''} (:help lists them)`)
      return undefined
    }
  }
}
