/**
 * A path as a person would type it: relative to the current folder when it is inside it,
 * with ~ for the home folder otherwise. Used in warnings and in `validate` output, so the
 * `file:line:col` can be pasted back into a command.
 */
import { isAbsolute, relative, sep } from 'node:path'

export function displayPath(path: string, cwd: string, homedir: string): string {
  const rel = relative(cwd, path)
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return rel
  if (homedir !== '' && (path === homedir || path.startsWith(homedir + sep))) return `~${path.slice(homedir.length)}`
  return path
}
