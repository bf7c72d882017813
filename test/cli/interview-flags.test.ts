import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { ctrlC, say } from '../helpers/scripted-prompter'
import { FIXTURE_PROBLEMS, harness, interviewArgs } from './interview-helpers'

const ANSWERS = 'test/fixtures/interview/answers-live-comments.yaml'

describe('sysdrill interview: flags, input and errors', () => {
  it('--no-input without --answers fails at once with exit 2 and names --answers', async () => {
    const h = harness()
    const result = await runCli(['--no-input', ...interviewArgs()], { env: { ...h.home.env, NO_COLOR: '1' }, stdinIsTTY: true, stderrIsTTY: true })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'error: --no-input: a live interview needs a terminal to type in; pass --answers FILE.yaml to run from a file\n' +
        'hint: sysdrill interview <problem-id> --answers answers.yaml --no-input (see sysdrill interview --help)\n',
    )
    expect(h.sessionFiles()).toEqual([])
  })

  it('a template name that fails says where it was set when it was not on the command line', async () => {
    const h = harness()
    mkdirSync(join(h.home.env.XDG_CONFIG_HOME!, 'sysdrill'), { recursive: true })
    writeFileSync(join(h.home.env.XDG_CONFIG_HOME!, 'sysdrill', 'config.yaml'), 'interview:\n  template: nosuch\n')
    const fromConfig = await runCli(interviewArgs('--answers', ANSWERS), { env: h.home.env })
    expect(fromConfig.code).toBe(2)
    expect(fromConfig.stderr.split('\n')[0]).toBe("error: no phase template named 'nosuch' (set by interview.template: nosuch in the config file)")
    const fromEnv = await runCli(interviewArgs('--answers', ANSWERS), { env: { ...h.home.env, SYSDRILL_TEMPLATE: 'fourstep' } })
    expect(fromEnv.stderr.split('\n')[0]).toBe("error: no phase template named 'fourstep' (did you mean 'four-step'?) (set by SYSDRILL_TEMPLATE=fourstep)")
  })

  it('without a terminal and without --answers, fails the same way', async () => {
    const h = harness()
    const result = await runCli(interviewArgs(), { env: h.home.env })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('error: a live interview needs a terminal (stdin and stderr are not both terminals); pass --answers FILE.yaml to run from a file')
  })

  it.each([
    [['--minutes', '5'], 'error: --minutes 5: the interview length must be a whole number of minutes from 10 to 180'],
    [['--minutes', '45.5'], 'error: --minutes 45.5: the interview length must be a whole number of minutes from 10 to 180'],
    [['--mode', 'fast'], 'error: --mode fast: the mode must be strict or practice'],
    [['--template', 'fourstep'], "error: no phase template named 'fourstep' (did you mean 'four-step'?)\nhint: built-in templates: default, four-step, ml-design; or give the path of your own YAML file (--template ./mine.yaml)"],
    [['--resume', '--minutes', '30'], 'error: --resume continues a saved interview with its own problem and settings; it cannot take a problem id (fixture-live-comments), --minutes'],
  ])('refuses %j with exit 2', async (flags, message) => {
    const h = harness()
    const result = await h.run(interviewArgs(...flags), [])
    expect(result.code).toBe(2)
    expect(result.stderr.startsWith(message)).toBe(true)
    result.prompter.assertDone()
  })

  it('takes the length and mode from the environment, then the config file', async () => {
    const h = harness()
    mkdirSync(join(h.home.env.XDG_CONFIG_HOME!, 'sysdrill'), { recursive: true })
    writeFileSync(join(h.home.env.XDG_CONFIG_HOME!, 'sysdrill', 'config.yaml'), 'interview:\n  minutes: 60\n  mode: practice\n  template: four-step\n')
    const fromConfig = await h.run(interviewArgs(), [say('/quit')])
    expect(fromConfig.stderr).toContain('60 minutes · practice mode · Four steps (scope, design, deep dive, wrap-up)')
    const fromEnv = await h.run(interviewArgs(), [say('/quit')], { env: { SYSDRILL_MINUTES: '30', SYSDRILL_MODE: 'strict' } })
    expect(fromEnv.stderr).toContain('30 minutes · strict mode · Four steps')
    const fromFlag = await h.run(interviewArgs('--minutes', '20', '--template', 'default'), [say('/quit')], { env: { SYSDRILL_MINUTES: '30' } })
    expect(fromFlag.stderr).toContain('20 minutes · practice mode · Standard interview (nine phases)')
    const bad = await h.run(interviewArgs(), [], { env: { SYSDRILL_MINUTES: 'lots' } })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('error: SYSDRILL_MINUTES=lots: the interview length must be a whole number of minutes from 10 to 180')
  })

  it('reports every problem in a user template as file:line:col, top to bottom, and exits 1', async () => {
    const h = harness()
    const file = join(h.home.home, 'mine.yaml')
    writeFileSync(
      file,
      ['schemaVersion: 1', 'id: mine', 'title: Mine', 'phases:', '  - id: talk', '    title: Talk', '    covers: [requirments]', '    minutes: { 45: 5 }', '    prompts: [Go]', '    colour: red', ''].join('\n'),
    )
    const result = await h.run(interviewArgs('--template', file), [])
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toEqual([
      `error: ${file}:7:14: unknown canonical phase "requirments" (did you mean 'requirements'?); known: requirements, non-functional, estimation, api, data-model, high-level-design, deep-dive, operations, wrap-up`,
      `error: ${file}:8:14: 'minutes' has no value for 60; write it as \`minutes: { 45: 5, 60: 6 }\``,
      `error: ${file}:10:5: unknown key 'colour'; known keys: id, title, covers, minutes, prompts, tips`,
      'hint: fix the template (the built-in ones in templates/phases/ are examples), or drop --template to use the default',
    ])
  })

  it('runs a user template by path', async () => {
    const h = harness()
    const file = join(h.home.home, 'two.yaml')
    writeFileSync(file, ['schemaVersion: 1', 'id: two', 'title: Two steps', 'phases:', '  - { id: talk, title: Talk, covers: [requirements, non-functional], minutes: { 45: 20, 60: 25 }, prompts: [Say it] }', '  - { id: draw, title: Draw, covers: [high-level-design], minutes: { 45: 25, 60: 35 }, prompts: [Draw it] }', ''].join('\n'))
    const result = await h.run(interviewArgs('--template', file, '--minutes', '45'), [say('viewers and latency'), say('/next'), say('pub/sub'), say('/next')])
    result.prompter.assertDone()
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('── 1/2 Talk')
    expect(result.stdout).toContain('Not in this template, checked against the whole interview:')
    expect(h.sessions()[0]!.template).toEqual({ id: 'two', title: 'Two steps', path: file })
  })

  it('moves a corrupted session aside on --resume and says so', async () => {
    const h = harness()
    const dir = join(h.home.env.SYSDRILL_HOME!, 'sessions')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": 1, "id": "broken", "phases": [')
    const result = await h.run(['interview', '--resume', 'broken'], [])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: session broken is unreadable \(not valid JSON \(.*\)\); kept it as .*broken\.json\.corrupt-\d{8}-\d{6}\n/)
    expect(readdirSync(dir).filter((n) => n.startsWith('broken.json.corrupt-'))).toHaveLength(1)
  })

  it('--resume without an unfinished session says how to start one', async () => {
    const h = harness()
    const result = await h.run(['interview', '--resume'], [])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('error: there is no unfinished interview to resume\nhint: start one with `sysdrill interview`\n')
  })

  it('a broken problem file named on the command line is reported once, as the error', async () => {
    const h = harness()
    const dir = join(h.home.env.XDG_CONFIG_HOME!, 'sysdrill', 'problems')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'mine.yaml'), 'id: mine\ntitle: [oops\n')
    const result = await runCli(['interview', 'mine', '--answers', ANSWERS], { env: { ...h.home.env, NO_COLOR: '1' } })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'error: ~/config/sysdrill/problems/mine.yaml:2:8: YAML: this [ is never closed; end the list with ], or write one "- item" per line\n' +
        'hint: fix the file, then check it with `sysdrill problems validate ~/config/sysdrill/problems/mine.yaml`\n',
    )
  })

  it('refuses a drill as the interview problem', async () => {
    const h = harness()
    const result = await h.run(['interview', 'cap-theorem'], [])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain("error: 'cap-theorem' is a concept drill, not a design problem; an interview needs a design problem")
  })

  it('opens the picker on a terminal when no problem is named', async () => {
    const h = harness()
    const result = await h.run(['interview', '--problems-dir', FIXTURE_PROBLEMS], [{ kind: 'search', value: 'fixture-live-comments' }, ctrlC()])
    result.prompter.assertDone()
    expect(result.prompter.asked[0]).toEqual({ kind: 'search', message: 'Pick a problem (type to filter by title or tag; Enter takes the first)' })
    expect(h.sessions()[0]!.problem.id).toBe('fixture-live-comments')
  })

  it('--random picks a design problem and says which', async () => {
    const h = harness()
    const result = await h.run(['interview', '--random'], [ctrlC()])
    result.prompter.assertDone()
    const [session] = h.sessions()
    expect(session!.problem.kind).not.toBe('drill')
    expect(result.stderr).toContain(`Random problem: ${session!.problem.title} (${session!.problem.id})`)
    const both = await h.run(['interview', 'url-shortener', '--random'], [])
    expect(both.code).toBe(2)
    expect(both.stderr.startsWith('error: --random picks the problem, but you named url-shortener')).toBe(true)
  })

  it('runs an --answers file without prompts and prints the report as JSON', async () => {
    const h = harness()
    const result = await runCli([...interviewArgs('--answers', ANSWERS, '--json')], { env: h.home.env })
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(Object.keys(report)).toEqual(['problem', 'title', 'session', 'status', 'mode', 'template', 'minutes', 'usedSeconds', 'phases', 'estimates', 'coverage', 'hintsUsed', 'weakestPhase', 'drillNext', 'estimationDrill'])
    expect(report.problem).toBe('fixture-live-comments')
    expect(report.session).toBe(h.sessions()[0]!.id)
    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      'phase 1/9 Requirements and scope: started, 5:00 budget',
      'phase 1/9 Requirements and scope: done, 4:00 of 5:00',
      'phase 2/9 Non-functional requirements: started, 3:00 budget',
      'phase 2/9 Non-functional requirements: time up, 3:00 of 3:00',
    ])
  })

  it('reports an --answers file with a wrong key as file:line:col', async () => {
    const h = harness()
    const file = join(h.home.home, 'answers.yaml')
    writeFileSync(file, 'phases:\n  requirments: hello\nestimates:\n  writeQps: 23k comments/s\n')
    const result = await runCli(interviewArgs('--answers', file), { env: h.home.env })
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      `error: ${file}:2:3: 'requirments' is not a phase (did you mean 'requirements'?); phases here: requirements, non-functional, estimation, api, data-model, high-level-design, deep-dive, operations, wrap-up`,
      `error: ${file}:4:3: 'writeQps' is not one of this problem's estimation questions; the keys are: writeRate, ingress`,
    ])
  })
})
