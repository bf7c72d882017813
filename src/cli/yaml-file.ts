/**
 * Reads a small hand-written YAML file (a phase template, an --answers file) with positions,
 * so every complaint can say file:line:col. Guards: a size limit checked before reading,
 * binary content, YAML syntax errors, duplicate keys and alias bombs.
 */
import { readFileSync, statSync } from 'node:fs'
import { CliError, describeFsError } from './errors'
import { describeYamlError } from '../core/problems/yaml-syntax'

export type NodePath = Array<string | number>

export interface YamlFile {
  file: string
  data: unknown
  /** file:line:col of the node at path (of its key with at = 'key'), or of the nearest parent */
  where(path: NodePath, at?: 'key' | 'value'): string
}

const MAX_BYTES = 256 * 1024

export async function readYamlFile(file: string, shownAs: string, what: string, text?: string): Promise<YamlFile> {
  let source = text
  if (source === undefined) {
    try {
      const size = statSync(file).size
      if (size > MAX_BYTES) {
        throw new CliError(`${shownAs}: the file is ${Math.round(size / 1024)} KiB; ${what} files are at most 256 KiB`, { hint: 'check that you named the right file' })
      }
      source = readFileSync(file, 'utf8')
    } catch (error) {
      if ((error as { exitCode?: number }).exitCode !== undefined) throw error
      throw describeFsError(error, shownAs, 'read')
    }
  } else if (source.length > MAX_BYTES) {
    throw new CliError(`${shownAs}: the input is over 256 KiB; ${what} files are at most 256 KiB`)
  }
  if (source.includes('\u0000') || source.includes('\ufffd')) {
    throw new CliError(`${shownAs}: this is not a text file (binary bytes or invalid UTF-8)`, { hint: `${what} files are YAML text` })
  }
  const { parseDocument, LineCounter, isMap } = await import('yaml')
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const position = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0)
    return `${shownAs}:${pos.line}:${pos.col}`
  }
  const firstError = doc.errors[0]
  if (firstError) {
    const { offset, message } = describeYamlError(firstError, source)
    throw new CliError(`${position(offset)}: ${message}`, { hint: `fix the YAML syntax of this ${what} file` })
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 50 })
  } catch (error) {
    throw new CliError(`${shownAs}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { hint: 'YAML aliases are limited to keep a file from expanding without bound' })
  }
  type Ranged = { range?: [number, number, number] }
  const where = (path: NodePath, at: 'key' | 'value' = 'value'): string => {
    for (let length = path.length; length >= 0; length -= 1) {
      const prefix = path.slice(0, length)
      if (at === 'key' && length === path.length && length > 0) {
        const parent = (length === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true)) as unknown
        if (isMap(parent)) {
          const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === prefix[prefix.length - 1] || String((p.key as { value?: unknown } | null)?.value) === String(prefix[prefix.length - 1]))
          const offset = (pair?.key as Ranged | undefined)?.range?.[0]
          if (offset !== undefined) return position(offset)
        }
        continue
      }
      const node = (length === 0 ? doc.contents : doc.getIn(prefix, true)) as Ranged | null | undefined
      if (node?.range) return position(node.range[0])
    }
    return position(0)
  }
  return { file, data, where }
}
