/**
 * Rules of thumb for napkin maths. Each one states an approximation and the engine
 * expression behind it; the card shows the exact value beside the rule, and a test checks
 * every rule against the engine within its tolerance.
 */

export interface RuleOfThumb {
  /** what people say */
  rule: string
  /** the engine expression it approximates */
  expression: string
  /** the approximate value in the expression's unit, and how far off it may be (relative) */
  approx: number
  tolerance: number
}

export const RULES: RuleOfThumb[] = [
  { rule: '1 million a day ≈ 12 a second', expression: '1 million requests/day to requests/s', approx: 12, tolerance: 0.05 },
  { rule: '1 billion a day ≈ 12 thousand a second', expression: '1 billion requests/day to requests/s', approx: 12000, tolerance: 0.05 },
  { rule: '1 day ≈ 10^5 s, for napkin maths', expression: '1 day to s', approx: 1e5, tolerance: 0.16 },
  { rule: '1 month ≈ 2.5 million s', expression: '1 month to s', approx: 2.5e6, tolerance: 0.06 },
  { rule: '1 year ≈ π × 10^7 s', expression: '1 year to s', approx: Math.PI * 1e7, tolerance: 0.005 },
  { rule: '1 request/s all month ≈ 2.6 million requests', expression: '1 requests/s * 1 month', approx: 2.6e6, tolerance: 0.02 },
  { rule: '1 Gbps = 125 MB/s', expression: '1 Gbps to MB/s', approx: 125, tolerance: 0 },
  { rule: '1 KB over 1 Gbps ≈ 10 µs', expression: '1 KB / 1 Gbps to us', approx: 10, tolerance: 0.25 },
  { rule: '1 MB over 1 Gbps ≈ 10 ms', expression: '1 MB / 1 Gbps to ms', approx: 10, tolerance: 0.25 },
  { rule: '1 TB a day ≈ 12 MB/s', expression: '1 TB/day to MB/s', approx: 12, tolerance: 0.05 },
  { rule: '1 million × 1 KB = 1 GB', expression: '1 million * 1 KB to GB', approx: 1, tolerance: 0 },
  { rule: '2^10 ≈ 10^3 (2.4 % more)', expression: '2^10 / 10^3', approx: 1, tolerance: 0.025 },
  { rule: '1 TiB ≈ 1.1 TB', expression: '1 TiB to TB', approx: 1.1, tolerance: 0.001 },
  { rule: '100 million DAU × 10 actions a day ≈ 12 thousand a second', expression: '100 million users * 10 requests/user/day to requests/s', approx: 12000, tolerance: 0.05 },
  { rule: '99.9 % up ≈ 8.8 hours down a year', expression: '(1 - 99.9%) * 1 year to h', approx: 8.8, tolerance: 0.01 },
  { rule: '99.99 % up ≈ 53 minutes down a year', expression: '(1 - 99.99%) * 1 year to min', approx: 53, tolerance: 0.01 },
  { rule: 'two 99.9 % parts in series ≈ 99.8 %', expression: '99.9% * 99.9% to %', approx: 99.8, tolerance: 0.0001 },
  { rule: 'two 99.9 % parts side by side ≈ 99.9999 %', expression: '1 - (1 - 99.9%)^2 to %', approx: 99.9999, tolerance: 1e-9 },
]
