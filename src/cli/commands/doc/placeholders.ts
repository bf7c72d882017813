/** `sysdrill doc --placeholders`: every name a doc template may use, for template authors. */
import { DOC_SCHEMA } from '../../../core/docs/doc-schema'
import type { FieldSpec, Schema } from '../../../core/docs/template-types'

function kind(spec: FieldSpec): string {
  switch (spec.type) {
    case 'text':
      return ''
    case 'flag':
      return ' (flag: {{#if}})'
    case 'texts':
      return ' (list of texts: {{#each}} with {{this}}, or {{name}} joined with ;)'
    case 'records':
      return ' (list: {{#each}})'
  }
}

function lines(schema: Schema, indent: string): string[] {
  const width = Math.max(...Object.keys(schema).map((name) => name.length))
  return Object.entries(schema).flatMap(([name, spec]) => [
    `${indent}${name.padEnd(width)}  ${spec.about}${kind(spec)}`,
    ...(spec.type === 'records' ? lines(spec.fields, `${indent}    `) : []),
  ])
}

export function describePlaceholders(): string {
  return [
    'Names a doc template may use (sysdrill doc --template FILE):',
    '',
    ...lines(DOC_SCHEMA, '  '),
    '',
    'Blocks: {{#each list}}...{{else}}...{{/each}}, {{#if name}}...{{else}}...{{/if}}, {{#unless name}}...{{/unless}}.',
    'Inside {{#each}}: {{this}} (an item of a list of texts), {{@number}}, and {{#if @first}} / {{#if @last}}.',
    'Comments: {{! ... }}. Literal braces: \\{{. Values are escaped for where they land (table cell, code, heading, front matter).',
  ].join('\n')
}
