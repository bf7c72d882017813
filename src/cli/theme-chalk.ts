/** The coloured theme. Loaded only when a stream is coloured; the only chalk importer. */
import { Chalk } from 'chalk'
import type { Theme } from './theme'

export function createChalkTheme(): Theme {
  // level 1 (16 colours) is enough for these styles and works on every colour terminal
  const c = new Chalk({ level: 1 })
  return {
    enabled: true,
    bold: (t) => c.bold(t),
    dim: (t) => c.dim(t),
    title: (t) => c.bold.cyan(t),
    good: (t) => c.green(t),
    warn: (t) => c.yellow(t),
    bad: (t) => c.red(t),
    accent: (t) => c.cyan(t),
    code: (t) => c.cyan(t),
  }
}
