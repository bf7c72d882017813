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
  /** for text on one line: columns from the value's start to its first character (1 when quoted) */
  shift?: number
}

const keyOf = (path: Path): string => path.join('\u0000')

export class Positions {
  private readonly map = new Map<string, Located>()

  record(path: Path, value: Position, key?: Position, shift?: number): void {
    const located: Located = { value }
    if (key !== undefined) located.key = key
    if (shift !== undefined) located.shift = shift
    this.map.set(keyOf(path), located)
  }

  /**
   * The position of a character inside a one-line text value (an engine error's column);
   * the value's own position for multi-line text.
   */
  inside(path: Path, column: number | undefined): Position {
    const located = this.map.get(keyOf(path))
    if (!located || located.shift === undefined || column === undefined) return this.at(path)
    return { line: located.value.line, col: located.value.col + located.shift + column }
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
