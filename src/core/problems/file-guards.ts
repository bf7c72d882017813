/**
 * Checks on the raw bytes of a problem file, before any YAML parsing: hostile or accidental
 * input (a huge file, a binary, a file in another encoding, an empty file) gets one clear
 * message instead of a parser error or a hang.
 */
import type { Diagnostic } from './diagnostic'

/** The largest problem file we parse. The biggest hand-written problem is about 40 KiB. */
export const MAX_PROBLEM_BYTES = 256 * 1024

export function sizeDiagnostic(bytes: number): Diagnostic | undefined {
  if (bytes <= MAX_PROBLEM_BYTES) return undefined
  return {
    line: 1,
    col: 1,
    severity: 'error',
    message: `the file is ${formatKiB(bytes)}, over the ${formatKiB(MAX_PROBLEM_BYTES)} limit for a problem file; split it or check that it is the right file`,
  }
}

const formatKiB = (bytes: number): string => `${Math.ceil(bytes / 1024)} KiB`

/**
 * Decodes UTF-8 text, or says where it stops being text. A leading byte-order mark is dropped.
 */
export function decodeProblemBytes(bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  // the native strict decoder vouches for almost every file at once (a NUL is valid UTF-8, so
  // it is looked for in the text); only a file it rejects is walked byte by byte to find where,
  // which would cost ~20 ms over a thousand files
  const decoded = decodeStrict(bytes)
  if (decoded !== undefined && !decoded.includes('\u0000')) return { text: decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded }
  const nul = bytes.indexOf(0)
  const invalid = firstInvalidUtf8(bytes)
  const bad = nul >= 0 && (invalid < 0 || nul < invalid) ? nul : invalid
  if (bad >= 0) {
    const position = positionOfByte(bytes, bad)
    const what = bad === nul ? 'a NUL byte' : `a byte that is not UTF-8 (0x${bytes[bad]!.toString(16).padStart(2, '0')})`
    return {
      diagnostic: {
        ...position,
        severity: 'error',
        message: `${what}: this is not a text file, or not UTF-8; save it as UTF-8 text`,
      },
    }
  }
  let text = new TextDecoder('utf-8').decode(bytes)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { text }
}

const strict = new TextDecoder('utf-8', { fatal: true })

function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes)
  } catch {
    return undefined
  }
}

/** The offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i += 1
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let code = b & (0x3f >> need)
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      code = (code << 6) | (c & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** 1-based line and column (in characters) of a byte offset in valid-up-to-there UTF-8. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset))
  const lines = before.split('\n')
  return { line: lines.length, col: [...lines[lines.length - 1]!].length + 1 }
}

/** A file with nothing but blanks and comments. */
export function emptyDiagnostic(): Diagnostic {
  return {
    line: 1,
    col: 1,
    severity: 'error',
    message: 'the file is empty; start from `sysdrill problems new <id>`',
  }
}
