/** `--github-output` outside a GitHub Actions step is a usage error, before anything runs. */
import { describe, expect, it } from '@jest/globals'
import { requireGithubOutput } from '../src/github-output.js'

describe('requireGithubOutput', () => {
  it('refuses --github-output without GITHUB_OUTPUT, naming the flag', () => {
    expect(() => requireGithubOutput(true, {})).toThrow(
      'Input "--github-output": GITHUB_OUTPUT is not set; accepted: a GitHub Actions step (it sets GITHUB_OUTPUT)'
    )
  })

  it.each([
    [true, { GITHUB_OUTPUT: '/tmp/out' }, true],
    [false, {}, false],
    [false, { GITHUB_OUTPUT: '/tmp/out' }, false]
  ])('asked %s with %j: sets outputs %s', (asked, env, expected) => {
    expect(requireGithubOutput(asked, env)).toBe(expected)
  })
})
