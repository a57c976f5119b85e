/** `--github-output`, shared by the commands that set step outputs. */
import { InputError } from '../../lib/core/errors.js'

/** Whether to set outputs; asked for outside a step (no GITHUB_OUTPUT), a usage error. */
export function requireGithubOutput(asked: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (asked && !env.GITHUB_OUTPUT)
    throw new InputError(
      '--github-output',
      'GITHUB_OUTPUT is not set',
      'a GitHub Actions step (it sets GITHUB_OUTPUT)'
    )
  return asked
}
