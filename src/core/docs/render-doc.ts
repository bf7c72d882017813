/**
 * The doc pipeline: check the template against the vocabulary, build the model, render,
 * tidy. Pure: the shell reads the files, the clock and the session, and writes the result.
 */
import { buildDocModel, type DocModelInput } from './doc-model'
import { DOC_SCHEMA } from './doc-schema'
import { tidyMarkdown } from './markdown-tidy'
import { parseTemplate } from './template-parse'
import { renderTemplate } from './template-render'
import type { ParsedTemplate } from './template-types'

/** Parses and checks a template; throws a TemplateError naming the line of the first mistake. */
export function checkDocTemplate(source: string): ParsedTemplate {
  return parseTemplate(source, DOC_SCHEMA)
}

export interface RenderedDoc {
  markdown: string
  warnings: string[]
}

export function renderDoc(template: ParsedTemplate, input: DocModelInput): RenderedDoc {
  const { model, warnings } = buildDocModel(input)
  return { markdown: tidyMarkdown(renderTemplate(template, model)), warnings }
}
