/**
 * Turning text we did not write (a user's interview answer, a user's problem file) into
 * Markdown that cannot break the document around it. The text keeps its light Markdown
 * (emphasis, lists, code), but it can never open a heading, raw HTML or an HTML comment,
 * leave a code fence open, or smuggle a `{{` that looks like an unfilled placeholder.
 */

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g
// C0 controls except tab and newline, DEL, C1 controls, and the bidi overrides of "Trojan Source".
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Newlines normalised, terminal escapes and control characters removed, trailing spaces trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ANSI, '')
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
}

/** One line: every run of whitespace, newlines included, becomes one space. */
export function flattenText(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim()
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/

/** The fence marker that opens a code block on this line, if any (``` info strings allowed). */
export function fenceOpener(line: string): string | undefined {
  const match = FENCE_OPEN.exec(line)
  if (!match) return undefined
  const marker = match[1]!
  // A backtick fence's info string may not contain a backtick.
  if (marker.startsWith('`') && line.slice(match[0].length).includes('`')) return undefined
  return marker
}

/** True when this line closes a block opened with `marker`. */
export function closesFence(line: string, marker: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)
  return match !== null && match[1]![0] === marker[0] && match[1]!.length >= marker.length
}

/** Splits a line into code spans (kept as is) and the text between them (escaped). */
function mapOutsideCodeSpans(line: string, escape: (text: string) => string): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const tick = line.indexOf('`', i)
    if (tick < 0) break
    let run = tick
    while (line[run] === '`') run += 1
    const ticks = line.slice(tick, run)
    const close = findClosingRun(line, run, ticks.length)
    if (close < 0) {
      // An unmatched run of backticks is literal text.
      out += escape(line.slice(i, run))
      i = run
      continue
    }
    out += escape(line.slice(i, tick)) + line.slice(tick, close + ticks.length)
    i = close + ticks.length
  }
  return out + escape(line.slice(i))
}

function findClosingRun(line: string, from: number, length: number): number {
  for (let i = from; i < line.length; ) {
    if (line[i] !== '`') {
      i += 1
      continue
    }
    let run = i
    while (line[run] === '`') run += 1
    if (run - i === length) return i
    i = run
  }
  return -1
}

/** Escapes inside running text: raw HTML and placeholder-like braces. */
function escapeInline(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, '&lt;').replace(/\{\{/g, '\\{\\{')
}

/** Escapes what would turn a line into a heading or a setext underline. */
function escapeLineStart(line: string, previousBlank: boolean): string {
  const heading = /^( {0,3})(#{1,6})(?=\s|$)/.exec(line)
  if (heading) return `${heading[1]}\\${line.slice(heading[1]!.length)}`
  // "text\n---" would make the text a heading; "===" likewise. A rule after a blank line is harmless.
  if (!previousBlank && /^ {0,3}(=+|-+)\s*$/.test(line)) {
    const indent = /^ */.exec(line)![0]
    return `${indent}\\${line.slice(indent.length)}`
  }
  return line
}

/**
 * Multi-line text made safe to place in the flow of a Markdown document. Code blocks inside
 * it stay verbatim; one left open is closed at the end.
 */
export function sanitizeMarkdown(text: string): string {
  const lines = cleanText(text).split('\n')
  const out: string[] = []
  let fence: string | undefined
  let previousBlank = true
  for (const line of lines) {
    if (fence !== undefined) {
      out.push(line)
      if (closesFence(line, fence)) fence = undefined
      continue
    }
    const opener = fenceOpener(line)
    if (opener !== undefined) {
      fence = opener
      out.push(line)
      previousBlank = false
      continue
    }
    out.push(mapOutsideCodeSpans(escapeLineStart(line, previousBlank), escapeInline))
    previousBlank = line.trim() === ''
  }
  if (fence !== undefined) out.push(fence)
  return out.join('\n')
}

/** One line of safe Markdown (for headings, list items and running text). */
export function sanitizeInline(text: string): string {
  return mapOutsideCodeSpans(escapeLineStart(flattenText(text), true), escapeInline)
}

/**
 * A GitHub table cell: one line, pipes escaped (GFM reads `\|` as a pipe even inside code
 * spans), line breaks as <br>. The input is already-safe Markdown.
 */
export function tableCell(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('<br>')
    .replace(/\\*\|/g, (run) => ((run.length - 1) % 2 === 0 ? `\\${run}` : run))
}

/** Text inside a code span: one line; backslash escapes do not work there, so nothing else changes. */
export function codeSpanText(text: string): string {
  return flattenText(text).replace(/`/g, "'")
}

/** Text inside a fenced code block: verbatim, except a line that would close the fence is indented. */
export function codeBlockText(text: string, marker: string): string {
  return cleanText(text)
    .split('\n')
    .map((line) => (closesFence(line, marker) ? `    ${line}` : line))
    .join('\n')
}

const YAML_PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_ ./-]*$/
const YAML_SPECIAL = /^(true|false|yes|no|on|off|null|~|y|n)$/i

/** A YAML scalar for front matter: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
export function yamlScalar(text: string): string {
  const flat = flattenText(text)
  if (flat === '') return '""'
  const isNumber = /^[-+]?(\d[\d_]*)?(\.\d+)?([eE][-+]?\d+)?$/.test(flat)
  if (YAML_PLAIN.test(flat) && !YAML_SPECIAL.test(flat) && !isNumber && !flat.endsWith(' ')) return flat
  return JSON.stringify(flat)
}

/** A YAML flow sequence of strings: ["a", "b"]. */
export function yamlSequence(items: string[]): string {
  return `[${items.map((item) => JSON.stringify(flattenText(item))).join(', ')}]`
}
