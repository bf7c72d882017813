/**
 * A problem whose every text field tries to break the document (pipes, HTML, open fences,
 * headings, placeholders, Mermaid keywords) must still give a doc that GitHub renders as
 * intended: the tables keep their columns, no raw HTML gets through, the fence closes, the
 * headings are the template's, and the diagram parses.
 */
import { describe, expect, it } from 'vitest'
import { checkDocTemplate, renderDoc } from '../../../src/core/docs/render-doc'
import { fakeEngine } from './fake-engine'
import { inspectDoc } from './markdown-check'
import { mermaidVerdict } from './mermaid-parser'
import { defaultTemplate, fixtureProblem } from './problem-fixtures'

const problem = fixtureProblem('hostile-doc')
const { markdown } = renderDoc(checkDocTemplate(defaultTemplate()), { problem, engine: fakeEngine(), date: '2026-11-21', generator: 'sysdrill 0.1.0' })
const doc = inspectDoc(markdown)

describe('a doc from a hostile problem', () => {
  it('has valid front matter with the exact title', () => {
    expect(doc.frontMatter).toEqual({
      title: 'Design a | pipe <script>alert(1)</script> {{title}} service',
      status: 'draft',
      date: '2026-11-21',
      author: '<your name>',
      problem: 'hostile-doc',
      tags: ['escaping', 'a|b'],
      generator: 'sysdrill 0.1.0',
    })
  })

  it('keeps the template headings, none from the problem text, and no duplicates', () => {
    const h2 = doc.headings.filter((h) => h.depth <= 2).map((h) => h.text)
    expect(h2).toEqual([
      'Design a | pipe &lt;script>alert(1)&lt;/script> \\{\\{title}} service',
      'Context and scope',
      'Goals and non-goals',
      'Requirements',
      'Capacity estimates',
      'API',
      'Data model',
      'High-level design',
      'Deep dives',
      'Reliability and fault tolerance',
      'Monitoring, alerts and SLOs',
      'Security and privacy',
      'Alternatives considered',
      'Open questions',
      'Appendix',
    ])
    const texts = doc.headings.map((h) => h.text.toLowerCase())
    expect(new Set(texts).size).toBe(texts.length)
    expect(texts.some((t) => t.includes('not a heading'))).toBe(false)
    expect(texts.some((t) => t.includes('setext trap'))).toBe(false)
  })

  it('gives every table row exactly as many cells as its header', () => {
    expect(doc.tables.length).toBeGreaterThanOrEqual(8)
    for (const table of doc.tables) {
      expect(new Set(table.cellCounts), `table ${table.header.join(' | ')}`).toEqual(new Set([table.header.length]))
    }
  })

  it('keeps pipes inside cells as text', () => {
    const fr = doc.tables.find((t) => t.header.join() === 'ID,Priority,Requirement')!
    // marked reads `\|` back as a pipe inside the cell
    expect(fr.rows[0]).toEqual(['fr-pipe', 'must', 'Users | create links with \\{\\{braces}} and `code | spans`.'])
    const storage = doc.tables.find((t) => t.header[0] === 'Option')!
    expect(storage.rows).toEqual([['Key | value', 'fast | simple; cheap', 'no &lt;joins>', 'Use it | mostly']])
  })

  it('lets no raw HTML through except the details blocks the template writes', () => {
    expect(new Set(doc.html)).toEqual(new Set(['<details>', '<summary>', '</summary>', '</details>', '<br>'].filter((tag) => doc.html.includes(tag))))
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5)
    const outsideCode = body.replace(/```[\s\S]*?```/g, '')
    expect(outsideCode).not.toContain('<script>')
    expect(outsideCode).not.toContain('<!--')
    expect(outsideCode).not.toMatch(/<i>|<b>|<store>/)
  })

  it('closes the fence the statement left open, so the sections after it render', () => {
    const statement = doc.codeBlocks.find((block) => block.text.includes('code that runs on'))!
    expect(statement.text).toBe('code that runs on\n<!-- an HTML comment that would hide the rest\nSetext trap\n---')
    expect(doc.headings.some((h) => h.text === 'Appendix')).toBe(true)
  })

  it('keeps a fence inside an API request from closing the template fence', () => {
    const request = doc.codeBlocks.find((block) => block.text.startsWith('Body:'))!
    expect(request.text).toBe('Body: {"url": "https://example.com/a|b"}\n    ```')
  })

  it('leaves no unescaped {{ in the text', () => {
    expect(doc.strayBraces).toEqual([])
  })

  it('draws a Mermaid diagram the real parser accepts', async () => {
    const diagrams = doc.codeBlocks.filter((block) => block.lang === 'mermaid')
    expect(diagrams).toHaveLength(1)
    expect(diagrams[0]!.text).toBe(
      [
        'flowchart LR',
        '  n_end["The #quot;end#quot; | [service] {x} #lt;b#gt;"]',
        '  n_graph["#37;#37; comment #35;quot; #96;tick#96;"]',
        '  n_end -->|"writes #quot;quoted#quot; | piped --#gt;"| n_graph',
      ].join('\n'),
    )
    expect(await mermaidVerdict(diagrams[0]!.text)).toBe('ok')
  })
})
