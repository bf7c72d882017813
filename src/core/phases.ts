/**
 * The canonical phases of a system design interview. Problems tag their rubric points, cues
 * and hints with these ids; every phase template (default, four-step, ML) says which of them
 * each of its own phases covers, so one problem works with any template.
 */

export const PHASE_IDS = [
  'requirements',
  'non-functional',
  'estimation',
  'api',
  'data-model',
  'high-level-design',
  'deep-dive',
  'operations',
  'wrap-up',
] as const

export type PhaseId = (typeof PHASE_IDS)[number]

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && (PHASE_IDS as readonly string[]).includes(value)
}

/** Short human titles, for reports and validation messages. */
export const PHASE_TITLES: Record<PhaseId, string> = {
  requirements: 'Requirements',
  'non-functional': 'Non-functional requirements',
  estimation: 'Capacity estimation',
  api: 'API',
  'data-model': 'Data model',
  'high-level-design': 'High-level design',
  'deep-dive': 'Deep dive',
  operations: 'Monitoring and operations',
  'wrap-up': 'Wrap-up',
}
