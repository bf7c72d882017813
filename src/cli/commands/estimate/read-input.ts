/**
 * Reading a sheet: from a file (`--file`) or from standard input, with a size cap and a check
 * that it is text, so a wrong file gives a one-line error instead of a screen of noise.
 */
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { InStream } from '../../deps'
import { CliError, describeFsError, isCliError } from '../../errors'

/** A sheet is a hand-written list of estimates; 4 MB is far beyond any real one. */
export const MAX_SHEET_BYTES = 4 * 1024 * 1024

function checkText(text: string, source: string): string {
  if (text.includes('\u0000')) {
    throw new CliError(`${source} is not a text file (it contains NUL bytes)`, { hint: 'a sheet is plain text: one expression or name = expr per line' })
  }
  return text.replace(/^\uFEFF/, '')
}

export function readSheetFile(path: string, cwd: string): string {
  const full = resolve(cwd, path)
  try {
    const size = statSync(full).size
    if (size > MAX_SHEET_BYTES) {
      throw new CliError(`${path} is ${Math.round(size / 1024 / 1024)} MB; a sheet may be at most ${MAX_SHEET_BYTES / 1024 / 1024} MB`, {
        hint: 'split it into smaller sheets',
      })
    }
    return checkText(readFileSync(full, 'utf8'), path)
  } catch (error) {
    if (isCliError(error)) throw error
    throw describeFsError(error, path, 'read')
  }
}

export async function readStdin(stdin: InStream): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > MAX_SHEET_BYTES) {
      throw new CliError(`standard input is over ${MAX_SHEET_BYTES / 1024 / 1024} MB; a sheet may be at most that`, { hint: 'split it into smaller sheets' })
    }
    chunks.push(buffer)
  }
  return checkText(Buffer.concat(chunks).toString('utf8'), 'standard input')
}
