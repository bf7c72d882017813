/**
 * Commands typed in the answer box. A line that starts with "/" is a command; "= expr" is a
 * shortcut for /estimate; "//" starts a line that really begins with a slash. Everything else
 * is part of the answer.
 */
import { closest } from '../did-you-mean'

export type BoxCommand =
  | { kind: 'text'; text: string }
  | { kind: 'empty' }
  | { kind: 'hint' }
  | { kind: 'clarify'; question: string }
  | { kind: 'estimate'; expr: string }
  | { kind: 'estimates' }
  | { kind: 'next' }
  | { kind: 'skip' }
  | { kind: 'pause' }
  | { kind: 'undo' }
  | { kind: 'time' }
  | { kind: 'help' }
  | { kind: 'finish' }
  | { kind: 'quit' }
  | { kind: 'unknown'; name: string; suggestion?: string }
  | { kind: 'missing-argument'; name: string; usage: string }

type Kind = Exclude<BoxCommand['kind'], 'text' | 'empty' | 'unknown' | 'missing-argument'>

export interface CommandSpec {
  name: Kind
  alias: string
  /** argument placeholder, '' when none */
  argument: string
  help: string
}

/** In the order /help lists them. */
export const BOX_COMMANDS: readonly CommandSpec[] = [
  { name: 'hint', alias: 'h', argument: '', help: 'reveal the next hint for this phase' },
  { name: 'clarify', alias: 'c', argument: '<question>', help: 'ask the interviewer a clarifying question' },
  { name: 'estimate', alias: 'e', argument: '<expr>', help: 'work out an expression with units (also "= <expr>"); kept in your notes' },
  { name: 'estimates', alias: 'q', argument: '', help: "answer the problem's estimation questions (estimation phase)" },
  { name: 'next', alias: 'n', argument: '', help: 'done with this phase, move on (also Ctrl-D on an empty line)' },
  { name: 'skip', alias: 's', argument: '', help: 'skip this phase (or the current estimation question)' },
  { name: 'pause', alias: 'p', argument: '', help: 'stop the clock (practice mode only)' },
  { name: 'undo', alias: 'u', argument: '', help: 'take back the last line you wrote' },
  { name: 'time', alias: 't', argument: '', help: 'time used and left in every phase' },
  { name: 'help', alias: '?', argument: '', help: 'this list' },
  { name: 'finish', alias: 'f', argument: '', help: 'end the interview now and see the report' },
  { name: 'quit', alias: 'x', argument: '', help: 'save and leave; resume later with --resume' },
]

export function parseBoxLine(line: string): BoxCommand {
  const trimmed = line.trim()
  if (trimmed === '') return { kind: 'empty' }
  if (trimmed.startsWith('//')) return { kind: 'text', text: line.replace(/^\s*\//, '') }
  if (trimmed.startsWith('=')) {
    const expr = trimmed.slice(1).trim()
    return expr === '' ? { kind: 'missing-argument', name: 'estimate', usage: '= <expr>, e.g. = 2 billion/day to per second' } : { kind: 'estimate', expr }
  }
  if (!trimmed.startsWith('/')) return { kind: 'text', text: line }
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed)!
  const word = match[1]!.toLowerCase()
  const argument = match[2]!.trim()
  const spec = BOX_COMMANDS.find((c) => c.name === word || c.alias === word)
  if (!spec) {
    const suggestion = closest(word, BOX_COMMANDS.map((c) => c.name))
    return { kind: 'unknown', name: word, ...(suggestion ? { suggestion } : {}) }
  }
  if (spec.argument !== '' && argument === '') {
    return { kind: 'missing-argument', name: spec.name, usage: `/${spec.name} ${spec.argument}` }
  }
  if (spec.name === 'clarify') return { kind: 'clarify', question: argument }
  if (spec.name === 'estimate') return { kind: 'estimate', expr: argument }
  return { kind: spec.name } as BoxCommand
}

/** Tab completion: "/hi" -> "/hint", "/c" -> "/clarify " (commands that take text get a space). */
export function completeCommand(line: string): string | undefined {
  if (!/^\/\S*$/.test(line)) return undefined
  const word = line.slice(1).toLowerCase()
  const matches = BOX_COMMANDS.filter((c) => c.name.startsWith(word))
  if (matches.length === 0) return undefined
  if (matches.length === 1) {
    const spec = matches[0]!
    return `/${spec.name}${spec.argument === '' ? '' : ' '}`
  }
  // the longest common prefix of the candidates
  let prefix: string = matches[0]!.name
  for (const m of matches) while (!m.name.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return `/${prefix}`
}

/** Commands that start with what is typed, for the footer while the user types "/...". */
export function matchingCommands(line: string): CommandSpec[] {
  if (!/^\/\S*$/.test(line)) return []
  const word = line.slice(1).toLowerCase()
  return BOX_COMMANDS.filter((c) => c.name.startsWith(word) || c.alias === word)
}
