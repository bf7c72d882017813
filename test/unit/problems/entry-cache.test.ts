/**
 * The build-time index and the summary cache: unchanged files are answered without parsing,
 * changed files are parsed again, and a moved package (new mtimes, same bytes) still uses
 * the index through the file hashes.
 */
import { cpSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CommandContext } from '../../../src/cli/context'
import { buildLibraryIndex } from '../../../src/cli/library/build-index'
import { indexPath, openEntryLookup, type LibraryIndex } from '../../../src/cli/library/entry-cache'
import { readEntries } from '../../../src/cli/library/file-entries'
import { scanFolder } from '../../../src/cli/library/scan'
import { repoRoot, tempHome } from '../../helpers/run-cli'

let home: ReturnType<typeof tempHome>
let root: string
beforeEach(() => {
  home = tempHome()
  root = join(home.home, 'package')
  cpSync(join(repoRoot, 'test', 'fixtures', 'problems', 'mini-library'), root, { recursive: true })
})
afterEach(() => home.cleanup())

const ctx = () => ({ paths: { packageRoot: root, dataDir: join(home.home, 'data') } }) as unknown as CommandContext

/** reads the library and says which files had to be parsed */
async function read() {
  const lookup = openEntryLookup(ctx())
  const parsed: string[] = []
  const files = scanFolder(join(root, 'problems'))
  const entries = await readEntries(files, {
    find: (file) => lookup.find(file),
    remember: (entry) => {
      parsed.push(entry.path.slice(root.length + 1))
      lookup.remember(entry)
    },
  })
  lookup.save()
  return { entries, parsed }
}

describe('library index and summary cache', () => {
  it('answers every built-in file from the index', async () => {
    const built = await buildLibraryIndex(root, join(root, 'problems'), indexPath(root))
    expect(built).toEqual({ files: 5, broken: 0 })
    const index = JSON.parse(readFileSync(indexPath(root), 'utf8')) as LibraryIndex
    expect(Object.keys(index.files)).toEqual([
      'problems/drills/cache-aside.yaml',
      'problems/drills/idempotency-keys.yaml',
      'problems/drills/packs.yaml',
      'problems/photo-sharing.yaml',
      'problems/tiny-kv.yaml',
    ])
    const { entries, parsed } = await read()
    expect(parsed).toEqual([])
    expect(entries.map((e) => e.summary?.id ?? `packs:${e.packs?.map((p) => p.id).join(',')}`)).toEqual([
      'cache-aside',
      'idempotency-keys',
      'packs:basics',
      'photo-sharing',
      'tiny-kv',
    ])
    // nothing new to remember, so no cache file is written
    expect(existsSync(join(home.home, 'data', 'cache', 'library.json'))).toBe(false)
  })

  it('parses a file again when it changed, and caches the result', async () => {
    await buildLibraryIndex(root, join(root, 'problems'), indexPath(root))
    const file = join(root, 'problems', 'tiny-kv.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Design a tiny key-value cache', 'title: A changed title'))
    const first = await read()
    expect(first.parsed).toEqual(['problems/tiny-kv.yaml'])
    expect(first.entries.find((e) => e.summary?.id === 'tiny-kv')!.summary!.title).toBe('A changed title')
    const second = await read()
    expect(second.parsed).toEqual([])
    expect(second.entries.find((e) => e.summary?.id === 'tiny-kv')!.summary!.title).toBe('A changed title')
  })

  it('trusts the index for a file with a new mtime but the same bytes (an unpacked tarball)', async () => {
    await buildLibraryIndex(root, join(root, 'problems'), indexPath(root))
    const file = join(root, 'problems', 'photo-sharing.yaml')
    utimesSync(file, new Date('1985-10-26T08:15:00Z'), new Date('1985-10-26T08:15:00Z'))
    const { parsed } = await read()
    expect(parsed).toEqual([])
  })

  it('keeps broken files broken in the index, with their diagnostics', async () => {
    writeFileSync(join(root, 'problems', 'broken.yaml'), 'schemaVersion: 1\nid: broken\ntitel: x\n')
    const built = await buildLibraryIndex(root, join(root, 'problems'), indexPath(root))
    expect(built).toEqual({ files: 6, broken: 1 })
    const { entries, parsed } = await read()
    expect(parsed).toEqual([])
    const broken = entries.find((e) => e.path.endsWith('broken.yaml'))!
    expect(broken.summary).toBeUndefined()
    expect(broken.diagnostics).toContainEqual({ line: 3, col: 1, severity: 'error', message: "unknown top-level key 'titel' (did you mean 'title'?)" })
  })

  it('starts a fresh cache after a new build (another validator may judge files differently)', async () => {
    const first = await read() // no index: everything parsed and cached
    expect(first.parsed.length).toBe(5)
    expect((await read()).parsed).toEqual([])
    await buildLibraryIndex(root, join(root, 'problems'), indexPath(root))
    const cache = JSON.parse(readFileSync(join(home.home, 'data', 'cache', 'library.json'), 'utf8')) as { validator: string }
    expect(cache.validator).toBe('unbuilt')
    // the index answers now; the old cache (from no build) is ignored
    expect((await read()).parsed).toEqual([])
  })

  it('survives a corrupt cache file', async () => {
    await read()
    writeFileSync(join(home.home, 'data', 'cache', 'library.json'), '{not json')
    const { parsed } = await read()
    expect(parsed.length).toBe(5)
  })
})
