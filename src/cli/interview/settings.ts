/**
 * The interview's length, mode and template, from flags > environment > config > defaults.
 * Environment: SYSDRILL_MINUTES, SYSDRILL_MODE, SYSDRILL_TEMPLATE. Config: interview.minutes,
 * interview.mode, interview.template. Defaults: the problem's own length (45 for a full
 * design), strict mode, the default template. A bad value names where it came from.
 */
import type { CommandContext } from '../context'
import type { Config } from '../config'
import { CliError, isCliError, UsageError } from '../errors'
import { MAX_MINUTES, MIN_MINUTES } from '../../core/interview/budgets'
import type { InterviewMode } from '../../core/interview/session-types'

export interface SettingFlags {
  minutes?: string
  mode?: string
  template?: string
}

export interface InterviewSettings {
  minutes: number
  mode: InterviewMode
  template: string
}

type Source = { value: string | number; from: string }

function pick(...candidates: Array<Source | undefined>): Source | undefined {
  return candidates.find((c) => c !== undefined && c.value !== '')
}

const fromFlag = (value: string | undefined, flag: string): Source | undefined => (value === undefined ? undefined : { value, from: `${flag} ${value}` })
const fromEnv = (env: CommandContext['deps']['env'], name: string): Source | undefined => {
  const value = env[name]
  return value === undefined || value === '' ? undefined : { value, from: `${name}=${value}` }
}
const fromConfig = (value: string | number | undefined, key: string): Source | undefined =>
  value === undefined ? undefined : { value, from: `interview.${key}: ${value} in the config file` }

export function parseMinutes(source: Source): number {
  const text = String(source.value).trim()
  const minutes = Number(text)
  if (!/^\d+$/.test(text) || !Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
    throw new UsageError(`${source.from}: the interview length must be a whole number of minutes from ${MIN_MINUTES} to ${MAX_MINUTES}`, 'for example --minutes 45 (the usual length) or --minutes 60')
  }
  return minutes
}

export function parseMode(source: Source): InterviewMode {
  const mode = String(source.value).trim().toLowerCase()
  if (mode !== 'strict' && mode !== 'practice') {
    throw new UsageError(`${source.from}: the mode must be strict or practice`, 'strict moves on when a phase runs out of time; practice allows pauses and overtime')
  }
  return mode
}

/** Length and mode; the template is resolved separately because it is loaded before the problem. */
export function resolveSettings(ctx: Pick<CommandContext, 'deps'>, flags: SettingFlags, config: Config, problemMinutes: number): InterviewSettings {
  const env = ctx.deps.env
  const minutes = pick(fromFlag(flags.minutes, '--minutes'), fromEnv(env, 'SYSDRILL_MINUTES'), fromConfig(config.interview.minutes, 'minutes'))
  const mode = pick(fromFlag(flags.mode, '--mode'), fromEnv(env, 'SYSDRILL_MODE'), fromConfig(config.interview.mode, 'mode'))
  return {
    minutes: minutes ? parseMinutes(minutes) : Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(problemMinutes))),
    mode: mode ? parseMode(mode) : 'strict',
    template: resolveTemplateName(ctx, flags, config),
  }
}

export function resolveTemplateName(ctx: Pick<CommandContext, 'deps'>, flags: SettingFlags, config: Config): string {
  const source = templateSource(ctx, flags, config)
  return source ? String(source.value) : 'default'
}

/** Where the template name comes from (undefined: the default). */
export function templateSource(ctx: Pick<CommandContext, 'deps'>, flags: SettingFlags, config: Config): Source | undefined {
  return pick(fromFlag(flags.template, '--template'), fromEnv(ctx.deps.env, 'SYSDRILL_TEMPLATE'), fromConfig(config.interview.template, 'template'))
}

/**
 * Runs `load` and, when it fails over a value the user did not type on this command line
 * (SYSDRILL_TEMPLATE, the config file), says where the value came from.
 */
export async function namingSource<T>(source: Source | undefined, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (!isCliError(error) || source === undefined || source.from.startsWith('--')) throw error
    throw new CliError(`${error.message} (set by ${source.from})`, { exitCode: error.exitCode, ...(error.hint === undefined ? {} : { hint: error.hint }) })
  }
}

/** Validates the flags that do not depend on the problem, before anything slow happens. */
export function checkFlagsEarly(ctx: Pick<CommandContext, 'deps'>, flags: SettingFlags): void {
  if (flags.minutes !== undefined) parseMinutes({ value: flags.minutes, from: `--minutes ${flags.minutes}` })
  else {
    const env = fromEnv(ctx.deps.env, 'SYSDRILL_MINUTES')
    if (env) parseMinutes(env)
  }
  if (flags.mode !== undefined) parseMode({ value: flags.mode, from: `--mode ${flags.mode}` })
  else {
    const env = fromEnv(ctx.deps.env, 'SYSDRILL_MODE')
    if (env) parseMode(env)
  }
}
