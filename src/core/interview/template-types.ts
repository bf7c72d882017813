/**
 * A phase template: the ordered phases of one interview style, with minutes for a 45- and a
 * 60-minute interview, the prompts shown at each phase and a coach tip or two. Templates are
 * data (templates/phases/*.yaml or a user file); template-validate.ts checks them.
 */
import type { PhaseId } from '../phases'

/** The two interview lengths every template gives minutes for. */
export const TEMPLATE_COLUMNS = [45, 60] as const
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number]

export interface TemplatePhase {
  /** kebab-case, unique in the template */
  id: string
  title: string
  /** canonical phases this phase stands for; each canonical id appears in at most one phase */
  covers: PhaseId[]
  /** minutes in a 45- and a 60-minute interview */
  minutes: Record<TemplateColumn, number>
  /** what to think about in this phase, shown when it starts */
  prompts: string[]
  /** coaching advice, shown under the prompts */
  tips: string[]
}

export interface PhaseTemplate {
  schemaVersion: 1
  id: string
  title: string
  description: string
  phases: TemplatePhase[]
}
