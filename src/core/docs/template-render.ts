/**
 * Fills a parsed template with values. The parser has already checked every name and its
 * type against the schema, so rendering only looks values up; the MarkdownWriter escapes
 * each one for where it lands.
 */
import { MarkdownWriter } from './markdown-writer'
import { isMarkdown, type ParsedTemplate, type TemplateNode, type TemplateRecord, type TemplateValue } from './template-types'

interface Frame {
  /** the record whose fields are visible at this depth (the top-level model at depth 0) */
  record?: TemplateRecord
  /** the current item of a list of texts */
  text?: string
  index: number
  count: number
}

function truthy(value: TemplateValue | undefined): boolean {
  if (value === undefined) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return isMarkdown(value) && value.markdown.trim() !== ''
}

function lookup(frames: Frame[], depth: number, name: string, line: number): TemplateValue {
  const record = frames[depth]?.record
  const value = record && Object.hasOwn(record, name) ? record[name] : undefined
  // The schema and the model are built together; a gap here is a bug in sysdrill, not in the template.
  if (value === undefined) throw new Error(`template line ${line}: the document model has no value for '${name}'`)
  return value
}

function loopValue(frame: Frame, name: string): TemplateValue {
  switch (name) {
    case 'this':
      return frame.text ?? ''
    case '@number':
      return String(frame.index + 1)
    case '@first':
      return frame.index === 0
    default:
      return frame.index === frame.count - 1
  }
}

function walk(nodes: TemplateNode[], frames: Frame[], out: MarkdownWriter): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out.text(node.text)
        break
      case 'value': {
        const value = lookup(frames, node.depth, node.name, node.line)
        if (typeof value === 'boolean' || (Array.isArray(value) && value.some((item) => typeof item !== 'string'))) {
          throw new Error(`template line ${node.line}: '${node.name}' is not text`)
        }
        out.value(value as string | string[])
        break
      }
      case 'loop-value':
        out.value(loopValue(frames[node.depth]!, node.name) as string)
        break
      case 'if': {
        const value = node.loop ? loopValue(frames[node.depth]!, node.name) : lookup(frames, node.depth, node.name, node.line)
        walk(truthy(value) !== node.negate ? node.body : node.otherwise, frames, out)
        break
      }
      case 'each': {
        const list = lookup(frames, node.depth, node.name, node.line)
        if (!Array.isArray(list)) throw new Error(`template line ${node.line}: '${node.name}' is not a list`)
        if (list.length === 0) {
          walk(node.otherwise, frames, out)
          break
        }
        list.forEach((item, index) => {
          const frame: Frame = typeof item === 'string' ? { text: item, index, count: list.length } : { record: item, index, count: list.length }
          walk(node.body, [...frames, frame], out)
        })
        break
      }
    }
  }
}

export function renderTemplate(template: ParsedTemplate, model: TemplateRecord): string {
  const out = new MarkdownWriter()
  walk(template.nodes, [{ record: model, index: 0, count: 1 }], out)
  return out.finish()
}
