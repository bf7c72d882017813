/**
 * The last pass over a rendered document: at most one blank line in a row (templates with
 * empty sections leave runs of them), no blank lines at the start (front matter must be on
 * line 1), exactly one newline at the end, and every heading unique, so each has its own
 * anchor on GitHub and in tables of contents.
 */
import { closesFence, fenceOpener } from './markdown-escape'

const HEADING = /^( {0,3}#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/

export function tidyMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift()
  const out: string[] = []
  const seen = new Map<string, number>()
  let fence: string | undefined
  let frontMatter = lines[0] === '---'
  lines.forEach((line, index) => {
    if (frontMatter) {
      out.push(line)
      if (index > 0 && (line === '---' || line === '...')) frontMatter = false
      return
    }
    if (fence !== undefined) {
      out.push(line)
      if (closesFence(line, fence)) fence = undefined
      return
    }
    fence = fenceOpener(line)
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1]!.trim() !== '') out.push('')
      return
    }
    const heading = fence === undefined ? HEADING.exec(line) : null
    if (heading) {
      const key = heading[2]!.trim().toLowerCase()
      const count = (seen.get(key) ?? 0) + 1
      seen.set(key, count)
      if (count > 1) line = `${heading[1]} ${heading[2]!.trim()} (${count})`
    }
    out.push(line)
  })
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop()
  return `${out.join('\n')}\n`
}
