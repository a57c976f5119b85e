/** The inputs, outputs and saved state of build-push. */
import type { Inputs } from '../../../lib/core/inputs.js'
import {
  BUILD_INPUTS,
  type BuildPushOptions,
  readBuildPushOptions,
  readServiceName
} from '../../../lib/images/options.js'

export const INPUTS = {
  ...BUILD_INPUTS,
  service: 'service',
  skipLogout: 'skip-logout'
} as const

export const OUTPUTS = {
  image: 'image',
  digest: 'digest',
  tags: 'tags',
  built: 'built',
  pushed: 'pushed',
  archive: 'archive',
  contentTag: 'content-tag'
} as const

export const STATES = {
  isPost: 'isPost',
  loggedIn: 'logged-in',
  skipLogout: 'skip-logout'
} as const

export interface BuildPushInputs extends BuildPushOptions {
  service: string
  skipLogout: boolean
}

export function getInputs(
  inputs: Inputs,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd()
): BuildPushInputs {
  const service = readServiceName(inputs, INPUTS.service)
  const options = readBuildPushOptions(inputs, env, cwd)
  return { ...options, service, skipLogout: inputs.boolean(INPUTS.skipLogout, false) }
}
