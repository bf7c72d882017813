/** Interview sessions for doc tests, read by the session store's own parser. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSessionRecord } from '../../../src/core/interview/session-parse'
import type { SessionRecord } from '../../../src/core/interview/session-types'
import { docFixtures } from './problem-fixtures'

export const SESSIONS = {
  /** default template, practice mode, every kind of phase ending, estimates in several grades */
  standard: '20261120-150000-live-comment-system',
  /** four-step template: one answer covers several sections */
  fourStep: '20261120-160000-live-comment-system',
  /** ML template, in progress: a phase that covers no section, a draft */
  ml: '20261120-170000-live-comment-system',
} as const

export const sessionsFolder = join(docFixtures, 'sessions')

export function fixtureSession(id: string): SessionRecord {
  const parsed = parseSessionRecord(JSON.parse(readFileSync(join(sessionsFolder, `${id}.json`), 'utf8')))
  if (!parsed.ok) throw new Error(`${id}: ${parsed.reason}`)
  return parsed.session
}
