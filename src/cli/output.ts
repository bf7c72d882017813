/**
 * Where text goes and whether it is coloured.
 * Results go to stdout; messages, prompts, spinners and countdowns go to stderr.
 * chalk does not honour NO_COLOR by itself, so the policy is decided here, once, per stream,
 * and chalk is only loaded when some stream is actually coloured (it costs start-up time).
 */
import { plainTheme, type Theme } from './theme'

export interface OutStream {
  write(chunk: string): unknown
  isTTY?: boolean | undefined
  columns?: number | undefined
  rows?: number | undefined
}

export interface ColorInputs {
  /** false when --no-color was given */
  colorFlag: boolean
  env: Record<string, string | undefined>
  isTTY: boolean
}

/** The colour policy of spec §4: NO_COLOR, --no-color, TERM=dumb or a non-TTY stream turn it off. */
export function colorEnabled({ colorFlag, env, isTTY }: ColorInputs): boolean {
  if (!colorFlag) return false
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true
  if (env.TERM === 'dumb') return false
  return isTTY
}

/** A theme for a stream: plain unless colour is on, in which case chalk is loaded. */
export async function loadTheme(enabled: boolean): Promise<Theme> {
  if (!enabled) return plainTheme
  const { createChalkTheme } = await import('./theme-chalk')
  return createChalkTheme()
}

/** The two streams plus their themes; commands print through this and nothing else. */
export interface Output {
  readonly stdout: OutStream
  readonly stderr: OutStream
  /** theme for text written to stdout */
  readonly outTheme: Theme
  /** theme for text written to stderr */
  readonly errTheme: Theme
  /** a result line (or block) on stdout */
  out(text: string): void
  /** a message on stderr */
  err(text: string): void
  /** one JSON value on stdout, one line */
  json(value: unknown): void
}

export async function createOutput(
  stdout: OutStream,
  stderr: OutStream,
  options: { colorFlag: boolean; env: Record<string, string | undefined> },
): Promise<Output> {
  const outTheme = await loadTheme(colorEnabled({ ...options, isTTY: stdout.isTTY === true }))
  const errTheme = await loadTheme(colorEnabled({ ...options, isTTY: stderr.isTTY === true }))
  return {
    stdout,
    stderr,
    outTheme,
    errTheme,
    out: (text) => void stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    json: (value) => void stdout.write(`${JSON.stringify(value)}\n`),
  }
}
