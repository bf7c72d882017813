/**
 * The build-time index of the built-in library (dist/library-index.json): every file's summary
 * or pack list, its diagnostics, size, mtime and SHA-1. `problems list` reads it instead of
 * parsing YAML (see ./entry-cache.ts). Written by `sysdrill problems build-index`, a hidden
 * command that scripts/build.mjs runs after bundling.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { writeFileAtomic } from '../atomic-write'
import { INDEX_FORMAT, sha1, type LibraryIndex } from './entry-cache'
import { parseEntry } from './file-entries'
import { scanFolder } from './scan'

export async function buildLibraryIndex(packageRoot: string, problemsDir: string, outFile: string): Promise<{ files: number; broken: number }> {
  const index: LibraryIndex = { format: INDEX_FORMAT, buildId: randomUUID(), files: {} }
  let broken = 0
  for (const file of scanFolder(problemsDir)) {
    const { path, stamp, ...entry } = await parseEntry(file)
    if (entry.diagnostics.some((d) => d.severity === 'error')) broken += 1
    let digest = ''
    try {
      digest = sha1(readFileSync(path))
    } catch {
      // unreadable: the entry already carries the diagnostic
    }
    index.files[relative(packageRoot, path).split('\\').join('/')] = { ...stamp, sha1: digest, entry }
  }
  writeFileAtomic(outFile, `${JSON.stringify(index)}\n`)
  return { files: Object.keys(index.files).length, broken }
}
