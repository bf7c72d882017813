/**
 * Where problems come from, lowest precedence first: the built-in library, the user's
 * problems folder, the config's problems.dirs, then SYSDRILL_PROBLEMS or --problems-dir
 * (colon-separated; the flag replaces the variable). A later source overrides an earlier
 * one's problem with the same id.
 */
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import type { CommandContext } from '../context'
import { CliError } from '../errors'

export type SourceKind = 'builtin' | 'user' | 'config' | 'env' | 'flag'

export interface Source {
  kind: SourceKind
  dir: string
}

export const SOURCE_LABELS: Record<SourceKind, string> = {
  builtin: 'built-in',
  user: 'your problems folder',
  config: 'config problems.dirs',
  env: 'SYSDRILL_PROBLEMS',
  flag: '--problems-dir',
}

function splitDirs(value: string | undefined, ctx: CommandContext): string[] {
  if (value === undefined || value.trim() === '') return []
  return value
    .split(':')
    .map((dir) => dir.trim())
    .filter((dir) => dir !== '')
    .map((dir) => (dir === '~' || dir.startsWith('~/') ? `${ctx.deps.homedir}${dir.slice(1)}` : dir))
    .map((dir) => (isAbsolute(dir) ? dir : resolve(ctx.deps.cwd, dir)))
}

export interface ResolvedSources {
  sources: Source[]
  /** folders named in the env or config that do not exist (named on the flag they are an error) */
  warnings: string[]
}

export async function resolveSources(ctx: CommandContext, problemsDir: string | undefined): Promise<ResolvedSources> {
  // config.ts brings the yaml parser; most people have no config file, so skip it then
  const configDirs = existsSync(ctx.paths.configFile)
    ? (await (await import('../config')).loadConfig(ctx.paths.configFile, ctx.deps.homedir)).problems.dirs
    : []
  const sources: Source[] = [
    { kind: 'builtin', dir: ctx.paths.builtinProblemsDir },
    { kind: 'user', dir: ctx.paths.userProblemsDir },
    ...configDirs.map((dir) => ({ kind: 'config' as const, dir })),
  ]
  const warnings: string[] = []
  if (problemsDir !== undefined) {
    const dirs = splitDirs(problemsDir, ctx)
    for (const dir of dirs) {
      if (!isFolder(dir)) {
        throw new CliError(`--problems-dir: ${dir} is not a folder`, { exitCode: 2, hint: 'name existing folders, separated by ":"' })
      }
    }
    sources.push(...dirs.map((dir) => ({ kind: 'flag' as const, dir })))
  } else {
    sources.push(...splitDirs(ctx.deps.env.SYSDRILL_PROBLEMS, ctx).map((dir) => ({ kind: 'env' as const, dir })))
  }
  const seen = new Set<string>()
  const unique = sources.filter((source) => {
    const key = resolve(source.dir)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  for (const source of unique) {
    if ((source.kind === 'config' || source.kind === 'env') && !isFolder(source.dir)) {
      warnings.push(`${SOURCE_LABELS[source.kind]} names ${source.dir}, which is not a folder; skipped`)
    }
  }
  return { sources: unique.filter((source) => source.kind === 'builtin' || source.kind === 'user' || isFolder(source.dir)), warnings }
}

function isFolder(dir: string): boolean {
  try {
    return existsSync(dir) && statSync(dir).isDirectory()
  } catch {
    return false
  }
}
