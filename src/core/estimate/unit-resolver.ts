/**
 * Turns a word into units: the table, the count nouns, nouns met before, and new nouns
 * after a number (`3 bathtubs`). Words that look like a mistyped unit are never silently
 * counted: `Gbsp` and `mb` are refused with the likely spelling; `mins` is read as `min`
 * with a note; a lower-case word close to a known unit (`reqeusts`) is counted but gets a
 * "did you mean" note.
 */
import { builtinCountNouns, isExactCaseNoun } from './count-nouns'
import { closestMatches } from '../did-you-mean'
import { orList } from './or-list'
import { fail } from './failure'
import { pluralize, singularize } from './inflect'
import type { WrittenFactor } from './quantity'
import { AMBIGUOUS_DATA, buildUnitTable, PLURAL_ABBREVIATIONS, RATE_WORDS, type UnitDef, type UnitTable } from './unit-table'
import { lookup } from './lookup'

export interface ResolvedUnit {
  factors: WrittenFactor[]
  note?: string
}

export type ResolveMode = 'after-number' | 'target' | 'value'

export interface UnitResolver {
  table: UnitTable
  /** a word as units; in 'after-number' mode unknown nouns become new counts */
  resolve(word: string, column: number, mode: ResolveMode): ResolvedUnit
  /** a data, time or rate spelling (never creates anything): variables may not use these */
  isReserved(word: string): boolean
  /** a unit or a noun already known (built in or met before) */
  isKnown(word: string): boolean
  /** a known data, time or rate unit */
  isPhysical(word: string): boolean
  /** the noun definition for a count key, with the spelling given */
  countDef(key: string): UnitDef | undefined
  /** every built-in count noun line: key -> words */
  nounGroups(): Map<string, string[]>
}

interface NounEntry {
  def: UnitDef
}

export function createUnitResolver(): UnitResolver {
  const table = buildUnitTable()
  const nouns = new Map<string, NounEntry>() // exact spelling -> noun
  const foldedNouns = new Map<string, NounEntry>() // lower case -> noun (not DAU/MAU)
  const groups = new Map<string, string[]>()
  const firstDefByKey = new Map<string, UnitDef>()

  const addNoun = (key: string, singular: string, plural: string, builtin: boolean, suspect?: string) => {
    const def: UnitDef = { id: `count:${singular}`, category: 'count', parts: [], countKey: key, singular, plural }
    if (suspect !== undefined) def.suspect = suspect
    for (const form of [singular, plural]) {
      if (!nouns.has(form)) nouns.set(form, { def })
      const lower = form.toLowerCase()
      if (!(builtin && isExactCaseNoun(singular)) && !foldedNouns.has(lower)) foldedNouns.set(lower, { def })
    }
    if (!firstDefByKey.has(key)) firstDefByKey.set(key, def)
    if (builtin) groups.set(key, [...(groups.get(key) ?? []), singular])
    return def
  }
  for (const noun of builtinCountNouns(pluralize)) addNoun(noun.key, noun.singular, noun.plural, true)
  const builtinNounCount = nouns.size

  const physicalSpellings = [...table.aliases.keys(), ...Object.keys(RATE_WORDS)]
  /** lower case -> the spelling to suggest, for notes on lower-case words */
  const notePool = new Map<string, string>()
  for (const spelling of [...table.folded.keys(), ...[...nouns.keys()].slice(0, builtinNounCount), ...physicalSpellings]) {
    if (spelling.length >= 3 && !notePool.has(spelling.toLowerCase())) notePool.set(spelling.toLowerCase(), spelling)
  }

  const one = (def: UnitDef, note?: string): ResolvedUnit => (note === undefined ? { factors: [{ def, power: 1 }] } : { factors: [{ def, power: 1 }], note })

  const known = (word: string): ResolvedUnit | undefined => {
    const rate = lookup(RATE_WORDS, word)
    if (rate !== undefined) {
      const noun = nouns.get(rate.noun)!.def
      return { factors: [{ def: noun, power: 1 }, { def: table.byId.get('s')!, power: -1 }] }
    }
    const alias = table.aliases.get(word)
    if (alias) return one(alias.def, alias.note)
    const noun = nouns.get(word)
    if (noun) return one(noun.def)
    const lower = word.toLowerCase()
    const folded = table.folded.get(lower)
    if (folded) return one(folded.def)
    const foldedNoun = foldedNouns.get(lower)
    if (foldedNoun) return one(foldedNoun.def)
    return undefined
  }

  const refuseAmbiguous = (word: string, column: number) => {
    const choices = lookup(AMBIGUOUS_DATA, word)
    if (choices) {
      fail('unknown-unit', `'${word}' is ambiguous at column ${column + 1}: write ${choices[0]} for bytes or ${choices[1]} for bits`, column)
    }
  }

  // hertz would hide what is counted (the output never shows Hz), so say how to write it
  const refuseHertz = (word: string, column: number) => {
    const hertz = /^([kKMGT]?)(?:Hz|hz|HZ)$|^(kilo|mega|giga|tera)?hertz$/.exec(word)
    if (!hertz) return
    const scale = { k: ' thousand', K: ' thousand', M: ' million', G: ' billion', T: ' trillion', kilo: ' thousand', mega: ' million', giga: ' billion', tera: ' trillion' }[hertz[1] ?? hertz[2] ?? ''] ?? ''
    fail('unknown-unit', `'${word}' is not a unit here at column ${column + 1}: write a count per second: 1 ${word} is 1${scale}/s, or 1${scale} ${scale === '' ? 'cycle' : 'cycles'}/s naming what is counted`, column)
  }

  const pluralAbbreviation = (word: string): ResolvedUnit | undefined => {
    if (!word.endsWith('s')) return undefined
    const stem = word.slice(0, -1)
    if (!PLURAL_ABBREVIATIONS.includes(stem)) return undefined
    const def = table.aliases.get(stem)!.def
    const rate = def.category === 'data' ? `; for a rate write ${stem}/s` : ''
    return one(def, `read '${word}' as ${def.id}${rate}`)
  }

  /** `Gbsp`, `KBs`, `Ms`: short words with capitals are mistyped symbols, not nouns */
  const symbolLike = (word: string) => /[A-Z]/.test(word) && word.length <= 5

  const suggestions = (word: string, pool: Iterable<string>, distance: number) => {
    const exact = closestMatches(word, pool, distance)
    if (exact.length > 0) return exact
    return closestMatches(word.toLowerCase(), pool, distance).filter((c) => c.toLowerCase() !== word.toLowerCase() || c !== word)
  }

  const unknown = (word: string, column: number): never => {
    const near = suggestions(word, [...physicalSpellings, ...nouns.keys()], word.length <= 3 ? 1 : 2)
    const hint = near.length > 0 ? `: did you mean ${orList(near)}?` : ': see :units for the unit table, or put a number before a new noun (3 bathtubs)'
    return fail('unknown-unit', `unknown unit '${word}' at column ${column + 1}${hint}`, column)
  }

  const newNoun = (word: string, column: number): ResolvedUnit => {
    if (word.length === 1) {
      if (word === 'm') fail('unknown-unit', `'m' is not a unit at column ${column + 1}: write min for minutes or M for million`, column)
      fail('unknown-unit', `'${word}' is not a unit at column ${column + 1}: to multiply write * ${word}; to count things use a word (3 bathtubs)`, column)
    }
    if (symbolLike(word)) {
      const near = suggestions(word, physicalSpellings, 1)
      if (near.length > 0) fail('unknown-unit', `unknown unit '${word}' at column ${column + 1}: did you mean ${orList(near)}?`, column)
    }
    const singular = singularize(word)
    const key = singular.toLowerCase()
    const plural = singular === word ? pluralize(singular) : word
    let note: string | undefined
    const lower = word.toLowerCase()
    const near = closestMatches(lower, notePool.keys(), 1).filter((c) => c !== lower)
    const swapped = near.filter((c) => c.length === lower.length && [...c].sort().join('') === [...lower].sort().join(''))
    const flagged = (lower.length >= 5 ? near : swapped).map((c) => notePool.get(c)!)
    if (flagged.length > 0) note = `'${word}' is not a known unit, so it counts a new kind of thing; did you mean ${orList(flagged)}?`
    const def = addNoun(key, singular, plural, false, flagged[0])
    return one(def, note)
  }

  return {
    table,
    resolve(word, column, mode) {
      const hit = known(word)
      if (hit) return hit
      refuseAmbiguous(word, column)
      refuseHertz(word, column)
      const abbreviation = pluralAbbreviation(word)
      if (abbreviation) return abbreviation
      if (mode === 'target') return unknown(word, column)
      if (mode === 'value') {
        // a name, most likely: only a mistyped symbol (Gbsp) is worth a unit suggestion
        if (symbolLike(word)) {
          const near = suggestions(word, physicalSpellings, 1)
          if (near.length > 0) fail('unknown-unit', `unknown unit '${word}' at column ${column + 1}: did you mean ${orList(near)}?`, column)
        }
        // a single letter is never a new unit (3 x is refused), so do not suggest one
        const orUnit = word.length === 1 ? '' : `, or put a number before a new unit (3 ${word})`
        return fail('undefined', `unknown name '${word}' at column ${column + 1}: define it first (${word} = ...)${orUnit}`, column)
      }
      return newNoun(word, column)
    },
    isReserved(word) {
      return lookup(RATE_WORDS, word) !== undefined || table.aliases.has(word) || table.folded.has(word.toLowerCase())
    },
    isKnown: (word) => known(word) !== undefined,
    isPhysical(word) {
      const hit = lookup(RATE_WORDS, word) === undefined ? table.aliases.get(word) ?? table.folded.get(word.toLowerCase()) : undefined
      return hit !== undefined && hit.def.category !== 'count' && hit.def.category !== 'percent'
    },
    countDef: (key) => firstDefByKey.get(key),
    nounGroups: () => groups,
  }
}
