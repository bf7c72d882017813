/**
 * The only source of time in the program. The interview core takes time as a number;
 * the shell asks this clock, so tests pass a fake one and never wait.
 */

export type Cancel = () => void

export interface Clock {
  /** milliseconds since the epoch */
  now(): number
  /** run fn once after ms; returns a function that cancels it */
  setTimeout(fn: () => void, ms: number): Cancel
  /** run fn every ms; returns a function that stops it */
  setInterval(fn: () => void, ms: number): Cancel
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const handle = globalThis.setTimeout(fn, ms)
    return () => globalThis.clearTimeout(handle)
  },
  setInterval(fn, ms) {
    const handle = globalThis.setInterval(fn, ms)
    return () => globalThis.clearInterval(handle)
  },
}
