/**
 * Finds and validates a phase template: a built-in name (templates/phases/<name>.yaml) or a
 * path to the user's own YAML file. Every problem in a user file is reported as
 * file:line:col: message, then the command stops with exit 1.
 */
import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { CommandContext } from '../context'
import { CliError, SilentFailure } from '../errors'
import { didYouMean } from '../../core/did-you-mean'
import { validateTemplate } from '../../core/interview/template-validate'
import type { PhaseTemplate } from '../../core/interview/template-types'
import { readYamlFile } from '../yaml-file'
import { printFileIssues } from './file-issues'

export interface LoadedTemplate {
  template: PhaseTemplate
  /** absolute path for a user template; undefined for a built-in one */
  path?: string
}

export function builtinTemplateNames(ctx: Pick<CommandContext, 'paths'>): string[] {
  try {
    return readdirSync(join(ctx.paths.templatesDir, 'phases'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length))
      .sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)))
  } catch {
    return []
  }
}

/** A name has no slash and no .yaml/.yml ending; anything else is a path. */
export function isTemplatePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.ya?ml$/i.test(value)
}

export async function loadTemplate(ctx: Pick<CommandContext, 'paths' | 'deps' | 'output'>, nameOrPath: string): Promise<LoadedTemplate> {
  if (!isTemplatePath(nameOrPath)) {
    const names = builtinTemplateNames(ctx)
    if (!names.includes(nameOrPath)) {
      throw new CliError(`no phase template named '${nameOrPath}'${didYouMean(nameOrPath, names)}`, {
        exitCode: 2,
        hint: `built-in templates: ${names.join(', ')}; or give the path of your own YAML file (--template ./mine.yaml)`,
      })
    }
    const file = join(ctx.paths.templatesDir, 'phases', `${nameOrPath}.yaml`)
    return { template: await readTemplate(ctx, file, `templates/phases/${nameOrPath}.yaml`) }
  }
  const file = resolve(ctx.deps.cwd, nameOrPath)
  const shown = relative(ctx.deps.cwd, file).startsWith('..') ? file : relative(ctx.deps.cwd, file) || file
  return { template: await readTemplate(ctx, file, shown), path: file }
}

async function readTemplate(ctx: Pick<CommandContext, 'output'>, file: string, shown: string): Promise<PhaseTemplate> {
  const yaml = await readYamlFile(file, shown, 'phase template')
  const checked = validateTemplate(yaml.data)
  if (checked.ok) return checked.template
  const { errTheme } = ctx.output
  printFileIssues(ctx, yaml, checked.issues)
  ctx.output.err(`${errTheme.dim('hint:')} fix the template (the built-in ones in templates/phases/ are examples), or drop --template to use the default`)
  throw new SilentFailure()
}
