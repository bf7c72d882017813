/**
 * Where `sysdrill doc` writes, and the refusals that keep it there: the default file is
 * `<problem-id>-design.md` in the current folder and only there (an id that would climb out
 * or is absolute is refused), an existing file needs --force, and a symbolic link is never
 * written through or replaced, since it may point anywhere.
 */
import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { CliError, UsageError, describeFsError } from '../../errors'
import { displayPath } from '../../library/display-path'

export type OutputTarget = { kind: 'stdout' } | { kind: 'file'; path: string; shown: string; replaces: boolean }

/** A problem id that can safely become a file name in the current folder. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

export function defaultFileName(problemId: string): string {
  if (!SAFE_ID.test(problemId) || problemId.includes('..')) {
    throw new CliError(`refusing to write a doc for problem id '${problemId}': it is not a plain name and could point outside the current folder`, {
      hint: 'problem ids are kebab-case names; pass -o PATH to choose the file yourself',
    })
  }
  return `${problemId}-design.md`
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined
    throw describeFsError(error, path, 'read')
  }
}

export interface TargetOptions {
  output?: string
  force?: boolean
  problemId: string
  cwd: string
  homedir: string
  /** the template file in use: never overwrite it with its own output */
  templatePath?: string
}

/** "./live-comment-system-design.md", "~/docs/x.md", "/tmp/x.md" */
export function shownPath(path: string, cwd: string, homedir: string): string {
  const shown = displayPath(path, cwd, homedir)
  return shown.startsWith('/') || shown.startsWith('~') || shown.startsWith('.') ? shown : `./${shown}`
}

export function resolveTarget(options: TargetOptions): OutputTarget {
  const { output, cwd, homedir } = options
  if (output === '-') return { kind: 'stdout' }
  if (output === '') throw new UsageError('-o needs a path', "use -o PATH, or -o - for stdout")
  let path = output === undefined ? join(cwd, defaultFileName(options.problemId)) : resolve(cwd, output)
  // -o into an existing folder writes the default file name inside it.
  if (output !== undefined && (output.endsWith('/') || statSafe(path)?.isDirectory() === true)) {
    path = join(path, defaultFileName(options.problemId))
  }
  const shown = shownPath(path, cwd, homedir)

  const folder = dirname(path)
  const folderStat = statSafe(folder)
  if (!folderStat) throw new CliError(`cannot write ${shown}: the folder ${shownPath(folder, cwd, homedir)} does not exist`, { hint: 'create it first, or choose another path with -o' })
  if (!folderStat.isDirectory()) throw new CliError(`cannot write ${shown}: ${shownPath(folder, cwd, homedir)} is not a folder`, { hint: 'choose another path with -o' })

  const existing = lstatOrUndefined(path)
  if (existing?.isSymbolicLink()) {
    let to = ''
    try {
      to = ` to ${readlinkSync(path)}`
    } catch {
      // the link's target does not matter for the refusal
    }
    throw new CliError(`refusing to write ${shown}: it is a symbolic link${to}, which could point anywhere`, {
      hint: 'remove the link, or choose another path with -o',
    })
  }
  if (existing?.isDirectory()) throw new CliError(`cannot write ${shown}: it is a folder`, { hint: 'choose a file path with -o' })
  if (existing && !existing.isFile()) throw new CliError(`refusing to write ${shown}: it is not a regular file`, { hint: 'choose another path with -o' })
  if (existing && options.templatePath !== undefined && sameFile(path, options.templatePath)) {
    throw new CliError(`refusing to write ${shown}: it is the template this doc is made from`, { hint: 'choose another path with -o' })
  }
  if (existing && options.force !== true) {
    throw new CliError(`${shown} already exists; nothing was written`, { hint: 'pass --force to overwrite it, or choose another path with -o (-o - prints to stdout)' })
  }
  return { kind: 'file', path, shown, replaces: existing !== undefined }
}

function statSafe(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b)
  } catch {
    return false
  }
}
