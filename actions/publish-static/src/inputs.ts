/** The inputs and outputs of publish-static. */
import type { Inputs } from '../../../lib/core/inputs.js'
import { PUBLISH_INPUTS, type PublishInputs, readPublishInputs } from '../../../lib/static/options.js'

export const INPUTS = PUBLISH_INPUTS

export const OUTPUTS = {
  version: 'version',
  changed: 'changed',
  uploaded: 'uploaded',
  uploadedBytes: 'uploaded-bytes',
  pruned: 'pruned',
  invalidationPaths: 'invalidation-paths'
} as const

export function getInputs(inputs: Inputs, env: NodeJS.ProcessEnv): PublishInputs {
  return readPublishInputs(inputs, env)
}
