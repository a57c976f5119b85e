/**
 * provision-infra: every input validated first; only then is the rest (Terraform install, plan JSON,
 * the comment renderer, Octokit) loaded, so a bad input fails fast.
 */
import { actionInputSource, Inputs } from '../../../lib/core/inputs.js'
import { getInputs } from './inputs.js'
import type { Deps } from './job.js'

export type { Deps }

export async function run(deps: Deps = {}): Promise<void> {
  const inputs = getInputs(new Inputs(deps.source ?? actionInputSource), {
    env: deps.env ?? process.env,
    cwd: deps.cwd ?? process.cwd()
  })
  const { execute } = await import('./job.js')
  return execute(inputs, deps)
}
