import { describe, expect, it } from 'vitest'
import { mermaidFlowchart, mermaidLabel } from '../../../src/core/docs/mermaid-flowchart'
import { mermaidVerdict } from './mermaid-parser'

describe('mermaid flowchart', () => {
  it('declares each component once with a sanitised id and quoted label, then each edge', () => {
    const chart = mermaidFlowchart({
      components: [
        { id: 'edge-lb', name: 'Edge load balancer' },
        { id: 'comment-store', name: 'Comment store (Cassandra)' },
        { id: 'pubsub', name: 'Pub/sub tier' },
      ],
      connections: [
        { from: 'edge-lb', to: 'comment-store', label: 'durable write' },
        { from: 'edge-lb', to: 'pubsub' },
      ],
    })
    expect(chart).toBe(
      [
        'flowchart LR',
        '  n_edge_lb["Edge load balancer"]',
        '  n_comment_store[("Comment store (Cassandra)")]',
        '  n_pubsub[/"Pub/sub tier"/]',
        '  n_edge_lb -->|"durable write"| n_comment_store',
        '  n_edge_lb --> n_pubsub',
      ].join('\n'),
    )
  })

  it('keeps ids distinct when sanitising makes them collide, and shows unknown endpoints', () => {
    const chart = mermaidFlowchart({
      components: [
        { id: 'a-b', name: 'A' },
        { id: 'a_b', name: 'B' },
      ],
      connections: [{ from: 'a_b', to: 'ghost' }],
    })
    expect(chart.split('\n')).toEqual(['flowchart LR', '  n_a_b["A"]', '  n_a_b_2["B"]', '  n_ghost["ghost"]', '  n_a_b_2 --> n_ghost'])
  })

  it('escapes every character that could end a label, start a comment or become HTML', () => {
    expect(mermaidLabel('say "hi" #1 100% <b>&</b> `x`')).toBe('say #quot;hi#quot; #35;1 100#37; #lt;b#gt;#amp;#lt;/b#gt; #96;x#96;')
    expect(mermaidLabel('two\nlines')).toBe('two lines')
    expect(mermaidLabel('x'.repeat(100))).toBe(`${'x'.repeat(79)}…`)
  })

  it('passes the real mermaid parser, with hostile names and labels', async () => {
    const hostile = [
      'end',
      'subgraph',
      'click',
      'style',
      'graph TD',
      '"]; click x call alert(1) ["',
      'a | b | c',
      'x --> y',
      '[brackets] {braces} (parens) ((double))',
      '%% not a comment',
      '#quot; already an entity',
      '<script>alert(1)</script>',
      'Café 日本語 🚀 ümlaut',
      '`markdown` **bold**',
      'semi; colon: done',
      'tab\there\r\nnewline',
      '',
    ]
    const components = hostile.map((name, i) => ({ id: i % 2 === 0 ? name : `id-${name}`, name }))
    const connections = hostile.map((label, i) => ({ from: components[i]!.id, to: components[(i + 1) % hostile.length]!.id, label }))
    const chart = mermaidFlowchart({ components, connections })
    expect(await mermaidVerdict(chart)).toBe('ok')
    // the parser is really checking: a raw keyword as an id fails
    expect(await mermaidVerdict('flowchart LR\n  a["x"] --> end\n')).toMatch(/Parse error/)
    expect(await mermaidVerdict('flowchart LR\n  a["x" y"] --> b\n')).toMatch(/Parse error/)
  })

  it('passes the parser with no components at all', async () => {
    const chart = mermaidFlowchart({ components: [], connections: [] })
    expect(chart).toBe('flowchart LR')
    expect(await mermaidVerdict(chart)).toBe('ok')
  })
})
