/**
 * The interview's answer box on @inquirer/core: a status line (countdown), the input line and
 * a footer, redrawn when the shell says so (once a second) and on every keystroke.
 *
 * Lines arrive through readline's 'line' event rather than the Enter key, so a paste of many
 * lines is not lost: the first line resolves the prompt and the rest of the same burst, which
 * readline delivers synchronously, is collected before the prompt's cleanup runs. Only
 * prompter-inquirer.ts imports this file (it is the inquirer boundary). Ctrl-D on an empty
 * line closes readline; the box then resolves with `eof` rather than hang.
 */
import { createPrompt, isTabKey, useEffect, useKeypress, useRef, useState } from '@inquirer/core'
import type { AnswerBoxOptions, AnswerBoxResult } from '../prompter'

type BoxConfig = Omit<AnswerBoxOptions, 'signal'>

export const answerBox = createPrompt<AnswerBoxResult, BoxConfig>((config, done) => {
  const [line, setLine] = useState('')
  const [, setVersion] = useState(0)
  const version = useRef(0)
  const result = useRef<AnswerBoxResult | undefined>(undefined)
  const latest = useRef(config)
  latest.current = config

  useEffect((rl) => {
    // keys typed while no box was open reach readline before this effect runs: keep them,
    // after the text carried over from the previous box
    const early = rl.line
    // Ctrl-U through readline's own key handling: clears the line before the cursor
    if (early) (rl as unknown as { write(data: null, key: { ctrl: boolean; name: string }): void }).write(null, { ctrl: true, name: 'u' })
    const start = (config.initial ?? '') + early
    if (start) {
      rl.write(start)
      setLine(rl.line)
      if (early) latest.current.onDraft?.(rl.line)
    }
    const onLine = (...args: unknown[]) => {
      const text = String(args[0] ?? '')
      if (result.current) {
        result.current.more.push(text)
        return
      }
      result.current = { line: text, more: [], rest: '' }
      done(result.current)
    }
    rl.on('line', onLine)
    // Ctrl-D on an empty line makes readline close itself; report it instead of hanging
    const onClose = () => {
      if (result.current) return
      result.current = { line: '', more: [], rest: '', eof: true }
      done(result.current)
    }
    rl.on('close', onClose)
    const unsubscribe = config.subscribe(() => {
      version.current += 1
      setVersion(version.current)
    })
    return () => {
      rl.removeListener('line', onLine)
      rl.removeListener('close', onClose)
      unsubscribe()
      // what was typed after the last newline of a paste starts the next box
      if (result.current) result.current.rest = rl.line
    }
  }, [])

  useKeypress((key, rl) => {
    if (result.current) return
    if (isTabKey(key)) {
      const typed = rl.line.replace(/\t/g, '')
      const completed = latest.current.complete?.(typed) ?? typed
      rl.clearLine(0)
      rl.write(completed)
    }
    if (rl.line !== line) {
      setLine(rl.line)
      latest.current.onDraft?.(rl.line)
    }
  })

  const view = config.view(line)
  return [`${view.status}\n${config.message}${line}`, view.footer]
})
