/**
 * The user's config file, $XDG_CONFIG_HOME/sysdrill/config.yaml. Every key is optional; a
 * missing file is an empty config. Precedence is flags > env > config > defaults, so callers
 * use resolveSetting() rather than reading these values directly.
 *
 *   interview:
 *     minutes: 60            # default length
 *     mode: practice         # strict | practice
 *     template: four-step    # phase template name or path
 *   doc:
 *     template: ./my-doc.md  # doc template name or path (relative to the config folder)
 *   problems:
 *     dirs: [~/my-problems]  # extra problem folders
 */
import { readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { CliError, describeFsError } from './errors'

export interface Config {
  interview: { minutes?: number; mode?: 'strict' | 'practice'; template?: string }
  doc: { template?: string }
  problems: { dirs: string[] }
}

export const emptyConfig = (): Config => ({ interview: {}, doc: {}, problems: { dirs: [] } })

/** The largest config file we read; anything bigger is not a hand-written config. */
const MAX_BYTES = 64 * 1024

const SHAPE: Record<string, Record<string, 'number' | 'string' | 'mode' | 'string[]'>> = {
  interview: { minutes: 'number', mode: 'mode', template: 'string' },
  doc: { template: 'string' },
  problems: { dirs: 'string[]' },
}

export async function loadConfig(file: string, homedir: string): Promise<Config> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return emptyConfig()
    throw describeFsError(error, file, 'read')
  }
  if (text.length > MAX_BYTES) {
    throw new CliError(`${file}: the config file is larger than 64 KiB`, { hint: 'a config file holds a few settings; check the path' })
  }
  const { parseDocument, LineCounter } = await import('yaml')
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const where = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0)
    return `${file}:${pos.line}:${pos.col}`
  }
  const firstError = doc.errors[0]
  if (firstError) {
    throw new CliError(`${where(firstError.pos[0])}: ${firstError.message.split('\n')[0]}`, { hint: 'fix the YAML syntax of your config file' })
  }
  const data: unknown = doc.toJS({ maxAliasCount: 10 })
  if (data === null || data === undefined) return emptyConfig()
  type Ranged = { range?: [number, number, number] }
  /** Points at the key for unknown keys, at the value for bad values. */
  const fail = (path: string[], message: string, at: 'key' | 'value' = 'value'): never => {
    let offset: number | undefined
    if (at === 'key' && path.length > 0) {
      const parent = (path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)) as { items?: Array<{ key: { value?: unknown } & Ranged }> } | undefined
      offset = parent?.items?.find((pair) => pair.key?.value === path[path.length - 1])?.key?.range?.[0]
    } else {
      offset = (doc.getIn(path, true) as Ranged | undefined)?.range?.[0]
    }
    throw new CliError(`${where(offset)}: ${message}`, { hint: `fix or remove it in ${file} (sections: interview, doc, problems)` })
  }
  if (typeof data !== 'object' || Array.isArray(data)) fail([], 'the config file must be a mapping of sections (interview, doc, problems)')

  const config = emptyConfig()
  for (const [section, value] of Object.entries(data as Record<string, unknown>)) {
    const shape = SHAPE[section]
    if (!shape) fail([section], `unknown section '${section}' (known: ${Object.keys(SHAPE).join(', ')})`, 'key')
    if (value === null) continue
    if (typeof value !== 'object' || Array.isArray(value)) fail([section], `'${section}' must be a mapping`)
    for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
      const type = shape?.[key]
      if (!type) fail([section, key], `unknown key '${section}.${key}' (known: ${Object.keys(shape ?? {}).join(', ')})`, 'key')
      const at = [section, key]
      if (type === 'number') {
        if (typeof raw !== 'number' || !Number.isFinite(raw) || raw <= 0) fail(at, `'${section}.${key}' must be a positive number`)
        ;(config as unknown as Record<string, Record<string, unknown>>)[section]![key] = raw
      } else if (type === 'mode') {
        if (raw !== 'strict' && raw !== 'practice') fail(at, `'${section}.${key}' must be strict or practice`)
        ;(config as unknown as Record<string, Record<string, unknown>>)[section]![key] = raw
      } else if (type === 'string') {
        if (typeof raw !== 'string' || raw === '') fail(at, `'${section}.${key}' must be a non-empty string`)
        ;(config as unknown as Record<string, Record<string, unknown>>)[section]![key] = expandPath(raw as string, file, homedir, key)
      } else {
        const list = typeof raw === 'string' ? [raw] : raw
        if (!Array.isArray(list) || list.some((d) => typeof d !== 'string' || d === '')) {
          fail(at, `'${section}.${key}' must be a list of folder paths`)
        }
        config.problems.dirs = (list as string[]).map((d) => expandPath(d, file, homedir, 'dirs'))
      }
    }
  }
  return config
}

/** ~ and relative paths in the config are relative to the home folder and the config folder. */
function expandPath(value: string, file: string, homedir: string, key: string): string {
  // template names (no slash, no .md/.yaml) stay names
  if (key === 'template' && !value.includes('/') && !/\.(md|ya?ml)$/i.test(value)) return value
  if (value === '~' || value.startsWith('~/')) return join(homedir, value.slice(1))
  return isAbsolute(value) ? value : resolve(dirname(file), value)
}

/** flags > env > config > defaults, in one place. */
export function resolveSetting<T>(...candidates: Array<T | undefined>): T | undefined {
  for (const value of candidates) if (value !== undefined) return value
  return undefined
}
