/**
 * The candidate's estimates beside the reference, graded exactly as the interview report
 * grades them (gradeEstimates): the answer in the question's unit, the ratio to the
 * reference, and the band it falls in.
 */
import type { Engine } from '../estimate/types'
import { formatRatio, gradeEstimates, GRADE_BANDS, ratioBasisNote, ratioDirection, type EstimateGrade } from '../interview/estimate-grading'
import type { SessionRecord } from '../interview/session-types'
import type { Problem } from '../problems/types'
import type { TemplateRecord } from './template-types'


const GRADE_TEXT: Record<EstimateGrade['grade'], string> = {
  good: `good (within ${GRADE_BANDS.good}×)`,
  fair: `fair (within ${GRADE_BANDS.fair}×)`,
  off: `off (more than ${GRADE_BANDS.fair}× away)`,
  'wrong-units': 'wrong units',
  invalid: 'could not be read',
  missing: 'not answered',
}

export function estimateRecords(problem: Problem, session: SessionRecord, engine: Engine): TemplateRecord[] {
  return gradeEstimates(session, problem, engine).map((grade) => ({
    key: grade.key,
    label: grade.label,
    answer: grade.input ?? '',
    value: grade.answerText ?? (grade.error === undefined ? '—' : `⚠ ${grade.error}`),
    reference: grade.referenceText,
    ratio: `${formatRatio(grade.ratio)}${ratioDirection(grade.ratio, grade.basis)}${ratioBasisNote(grade.basis, grade.unit)}`,
    grade: grade.basis === 'exact' && (grade.grade === 'good' || grade.grade === 'off') ? (grade.grade === 'good' ? 'right' : 'wrong') : GRADE_TEXT[grade.grade],
  }))
}
