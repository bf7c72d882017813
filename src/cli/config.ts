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
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { MAX_MINUTES, MIN_MINUTES } from '../core/interview/budgets'
import { CliError } from './errors'

export interface Config {
  interview: { minutes?: number; mode?: 'strict' | 'practice'; template?: string }
  doc: { template?: string }
  problems: { dirs: string[] }
}

export const emptyConfig = (): Config => ({ interview: {}, doc: {}, problems: { dirs: [] } })

const SHAPE: Record<string, Record<string, 'minutes' | 'string' | 'mode' | 'string[]'>> = {
  interview: { minutes: 'minutes', mode: 'mode', template: 'string' },
  doc: { template: 'string' },
  problems: { dirs: 'string[]' },
}

export async function loadConfig(file: string, homedir: string): Promise<Config> {
  if (!existsSync(file)) return emptyConfig()
  const { readYamlFile } = await import('./yaml-file')
  const yaml = await readYamlFile(file, file, 'config')
  const data = yaml.data
  if (data === null || data === undefined) return emptyConfig()
  /** Points at the key for unknown keys, at the value for bad values. */
  const fail = (path: string[], message: string, at: 'key' | 'value' = 'value'): never => {
    throw new CliError(`${yaml.where(path, at)}: ${message}`, { hint: `fix or remove it in ${file} (sections: interview, doc, problems)` })
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
      if (type === 'minutes') {
        // the interview's own range, checked here so the error points at the line in this file
        if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < MIN_MINUTES || raw > MAX_MINUTES) {
          fail(at, `'${section}.${key}' must be a whole number of minutes from ${MIN_MINUTES} to ${MAX_MINUTES}`)
        }
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
