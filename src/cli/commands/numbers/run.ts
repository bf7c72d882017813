/**
 * `sysdrill numbers [topic]`: the reference card. Every computed figure comes from the
 * engine (core/estimate/reference/card.ts); this file only lays it out for a terminal of
 * the current width (80 columns when unknown) or prints it as JSON.
 */
import type { CommandContext } from '../../context'
import { EXIT, UsageError } from '../../errors'
import { closestMatches } from '../../../core/did-you-mean'
import { getEngine } from '../../../core/estimate/index'
import { buildReferenceCard, TOPICS, type ReferenceCard, type Topic } from '../../../core/estimate/reference/card'
import type { Theme } from '../../theme'
import type { NumbersOptions } from './define'
import { renderTable, wrapCell } from '../../table'
import { columnsOf } from '../../text-layout'

function pickTopic(topic: string | undefined): Topic[] {
  if (topic === undefined) return [...TOPICS]
  const normal = topic.trim().toLowerCase()
  const aliases: Record<string, Topic> = { latencies: 'latency', power: 'powers', nines: 'availability', sla: 'availability', rule: 'rules' }
  const match = (TOPICS as readonly string[]).includes(normal) ? (normal as Topic) : Object.hasOwn(aliases, normal) ? aliases[normal] : undefined
  if (match) return [match]
  const near = closestMatches(normal, TOPICS, 3)
  throw new UsageError(`unknown topic '${topic}'${near.length > 0 ? ` (did you mean '${near[0]}'?)` : ''}`, `topics: ${TOPICS.join(', ')}; or none for the whole card`)
}

export async function runNumbers(ctx: CommandContext, topic: string | undefined, options: NumbersOptions): Promise<number> {
  const topics = pickTopic(topic)
  const card = buildReferenceCard(getEngine(), topics)
  if (options.json) {
    ctx.output.json(card)
    return EXIT.ok
  }
  const width = Math.max(40, Math.min(columnsOf(ctx.output.stdout) ?? 80, 140))
  const t = ctx.output.outTheme
  const blocks: string[][] = []
  if (card.latency) blocks.push(latencyBlock(card, width, t))
  if (card.powers) blocks.push(powersBlock(card, width, t))
  if (card.availability) blocks.push(availabilityBlock(card, width, t))
  if (card.rules) blocks.push(rulesBlock(card, width, t))
  ctx.output.out(blocks.map((b) => b.join('\n')).join('\n\n'))
  return EXIT.ok
}

const header = (t: Theme) => (text: string) => t.dim(text)

const dimWrapped = (text: string, width: number, t: Theme) => wrapCell(text, width).map((line) => t.dim(line))

function latencyBlock(card: Partial<ReferenceCard>, width: number, t: Theme): string[] {
  const rows = card.latency!.map((r) => [r.operation, r.latency, r.humanScale, r.derived ?? '', r.source])
  const lines = [t.title('Latency numbers'), ...dimWrapped('x 10^9: the same time if 1 ns took 1 s. rate: what the latency implies.', width, t), '']
  lines.push(
    ...renderTable(
      [
        { header: 'operation', wrap: true, min: 20 },
        { header: 'latency', align: 'right' },
        { header: 'x 10^9', align: 'right', optional: true },
        { header: 'rate', align: 'right', optional: true },
        { header: 'source' },
      ],
      rows,
      { maxWidth: width, headerStyle: header(t) },
    ),
  )
  const notes = card.latency!.filter((r) => r.note !== undefined)
  lines.push('', t.dim('Notes'))
  for (const r of notes) lines.push(...wrapCell(`${r.operation}: ${r.note}.`, width - 2).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)))
  lines.push('', t.dim('Sources'))
  for (const s of card.sources ?? []) lines.push(...wrapCell(`${s.label}: ${s.reference}.`, width - 2).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)))
  return lines
}

function powersBlock(card: Partial<ReferenceCard>, width: number, t: Theme): string[] {
  // every digit up to 2^50; beyond, 20-digit numbers would push the notes off an 80-column screen
  const rows = card.powers!.map((r) => [`2^${r.exponent}`, r.exponent <= 50 ? r.exact : '', r.approx, r.iec === undefined ? '' : `${r.iec} = ${r.decimal}`, r.note ?? ''])
  return [
    t.title('Powers of two'),
    '',
    ...renderTable(
      [
        { header: 'power' },
        { header: 'exact', align: 'right', optional: true },
        { header: 'about', align: 'right' },
        { header: 'binary unit' },
        { header: 'note', wrap: true, min: 16, optional: true },
      ],
      rows,
      { maxWidth: width, headerStyle: header(t) },
    ),
    // ...so the digits of the big ones go under the table, where they fit
    ...card.powers!.filter((r) => r.exponent > 50).map((r) => t.dim(`2^${r.exponent} = ${r.exact}`)),
  ]
}

function availabilityBlock(card: Partial<ReferenceCard>, width: number, t: Theme): string[] {
  const rows = card.availability!.map((r) => [r.availability, r.downtime.year.text, r.downtime.month.text, r.downtime.week.text, r.downtime.day.text])
  return [
    t.title('Availability: downtime allowed'),
    ...dimWrapped('year = 365.2425 days, month = year / 12. Two parts in series multiply (99.9 % x 99.9 % = 99.8 %); in parallel, their downtimes do.', width, t),
    '',
    ...renderTable(
      [
        { header: 'up' },
        { header: 'per year', align: 'right' },
        { header: 'per month', align: 'right', optional: true },
        { header: 'per week', align: 'right', optional: true },
        { header: 'per day', align: 'right' },
      ],
      rows,
      { maxWidth: width, headerStyle: header(t) },
    ),
  ]
}

function rulesBlock(card: Partial<ReferenceCard>, width: number, t: Theme): string[] {
  const rows = card.rules!.map((r) => [r.rule, r.exact])
  return [
    t.title('Rules of thumb'),
    ...dimWrapped('exact: what the engine computes for the rule.', width, t),
    '',
    ...renderTable([{ header: 'rule', wrap: true, min: 24 }, { header: 'exact', align: 'right' }], rows, { maxWidth: width, headerStyle: header(t) }),
  ]
}
