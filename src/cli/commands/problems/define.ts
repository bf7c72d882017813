/** `sysdrill problems`: list, show, validate and scaffold problem files. */
import type { Command } from 'commander'
import type { ActionFactory } from '../../program'

export interface ProblemSourceOptions {
  /** colon-separated extra problem folders (also SYSDRILL_PROBLEMS) */
  problemsDir?: string
}

export interface ListOptions extends ProblemSourceOptions {
  tag?: string[]
  difficulty?: string
  kind?: string
  json?: boolean
}

export interface ShowOptions extends ProblemSourceOptions {
  hints?: boolean
  solution?: boolean
  json?: boolean
}

export interface ValidateOptions extends ProblemSourceOptions {
  json?: boolean
}

export interface NewOptions {
  kind?: string
  title?: string
  pack?: string
  output?: string
  force?: boolean
  problemsDir?: string
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

export function defineProblems(program: Command, action: ActionFactory): void {
  const problems = program
    .command('problems')
    .summary('list, show, validate and create problem files')
    .description('Browse and maintain the problem library.')
    .addHelpText(
      'after',
      `
Examples:
  $ sysdrill problems list --tag real-time
  $ sysdrill problems show url-shortener --hints
  $ sysdrill problems validate my-problem.yaml
  $ sysdrill problems new photo-sharing

The file format: problems/README.md in the package.`,
    )

  problems
    .command('list')
    .alias('ls')
    .summary('list problems, optionally filtered')
    .description('List problems, optionally filtered.')
    .option('--tag <tag>', 'only problems with this tag (repeatable, or a,b)', collect)
    .option('--difficulty <level>', 'easy | medium | hard')
    .option('--kind <kind>', 'design | mini-design | drill | all (default: designs)')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Designs are listed by default; drills with --kind drill (grouped by pack) or
--kind all.

Examples:
  $ sysdrill problems list --tag real-time
  $ sysdrill problems list --difficulty hard --tag storage
  $ sysdrill problems list --kind drill --tag caching
  $ sysdrill problems list --json | jq -r '.[].id'`,
    )
    .action(
      action(async (ctx, options: ListOptions) => {
        const { runList } = await import('./run-list')
        return runList(ctx, options)
      }),
    )

  problems
    .command('show')
    .summary('show a problem: statement, requirements and scale')
    .description('Show a problem: statement, requirements and scale.')
    .argument('<id>', 'problem id (see `sysdrill problems list`)')
    .option('--hints', 'include hints and interviewer answers')
    .option('--solution', 'include the reference answers and rubric')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ sysdrill problems show url-shortener             what the candidate is told
  $ sysdrill problems show url-shortener --hints     + answers and hints
  $ sysdrill problems show url-shortener --solution  + references and rubric`,
    )
    .action(
      action(async (ctx, id: string, options: ShowOptions) => {
        const { runShow } = await import('./run-show')
        return runShow(ctx, id, options)
      }),
    )

  problems
    .command('validate')
    .summary('check problem files (file:line:col: message)')
    .description('Check problem files and report every error as file:line:col: message.')
    .argument('[paths...]', 'files or folders (default: the whole library)')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Exits 1 when any file has an error. The file format is described in
problems/README.md in the package.

Examples:
  $ sysdrill problems validate       the whole library, your folders included
  $ sysdrill problems validate my-problem.yaml ./more-problems/`,
    )
    .action(
      action(async (ctx, paths: string[], options: ValidateOptions) => {
        const { runValidate } = await import('./run-validate')
        return runValidate(ctx, paths, options)
      }),
    )

  // Run by scripts/build.mjs: the built-in library's summaries, so `list` need not parse YAML.
  problems
    .command('build-index', { hidden: true })
    .description('Write the index of the built-in library (used by the build).')
    .requiredOption('--out <file>', 'where to write the index')
    .action(
      action(async (ctx, options: { out: string }) => {
        const { runBuildIndex } = await import('./run-build-index')
        return runBuildIndex(ctx, options)
      }),
    )

  problems
    .command('new')
    .summary('create a problem file from a template, then validate it')
    .description('Create a new problem file from the template, then validate it.')
    .argument('<id>', 'kebab-case id, also the file name')
    .option('--kind <kind>', 'design | mini-design | drill', 'design')
    .option('--title <text>', 'the title (default: made from the id)')
    .option('--pack <id>', 'drills only: the pack it belongs to')
    .option('-o, --output <dir>', 'folder to write to (default: your problems folder)')
    .option('-f, --force', 'overwrite an existing file')
    .option('--problems-dir <dirs>', 'extra problem folders, colon-separated')
    .addHelpText(
      'after',
      `
Examples:
  $ sysdrill problems new photo-sharing        a design, in your problems folder
  $ sysdrill problems new bloom-filters --kind drill --pack storage
  $ sysdrill problems new my-problem -o ./problems   in another folder`,
    )
    .action(
      action(async (ctx, id: string, options: NewOptions) => {
        const { runNew } = await import('./run-new')
        return runNew(ctx, id, options)
      }),
    )
}
