import { describe, expect, it } from 'vitest'
import { renderTable, truncate, truncateList, wrapCell } from '../../src/cli/table'

describe('cells', () => {
  it('wraps words and cuts words longer than the line', () => {
    expect(wrapCell('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(wrapCell('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl'])
    expect(wrapCell('', 5)).toEqual([''])
  })

  it('cuts with an ellipsis only when the text is longer', () => {
    expect(truncate('exactly', 7)).toBe('exactly')
    expect(truncate('a longer title', 8)).toBe('a longe…')
    expect(truncate('x', 0)).toBe('')
  })

  it('cuts a list at a whole item and counts the rest', () => {
    expect(truncateList('storage, cdn, read-heavy', 24)).toBe('storage, cdn, read-heavy')
    expect(truncateList('storage, cdn, read-heavy', 23)).toBe('storage, cdn +1')
    expect(truncateList('storage, cdn, read-heavy', 14)).toBe('storage +2')
    expect(truncateList('operations, continuous-delivery', 9)).toBe('operatio…')
  })

  it('a column with its own cut uses it when narrowed', () => {
    const columns = [{ header: 'id' }, { header: 'tags', flex: true, cut: truncateList, min: 4 }]
    expect(renderTable(columns, [['kv', 'caching, storage, read-heavy']], { maxWidth: 24 })).toEqual(['id  tags', 'kv  caching, storage +1'])
  })
})

describe('renderTable', () => {
  it('narrows wrapping columns first, then leaves out optional ones', () => {
    const columns = [{ header: 'name' }, { header: 'note', wrap: true, min: 6 }, { header: 'extra', optional: true }]
    const rows = [['a', 'a long note here', 'x']]
    expect(renderTable(columns, rows, { maxWidth: 40 })).toEqual(['name  note              extra', 'a     a long note here  x'])
    expect(renderTable(columns, rows, { maxWidth: 22 })).toEqual(['name  note       extra', 'a     a long     x', '      note here'])
    expect(renderTable(columns, rows, { maxWidth: 14 })).toEqual(['name  note', 'a     a long', '      note', '      here'])
  })

  it('cuts flexible columns, the one with most room first, to a comfortable width before dropping optional ones, then to their minimum', () => {
    const columns = [
      { header: 'id' },
      { header: 'title', flex: true, comfortable: 10, min: 6 },
      { header: 'tags', flex: true, optional: true, min: 4 },
    ]
    const rows = [['url-shortener', 'Design a URL shortener', 'read-heavy, caching']]
    expect(renderTable(columns, rows)).toEqual(['id             title                   tags', 'url-shortener  Design a URL shortener  read-heavy, caching'])
    // the tags (15 above their floor) give 3 before the title (12 above its floor) gives any
    expect(renderTable(columns, rows, { maxWidth: 34 })).toEqual(['id             title         tags', 'url-shortener  Design a UR…  read…'])
    expect(renderTable(columns, rows, { maxWidth: 23 })).toEqual(['id             title', 'url-shortener  Design…'])
  })

  it('narrows an optional column below its comfortable width, down to its minimum, before leaving it out', () => {
    const columns = [{ header: 'id' }, { header: 'tags', flex: true, optional: true, comfortable: 12, min: 6 }]
    const rows = [['kv', 'caching, storage']]
    expect(renderTable(columns, rows, { maxWidth: 12 })).toEqual(['id  tags', 'kv  caching…'])
    expect(renderTable(columns, rows, { maxWidth: 10 })).toEqual(['id  tags', 'kv  cachi…'])
    expect(renderTable(columns, rows, { maxWidth: 9 })).toEqual(['id', 'kv'])
  })

  it('styles after fitting, so escape codes do not count towards the width', () => {
    const bold = (t: string) => `<${t}>`
    const lines = renderTable([{ header: 'a', style: bold }, { header: 'b', align: 'right' }], [['x', '10']], { headerStyle: bold })
    expect(lines).toEqual(['<a>   <b>', '<x>  10'])
  })
})
