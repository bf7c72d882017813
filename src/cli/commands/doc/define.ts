/** `sysdrill doc`: a Markdown design-doc skeleton from a problem or an interview. */
import type { Command } from 'commander'
import type { ActionFactory } from '../../program'

export interface DocOptions {
  session?: string
  last?: boolean
  template?: string
  output?: string
  force?: boolean
  problemsDir?: string
  placeholders?: boolean
}

export function defineDoc(program: Command, action: ActionFactory): void {
  program
    .command('doc')
    .summary('write a design-doc skeleton for a problem or a finished interview')
    .description('Write a Markdown design doc skeleton, optionally filled from an interview session.')
    .argument('[problem-id]', 'problem id (optional with --session or --last)')
    .option('--session <id>', 'fill the doc from this interview session')
    .option('--last', 'fill the doc from the latest interview session')
    .option('--template <name|path>', 'template: default, one-pager, a name in <config>/templates/doc, or a Markdown file')
    .option('-o, --output <path>', "where to write (default ./<id>-design.md; '-' for stdout)")
    .option('-f, --force', 'overwrite an existing file')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated')
    .option('--placeholders', 'list the names a template may use, then exit')
    .addHelpText(
      'after',
      `
Examples:
  $ sysdrill doc live-comment-system       to ./live-comment-system-design.md
  $ sysdrill doc live-comment-system -o -  prints it instead
  $ sysdrill doc --last                    fills it from your latest interview
  $ sysdrill doc --session 20261121-090000-live-comment-system -o docs/ --force
  $ sysdrill doc url-shortener --template one-pager
  $ sysdrill doc --placeholders            names for your own --template FILE

Session ids are in the last column of sysdrill history. Templates: the built-in
default and one-pager, NAME for <config>/templates/doc/NAME.md (<config> is
$XDG_CONFIG_HOME/sysdrill, else ~/.config/sysdrill), or any --template PATH;
doc.template in the config file sets the default.`,
    )
    .action(
      action(async (ctx, problemId: string | undefined, options: DocOptions) => {
        const { runDoc } = await import('./run')
        return runDoc(ctx, problemId, options)
      }),
    )
}
