/**
 * Reads a problem file's bytes, refusing oversized files from their size alone (a stat), so
 * a 2 GB file named like a problem costs nothing, and anything but a regular file (a pipe, a
 * device, a link to one) is refused unread. Read failures become diagnostics, not throws:
 * one unreadable file must not break the library.
 */
import { readFileSync, statSync } from 'node:fs'
import type { Diagnostic } from '../../core/problems/diagnostic'
import { sizeDiagnostic } from '../../core/problems/file-guards'

export interface FileStamp {
  size: number
  mtimeMs: number
}

export type ReadResult = { stamp: FileStamp; bytes: Uint8Array } | { stamp: FileStamp; diagnostic: Diagnostic }

const failure = (message: string): Diagnostic => ({ line: 1, col: 1, severity: 'error', message })

export function statFile(path: string): FileStamp | { error: Diagnostic } {
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) return { error: failure('this is a folder, not a problem file') }
    // a pipe would block the read for ever and a device (/dev/zero) never ends: refuse both unread
    if (!stat.isFile()) return { error: failure('this is not a regular file (a pipe, socket or device); a problem file is a plain .yaml file') }
    return { size: stat.size, mtimeMs: stat.mtimeMs }
  } catch (error) {
    return { error: failure(describeReadError(error)) }
  }
}

export function readProblemFile(path: string): ReadResult {
  const stamp = statFile(path)
  if ('error' in stamp) return { stamp: { size: 0, mtimeMs: 0 }, diagnostic: stamp.error }
  const tooBig = sizeDiagnostic(stamp.size)
  if (tooBig) return { stamp, diagnostic: tooBig }
  try {
    return { stamp, bytes: readFileSync(path) }
  } catch (error) {
    return { stamp, diagnostic: failure(describeReadError(error)) }
  }
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; cannot read this file'
  if (code === 'EISDIR') return 'this is a folder, not a problem file'
  return `cannot read this file: ${error instanceof Error ? error.message : String(error)}`
}
