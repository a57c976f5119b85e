/**
 * lib/config/validate.generated.ts is made by `npm run generate` (scripts/generate.mjs) from the
 * schema: this test only checks that it is current.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { repoPath } from '../../../__fixtures__/paths.js'

describe('lib/config/validate.generated.ts', () => {
  it('is what npm run generate makes from the current schema', () => {
    const result = spawnSync(process.execPath, [repoPath('scripts', 'generate.mjs'), '--check'], {
      encoding: 'utf8'
    })
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('lib/config/validate.generated.ts is current')
    expect(result.status).toBe(0)
  }, 60_000)
})
