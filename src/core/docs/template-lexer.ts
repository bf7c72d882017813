/**
 * The lexical side of the doc template language: lines into text and tags, multi-line
 * comments joined, and the rule that a line holding only a block tag leaves no trace.
 * The grammar is in template-types.ts; template-parse.ts builds and checks the tree.
 */
import { TemplateError } from './template-types'

export type Tag =
  | { kind: 'name'; name: string }
  | { kind: 'open'; block: 'each' | 'if' | 'unless'; name: string }
  | { kind: 'close'; block: 'each' | 'if' | 'unless' }
  | { kind: 'else' }
  | { kind: 'comment' }

export type Segment = { kind: 'text'; text: string } | { kind: 'tag'; tag: Tag; raw: string }

const NAME = /^(?:@?[A-Za-z][A-Za-z0-9]*)$/

function readTag(body: string, raw: string, line: number): Tag {
  const text = body.trim()
  if (text.startsWith('!')) return { kind: 'comment' }
  if (text === '') throw new TemplateError(line, `empty placeholder ${raw}; write a name inside the braces or \\{{ for literal braces`)
  if (text === 'else') return { kind: 'else' }
  const open = /^#(\w+)\s+(\S+)$/.exec(text)
  if (text.startsWith('#')) {
    const block = open?.[1] ?? text.slice(1).split(/\s/)[0]
    if (block !== 'each' && block !== 'if' && block !== 'unless') {
      throw new TemplateError(line, `unknown block ${raw}; the blocks are {{#each list}}, {{#if name}} and {{#unless name}}`)
    }
    if (!open || !NAME.test(open[2]!)) throw new TemplateError(line, `${raw} needs exactly one name, like {{#${block} name}}`)
    return { kind: 'open', block, name: open[2]! }
  }
  const close = /^\/(each|if|unless)$/.exec(text)
  if (close) return { kind: 'close', block: close[1] as 'each' | 'if' | 'unless' }
  if (NAME.test(text) || text === 'this') return { kind: 'name', name: text }
  throw new TemplateError(line, `${raw} is not a placeholder: templates hold names only (no expressions, helpers, partials or raw output)`)
}

export function splitLine(line: string, lineNo: number): Segment[] {
  const segments: Segment[] = []
  let text = ''
  let i = 0
  while (i < line.length) {
    if (line.startsWith('\\{{', i)) {
      text += '{{'
      i += 3
      continue
    }
    if (!line.startsWith('{{', i)) {
      text += line[i]
      i += 1
      continue
    }
    if (line.startsWith('{{{', i)) {
      const end = line.indexOf('}}}', i)
      const raw = end < 0 ? line.slice(i) : line.slice(i, end + 3)
      throw new TemplateError(lineNo, `triple braces ${raw} are not supported; {{name}} already inserts the text, and raw HTML is never inserted`)
    }
    const end = line.indexOf('}}', i + 2)
    if (end < 0) {
      throw new TemplateError(lineNo, `unclosed tag '${line.slice(i, i + 30)}': a placeholder ends with }} on the same line (write \\{{ for literal braces)`)
    }
    if (text !== '') segments.push({ kind: 'text', text })
    text = ''
    const raw = line.slice(i, end + 2)
    segments.push({ kind: 'tag', tag: readTag(line.slice(i + 2, end), raw, lineNo), raw })
    i = end + 2
  }
  if (text !== '') segments.push({ kind: 'text', text })
  return segments
}

/** True when the line opens a {{! comment }} that it does not close. */
function opensComment(line: string): boolean {
  for (let i = line.indexOf('{{!'); i >= 0; i = line.indexOf('{{!', i)) {
    if (i > 0 && line[i - 1] === '\\') {
      i += 3
      continue
    }
    const end = line.indexOf('}}', i + 3)
    if (end < 0) return true
    i = end + 2
  }
  return false
}

/** Lines, with a comment that spans several lines joined into the line where it starts. */
export function logicalLines(lines: string[]): Array<{ text: string; lineNo: number }> {
  const out: Array<{ text: string; lineNo: number }> = []
  for (let i = 0; i < lines.length; i += 1) {
    const lineNo = i + 1
    let text = lines[i]!
    while (opensComment(text)) {
      if (i + 1 >= lines.length) throw new TemplateError(lineNo, 'a {{! comment is never closed; end it with }}')
      i += 1
      text += `\n${lines[i]}`
    }
    out.push({ text, lineNo })
  }
  return out
}

/** A line with one block tag or comment and nothing else but spaces leaves no trace. */
export function isStandalone(segments: Segment[]): boolean {
  const tags = segments.filter((s) => s.kind === 'tag')
  if (tags.length !== 1 || tags[0]!.kind !== 'tag' || tags[0]!.tag.kind === 'name') return false
  return segments.every((s) => s.kind === 'tag' || s.text.trim() === '')
}
