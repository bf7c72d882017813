/**
 * Our own JSON state files (sessions, the drill state): read one, or say in a few words why it
 * cannot be used; and move an unusable one aside instead of overwriting it, so that nothing a
 * user typed is ever silently dropped.
 */
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs'
import { describeFsError } from './errors'

export type JsonRead = { ok: true; data: unknown } | { ok: false; reason: string }

/**
 * undefined when the file does not exist. A file over `maxBytes` is refused from its size
 * alone; `what` names the file in that message ("a session").
 */
export function readJsonFile(path: string, maxBytes: number, what: string): JsonRead | undefined {
  let size: number
  try {
    size = statSync(path).size
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined
    throw describeFsError(error, path, 'read')
  }
  if (size > maxBytes) return { ok: false, reason: `the file is ${Math.round(size / 1024 / 1024)} MB, too large for ${what}` }
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw describeFsError(error, path, 'read')
  }
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' }
  try {
    return { ok: true, data: JSON.parse(text) as unknown }
  } catch (error) {
    // V8 quotes the start of the text, line breaks included; the reason must stay on one line
    const message = (error instanceof Error ? error.message : String(error)).replace(/\r?\n/g, '\\n')
    return { ok: false, reason: `not valid JSON (${message})` }
  }
}

/**
 * Renames a bad file to <file>.corrupt-<stamp> (then -2, -3... if that name is taken: the stamp
 * is to the second, and a rename would silently replace an earlier copy) and returns the new path.
 */
export function moveAside(path: string, stamp: string): string {
  let target = `${path}.corrupt-${stamp}`
  for (let n = 2; existsSync(target); n += 1) target = `${path}.corrupt-${stamp}-${n}`
  try {
    renameSync(path, target)
  } catch (error) {
    throw describeFsError(error, path, 'write')
  }
  return target
}
