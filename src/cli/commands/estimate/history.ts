/**
 * The REPL's history, kept in $SYSDRILL_HOME/estimate_history: one entry per line, oldest
 * first. Each line is appended as it is entered, so none is lost; when the REPL starts, a file
 * over HISTORY_SIZE entries is trimmed to the newest ones (rewritten atomically). A history that cannot be written is not a reason to
 * stop: the REPL warns once and goes on.
 */
import { appendFileSync, readFileSync } from 'node:fs'
import { ensureDir } from '../../atomic-write'
import { dirname } from 'node:path'
import { writeFileAtomic } from '../../atomic-write'

export const HISTORY_SIZE = 1000

export interface History {
  /** most recent first, as node:readline wants it */
  entries: string[]
  add(line: string): void
}

export function openHistory(file: string, warn: (message: string) => void): History {
  let entries: string[] = []
  try {
    entries = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '')
  } catch {
    entries = []
  }
  if (entries.length > HISTORY_SIZE) {
    entries = entries.slice(-HISTORY_SIZE)
    try {
      writeFileAtomic(file, `${entries.join('\n')}\n`)
    } catch {
      // trimming is housekeeping; the add() below reports a history that cannot be written
    }
  }
  let warned = false
  return {
    entries: [...entries].reverse(),
    add(line) {
      if (line.trim() === '' || line.includes('\n')) return
      try {
        ensureDir(dirname(file))
        appendFileSync(file, `${line}\n`)
      } catch (error) {
        if (!warned) warn(`history is not saved: ${(error as Error).message}`)
        warned = true
      }
    },
  }
}
