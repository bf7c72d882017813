/**
 * Every shipped design problem, through both shipped templates and the real engine: the Markdown must parse the
 * way GitHub reads it (valid front matter, tables with matching cells, unique headings, no
 * stray braces, no raw HTML beyond the template's own) and the diagram must parse in Mermaid.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDocTemplate, renderDoc } from '../../../src/core/docs/render-doc'
import { repoRoot } from '../../helpers/run-cli'
import { getEngine } from '../../../src/core/estimate/index'
import { inspectDoc } from './markdown-check'
import { mermaidVerdict } from './mermaid-parser'
import { loadProblemFile } from './problem-fixtures'

const problems = readdirSync(join(repoRoot, 'problems'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => loadProblemFile(join(repoRoot, 'problems', name)))
  .filter((problem) => problem.kind !== 'drill')

const templates = ['default', 'one-pager'].map((name) => ({
  name,
  parsed: checkDocTemplate(readFileSync(join(repoRoot, 'templates', 'doc', `${name}.md`), 'utf8')),
}))

const ALLOWED_HTML = new Set(['<details>', '<summary>', '</summary>', '</details>', '<br>'])

describe.each(templates)('the $name template', ({ parsed }) => {
  it('has problems to render', () => {
    expect(problems.length).toBeGreaterThan(0)
  })

  it.each(problems.map((p) => [p.id, p] as const))('renders %s as valid GitHub Markdown with a Mermaid diagram that parses', async (_id, problem) => {
    const { markdown, warnings } = renderDoc(parsed, { problem, engine: getEngine(), date: '2026-11-21', generator: 'sysdrill 0.1.0' })
    expect(warnings).toEqual([])
    const doc = inspectDoc(markdown)
    expect(doc.frontMatter).toMatchObject({ title: problem.title, status: 'draft', problem: problem.id })
    expect(doc.headings[0]).toEqual({ depth: 1, text: expect.any(String) })
    expect(doc.headings.filter((h) => h.depth === 1)).toHaveLength(1)
    const texts = doc.headings.map((h) => h.text.toLowerCase())
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([])
    for (const table of doc.tables) expect(new Set(table.cellCounts), table.header.join(' | ')).toEqual(new Set([table.header.length]))
    expect(doc.strayBraces).toEqual([])
    expect(doc.html.filter((tag) => !ALLOWED_HTML.has(tag))).toEqual([])
    expect(markdown.endsWith('\n') && !markdown.endsWith('\n\n')).toBe(true)
    expect(markdown).not.toMatch(/\n\n\n/)
    const diagrams = doc.codeBlocks.filter((block) => block.lang === 'mermaid')
    expect(diagrams).toHaveLength(problem.highLevelDesign.components.length > 0 ? 1 : 0)
    for (const diagram of diagrams) expect(await mermaidVerdict(diagram.text)).toBe('ok')
  })
})
