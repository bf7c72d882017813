/**
 * The corpus of broken problem files (test/fixtures/problems/broken/): one file per failure
 * kind, each with the exact `file:line:col: message` the validator must give.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../src/core/problems/diagnostic'
import { MAX_PROBLEM_BYTES } from '../../../src/core/problems/file-guards'
import { parseProblem } from '../../../src/core/problems/parse-problem'
import { repoRoot } from '../../helpers/run-cli'

const dir = join(repoRoot, 'test', 'fixtures', 'problems', 'broken')

function diagnose(name: string): string[] {
  const parsed = parseProblem(readFileSync(join(dir, `${name}.yaml`)), { expectedId: name })
  expect(parsed.problem).toBeUndefined()
  return parsed.diagnostics.map((d) => formatDiagnostic(`${name}.yaml`, d))
}

const PHASES = 'requirements, non-functional, estimation, api, data-model, high-level-design, deep-dive, operations, wrap-up'

const cases: Array<[string, string[]]> = [
  // YAML syntax: at the character that opened what was never closed, with how to fix it
  ['syntax-error', ['syntax-error.yaml:8:7: YAML: this [ is never closed; end the list with ], or write one "- item" per line']],
  ['unclosed-quote', ['unclosed-quote.yaml:9:10: YAML: this " is never closed; add the closing " where the text ends']],
  [
    'apostrophe',
    [`apostrophe.yaml:3:20: YAML: text goes on after its closing '; write an apostrophe inside '...' as '' (it''s), or quote the whole text with "..."`],
  ],
  ['duplicate-key', ['duplicate-key.yaml:16:1: YAML: Map keys must be unique (a key appears twice in the same mapping; keep one)']],
  [
    'tab-indent',
    [
      'tab-indent.yaml:13:1: YAML: Tabs are not allowed as indentation (indent with spaces, not tabs)',
      'tab-indent.yaml:14:12: YAML: Nested mappings are not allowed in compact mappings (check the indentation of this line and the ones around it)',
    ],
  ],
  // one parser error, two causes: the hint follows what the line holds
  [
    'bad-indent',
    ['bad-indent.yaml:16:1: YAML: A block sequence may not be used as an implicit map key (check the indentation of this line and the ones around it)'],
  ],
  ['colon-in-text', ['colon-in-text.yaml:9:10: YAML: Nested mappings are not allowed in compact mappings (text containing ": " must be quoted)']],
  ['multiple-documents', ['multiple-documents.yaml:16:1: YAML: a second document starts here (---); a problem file holds one, so remove the ---']],
  // schema
  ['unknown-key', ["unknown-key.yaml:3:1: unknown top-level key 'titel' (did you mean 'title'?)"]],
  ['unknown-key-nested', ["unknown-key-nested.yaml:15:5: unknown key in rubric[0] 'keyword' (did you mean 'keywords'?)"]],
  ['wrong-type-list', ['wrong-type-list.yaml:8:7: tags must be a list, not text (write [testing] or one "- item" per line)']],
  ['wrong-type-mapping', ['wrong-type-mapping.yaml:11:10: rubric[0] must be a mapping of keys to values, not text']],
  ['null-value', ['null-value.yaml:10:11: statement has no value; it is required, so write one']],
  [
    'flow-comma',
    [
      `flow-comma.yaml:12:51: 'routing' has no value: inside { ... } a comma starts a new key, so 'point: Mentions auth, routing' was read as two keys; quote the text ("Mentions auth, routing") or use block style`,
    ],
  ],
  [
    'flow-sequence-comma',
    [
      `flow-sequence-comma.yaml:16:33: pitfalls[1] is the number 400: inside [ ... ] a comma separates items, so 'Rounding a day to 86,400' was split in two; quote the text ("Rounding a day to 86,400") or use one "- item" per line`,
    ],
  ],
  [
    'numeric-keyword',
    [
      'numeric-keyword.yaml:15:21: rubric[0].keywords[1] must be text, but YAML reads the unquoted 201 as a number; quote it: "201"',
      'numeric-keyword.yaml:15:26: rubric[0].keywords[2] must be text, but YAML reads the unquoted 99.9 as a number; quote it: "99.9"',
    ],
  ],
  ['boolean-text', ['boolean-text.yaml:9:10: summary must be text, but YAML reads the unquoted true as true/false; quote it: "true"']],
  // shown in lists and headings; a block's own last line break is dropped (summary)
  ['multi-line-title', ['multi-line-title.yaml:3:8: title must be one line (it is shown in lists, tables and headings); join its lines']],
  ['missing-key', ["missing-key.yaml:1:1: the file is missing 'summary'"]],
  ['bad-enum', ["bad-enum.yaml:6:13: difficulty must be easy, medium or hard, not 'hardd' (did you mean 'hard'?)"]],
  ['bad-weight', ['bad-weight.yaml:13:13: rubric[0].weight must be 1, 2 or 3, not 5']],
  ['bad-phase', [`bad-phase.yaml:19:12: followUps[0].phase must be one of ${PHASES}, not 'high-level' (did you mean 'high-level-design'?)`]],
  ['schema-version', ['schema-version.yaml:1:16: schemaVersion must be 1, not 2']],
  ['empty-rubric', ['empty-rubric.yaml:11:9: rubric is empty; it needs at least one item']],
  // ids
  ['Bad_Name', ["Bad_Name.yaml:2:5: id 'Bad_Name' must be kebab-case (lowercase letters, digits and '-'), e.g. 'bad-name'"]],
  ['id-mismatch', ["id-mismatch.yaml:2:5: id 'something-else' does not match the file name 'id-mismatch'; rename the file to something-else.yaml or change the id"]],
  ['nested-id-case', ["nested-id-case.yaml:12:9: rubric[0].id 'R_One' must be kebab-case (lowercase letters, digits and '-'), e.g. 'r-one'"]],
  ['duplicate-nested-id', ["duplicate-nested-id.yaml:16:9: duplicate id 'r-one': rubric[0].id (line 12) already uses it; ids must be unique within the file"]],
  // what each kind needs
  ['drill-with-phase', ["drill-with-phase.yaml:13:5: drills have no phases: remove 'phase' from rubric[0]"]],
  ['drill-without-pack', ["drill-without-pack.yaml:1:1: a drill needs 'pack' (one of the packs in problems/drills/packs.yaml)"]],
  [
    'design-too-thin',
    ['design-too-thin.yaml:110:3: a design needs at least 3 deep dives, this one has 2', 'design-too-thin.yaml:130:3: a design needs at least 10 rubric points, this one has 8'],
  ],
  [
    'design-narrow-rubric',
    ["design-narrow-rubric.yaml:134:3: a design's rubric must cover at least 6 of the 9 phases, this one covers 4; add points for: requirements, non-functional, api, data-model, operations"],
  ],
  ['design-missing-phase', [`design-missing-phase.yaml:130:5: followUps[1] needs 'phase' (when the interviewer asks it: ${PHASES})`]],
  // a phase that is there but misspelt is one mistake, not also a missing phase
  [
    'design-bad-phase',
    [
      `design-bad-phase.yaml:132:12: followUps[1].phase must be one of ${PHASES}, not 'deepdive' (did you mean 'deep-dive'?)`,
      `design-bad-phase.yaml:141:26: rubric[7].phase must be one of ${PHASES}, not 'deep dive' (did you mean 'deep-dive'?)`,
    ],
  ],
  ['dangling-connection', ["dangling-connection.yaml:104:11: connection to 'photo-servce' is not a component id (did you mean 'photo-service'?)"]],
  ['later-key', ["later-key.yaml:55:13: scale.derived[0].expr uses 'uploadRate', which is defined later (line 59); move it above or reorder"]],
  // hostile input
  ['alias-bomb', ['alias-bomb.yaml:8:88: too many alias expansions (over 1000): this looks like an alias bomb; write the values out instead of nesting *aliases']],
  [
    'alias-bomb-classic',
    ["alias-bomb-classic.yaml:1:1: this is not a problem file: none of its keys ('a', 'b', 'c', ...) belong to a problem; start from `sysdrill problems new <id>`"],
  ],
  ['binary-nul', ['binary-nul.yaml:2:15: a NUL byte: this is not a text file, or not UTF-8; save it as UTF-8 text']],
  ['latin1', ['latin1.yaml:10:15: a byte that is not UTF-8 (0xe9): this is not a text file, or not UTF-8; save it as UTF-8 text']],
  ['empty', ['empty.yaml:1:1: the file is empty; start from `sysdrill problems new <id>`']],
]

describe('broken problem files', () => {
  it.each(cases)('%s.yaml', (name, expected) => {
    expect(diagnose(name)).toEqual(expected)
  })

  it('refuses a file over the size limit before parsing it', () => {
    const huge = `schemaVersion: 1\nstatement: |\n${'  filler text for a very long statement\n'.repeat(8000)}`
    expect(huge.length).toBeGreaterThan(MAX_PROBLEM_BYTES)
    const parsed = parseProblem(new TextEncoder().encode(huge), { expectedId: 'huge' })
    expect(parsed.diagnostics.map((d) => formatDiagnostic('huge.yaml', d))).toEqual([
      'huge.yaml:1:1: the file is 313 KiB, over the 256 KiB limit for a problem file; split it or check that it is the right file',
    ])
  })

  it('a deep alias bomb costs milliseconds, not minutes', () => {
    const start = performance.now()
    diagnose('alias-bomb')
    diagnose('alias-bomb-classic')
    expect(performance.now() - start).toBeLessThan(500)
  })
})
