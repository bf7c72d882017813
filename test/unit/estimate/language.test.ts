import { describe, expect, it } from 'vitest'
import { bad, engine, ok, text } from './helpers'

describe('a number followed by units binds tightly', () => {
  it('50 GB/machine is one quantity', () => {
    expect(text('9.6 TB / 50 GB/machine')).toBe('192 machines')
    expect(text('1 KB / 1 Gb/s')).toBe('8 µs')
    expect(text('2 billion comments/day * 2 KB/comment to MB/s')).toBe('46.3 MB/s')
  })

  it('/ before a number, ( or a variable is division', () => {
    const scope = engine.newScope()
    ok('n = 4', { scope })
    expect(ok('8 GB / n', { scope }).text).toBe('2 GB')
    expect(text('8 GB / 4')).toBe('2 GB')
    expect(text('8 GB / (2 * 2)')).toBe('2 GB')
  })

  it('follows the usual precedence', () => {
    expect(ok('2 + 3 * 4').value).toBe(14)
    expect(ok('-2^2').value).toBe(-4)
    expect(ok('2^3^2').value).toBe(512)
    expect(ok('2^-1').value).toBe(0.5)
    expect(ok('(1 + 3) * (1 + 3)').value).toBe(16)
    expect(ok('10 - 4 - 3').value).toBe(3)
  })

  it('puts units after a power outside it, and reads "of" after a percentage', () => {
    expect(text('2^40 B to TiB')).toBe('1 TiB')
    expect(text('2^-1 s')).toBe('500 ms')
    expect(text('10^3 requests/s')).toBe('1,000 requests/s')
    expect(text('20% of 1 TB')).toBe('200 GB')
  })

  it('reads "per" as a slash and $ amounts as dollars', () => {
    expect(text('10 requests per second')).toBe('10 requests/s')
    expect(text('100 requests per user per day * 1 million users to requests/s')).toBe('1,157 requests/s')
    expect(text('$0.023/GB/month * 10 TB * 1 year')).toBe('2,760 dollars')
    expect(text('$5 million/year to dollars/month')).toBe('416,667 dollars/month')
    expect(text('3 USD + $2')).toBe('5 USD')
  })

  it('accepts the usual operator spellings', () => {
    expect(ok('2 × 3 ÷ 4').value).toBe(1.5)
    expect(ok('2 ** 10').value).toBe(1024)
    expect(text('1 day -> s')).toBe('86,400 s')
    expect(text('1 day → h')).toBe('24 h')
    expect(ok('5 − 3').value).toBe(2)
  })

  it('compares like with like', () => {
    expect(ok('2 + 2 > 3').boolean).toBe(true)
    expect(ok('1 KB == 1000 B').boolean).toBe(true)
    expect(ok('0.1 + 0.2 == 0.3').boolean).toBe(true)
    expect(ok('1 KiB <= 1 kB').boolean).toBe(false)
    expect(bad('1 KB > 1 s').kind).toBe('dimension')
    expect(bad('1 < 2 < 3').message).toBe('comparisons do not chain (at column 7): compare two values at a time')
    expect(bad('(1 > 0) * 3').message).toBe('a comparison (true/false) cannot be used in arithmetic (column 4)')
  })

  it('converts to %', () => {
    expect(text('14.4 * 1 hour / 28 day to %')).toBe('2.14 %')
    expect(bad('1 s to %').message).toBe('cannot convert s to %: s is time, not a plain number')
  })

  it('converts to 1/s and to compound units', () => {
    expect(text('1 million/day to 1/s')).toBe('11.6/s')
    expect(text('1 / 500 us')).toBe('2,000/s')
    expect(text('20 million/day * 100 * 3')).toBe('69,444/s')
    expect(ok('20 million/day * 100 * 3').unit).toBe('/s')
    expect(ok('20 million/day * 100 * 3').exactText).toBe('69,444.4444444/s')
    // the unit as it is shown is also a target: to /min, to per min
    expect(text('1 / (5 s) to /min')).toBe('12/min')
    expect(text('20 million/day to per s')).toBe('231/s')
    expect(text('2 billion comments/day * 2 KB/comment to MB/s')).toBe('46.3 MB/s')
    expect(text('10 TB to GB/machine * machine')).toBe('10,000 GB')
  })
})

describe('syntax errors say where', () => {
  it.each([
    ['2 +', "the expression ends too early: a value is missing at column 4"],
    ['(2 + 3', "unclosed '(' at column 1: add ')'"],
    ['2 + 3)', "unmatched ')' at column 6: remove it or add '(' before"],
    ['2 3', "missing operator before '3' at column 3"],
    ['2 (3)', "missing operator before '(' at column 3"],
    ['', 'empty expression: type a number, e.g. 2 billion comments/day'],
    ['* 2', "unexpected '*' at column 1: a value is missing before it"],
    ['1,2', "unexpected ',' at column 2: commas separate function arguments or group thousands (1,000,000)"],
    ['2 to', 'expected a unit at column 5, found the end (e.g. to MB/s)'],
    ['2 s to MB extra', "unexpected 'extra' at column 11 after the conversion"],
    ['x = = 2', "'=' assigns only at the start of a line (name = expr) (at column 5); to compare write =="],
    ['2; 3', "';' is not supported (at column 2): write one expression per line"],
    ['5!', "'!' is not supported (at column 2): for n choose k write combinations(n, k); to compare write !="],
    ['1.2.3', "malformed number at column 4: a second '.'"],
    ['1e999', 'number too large at column 1: 1e999'],
    ['to s', "'to' needs a value before it (at column 1)"],
  ])('%s', (input, message) => {
    const error = bad(input)
    expect(error.kind).toBe('syntax')
    expect(error.message).toBe(message)
  })

  it('refuses very long input and deep nesting', () => {
    expect(bad('1+'.repeat(600) + '1').kind).toBe('too-long')
    expect(bad('('.repeat(300) + '1' + ')'.repeat(300))).toEqual({
      kind: 'too-long',
      message: 'the expression is nested too deeply; split it into named steps (name = expr)',
    })
  })
})

describe('only the allow-list runs', () => {
  it.each([
    ['import("fs")', 'forbidden'],
    ['createUnit(1)', 'forbidden'],
    ['evaluate(1)', 'forbidden'],
    ['parse(2)', 'forbidden'],
    ['simplify(2)', 'forbidden'],
    ['x.constructor', 'forbidden'],
    ['a["b"]', 'forbidden'],
    ['`1`', 'forbidden'],
    ["'1'", 'forbidden'],
    ['{a: 1}', 'forbidden'],
    ['constructor(1)', 'forbidden'],
    ['process(1)', 'forbidden'],
    ['sin(1)', 'forbidden'],
  ])('%s is refused', (input, kind) => {
    expect(bad(input).kind).toBe(kind)
  })

  it('says what is allowed', () => {
    expect(bad('import("fs")').message).toBe(
      "strings are not allowed (\" at column 8): write numbers, units and names",
    )
    expect(bad('import(1)').message).toBe(
      'import() is not allowed (column 1): estimates can call only abs, ceil, floor, round, min, max, sqrt, log, log2, log10, ln, exp, pow, mod, combinations, permutations, factorial',
    )
    expect(bad('x.constructor').message).toBe('property access is not allowed (x.constructor) at column 2: estimates have numbers, units and names only')
    expect(bad('ceill(2.5)').message).toBe('unknown function ceill() at column 1: did you mean ceil?')
  })
})

describe('functions', () => {
  it('rounds in the unit shown, or the one given', () => {
    expect(text('ceil(8.07 nodes)')).toBe('9 nodes')
    expect(text('floor(2.9)')).toBe('2')
    expect(text('round(2.5)')).toBe('3')
    expect(text('round(3.14159, 2)')).toBe('3.14')
    expect(text('ceil(1.2 h)')).toBe('2 h')
    expect(text('ceil(1500 B)')).toBe('2 kB')
    expect(text('ceil(1500 B, B)')).toBe('1.5 kB')
    expect(text('ceil(90 min to h)')).toBe('2 h')
  })

  it('min, max and abs keep units', () => {
    expect(text('max(20 ms, 2 * 7 ms)')).toBe('20 ms')
    expect(text('min(1 GB, 500 MB)')).toBe('500 MB')
    expect(text('abs(-3 s)')).toBe('3 s')
    expect(bad('max(1 s, 1 GB)').kind).toBe('dimension')
  })

  it('logs, roots and counting', () => {
    expect(ok('log2(1e6)').value).toBeCloseTo(19.9316, 4)
    expect(ok('log10(1000)').value).toBe(3)
    expect(ok('log(8, 2)').value).toBe(3)
    expect(ok('ln(1)').value).toBe(0)
    expect(ok('sqrt(100)').value).toBe(10)
    expect(text('sqrt(4 s^2)')).toBe('2 s')
    expect(ok('combinations(8, 2)').value).toBe(28)
    expect(ok('permutations(5, 2)').value).toBe(20)
    expect(ok('factorial(5)').value).toBe(120)
    expect(ok('pow(2, 10)').value).toBe(1024)
    expect(ok('mod(10, 4)').value).toBe(2)
    expect(ok('exp(0)').value).toBe(1)
  })

  it('reports bad arguments', () => {
    expect(bad('log(0)')).toEqual({ kind: 'math', message: 'log() needs a number above 0 (column 1)', column: 0 })
    expect(bad('sqrt(-1)').kind).toBe('math')
    expect(bad('log2(1 GB)').message).toBe('log2() takes a plain number (column 1); divide by a unit first, e.g. log2(x / 1 GB)')
    expect(bad('combinations(2, 5)').message).toBe('combinations(n, k) needs k ≤ n (column 1)')
    expect(bad('max()').message).toBe('max() takes 1 or more arguments, got 0 (column 1)')
    expect(bad('sqrt(2 s)').message).toBe("cannot raise units to the power 0.5 (column 1): their powers must stay whole numbers")
  })
})

describe('maths errors', () => {
  it('division by zero and overflow are errors, never Infinity', () => {
    expect(bad('1 / 0')).toEqual({ kind: 'math', message: 'division by zero at column 3', column: 2 })
    expect(bad('1e300 * 1e300').kind).toBe('math')
    expect(bad('(-8)^0.5').kind).toBe('math')
    expect(bad('5 mod 0').kind).toBe('math')
    expect(bad('2^(1 KB)').message).toBe('an exponent must be a plain number (column 2), not something with units')
  })
})

describe('names', () => {
  it('assigns, reads and reassigns', () => {
    const scope = engine.newScope()
    expect(ok('writes = 2 billion comments/day', { scope }).name).toBe('writes')
    expect(ok('writes * 2 KB/comment to MB/s', { scope }).text).toBe('46.3 MB/s')
    ok('writes = 1 comments/s', { scope })
    expect(ok('writes to comments/s', { scope }).text).toBe('1 comment/s')
  })

  it('refuses names that are data or time units, functions or number words', () => {
    expect(bad('s = 5')).toEqual({ kind: 'syntax', message: "'s' is the name of a unit, so it cannot be a variable: pick another name (e.g. s_total)", column: 0 })
    expect(bad('GB = 5').kind).toBe('syntax')
    expect(bad('max = 5').message).toBe("'max' is a reserved word, so it cannot be a variable: pick another name (e.g. my_max)")
    expect(bad('million = 5').kind).toBe('syntax')
    expect(bad('to = 5').kind).toBe('syntax')
    expect(bad('ans = 5').kind).toBe('syntax')
  })

  it('lets a count noun name a variable; after a number the word is still the unit', () => {
    const scope = engine.newScope()
    ok('users = 100 million users', { scope })
    expect(ok('users * 16 B/user to GB', { scope }).text).toBe('1.6 GB')
    expect(ok('2 users', { scope }).text).toBe('2 users')
  })

  it('says what is missing', () => {
    const scope = engine.newScope()
    ok('commentSize = 2 KB/comment', { scope })
    expect(bad('commentSise * 3', { scope }).message).toBe("unknown name 'commentSise' at column 1: did you mean commentSize?")
    expect(bad('peak * 3').message).toBe("unknown name 'peak' at column 1: define it first (peak = ...), or put a number before a new unit (3 peak)")
    // one letter is never a unit, so no "3 x"
    expect(bad('x * 3').message).toBe("unknown name 'x' at column 1: define it first (x = ...)")
    expect(bad('videos * 3').message).toBe("'videos' is a unit, not a value (column 1): write 1 video, or define a variable with another name (videos_total = ...)")
    expect(bad('ans + 1').message).toBe("'ans' is the previous result, and there is none yet")
    expect(bad('2 x', { scope: Object.assign(engine.newScope()) }).kind).toBe('unknown-unit')
  })

  it('points at a variable used without an operator', () => {
    const scope = engine.newScope()
    ok('peak = 3', { scope })
    expect(bad('2 peak', { scope }).message).toBe("missing operator before 'peak' at column 3: 'peak' is a variable, so write * peak")
    expect(bad('peak(2)', { scope }).message).toBe("'peak' is a variable, not a function (column 1): write peak * (...)")
  })

  it('a bare unit is one of it', () => {
    expect(text('Gbps to MB/s')).toBe('125 MB/s')
    expect(text('week to s')).toBe('604,800 s')
  })
})

describe('napkin values', () => {
  const napkin = (expression: string) => ok(expression, { napkin: true }).napkin as { text: string; rule: string; powers?: string }

  it('uses 1 day ≈ 10^5 s and one significant digit (two when the first is 1)', () => {
    expect(napkin('2 billion comments/day * 2 KB/comment to MB/s')).toEqual({ text: '40 MB/s', value: 40, unit: 'MB/s', rule: '1 day ≈ 10^5 s, 1 significant digit', powers: '4 × 10^7 B/s' })
    expect(napkin('2 billion comments/day to comments/s').text).toBe('20,000 comments/s')
    expect(napkin('1 million requests/day to requests/s').text).toBe('10 requests/s')
    expect(napkin('1000 requests/min to requests/s')).toEqual({ text: '17 requests/s', value: 17, unit: 'requests/s', rule: '2 significant digits' })
    expect(napkin('9.6 TB / (50 GB/machine)').text).toBe('190 machines')
  })

  it('leaves ratios of time alone and never rounds a percentage', () => {
    expect(napkin('14.4 * 1 hour / 30 day').rule).toBe('1 significant digit')
    expect(ok('99.9% * 99.9%', { napkin: true }).napkin).toBeUndefined()
  })

  it('follows names through a sheet', () => {
    const lines = engine.evaluateSheet('w = 2 billion comments/day\nw * 2 KB/comment to MB/s', { napkin: true })
    const last = lines[1]!.outcome!
    expect(last.ok && last.napkin?.text).toBe('40 MB/s')
  })
})

describe('the engine API', () => {
  it('convert() shows a quantity in a unit, or says why not', () => {
    const q = ok('2 billion comments/day').quantity
    expect(engine.convert(q, 'comments/s')).toEqual({
      ok: true,
      display: { value: 23148.14814815, unit: 'comments/s', text: '23,148 comments/s', exactText: '23,148.1481481 comments/s' },
    })
    expect(engine.convert(q, 'MB/s')).toEqual({
      ok: false,
      error: { kind: 'dimension', message: 'cannot convert comments/day to MB/s: multiply by a size per comment (e.g. 2 KB/comment)', column: 0 },
    })
    expect(engine.convert(q, 'flurbs/s')).toEqual({
      ok: false,
      error: { kind: 'unknown-unit', message: "unknown unit 'flurbs' at column 1: see :units for the unit table, or put a number before a new noun (3 bathtubs)", column: 0 },
    })
    const napkin = engine.convert(ok('2 billion comments/day', { napkin: true }).quantity, 'comments/s', { napkin: true })
    expect(napkin.ok && (napkin.display as { napkin?: { text: string } }).napkin?.text).toBe('20,000 comments/s')
  })

  it('compare() gives the ratio of like quantities', () => {
    const answer = ok('23 thousand comments/s').quantity
    const reference = ok('2 billion comments/day').quantity
    const result = engine.compare(answer, reference)
    expect(result.ok && result.ratio).toBeCloseTo(0.9936, 10)
    expect(engine.compare(answer, ok('1 GB').quantity).ok).toBe(false)
    expect(engine.compare(answer, ok('0 comments/s').quantity)).toEqual({ ok: false, error: { kind: 'math', message: 'the reference value is 0, so there is no ratio' } })
  })

  it('display() picks the unit', () => {
    expect(engine.display(ok('x = 2 billion comments/day * 2 KB/comment').quantity).text).toBe('46.3 MB/s')
  })

  it('units() lists the table', () => {
    const rows = engine.units()
    expect(rows.map((r) => r.category)).toContain('time')
    expect(rows.find((r) => r.category.startsWith('counted things (synonyms'))!.spellings).toContain('machine = server = node = host = instance = box')
  })

  it('never throws on strange input types', () => {
    expect(engine.evaluate(undefined as unknown as string).ok).toBe(false)
  })
})
