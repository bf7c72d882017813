/**
 * Latency numbers: one canonical value per row, with where it comes from and when. The seed
 * notes carry three lists that disagree (research/seed-estimation.md §1.2); the note on a row
 * says which value we kept and why. Throughputs and "if 1 ns were 1 s" are computed by the
 * engine, not typed in.
 */

/** Where the figures come from: a short label for the table and the full reference. */
export const LATENCY_SOURCES = {
  dean: { label: 'Dean 2009', reference: 'Jeff Dean, "Numbers Everyone Should Know", talk slides, 2009' },
  gist: { label: 'Bonér 2012', reference: 'Jonas Bonér, "Latency Numbers Every Programmer Should Know" (gist after Dean, adds SSD rows), 2012' },
  primer: { label: 'primer', reference: 'donnemartin/system-design-primer, latency table (copies the gist with some changes)' },
  seed: { label: 'seed notes', reference: 'the simplified list in the seed notes (undated)' },
} as const

export type LatencySource = keyof typeof LATENCY_SOURCES

export interface LatencyFact {
  operation: string
  /** engine expression for the latency */
  latency: string
  source: LatencySource
  /** what a derived throughput or cross-check shows: engine expression */
  derived?: string
  note?: string
}

export const LATENCY_FACTS: LatencyFact[] = [
  { operation: 'L1 cache reference', latency: '0.5 ns', source: 'dean', note: 'some lists round it to 1 ns' },
  { operation: 'Branch mispredict', latency: '5 ns', source: 'dean' },
  { operation: 'L2 cache reference', latency: '7 ns', source: 'dean', note: '14x an L1 reference; some lists round it to 10 ns' },
  { operation: 'Mutex lock/unlock', latency: '25 ns', source: 'dean' },
  { operation: 'Main memory reference', latency: '100 ns', source: 'dean', note: '200x L1 and 14x L2 (the primer says 20x L2, which is wrong)' },
  {
    operation: 'Compress 1 KB with Zippy (Snappy)',
    latency: '3 us',
    source: 'dean',
    note: "the primer's table says 10 µs, but its own 1-billion-times column (50 min) is 3 µs",
  },
  {
    operation: 'Send 1 KB over a 1 Gbps link',
    latency: '10 us',
    source: 'gist',
    // the rate column is a throughput: the 8 µs of bits alone belongs in the note
    derived: '1 KB / 10 us to MB/s',
    note: 'the bits alone take 8 µs (1 Gbps is 125 MB/s); the rest is overhead',
  },
  { operation: 'Read 4 KB at random from SSD', latency: '150 us', source: 'gist', derived: '4 KB / 150 us to MB/s', note: 'a simpler list says 100 µs; modern NVMe is faster' },
  { operation: 'Read 1 MB sequentially from memory', latency: '250 us', source: 'dean', derived: '1 MB / 250 us to GB/s' },
  { operation: 'Round trip within a datacenter', latency: '500 us', source: 'dean', derived: '1 / 500 us' },
  { operation: 'Read 1 MB sequentially from SSD', latency: '1 ms', source: 'gist', derived: '1 MB / 1 ms to GB/s' },
  { operation: 'Database commit (Postgres insert)', latency: '1 ms', source: 'seed' },
  { operation: 'Disk seek', latency: '10 ms', source: 'dean', derived: '1 / 10 ms' },
  { operation: 'Read 1 MB over a 1 Gbps link', latency: '10 ms', source: 'primer', derived: '1 MB / 10 ms to MB/s', note: 'the bits alone take 8 ms' },
  {
    operation: 'Read 1 MB sequentially from disk',
    latency: '20 ms',
    source: 'dean',
    derived: '1 MB / 20 ms to MB/s',
    note: "the primer's table says 30 ms, but its own 1-billion-times column (7.8 months) is 20 ms",
  },
  { operation: 'Round trip California - Netherlands', latency: '150 ms', source: 'dean', derived: '1 / 150 ms', note: 'a simpler list says 100 ms' },
]
