/**
 * The problem files in a folder: every *.yaml / *.yml, in subfolders too (drills/), sorted.
 * A file named packs.yaml lists drill packs instead of holding a problem. Hidden folders and
 * node_modules are skipped, and the walk stops a few levels down.
 */
import { readdirSync, type Dirent } from 'node:fs'
import { join } from 'node:path'

export interface ScannedFile {
  path: string
  kind: 'problem' | 'packs'
}

const MAX_DEPTH = 3

export function scanFolder(dir: string): ScannedFile[] {
  const out: ScannedFile[] = []
  walk(dir, 0, out)
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function walk(dir: string, depth: number, out: ScannedFile[]): void {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && depth < MAX_DEPTH) walk(path, depth + 1, out)
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (!/\.ya?ml$/i.test(entry.name)) continue
      out.push({ path, kind: /^packs\.ya?ml$/i.test(entry.name) ? 'packs' : 'problem' })
    }
  }
}

/** problems/url-shortener.yaml -> url-shortener */
export function idFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path
  return name.replace(/\.ya?ml$/i, '')
}
