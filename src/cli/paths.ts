/**
 * Where sysdrill reads and writes. Env is passed in (never read here) so tests can point
 * everything at a temp folder.
 *   data:    $SYSDRILL_HOME, else $XDG_DATA_HOME/sysdrill, else ~/.local/share/sysdrill
 *   config:  $XDG_CONFIG_HOME/sysdrill, else ~/.config/sysdrill
 *   package: the installed package root (shipped problems/ and templates/)
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Paths {
  dataDir: string
  configDir: string
  configFile: string
  /** user problems folder: <configDir>/problems */
  userProblemsDir: string
  packageRoot: string
  builtinProblemsDir: string
  templatesDir: string
}

/** An env value counts only when it is set and non-empty (XDG spec: empty means unset). */
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}

export function resolvePaths(env: Record<string, string | undefined>, homedir: string, packageRoot: string): Paths {
  const home = nonEmpty(env.HOME) ?? homedir
  const dataDir = resolve(
    nonEmpty(env.SYSDRILL_HOME) ?? join(nonEmpty(env.XDG_DATA_HOME) ?? join(home, '.local', 'share'), 'sysdrill'),
  )
  const configDir = resolve(join(nonEmpty(env.XDG_CONFIG_HOME) ?? join(home, '.config'), 'sysdrill'))
  return {
    dataDir,
    configDir,
    configFile: join(configDir, 'config.yaml'),
    userProblemsDir: join(configDir, 'problems'),
    packageRoot,
    builtinProblemsDir: join(packageRoot, 'problems'),
    templatesDir: join(packageRoot, 'templates'),
  }
}

let cachedRoot: string | undefined

/**
 * The folder holding our package.json. The bundle lives in dist/ (chunks in dist/chunks/) and
 * tests run from src/cli/, so walk up from this module until the package.json is found.
 */
export function findPackageRoot(fromUrl: string = import.meta.url): string {
  if (cachedRoot !== undefined) return cachedRoot
  let dir = dirname(fileURLToPath(fromUrl))
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) {
      cachedRoot = dir
      return dir
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error('sysdrill: cannot find the package folder (package.json with templates/)')
    dir = parent
  }
}
