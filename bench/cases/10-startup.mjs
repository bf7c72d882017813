// Start-up of commands that only print: the floor every other command pays.
export const cases = [
  {
    name: '`sysdrill --help`',
    target: { ratio: 1.5 },
    run: (ctx) => ctx.versusBaseline(['--help']),
  },
  {
    name: '`sysdrill --version`',
    target: { ratio: 1.5 },
    run: (ctx) => ctx.versusBaseline(['--version']),
  },
]
