import { describe, expect, it } from 'vitest'
import { parseTemplate } from '../../../src/core/docs/template-parse'
import { renderTemplate } from '../../../src/core/docs/template-render'
import { isTemplateError, markdown, type Schema, type TemplateRecord } from '../../../src/core/docs/template-types'

const schema: Schema = {
  title: { type: 'text', about: 'the title' },
  session: { type: 'flag', about: 'filled from a session' },
  tags: { type: 'texts', about: 'tags' },
  table: { type: 'text', about: 'generated Markdown' },
  entities: {
    type: 'records',
    about: 'entities',
    fields: {
      name: { type: 'text', about: 'entity name' },
      fields: { type: 'records', about: 'fields', fields: { name: { type: 'text', about: 'field name' }, type: { type: 'text', about: 'field type' } } },
      patterns: { type: 'texts', about: 'access patterns' },
    },
  },
}

const model: TemplateRecord = {
  title: 'Live comments',
  session: false,
  tags: ['real-time', 'fan-out'],
  table: markdown('| a | b |\n|---|---|\n| 1 | 2 |'),
  entities: [
    { name: 'comment', fields: [{ name: 'video_id', type: 'uuid' }, { name: 'text', type: 'text' }], patterns: ['append', 'read newest'] },
    { name: 'subscription', fields: [], patterns: [] },
  ],
}

const render = (source: string, data: TemplateRecord = model) => renderTemplate(parseTemplate(source, schema), data)

/** The error a template raises, formatted as the CLI prints it. */
function failure(source: string): string {
  try {
    parseTemplate(source, schema)
  } catch (error) {
    if (isTemplateError(error)) return error.format('t.md')
    throw error
  }
  throw new Error('expected the template to fail')
}

describe('rendering', () => {
  it('fills names, loops, nested loops, else branches and loop variables', () => {
    const source = [
      '# {{title}}',
      '{{#each entities}}',
      '## {{@number}}. {{name}}',
      '{{#each fields}}',
      '- {{name}}: {{type}}',
      '{{else}}',
      '_no fields_',
      '{{/each}}',
      '{{#each patterns}}{{this}}{{#unless @last}}, {{/unless}}{{/each}}',
      '{{/each}}',
    ].join('\n')
    expect(render(source)).toBe(
      ['# Live comments', '## 1. comment', '- video_id: uuid', '- text: text', 'append, read newest', '## 2. subscription', '_no fields_', '', ''].join('\n'),
    )
  })

  it('takes the if or the else branch on flags, texts and lists, and unless the opposite', () => {
    const source = '{{#if session}}S{{else}}no session{{/if}} {{#unless session}}U{{/unless}} {{#if tags}}T{{/if}} {{#if title}}N{{/if}}'
    expect(render(source)).toBe('no session U T N')
    expect(render(source, { ...model, session: true, tags: [], title: '  ' })).toBe('S   ')
  })

  it('drops lines that hold only a block tag or a comment, and keeps lines with text', () => {
    expect(render('a\n  {{#if session}}  \nb\n{{/if}}\n{{! a note }}\nc {{#if tags}}d{{/if}}\n')).toBe('a\nc d\n')
  })

  it('writes a literal {{ for \\{{', () => {
    expect(render('use \\{{title}} for the title')).toBe('use {{title}} for the title')
  })

  it('joins a list of texts used as a single value', () => {
    expect(render('tags: {{tags}}')).toBe('tags: real-time; fan-out')
  })
})

describe('template errors name the line and the fix', () => {
  it('rejects an unknown placeholder with the known names and a suggestion', () => {
    expect(failure('# x\n\n{{titel}}')).toBe('t.md:3: unknown placeholder {{titel}} (did you mean {{title}}?); known: title, session, tags, table, entities')
  })

  it('lists the item fields first inside a loop', () => {
    expect(failure('{{#each entities}}\n{{nme}}\n{{/each}}')).toBe(
      't.md:2: unknown placeholder {{nme}} (did you mean {{name}}?); known: name, fields, patterns, title, session, tags, table, entities, @number, @first, @last',
    )
  })

  it('rejects an unclosed block at the line that opened it', () => {
    expect(failure('a\n{{#each entities}}\nb\n{{#if session}}\n{{/if}}\n')).toBe('t.md:2: {{#each entities}} is never closed; add {{/each}}')
  })

  it('rejects a mismatched or stray closing tag', () => {
    expect(failure('{{#each entities}}\n{{/if}}')).toBe('t.md:2: {{/if}} does not close {{#each entities}} opened on line 1; close it with {{/each}} first')
    expect(failure('a\n{{/each}}')).toBe('t.md:2: {{/each}} has no matching {{#each}}')
    expect(failure('{{else}}')).toBe('t.md:1: {{else}} outside a block; it belongs inside {{#if}}, {{#unless}} or {{#each}}')
    expect(failure('{{#if session}}{{else}}{{else}}{{/if}}')).toBe('t.md:1: a second {{else}} in {{#if session}} (opened on line 1)')
  })

  it('rejects an unclosed tag on its line', () => {
    expect(failure('ok\nTitle: {{title')).toBe("t.md:2: unclosed tag '{{title': a placeholder ends with }} on the same line (write \\{{ for literal braces)")
  })

  it('refuses anything that is not a plain name: expressions, helpers, partials, raw output', () => {
    expect(failure('{{title.constructor}}')).toBe(
      't.md:1: {{title.constructor}} is not a placeholder: templates hold names only (no expressions, helpers, partials or raw output)',
    )
    expect(failure('{{lookup title 1}}')).toContain('is not a placeholder')
    expect(failure('{{> partial}}')).toContain('is not a placeholder')
    expect(failure("{{process.env['HOME']}}")).toContain('is not a placeholder')
    expect(failure('{{{title}}}')).toBe('t.md:1: triple braces {{{title}}} are not supported; {{name}} already inserts the text, and raw HTML is never inserted')
    expect(failure('{{#with title}}{{/with}}')).toBe('t.md:1: unknown block {{#with title}}; the blocks are {{#each list}}, {{#if name}} and {{#unless name}}')
    expect(failure('{{}}')).toBe('t.md:1: empty placeholder {{}}; write a name inside the braces or \\{{ for literal braces')
  })

  it('does not find names on the prototype', () => {
    expect(failure('{{constructor}}')).toContain('unknown placeholder {{constructor}}')
    expect(failure('{{toString}}')).toContain('unknown placeholder {{toString}}')
  })

  it('checks types: lists repeat, flags are tested, each needs a list', () => {
    expect(failure('{{entities}}')).toBe('t.md:1: {{entities}} is a list; repeat it with {{#each entities}}...{{/each}}')
    expect(failure('{{session}}')).toBe('t.md:1: {{session}} is a flag; test it with {{#if session}}...{{/if}}')
    expect(failure('{{#each title}}{{/each}}')).toBe('t.md:1: {{#each title}} needs a list; title is text')
    expect(failure('{{#each entities}}{{this}}{{/each}}')).toBe(
      't.md:1: {{this}} is the item of a list of texts; the items of entities have fields: name, fields, patterns',
    )
    expect(failure('{{@number}}')).toBe('t.md:1: {{@number}} only works inside {{#each}}')
    expect(failure('{{#each tags}}{{@last}}{{/each}}')).toBe('t.md:1: {{@last}} cannot be printed; use it in {{#if @last}}')
  })

  it('limits nesting depth', () => {
    const deep = '{{#if title}}'.repeat(9) + '{{/if}}'.repeat(9)
    expect(failure(deep)).toBe('t.md:1: {{#if title}}: blocks are nested more than 8 deep')
  })
})
