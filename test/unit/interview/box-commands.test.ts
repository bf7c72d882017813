import { describe, expect, it } from 'vitest'
import { completeCommand, matchingCommands, parseBoxLine } from '../../../src/core/interview/box-commands'

describe('answer box commands', () => {
  it('reads commands, aliases, the = shortcut and escaped slashes', () => {
    expect(parseBoxLine('we shard by video')).toEqual({ kind: 'text', text: 'we shard by video' })
    expect(parseBoxLine('   ')).toEqual({ kind: 'empty' })
    expect(parseBoxLine('/hint')).toEqual({ kind: 'hint' })
    expect(parseBoxLine('/H')).toEqual({ kind: 'hint' })
    expect(parseBoxLine('/clarify  how many users? ')).toEqual({ kind: 'clarify', question: 'how many users?' })
    expect(parseBoxLine('/c')).toEqual({ kind: 'missing-argument', name: 'clarify', usage: '/clarify <question>' })
    expect(parseBoxLine('= 2 billion/day to per second')).toEqual({ kind: 'estimate', expr: '2 billion/day to per second' })
    expect(parseBoxLine('/e 2+2')).toEqual({ kind: 'estimate', expr: '2+2' })
    expect(parseBoxLine('=')).toMatchObject({ kind: 'missing-argument', name: 'estimate' })
    expect(parseBoxLine('/estimates')).toEqual({ kind: 'estimates' })
    expect(parseBoxLine('//api/v1/comments is the path')).toEqual({ kind: 'text', text: '/api/v1/comments is the path' })
    expect(parseBoxLine('/nxt')).toEqual({ kind: 'unknown', name: 'nxt', suggestion: 'next' })
    expect(parseBoxLine('/zzzzzz')).toEqual({ kind: 'unknown', name: 'zzzzzz' })
  })

  it('completes commands with Tab', () => {
    expect(completeCommand('/cl')).toBe('/clarify ')
    expect(completeCommand('/n')).toBe('/next')
    expect(completeCommand('/h')).toBe('/h')
    expect(completeCommand('/est')).toBe('/estimate')
    expect(completeCommand('/q')).toBe('/quit')
    expect(completeCommand('hello')).toBeUndefined()
    expect(completeCommand('/zz')).toBeUndefined()
    expect(matchingCommands('/p').map((c) => c.name)).toEqual(['pause'])
  })
})
