/**
 * `problems show --solution` as text, for the parts the command tests' fixture does not hold:
 * API calls whose request and response the author wrote on several lines.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderProblem } from '../../../src/cli/commands/problems/show-render'
import { plainTheme } from '../../../src/cli/theme'
import { parseProblem } from '../../../src/core/problems/parse-problem'
import { repoRoot } from '../../helpers/run-cli'

const fixture = join(repoRoot, 'test', 'fixtures', 'problems', 'mini-library', 'problems', 'photo-sharing.yaml')

const load = () => parseProblem(readFileSync(fixture), { expectedId: 'photo-sharing' }).problem!

describe('problems show --solution', () => {
  it('groups the digits of a large reference value', () => {
    const lines = renderProblem({ problem: load(), level: 'solution', width: 80, theme: plainTheme })
    expect(lines.filter((l) => l.startsWith('      reference '))[0]).toBe('      reference 20,000,000 photos/day, ±1 %')
  })

  it('keeps the lines of an API request and response apart', () => {
    const problem = {
      ...load(),
      apiHints: [
        {
          id: 'api-upload',
          method: 'POST' as const,
          path: '/v1/photos',
          purpose: 'Upload a photo.',
          request: 'Headers: Authorization, Idempotency-Key\nBody: the image bytes, with a caption and the album id to file it under\n',
          response: '201 Created { "photoId": "p_123" }\n413 Payload Too Large over 50 MB\n',
        },
      ],
    }
    const lines = renderProblem({ problem, level: 'solution', width: 60, theme: plainTheme })
    const start = lines.indexOf('API')
    expect(lines.slice(start, start + 8)).toEqual([
      'API',
      '  POST /v1/photos',
      '    Upload a photo.',
      '    request:  Headers: Authorization, Idempotency-Key',
      '              Body: the image bytes, with a caption and the',
      '              album id to file it under',
      '    response: 201 Created { "photoId": "p_123" }',
      '              413 Payload Too Large over 50 MB',
    ])
  })
})
