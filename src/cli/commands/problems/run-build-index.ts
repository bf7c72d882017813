/** `sysdrill problems build-index --out FILE` (hidden): see src/cli/library/build-index.ts. */
import { isAbsolute, resolve } from 'node:path'
import type { CommandContext } from '../../context'
import { buildLibraryIndex } from '../../library/build-index'

export async function runBuildIndex(ctx: CommandContext, options: { out: string }): Promise<number> {
  const out = isAbsolute(options.out) ? options.out : resolve(ctx.deps.cwd, options.out)
  const { files, broken } = await buildLibraryIndex(ctx.paths.packageRoot, ctx.paths.builtinProblemsDir, out)
  ctx.output.err(`indexed ${files} library files${broken > 0 ? ` (${broken} with errors: run \`sysdrill problems validate\`)` : ''}`)
  return 0
}
