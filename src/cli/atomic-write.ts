/**
 * Atomic file writes: write a temp file next to the target, flush it to disk, then rename it
 * over the target. A crash, kill -9 or full disk leaves either the old file or the new one,
 * never half of each.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describeFsError } from './errors'

let counter = 0

export interface AtomicWriteOptions {
  /** create missing parent folders (default true) */
  mkdir?: boolean
  /** file mode for a new file (default 0o644) */
  mode?: number
}

/**
 * mkdir -p, one level at a time. Node 20's own recursive mkdirSync spins forever on some
 * paths (under /proc, for one), which would hang the command instead of failing it.
 */
export function ensureDir(dir: string): void {
  const missing: string[] = []
  for (let current = dir; !existsSync(current); current = dirname(current)) {
    if (dirname(current) === current) break
    missing.unshift(current)
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder)
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw describeFsError(error, folder, 'create')
    }
  }
}

export function writeFileAtomic(path: string, contents: string, options: AtomicWriteOptions = {}): void {
  const dir = dirname(path)
  if (options.mkdir !== false) ensureDir(dir)
  counter += 1
  const temp = join(dir, `.${basename(path)}.${process.pid}.${counter}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temp, 'w', options.mode ?? 0o644)
    const buffer = Buffer.from(contents, 'utf8')
    let offset = 0
    while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temp, path)
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {
        // already failing; the original error is the one worth reporting
      }
    }
    rmSync(temp, { force: true })
    throw describeFsError(error, path, 'write')
  }
  // Make the rename itself durable; some file systems refuse to fsync a folder, which is fine.
  try {
    const dirFd = openSync(dir, 'r')
    try {
      fsyncSync(dirFd)
    } finally {
      closeSync(dirFd)
    }
  } catch {
    // best effort
  }
}
