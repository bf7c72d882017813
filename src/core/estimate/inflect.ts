/**
 * English plurals for count nouns: enough for the things system designers count, plus the
 * nouns users invent (`3 bathtubs/house`). Singular and plural of a noun are one unit.
 */
import { lookup } from './lookup'

const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people',
  child: 'children',
  index: 'indexes',
  vertex: 'vertices',
  matrix: 'matrices',
  datum: 'data',
  mouse: 'mice',
  leaf: 'leaves',
  shelf: 'shelves',
  half: 'halves',
  life: 'lives',
  knife: 'knives',
  wife: 'wives',
  man: 'men',
  woman: 'women',
  foot: 'feet',
  tooth: 'teeth',
  goose: 'geese',
  ox: 'oxen',
  cactus: 'cacti',
  radius: 'radii',
  analysis: 'analyses',
  axis: 'axes',
  crisis: 'crises',
  thesis: 'theses',
  series: 'series',
  species: 'species',
  sheep: 'sheep',
  fish: 'fish',
  deer: 'deer',
  photo: 'photos',
  video: 'videos',
  piano: 'pianos',
  memo: 'memos',
  demo: 'demos',
  logo: 'logos',
  repo: 'repos',
  zero: 'zeros',
  hero: 'heroes',
  potato: 'potatoes',
  tomato: 'tomatoes',
  echo: 'echoes',
}

const IRREGULAR_SINGULARS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(IRREGULAR_PLURALS).map(([singular, plural]) => [plural, singular])),
  // the other plural people write: 5 indices is 5 indexes, 3 vertexes is 3 vertices
  indices: 'index',
  vertexes: 'vertex',
  matrixes: 'matrix',
}

/** "request" -> "requests", "query" -> "queries", "box" -> "boxes" */
export function pluralize(singular: string): string {
  const lower = singular.toLowerCase()
  const irregular = lookup(IRREGULAR_PLURALS, lower)
  if (irregular !== undefined) return matchCase(singular, irregular)
  if (/[^aeiou]y$/i.test(singular)) return `${singular.slice(0, -1)}ies`
  if (/(s|x|z|ch|sh)$/i.test(singular)) return `${singular}es`
  return `${singular}s`
}

/** "requests" -> "request", "queries" -> "query", "boxes" -> "box", "status" -> "status" */
export function singularize(word: string): string {
  const lower = word.toLowerCase()
  const irregular = lookup(IRREGULAR_SINGULARS, lower)
  if (irregular !== undefined) return matchCase(word, irregular)
  if (Object.hasOwn(IRREGULAR_PLURALS, lower) || lower.length < 3 || !lower.endsWith('s')) return word
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`
  if (/(ss|x|z|ch|sh)es$/.test(lower)) return word.slice(0, -2)
  // nouns that end in s in the singular: status, bus, analysis, process
  if (/(ss|us|is)$/.test(lower)) return word
  return word.slice(0, -1)
}

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase()
  if (model[0] !== undefined && model[0] === model[0].toUpperCase()) return word[0]!.toUpperCase() + word.slice(1)
  return word
}
