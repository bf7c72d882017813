/**
 * Mermaid's own flowchart parser, loaded under Node for tests. Mermaid sanitises labels with
 * DOMPurify, which needs a browser DOM; a module hook swaps in a pass-through stub so the
 * real grammar (a jison parser) checks our syntax. Each vitest file runs in its own process
 * (pool: forks), so the hook never leaks into other tests.
 */
import { register } from 'node:module'

const STUB = `const pass = (s) => String(s)
export default { addHook() {}, removeHook() {}, removeHooks() {}, removeAllHooks() {}, sanitize: pass, isSupported: true, setConfig() {}, clearConfig() {} }`

const HOOKS = `export async function resolve(specifier, context, next) {
  if (specifier === 'dompurify') return { url: 'data:text/javascript,' + encodeURIComponent(${JSON.stringify(STUB)}), shortCircuit: true }
  return next(specifier, context)
}`

let loaded: Promise<{ parse: (text: string) => Promise<unknown> }> | undefined

export function loadMermaid(): Promise<{ parse: (text: string) => Promise<unknown> }> {
  if (!loaded) {
    register(`data:text/javascript,${encodeURIComponent(HOOKS)}`)
    loaded = import('mermaid').then((module) => module.default)
  }
  return loaded
}

/** Mermaid's parse error as text, or 'ok'. */
export async function mermaidVerdict(source: string): Promise<string> {
  const mermaid = await loadMermaid()
  try {
    await mermaid.parse(source)
    return 'ok'
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
