import { describe, expect, it } from 'vitest'
import { closest, closestMatches, didYouMean, editDistance } from '../../src/core/did-you-mean'

describe('did you mean', () => {
  it('counts an adjacent swap as one edit and stops early past a limit', () => {
    expect(editDistance('titel', 'title')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('kitten', 'sitting', 1)).toBe(2)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('suggests one plausible candidate, folding case and separators', () => {
    expect(closest('key_points', ['keyPoints', 'keywords'])).toBe('keyPoints')
    expect(closest('minuets', ['minutes', 'mode', 'template'])).toBe('minutes')
    expect(closest('d', ['id'])).toBeUndefined()
    expect(closest('zzzzzz', ['minutes'])).toBeUndefined()
    expect(didYouMean('titel', ['title', 'tags'])).toBe(" (did you mean 'title'?)")
    expect(didYouMean('xyz', ['title'])).toBe('')
  })

  it('lists every spelling within a distance, closest first', () => {
    expect(closestMatches('Gbsp', ['Gbps', 'GBps', 'Mbps', 'bps'], 2)).toEqual(['Gbps', 'bps', 'GBps'])
    expect(closestMatches('mins', ['min', 'ms', 's'], 1)).toEqual(['min'])
  })
})
