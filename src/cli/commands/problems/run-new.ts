import type { CommandContext } from '../../context'
import { CliError } from '../../errors'

// Placeholder until this command lands; it fails loudly instead of pretending to work.
export async function runNew(_ctx: CommandContext, ..._args: unknown[]): Promise<number> {
  throw new CliError('this command is not built yet', { hint: 'see the open issues' })
}
