/**
 * Where each value of a problem file came from, so that rules running on the plain object
 * (./file-rules.ts, ./catalog-rules.ts, ./scale-check.ts) can still report `line:col`.
 */
import type { Position } from './diagnostic'
import { START } from './diagnostic'

export type PathPart = string | number
export type Path = readonly PathPart[]

interface Located {
  /** the key of a mapping entry */
  key?: Position
  /** the value (or the list item) */
  value: Position
}

const keyOf = (path: Path): string => path.join('\u0000')

export class Positions {
  private readonly map = new Map<string, Located>()

  record(path: Path, value: Position, key?: Position): void {
    this.map.set(keyOf(path), key === undefined ? { value } : { key, value })
  }

  /**
   * The position of a value (or of its key). A path that is not in the file (a missing key)
   * falls back to its nearest recorded parent, which is where the key should be added.
   */
  at(path: Path, which: 'value' | 'key' = 'value'): Position {
    for (let n = path.length; n >= 0; n -= 1) {
      const located = this.map.get(keyOf(path.slice(0, n)))
      if (located) return (n === path.length && which === 'key' ? located.key : undefined) ?? located.value
    }
    return START
  }

  has(path: Path): boolean {
    return this.map.has(keyOf(path))
  }
}

/** rubric[3].keywords[1] */
export function describePath(path: Path): string {
  let out = ''
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`
  return out === '' ? 'the file' : out
}
