/**
 * Which doc template to use and its text: --template, else doc.template from the config,
 * else `default`. A value with a slash or ending in .md is a file (relative to the current
 * folder for the flag; the config loader already resolved config paths); a plain word is a
 * name, looked up in <config>/templates/doc/ first, then in the built-in templates/doc/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { CommandContext } from '../../context'
import { CliError, describeFsError } from '../../errors'
import { closest } from '../../../core/did-you-mean'
import { MAX_TEMPLATE_CHARS } from '../../../core/docs/template-parse'
import { shownPath } from './output-target'

export interface TemplateFile {
  /** absolute path */
  path: string
  /** as shown in messages: ./my.md, ~/x.md, or the built-in name's file */
  shown: string
  text: string
}

const isPath = (value: string) => value.includes('/') || value.includes('\\') || /\.md$/i.test(value)

function templateNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3))
  } catch {
    return []
  }
}

export function userTemplatesDir(ctx: CommandContext): string {
  return join(ctx.paths.configDir, 'templates', 'doc')
}

export function resolveTemplatePath(ctx: CommandContext, choice: string | undefined): string {
  const value = choice ?? 'default'
  if (isPath(value)) return resolve(ctx.deps.cwd, value)
  const dirs = [userTemplatesDir(ctx), join(ctx.paths.templatesDir, 'doc')]
  for (const dir of dirs) if (templateNames(dir).includes(value)) return join(dir, `${value}.md`)
  const known = [...new Set(dirs.flatMap(templateNames))].sort()
  const guess = closest(value, known)
  throw new CliError(`unknown doc template '${value}'${guess === undefined ? '' : ` (did you mean '${guess}'?)`}; known: ${known.join(', ')}`, {
    hint: `pass a file with --template ./my-template.md, or put ${value}.md in ${shownPath(userTemplatesDir(ctx), ctx.deps.cwd, ctx.deps.homedir)}`,
  })
}

export function readTemplate(ctx: CommandContext, choice: string | undefined): TemplateFile {
  const path = resolveTemplatePath(ctx, choice)
  const shown = shownPath(path, ctx.deps.cwd, ctx.deps.homedir)
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' })
    size = stat.isFile() ? stat.size : -1
  } catch (error) {
    throw describeFsError(error, shown, 'read')
  }
  // a pipe would block the read for ever and a device (/dev/zero) never ends: refuse both unread
  if (size < 0) throw new CliError(`${shown}: not a regular file (a pipe, socket or device)`, { hint: 'a doc template is a Markdown file' })
  if (size > MAX_TEMPLATE_CHARS) {
    throw new CliError(`${shown}: the template is larger than ${MAX_TEMPLATE_CHARS / 1024} KiB`, { hint: 'a doc template is a Markdown file of a few pages; check the path' })
  }
  let buffer: Buffer
  try {
    buffer = readFileSync(path)
  } catch (error) {
    throw describeFsError(error, shown, 'read')
  }
  if (buffer.includes(0)) throw new CliError(`${shown}: not a text file`, { hint: 'a doc template is a Markdown file' })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer)
  } catch {
    throw new CliError(`${shown}: not valid UTF-8 text`, { hint: 'save the template as UTF-8' })
  }
  return { path, shown, text }
}
