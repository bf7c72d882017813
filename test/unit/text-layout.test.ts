import { describe, expect, it } from 'vitest'
import { columnsOf, layoutWidth, reflow, visibleLength, wrap, wrapBlock, wrapProse } from '../../src/cli/text-layout'

describe('text layout', () => {
  it('measures what shows on screen: no escape codes, two columns for CJK', () => {
    expect(visibleLength('\u001b[31mred\u001b[39m ★')).toBe(5)
    expect(visibleLength('日本語')).toBe(6)
    expect(wrap('日本語 日本語 日本語', 14)).toEqual(['日本語 日本語', '日本語'])
  })

  it('wraps a paragraph with a first-line prefix and a hanging indent', () => {
    expect(wrap('one two three four five', 12, '- ', '  ')).toEqual(['- one two', '  three four', '  five'])
    expect(wrap('a verylongwordthatdoesnotfit b', 10)).toEqual(['a', 'verylongwordthatdoesnotfit', 'b'])
    expect(wrap('', 10, '> ')).toEqual(['> '])
  })

  it('keeps a styled prefix from stealing columns', () => {
    expect(wrap('alpha beta gamma', 14, '\u001b[2mmust\u001b[22m  ', '      ')).toEqual(['\u001b[2mmust\u001b[22m  alpha', '      beta', '      gamma'])
  })

  it('wraps each line of a block, and each paragraph of prose', () => {
    expect(wrapBlock('first line\n\nsecond line here', 12, '│ ')).toEqual(['│ first line', '  second', '  line here'])
    expect(wrapProse('hard\nwrapped text\n\nnext para', 40)).toEqual(['hard wrapped text', 'next para'])
  })

  it('reflows hard-wrapped YAML prose but keeps list items on their own lines', () => {
    const text = 'A paragraph written\nat a narrow width.\n\n- first item that is long\n- second\n1. numbered'
    expect(reflow(text, 20, '  ')).toEqual([
      '  A paragraph',
      '  written at a',
      '  narrow width.',
      '',
      '  - first item that',
      '    is long',
      '  - second',
      '  1. numbered',
    ])
  })

  it('lays text out between 40 and 100 columns, 80 when the width is unknown or 0', () => {
    expect([layoutWidth(20), layoutWidth(81), layoutWidth(300), layoutWidth(undefined), layoutWidth(0)]).toEqual([40, 80, 100, 79, 79])
  })

  it('takes a width only from a terminal that reports one (script(1) says 0 columns)', () => {
    expect(columnsOf({ isTTY: true, columns: 120 })).toBe(120)
    expect(columnsOf({ isTTY: true, columns: 0 })).toBeUndefined()
    expect(columnsOf({ isTTY: false, columns: 120 })).toBeUndefined()
    expect(columnsOf({})).toBeUndefined()
  })
})
