/**
 * Reads a doc template into a tree and checks every name against the schema before anything
 * is rendered, so a typo fails with its line number instead of leaving a hole in the doc.
 * The grammar is in template-types.ts.
 */
import { closest } from '../did-you-mean'
import { isStandalone, logicalLines, splitLine } from './template-lexer'
import { TemplateError, type FieldSpec, type LoopName, type ParsedTemplate, type Schema, type TemplateNode } from './template-types'

/** How many known names an unknown-placeholder error lists. */
const MAX_LISTED = 12

/** Templates are hand-written Markdown; anything bigger is not one. */
export const MAX_TEMPLATE_CHARS = 512 * 1024
const MAX_DEPTH = 8

type Scope = { kind: 'root'; schema: Schema } | { kind: 'each'; list: string; item: Schema | 'text' }

interface OpenBlock {
  block: 'root' | 'each' | 'if' | 'unless'
  raw: string
  line: number
  body: TemplateNode[]
  otherwise: TemplateNode[]
  inElse: boolean
  opensScope: boolean
}

function describe(spec: FieldSpec): string {
  return spec.type === 'records' ? 'a list' : spec.type === 'texts' ? 'a list of texts' : spec.type === 'flag' ? 'a flag' : 'text'
}

export function parseTemplate(source: string, schema: Schema): ParsedTemplate {
  if (source.length > MAX_TEMPLATE_CHARS) throw new TemplateError(1, `the template is larger than ${MAX_TEMPLATE_CHARS / 1024} KiB`)
  const scopes: Scope[] = [{ kind: 'root', schema }]
  const root: OpenBlock = { block: 'root', raw: '', line: 0, body: [], otherwise: [], inElse: false, opensScope: false }
  const stack: OpenBlock[] = [root]
  const top = () => stack[stack.length - 1]!
  const emit = (node: TemplateNode) => {
    const block = top()
    const nodes = block.inElse ? block.otherwise : block.body
    const last = nodes[nodes.length - 1]
    if (node.kind === 'text' && last?.kind === 'text') last.text += node.text
    else nodes.push(node)
  }

  const visibleNames = (): string[] => {
    const names: string[] = []
    for (let d = scopes.length - 1; d >= 0; d -= 1) {
      const scope = scopes[d]!
      if (scope.kind === 'each' && scope.item === 'text') names.push('this')
      const fields = scope.kind === 'root' ? scope.schema : scope.item === 'text' ? {} : scope.item
      for (const name of Object.keys(fields)) if (!names.includes(name)) names.push(name)
    }
    if (scopes.length > 1) names.push('@number', '@first', '@last')
    return names
  }

  const resolve = (name: string, raw: string, line: number): { spec: FieldSpec; depth: number } => {
    for (let d = scopes.length - 1; d >= 0; d -= 1) {
      const scope = scopes[d]!
      const fields = scope.kind === 'root' ? scope.schema : scope.item === 'text' ? undefined : scope.item
      const spec = fields && Object.hasOwn(fields, name) ? fields[name] : undefined
      if (spec) return { spec, depth: d }
    }
    const known = visibleNames()
    const guess = closest(name, known)
    const hint = guess === undefined ? '' : ` (did you mean {{${guess}}}?)`
    // the root has about 70 names: a full list would wrap an error over a dozen lines (--placeholders has them all)
    const listed = known.length <= MAX_LISTED ? known.join(', ') : `${known.slice(0, MAX_LISTED).join(', ')} and ${known.length - MAX_LISTED} more`
    throw new TemplateError(line, `unknown placeholder ${raw}${hint}; known: ${listed}`)
  }

  const resolveLoop = (name: LoopName, raw: string, line: number): number => {
    const depth = scopes.length - 1
    const scope = scopes[depth]!
    if (scope.kind !== 'each') throw new TemplateError(line, `${raw} only works inside {{#each}}`)
    if (name === 'this' && scope.item !== 'text') {
      throw new TemplateError(line, `${raw} is the item of a list of texts; the items of ${scope.list} have fields: ${Object.keys(scope.item).join(', ')}`)
    }
    return depth
  }

  const lines = logicalLines(source.replace(/\r\n?/g, '\n').split('\n'))
  lines.forEach(({ text: line, lineNo }, index) => {
    const segments = splitLine(line, lineNo)
    const standalone = isStandalone(segments)
    for (const segment of segments) {
      if (segment.kind === 'text') {
        if (!standalone) emit({ kind: 'text', text: segment.text })
        continue
      }
      const { tag, raw } = segment
      switch (tag.kind) {
        case 'comment':
          break
        case 'name': {
          if (tag.name === 'this' || tag.name.startsWith('@')) {
            if (tag.name !== 'this' && tag.name !== '@number') {
              const hint = tag.name === '@first' || tag.name === '@last' ? `; use it in {{#if ${tag.name}}}` : `; known: this, @number, @first, @last`
              throw new TemplateError(lineNo, `${raw} cannot be printed${hint}`)
            }
            emit({ kind: 'loop-value', name: tag.name, depth: resolveLoop(tag.name, raw, lineNo), line: lineNo })
            break
          }
          const { spec, depth } = resolve(tag.name, raw, lineNo)
          if (spec.type === 'records') throw new TemplateError(lineNo, `${raw} is a list; repeat it with {{#each ${tag.name}}}...{{/each}}`)
          if (spec.type === 'flag') throw new TemplateError(lineNo, `${raw} is a flag; test it with {{#if ${tag.name}}}...{{/if}}`)
          emit({ kind: 'value', name: tag.name, depth, line: lineNo })
          break
        }
        case 'open': {
          if (stack.length > MAX_DEPTH) throw new TemplateError(lineNo, `${raw}: blocks are nested more than ${MAX_DEPTH} deep`)
          const block: OpenBlock = { block: tag.block, raw, line: lineNo, body: [], otherwise: [], inElse: false, opensScope: false }
          if (tag.block === 'each') {
            if (tag.name.startsWith('@')) throw new TemplateError(lineNo, `${raw} needs a list; ${tag.name} is a flag`)
            const { spec, depth } = resolve(tag.name, raw, lineNo)
            if (spec.type !== 'records' && spec.type !== 'texts') throw new TemplateError(lineNo, `${raw} needs a list; ${tag.name} is ${describe(spec)}`)
            emit({ kind: 'each', name: tag.name, depth, line: lineNo, body: block.body, otherwise: block.otherwise })
            scopes.push({ kind: 'each', list: tag.name, item: spec.type === 'records' ? spec.fields : 'text' })
            block.opensScope = true
          } else {
            const loop = tag.name === '@first' || tag.name === '@last' || tag.name === 'this'
            let depth: number
            if (loop) depth = resolveLoop(tag.name as LoopName, raw, lineNo)
            else if (tag.name.startsWith('@')) throw new TemplateError(lineNo, `${raw}: unknown name ${tag.name}; inside {{#each}} the flags are @first and @last`)
            else depth = resolve(tag.name, raw, lineNo).depth
            emit({ kind: 'if', name: tag.name, depth, loop, negate: tag.block === 'unless', line: lineNo, body: block.body, otherwise: block.otherwise })
          }
          stack.push(block)
          break
        }
        case 'else': {
          const block = top()
          if (block.block === 'root') throw new TemplateError(lineNo, `{{else}} outside a block; it belongs inside {{#if}}, {{#unless}} or {{#each}}`)
          if (block.inElse) throw new TemplateError(lineNo, `a second {{else}} in ${block.raw} (opened on line ${block.line})`)
          block.inElse = true
          break
        }
        case 'close': {
          const block = top()
          if (block.block === 'root') throw new TemplateError(lineNo, `${raw} has no matching {{#${tag.block}}}`)
          if (block.block !== tag.block) {
            throw new TemplateError(lineNo, `${raw} does not close ${block.raw} opened on line ${block.line}; close it with {{/${block.block}}} first`)
          }
          stack.pop()
          if (block.opensScope) scopes.pop()
          break
        }
      }
    }
    if (!standalone && index < lines.length - 1) emit({ kind: 'text', text: '\n' })
  })
  if (stack.length > 1) {
    const block = top()
    throw new TemplateError(block.line, `${block.raw} is never closed; add {{/${block.block}}}`)
  }
  return { nodes: root.body }
}
