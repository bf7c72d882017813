/**
 * Reflows prose from problem files to the terminal width. Authors hard-wrap YAML text at
 * whatever width they like; paragraphs (split by blank lines) are joined and re-wrapped, while
 * list items (-, *, 1.) and indented lines keep their own line with a hanging indent.
 */

const LIST_ITEM = /^(\s*)([-*•]|\d+[.)])\s+/

/**
 * Greedy word wrap of one logical line; words longer than the width are left whole. `indent`
 * starts the first line (it may hold styled text: pass its visible length as `indentWidth`),
 * `hanging` the others.
 */
export function wrapLine(text: string, width: number, indent = '', hanging = indent, indentWidth?: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '')
  const lines: string[] = []
  let current = indent
  let extra = indentWidth === undefined ? 0 : indentWidth - [...indent].length
  let empty = true
  for (const word of words) {
    const prefixLength = [...current].length + extra
    if (!empty && prefixLength + 1 + [...word].length > width) {
      lines.push(current)
      current = hanging + word
      extra = 0
    } else {
      current += (empty ? '' : ' ') + word
    }
    empty = false
  }
  if (!empty) lines.push(current)
  return lines
}

/** Reflows a block of prose, keeping paragraphs and list items apart. */
export function reflow(text: string, width: number, indent = ''): string[] {
  const out: string[] = []
  const paragraphs = text.replace(/\r\n/g, '\n').trim().split(/\n\s*\n/)
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) out.push('')
    const logical: string[] = []
    for (const line of paragraph.split('\n')) {
      if (logical.length === 0 || LIST_ITEM.test(line) || /^\s{2,}\S/.test(line)) logical.push(line.trimEnd())
      else logical[logical.length - 1] += ` ${line.trim()}`
    }
    for (const line of logical) {
      const item = LIST_ITEM.exec(line)
      if (item) {
        const marker = item[0].trimStart()
        const lead = indent + item[1]
        out.push(...wrapLine(marker + line.slice(item[0].length), width, lead, lead + ' '.repeat(marker.length)))
      } else {
        out.push(...wrapLine(line, width, indent))
      }
    }
  })
  return out
}
