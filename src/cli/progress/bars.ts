/**
 * Terminal bar charts that read without colour: the glyphs carry the meaning (█ used or
 * covered, ░ left, ▓ over the budget, ▒ fair), colour only adds to them.
 */
import type { Theme } from '../theme'

/** A share of 0 to 1 as a bar of `width` cells. */
export function shareBar(share: number, width: number, theme: Theme): string {
  const filled = Math.max(0, Math.min(width, Math.round(share * width)))
  return `${theme.accent('█'.repeat(filled))}${theme.dim('░'.repeat(width - filled))}`
}

/**
 * Used against a budget: the budget spans `width` cells; overtime continues in ▓ for up to
 * `overflow` more cells (padded, so the columns after the bar line up).
 */
export function budgetBar(used: number, budget: number, width: number, overflow: number, theme: Theme): string {
  const inside = budget <= 0 ? 0 : Math.min(width, Math.round((used / budget) * width))
  const over = budget <= 0 || used <= budget ? 0 : Math.min(overflow, Math.max(1, Math.round(((used - budget) / budget) * width)))
  return `${theme.accent('█'.repeat(inside))}${theme.dim('░'.repeat(width - inside))}${theme.bad('▓'.repeat(over))}${' '.repeat(overflow - over)}`
}

export interface BarPart {
  share: number
  glyph: string
  style: (text: string) => string
}

/** Parts laid end to end, rounded so they always fill exactly `width` cells when they sum to 1. */
export function stackedBar(parts: readonly BarPart[], width: number): string {
  let used = 0
  let cumulative = 0
  return parts
    .map((part) => {
      cumulative += part.share
      const end = Math.round(Math.min(1, cumulative) * width)
      const cells = Math.max(0, end - used)
      used += cells
      return cells === 0 ? '' : part.style(part.glyph.repeat(cells))
    })
    .join('')
}

const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']

/** One character per value between 0 and 1; a gap for a missing value. */
export function sparkline(values: ReadonlyArray<number | null>): string {
  return values.map((v) => (v === null ? ' ' : SPARKS[Math.max(0, Math.min(7, Math.round(v * 7)))])).join('')
}
