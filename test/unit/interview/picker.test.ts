import { describe, expect, it } from 'vitest'
import { matchesTerm } from '../../../src/cli/interview/picker'

describe('the problem picker filter', () => {
  const urlShortener = 'url-shortener design a url shortener read-heavy key-generation caching redirects analytics key-value easy design'

  it('needs every word, in any order', () => {
    expect(matchesTerm(urlShortener, 'url easy')).toBe(true)
    expect(matchesTerm(urlShortener, 'EASY Url')).toBe(true)
    expect(matchesTerm(urlShortener, 'url hard')).toBe(false)
    expect(matchesTerm(urlShortener, '')).toBe(true)
    expect(matchesTerm(urlShortener, undefined)).toBe(true)
  })

  it('finds other forms of a longer word', () => {
    expect(matchesTerm(urlShortener, 'cache')).toBe(true)
    expect(matchesTerm(urlShortener, 'redirecting')).toBe(true)
    expect(matchesTerm(urlShortener, 'caches keys')).toBe(true)
    expect(matchesTerm(urlShortener, 'queues')).toBe(false)
  })
})
