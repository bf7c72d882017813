import { describe, expect, it } from 'vitest'
import { findKeyword, tokenize } from '../../../src/core/interview/text-match'

const find = (text: string, keyword: string) => findKeyword(tokenize(text), keyword, text)
const covered = (text: string, keyword: string) => find(text, keyword).some((h) => !h.negated)

describe('keyword matching', () => {
  it('matches whole words in any case and word form', () => {
    expect(covered('We SHARD the table by user id', 'sharding')).toBe(true)
    expect(covered('the shards are rebalanced', 'shard')).toBe(true)
    expect(covered('Replicated three ways', 'replication')).toBe(true)
    expect(covered('a sharded cache', 'hard')).toBe(false)
    expect(covered('Cassandra', 'cass')).toBe(false)
  })

  it('matches phrases only when the words are together in one clause', () => {
    expect(covered('use consistent hashing for placement', 'consistent hashing')).toBe(true)
    expect(covered('hashing is consistent', 'consistent hashing')).toBe(false)
    expect(covered('keep it consistent. Hashing comes later', 'consistent hashing')).toBe(false)
  })

  it('folds accents, punctuation and joined spellings', () => {
    expect(covered('Fan-out on write', 'fanout')).toBe(true)
    expect(covered('fanout on write', 'fan out')).toBe(true)
    expect(covered('push over web sockets', 'websocket')).toBe(true)
    expect(covered('Café-level caching', 'cafe')).toBe(true)
    expect(covered('p99 under 200 ms, 99.9% available', '99.9')).toBe(true)
  })

  it('matches a keyword with punctuation inside only where the text breaks the same way', () => {
    expect(covered('set min.insync.replicas to 2 with acks=all', 'min.insync.replicas')).toBe(true)
    expect(covered('turn on enable.idempotence in the producer', 'enable.idempotence')).toBe(true)
    expect(covered('both 1:1 and group chats', '1:1')).toBe(true)
    expect(covered('store likes/{userId} as a set', 'likes/{userId}')).toBe(true)
    expect(covered('merge to [1,2,0] then', '[1,2,0]')).toBe(true)
    expect(covered('the min. insync replicas', 'min.insync.replicas')).toBe(false)
    expect(covered('enable idempotence', 'enable.idempotence')).toBe(false)
  })

  it('reads "%" as a word, so "1%" needs the percent sign and not just any 1', () => {
    expect(covered('peak is 1 redirects/s', '1%')).toBe(false)
    expect(covered('about 1% of the keyspace', '1%')).toBe(true)
    expect(covered('about 1 % of the keyspace', '1%')).toBe(true)
    expect(covered('about 1 percent of the keyspace', '1%')).toBe(true)
    expect(covered('sample 1.5% of traces', '1.5%')).toBe(true)
    expect(covered('sample 1.5 of every 100', '1.5%')).toBe(false)
    expect(find('keep 85% of the disk free', '85%')).toEqual([{ keyword: '85%', excerpt: 'keep 85% of the disk free', negated: false }])
  })

  it('reads a time unit after a slash as "per ...", so "redirects/s" says "redirects per second"', () => {
    expect(covered('about 23,148 redirects/s on average', 'redirects per second')).toBe(true)
    expect(covered('200 GB/day of click events', 'per day')).toBe(true)
    expect(covered('20 million links/day', 'links per day')).toBe(true)
    expect(covered('5,000 writes/sec at peak', 'writes per second')).toBe(true)
    expect(covered('2 billion comments/day', 'comments/day')).toBe(true)
    expect(covered('redirects / s', 'redirects per second')).toBe(false)
    expect(covered('I/O bound, 24/7, w/o retries', 'per second')).toBe(false)
    expect(covered('store likes/{userId} as a set', 'likes/{userId}')).toBe(true)
    expect(find('23k redirects/s', 'redirects per second')).toEqual([{ keyword: 'redirects per second', excerpt: '23k redirects/s', negated: false }])
  })

  it('follows a phrase onto the next line of a paragraph, but not across a blank line or a new item', () => {
    expect(covered('every read goes to a single\nnode per key', 'single node')).toBe(true)
    expect(covered('a single\n\nnode', 'single node')).toBe(false)
    expect(covered('- a single\n- node per key', 'single node')).toBe(false)
    expect(covered('not this one.\nSingle node', 'single node')).toBe(true)
    // a denial does not reach into the next line
    expect(covered("we don't need Postgres\nCassandra holds the comments", 'cassandra')).toBe(true)
  })

  it('keeps acronyms whose last letter is an s: https is not http', () => {
    expect(covered('plain HTTP inside the cluster', 'https')).toBe(false)
    expect(covered('HTTPS at the edge', 'https')).toBe(true)
    expect(covered('route53 for DNS', 'dns')).toBe(true)
  })

  it('uses synonyms', () => {
    expect(covered('put an LB in front', 'load balancer')).toBe(true)
    expect(covered('Redis pub/sub fans messages out', 'publish subscribe')).toBe(true)
    expect(covered('a DLQ for poison messages', 'dead letter queue')).toBe(true)
    expect(covered('no SPOF anywhere', 'single point of failure')).toBe(true)
  })

  it('does not count a keyword the clause denies', () => {
    expect(covered("we don't need Cassandra", 'cassandra')).toBe(false)
    expect(covered('we do not need to use Cassandra here', 'cassandra')).toBe(false)
    expect(covered('No need for Kafka at this scale', 'kafka')).toBe(false)
    expect(covered('Postgres instead of Cassandra', 'cassandra')).toBe(false)
    expect(covered('Postgres instead of Cassandra', 'postgres')).toBe(true)
    expect(covered("we don't need Cassandra, but Kafka fits", 'kafka')).toBe(true)
    expect(covered("we won't shard. Later we shard by region", 'shard')).toBe(true)
    expect(find("we don't need Cassandra", 'cassandra')).toEqual([{ keyword: 'cassandra', excerpt: "we don't need Cassandra", negated: true }])
  })

  it('keeps goals stated with "no" and "without"', () => {
    expect(covered('no single point of failure', 'single point of failure')).toBe(true)
    expect(covered('deploy without downtime', 'downtime')).toBe(true)
  })
})
