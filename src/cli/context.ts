/**
 * What a command's run() receives: the deps, the output (colour decided after the global
 * flags were parsed), the global flags and the resolved paths.
 */
import type { Deps } from './deps'
import type { Output } from './output'
import { findPackageRoot, resolvePaths, type Paths } from './paths'
import { createOutput } from './output'

export interface GlobalFlags {
  debug: boolean
  /** false with --no-input: never prompt, fail and name the flags instead */
  input: boolean
  /** false with --no-color */
  color: boolean
}

export interface CommandContext {
  deps: Deps
  output: Output
  globals: GlobalFlags
  paths: Paths
  /** true when prompting is allowed: --no-input absent and stdin and stderr are terminals */
  interactive: boolean
}

export async function createContext(deps: Deps, globals: GlobalFlags): Promise<CommandContext> {
  const output = await createOutput(deps.stdout, deps.stderr, { colorFlag: globals.color, env: deps.env })
  const paths = resolvePaths(deps.env, deps.homedir, deps.packageRoot ?? findPackageRoot())
  const interactive = globals.input && deps.stdin.isTTY === true && deps.stderr.isTTY === true
  return { deps, output, globals, paths, interactive }
}
