import { describe, expect, it } from 'vitest'
import { bad } from './helpers'

// Spellings from other calculators get a hint in ours, not a bare "missing operator".
describe('syntax errors from other calculators habits', () => {
  it.each([
    ['1 KB in MB', "'in' at column 6: to convert, write 'to' (e.g. 1 KB to MB)"],
    ['1 KB as MB', "'as' at column 6: to convert, write 'to' (e.g. 1 KB to MB)"],
    ['5 x 3', "missing operator before '3' at column 5: to multiply, write * instead of x"],
    ['2 X 1 KB', "missing operator before '1' at column 5: to multiply, write * instead of X"],
    ['5 times 3', "missing operator before '3' at column 9: to multiply, write * instead of times"],
  ])('%s', (input, message) => {
    expect(bad(input)).toEqual({ kind: 'syntax', message, column: expect.any(Number) })
  })
})

describe('odd characters and numbers', () => {
  it('refuses hexadecimal and binary literals instead of counting x10s', () => {
    expect(bad('0x10')).toEqual({ kind: 'syntax', message: "'0x' numbers are not supported (column 1): write the number in decimal", column: 0 })
    expect(bad('2 * 0b101').message).toBe("'0b' numbers are not supported (column 5): write the number in decimal")
  })

  it('names a character outside the basic plane whole', () => {
    expect(bad('5 requests🙂').message).toBe("unexpected character '🙂' at column 11")
  })
})

