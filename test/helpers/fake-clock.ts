/**
 * A deterministic Clock: time moves only when a test calls tick(). Timers fire in order of
 * their due time, so a test can play a 45-minute interview in microseconds.
 */
import type { Cancel, Clock } from '../../src/cli/clock'

interface Timer {
  id: number
  due: number
  fn: () => void
  every?: number
}

export interface FakeClock extends Clock {
  /** advance time by ms, firing every timer that falls due on the way */
  tick(ms: number): void
  /** advance time and let promise callbacks run between timers */
  tickAsync(ms: number): Promise<void>
  /** number of live timers (a leak check for tests) */
  pending(): number
}

export function createFakeClock(start = Date.UTC(2026, 10, 21, 9, 0, 0)): FakeClock {
  let now = start
  let nextId = 1
  const timers: Timer[] = []

  const add = (fn: () => void, ms: number, every?: number): Cancel => {
    const timer: Timer = { id: nextId++, due: now + Math.max(0, ms), fn, ...(every === undefined ? {} : { every }) }
    timers.push(timer)
    return () => {
      const index = timers.indexOf(timer)
      if (index >= 0) timers.splice(index, 1)
    }
  }

  const nextDue = (until: number): Timer | undefined => {
    let best: Timer | undefined
    for (const t of timers) if (t.due <= until && (!best || t.due < best.due || (t.due === best.due && t.id < best.id))) best = t
    return best
  }

  const fire = (timer: Timer) => {
    now = timer.due
    if (timer.every !== undefined) timer.due += Math.max(1, timer.every)
    else timers.splice(timers.indexOf(timer), 1)
    timer.fn()
  }

  return {
    now: () => now,
    setTimeout: (fn, ms) => add(fn, ms),
    setInterval: (fn, ms) => add(fn, ms, ms),
    tick(ms) {
      const until = now + ms
      for (let t = nextDue(until); t; t = nextDue(until)) fire(t)
      now = until
    },
    async tickAsync(ms) {
      const until = now + ms
      for (let t = nextDue(until); t; t = nextDue(until)) {
        fire(t)
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
      now = until
      await new Promise<void>((resolve) => setImmediate(resolve))
    },
    pending: () => timers.length,
  }
}
