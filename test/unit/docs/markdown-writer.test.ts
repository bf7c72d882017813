import { describe, expect, it } from 'vitest'
import { sanitizeInline, sanitizeMarkdown, tableCell, yamlScalar } from '../../../src/core/docs/markdown-escape'
import { MarkdownWriter } from '../../../src/core/docs/markdown-writer'
import { tidyMarkdown } from '../../../src/core/docs/markdown-tidy'
import { markdown, type Markdown } from '../../../src/core/docs/template-types'

/** Writes template text with one value at `@`, returns the result. */
function place(template: string, value: string | string[] | Markdown): string {
  const out = new MarkdownWriter()
  const [before, after] = template.split('@') as [string, string]
  out.text(before)
  out.value(value)
  out.text(after)
  return out.finish()
}

const answer = 'first line | with pipe\n\n# hash\nlast <b>line</b>'

describe('values are escaped for the spot they land in', () => {
  it('running text: sanitised, lines kept', () => {
    expect(place('\n@\n', answer)).toBe('\nfirst line | with pipe\n\n\\# hash\nlast &lt;b>line&lt;/b>\n')
  })

  it('a list item: continuation lines indented to stay in the item', () => {
    expect(place('- @\n', answer)).toBe('- first line | with pipe\n\n  \\# hash\n  last &lt;b>line&lt;/b>\n')
    expect(place('10. @\n', 'a\n\nb')).toBe('10. a\n\n    b\n')
  })

  it('a block quote: every line quoted, blank lines too', () => {
    expect(place('> @\n', answer)).toBe('> first line | with pipe\n>\n> \\# hash\n> last &lt;b>line&lt;/b>\n')
  })

  it('a table cell: one line, pipes escaped, breaks as <br>, already-escaped pipes left alone', () => {
    expect(place('| a | @ |\n', answer)).toBe('| a | first line \\| with pipe<br>\\# hash<br>last &lt;b>line&lt;/b> |\n')
    expect(place('| @ |', markdown('x \\| y | z'))).toBe('| x \\| y \\| z |')
    expect(place('| @ |', ['a|b', 'c'])).toBe('| a\\|b; c |')
  })

  it('a code span: one line, no escapes (they would show), backticks replaced', () => {
    expect(place('`@`', 'a <b> {{c}} `d`\ne')).toBe("`a <b> {{c}} 'd' e`")
    expect(place('| `@` |', 'a|b')).toBe('| `a\\|b` |')
  })

  it('a fenced code block: verbatim, except a line that would close the fence', () => {
    expect(place('```text\n@\n```\n', 'x <b>\n```\n  ~~~ ok\ny')).toBe('```text\nx <b>\n    ```\n  ~~~ ok\ny\n```\n')
  })

  it('a heading: one line', () => {
    expect(place('## @\n', 'a\n# b')).toBe('## a # b\n')
  })

  it('front matter: YAML scalars, quoted only when needed, lists as flow sequences', () => {
    expect(place('---\ntitle: @\n---\n', 'Plain words')).toBe('---\ntitle: Plain words\n---\n')
    expect(place('---\ntitle: @\n---\n', 'Design: "x" #1')).toBe('---\ntitle: "Design: \\"x\\" #1"\n---\n')
    expect(place('---\ntags: @\n---\n', ['a', 'b: c'])).toBe('---\ntags: ["a", "b: c"]\n---\n')
    expect(place('---\ntitle: "@"\n---\n', 'say "hi"')).toBe('---\ntitle: "say \\"hi\\""\n---\n')
    expect(place("---\ntitle: '@'\n---\n", "it's")).toBe("---\ntitle: 'it''s'\n---\n")
    expect(place('---\nok: @\n---\n', 'yes')).toBe('---\nok: "yes"\n---\n')
    expect(place('---\nn: @\n---\n', '1.5')).toBe('---\nn: "1.5"\n---\n')
  })

  it('after the front matter closes, values are Markdown again', () => {
    expect(place('---\na: b\n---\n@', 'x: y')).toBe('---\na: b\n---\nx: y')
  })
})

describe('sanitising user text', () => {
  it('removes terminal escapes, control and bidi characters', () => {
    expect(sanitizeMarkdown('\u001b[31mred\u001b[0m \u0007bell \u202eevil\u202c\r\nnext')).toBe('red bell evil\nnext')
  })

  it('escapes a setext underline after text, not a rule after a blank line', () => {
    expect(sanitizeMarkdown('Title\n===\n\n---')).toBe('Title\n\\===\n\n---')
  })

  it('leaves code spans alone', () => {
    expect(sanitizeInline('use `<b>{{x}}</b>` then <b>')).toBe('use `<b>{{x}}</b>` then &lt;b>')
  })

  it('pipes in a cell: escapes only unescaped ones', () => {
    expect(tableCell('a | b \\| c \\\\| d')).toBe('a \\| b \\| c \\\\\\| d')
  })

  it('quotes YAML that would change meaning', () => {
    expect(yamlScalar('2026-11-21')).toBe('2026-11-21')
    expect(yamlScalar('null')).toBe('"null"')
    expect(yamlScalar('- item')).toBe('"- item"')
    expect(yamlScalar('')).toBe('""')
  })
})

describe('tidying', () => {
  it('collapses blank runs, trims the ends, numbers repeated headings, leaves code and front matter alone', () => {
    const input = '\n\n---\na: 1\n\n\nb: 2\n---\n# A\n\n\n\n## B\n```\n# A\n\n\n```\n## B\n### a\n'
    expect(tidyMarkdown(input)).toBe('---\na: 1\n\n\nb: 2\n---\n# A\n\n## B\n```\n# A\n\n\n```\n## B (2)\n### a (2)\n')
  })
})

describe('wrapped text mid-line', () => {
  it('joins a single wrapped paragraph into the line, so emphasis and list items hold', () => {
    expect(place('- **@** tail\n', 'a question wrapped\n  over two lines')).toBe('- **a question wrapped over two lines** tail\n')
  })

  it('keeps several paragraphs, indented into the item', () => {
    expect(place('- @\n', 'one\ntwo\n\nthree')).toBe('- one\n  two\n\n  three\n')
  })
})

describe('a list of texts used as one value', () => {
  it('runs sentences together and separates short items with semicolons', () => {
    expect(place('@', ['First one.', 'Second one.'])).toBe('First one. Second one.')
    expect(place('@', ['fast', 'simple'])).toBe('fast; simple')
  })
})
