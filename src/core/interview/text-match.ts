/**
 * Finds rubric keywords in free text the way a reader would: case-, accent- and
 * punctuation-insensitive, whole words only, word forms folded by the Porter stemmer
 * ("shards", "sharding" and "sharded" all match "shard"), multi-word keywords matched as a
 * phrase, joined spellings accepted ("fanout" for "fan out"), and synonyms from synonyms.ts.
 * A phrase may wrap onto the next line of a paragraph, but not across punctuation, a blank
 * line or a new list item.
 *
 * Negation: a keyword inside a clause that denies it does not count. A clause ends at
 * punctuation, at a line break or at "but", "however", "although", "whereas". The clause denies what follows
 * "not" (also "don't", "won't", "isn't", ...), "no need", "instead of", "rather than" or "nor",
 * within six words. "We don't need Cassandra" therefore does not cover a Cassandra point, while
 * "no single point of failure" or "without downtime" still count: in design answers "no" and
 * "without" usually state a goal, not a rejection.
 */
import { stemmer } from 'stemmer'
import { SYNONYM_GROUPS } from './synonyms'

export interface Token {
  /** the word as written, lower-cased */
  word: string
  stem: string
  /** negation stops at every clause break, a line break included */
  clause: number
  /** phrases stop at punctuation, a blank line or a new list item, not at a wrapped line */
  phrase: number
  negated: boolean
  /** offsets in the original text, for excerpts */
  start: number
  end: number
}

export interface KeywordHit {
  keyword: string
  /** the words of the text that matched */
  excerpt: string
  negated: boolean
}

const NEGATION_WINDOW = 6
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'except'])

/**
 * Lower-case and strip accents, keeping a map from each output character back to its offset
 * in the original, so excerpts quote what the person wrote.
 */
export function normalise(text: string): { text: string; offsets: number[] } {
  let out = ''
  const offsets: number[] = []
  let index = 0
  for (const char of text) {
    const folded = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/’/g, "'")
    for (let k = 0; k < folded.length; k += 1) offsets.push(index)
    out += folded
    index += char.length
  }
  offsets.push(index)
  return { text: out, offsets }
}

/** word -> stem; the stemmer is pure and a person's vocabulary is small, so this stays small too */
const STEM_CACHE = new Map<string, string>()

/** Words whose last "s" is not a plural: "https" must not become "http". */
const UNSTEMMED = new Set(['https', 'dns', 'aws', 'gcs', 'nfs', 'hdfs', 'sms', 'sts', 'kms'])

function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || UNSTEMMED.has(word)) return word
  let stemmed = STEM_CACHE.get(word)
  if (stemmed === undefined) {
    stemmed = stemmer(word)
    STEM_CACHE.set(word, stemmed)
  }
  return stemmed
}

/** "/s", "/day" right after a word read as "per second", "per day": "23k redirects/s". */
const PER_UNIT: Record<string, string> = {
  s: 'second', sec: 'second', secs: 'second', second: 'second', seconds: 'second',
  min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour',
  d: 'day', day: 'day', days: 'day',
  mo: 'month', month: 'month', months: 'month',
  y: 'year', yr: 'year', yrs: 'year', year: 'year', years: 'year',
}

/**
 * The words a match stands for: "%" is the word "percent" (so "1%" is not just "1", which
 * any "1" in the text would match), "/s" after a word is "per second", anything else itself.
 */
function wordsOf(match: string): string[] {
  if (match === '%') return ['percent']
  if (match.startsWith('/')) return ['per', PER_UNIT[match.slice(1)]!]
  return [match]
}

/**
 * Words are letters and digits; a dot or comma between digits stays inside a number (99.9,
 * 1,000) and "n't" stays on its word (don't, won't). "%" is a word, and a time unit after a
 * slash reads as "per ..." (see wordsOf). Everything else separates words; sentence
 * punctuation also ends a clause. Offsets point into the original text.
 */
export function tokenize(text: string): Token[] {
  const { text: source, offsets } = normalise(text)
  const tokens: Token[] = []
  let clause = 0
  let phrase = 0
  let lastCue = -Infinity
  const pattern = new RegExp(`[a-z0-9]+(?:[.,][0-9]+)*(?:'t\\b)?|%|(?<=[a-z0-9])/(?:${Object.keys(PER_UNIT).join('|')})(?![a-z0-9])|[.;:!?()\\n[\\]{}]|,`, 'g')
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (!/[a-z0-9%]/.test(match[0]) || CLAUSE_WORDS.has(match[0])) {
      clause += 1
      lastCue = -Infinity
      // a line break inside a paragraph only wraps it: "a single\nnode" is still one phrase
      if (match[0] !== '\n' || !wrapsOn(source, match.index)) phrase += 1
      continue
    }
    for (const word of wordsOf(match[0])) pushWord(word, match.index, match[0].length)
  }
  return tokens

  function pushWord(word: string, at: number, length: number): void {
    const index = tokens.length
    const previous = tokens[index - 1]
    const after = (first: string) => previous?.word === first && previous.clause === clause
    const isCue =
      word === 'not' ||
      word === 'nor' ||
      word.endsWith("n't") ||
      (word === 'need' && after('no')) ||
      (word === 'of' && after('instead')) ||
      (word === 'than' && after('rather'))
    tokens.push({
      word,
      stem: stem(word),
      clause,
      phrase,
      negated: index - lastCue <= NEGATION_WINDOW,
      start: offsets[at]!,
      end: offsets[at + length]!,
    })
    if (isCue) lastCue = index
  }
}

/**
 * Whether the line break at `at` only wraps a paragraph: the next line has text and does not
 * start a list item ("- ", "* ", "1. "), and the previous line was not blank.
 */
function wrapsOn(source: string, at: number): boolean {
  const rest = source.slice(at + 1, at + 12)
  if (/^\s*(?:\n|$)/.test(rest) || /^\s*(?:[-*•]|\d+[.)])\s/.test(rest)) return false
  const before = source.lastIndexOf('\n', at - 1)
  return source.slice(before + 1, at).trim() !== ''
}

/**
 * A way of writing a keyword: its stems, and for each the phrase it sits in relative to the
 * first. Most keywords are one phrase; `min.insync.replicas` or `1:1` span breaks, and then
 * the text must break in the same places.
 */
export interface Variant {
  stems: string[]
  clauses: number[]
}

function phraseVariant(text: string): Variant {
  const tokens = tokenize(text)
  const first = tokens[0]?.phrase ?? 0
  return { stems: tokens.map((t) => t.stem), clauses: tokens.map((t) => t.phrase - first) }
}

/** keyword -> variants; the synonym table is fixed, so a keyword's variants never change */
const VARIANT_CACHE = new Map<string, Variant[]>()

/** A keyword plus its synonyms (and a joined one-word form). Callers must not modify the result (it is cached). */
export function keywordVariants(keyword: string): Variant[] {
  const cached = VARIANT_CACHE.get(keyword)
  if (cached) return cached
  const own = phraseVariant(keyword)
  if (own.stems.length === 0) return []
  const key = own.stems.join(' ')
  const variants = new Map<string, Variant>([[key, own]])
  for (const group of SYNONYM_GROUPS) {
    const groupVariants = group.map(phraseVariant)
    if (!groupVariants.some((g) => g.stems.join(' ') === key)) continue
    for (const g of groupVariants) if (g.stems.length > 0) variants.set(g.stems.join(' '), g)
  }
  // "fan out" also matches "fanout"
  for (const v of [...variants.values()]) {
    if (v.stems.length > 1 && v.clauses.every((c) => c === 0)) {
      const joined = stem(v.stems.join(''))
      variants.set(joined, { stems: [joined], clauses: [0] })
    }
  }
  const result = [...variants.values()]
  VARIANT_CACHE.set(keyword, result)
  return result
}

/**
 * Every place the keyword (or a synonym) occurs in the tokens, with whether the clause
 * denies it. Adjacent words written apart ("web socket") also match a one-word keyword.
 */
export function findKeyword(tokens: readonly Token[], keyword: string, text: string): KeywordHit[] {
  const hits: KeywordHit[] = []
  const variants = keywordVariants(keyword)
  for (let i = 0; i < tokens.length; i += 1) {
    for (const variant of variants) {
      const length = matchAt(tokens, i, variant)
      if (length === 0) continue
      const first = tokens[i]!
      const last = tokens[i + length - 1]!
      hits.push({ keyword, excerpt: excerpt(text, first.start, last.end), negated: first.negated })
      break
    }
  }
  return hits
}

/** How many tokens from i match the variant (0 = no match). */
function matchAt(tokens: readonly Token[], i: number, variant: Variant): number {
  const start = tokens[i]!
  let ok = true
  for (let k = 0; k < variant.stems.length; k += 1) {
    const token = tokens[i + k]
    if (!token || token.stem !== variant.stems[k] || token.phrase - start.phrase !== variant.clauses[k]) {
      ok = false
      break
    }
  }
  if (ok) return variant.stems.length
  // a one-word variant written as two words: "web socket" for "websocket"
  const b = tokens[i + 1]
  if (variant.stems.length === 1 && b && start.phrase === b.phrase && stem(start.word + b.word) === variant.stems[0]) return 2
  return 0
}

/** The matched words with a little context, on one line, as the person wrote them. */
function excerpt(text: string, start: number, end: number): string {
  // stay on the line of the match: answers are written line by line
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const newline = text.indexOf('\n', end)
  const lineEnd = newline < 0 ? text.length : newline
  const from = Math.max(lineStart, text.lastIndexOf(' ', Math.max(0, start - 25)) + 1)
  const space = text.indexOf(' ', Math.min(lineEnd, end + 20))
  const to = space < 0 || space > lineEnd ? lineEnd : space
  const snippet = text.slice(from, to).replace(/\s+/g, ' ').trim()
  return `${from > lineStart ? '…' : ''}${snippet}${to < lineEnd ? '…' : ''}`
}
