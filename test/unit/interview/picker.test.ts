import { describe, expect, it } from 'vitest'
import { matchesTerm, pickerChoice } from '../../../src/cli/interview/picker'
import type { LibrarySummary } from '../../../src/cli/library'

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

describe('a picker choice', () => {
  const summary: LibrarySummary = {
    id: 'live-comment-system',
    title: 'Design live comments for a live video platform',
    kind: 'design',
    difficulty: 'medium',
    tags: ['real-time', 'fan-out'],
    durationMinutes: 45,
    summary: 'Anyone watching a live stream can type a comment, and every other viewer of that stream sees it within about 250 ms.',
    file: '/x/live-comment-system.yaml',
    source: 'builtin',
  }

  it('wraps the summary to the terminal at word boundaries, so no line starts with a space', () => {
    const choice = pickerChoice(summary, 76, (t) => t)
    expect(choice.name).toBe('Design live comments for a live video platform  live-comment-system · medium')
    expect(choice.description.split('\n')).toEqual([
      'Anyone watching a live stream can type a comment, and every other viewer of',
      'that stream sees it within about 250 ms.',
    ])
  })
})
