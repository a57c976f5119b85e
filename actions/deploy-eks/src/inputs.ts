/** The inputs and outputs of deploy-eks. */
import type { Inputs } from '../../../lib/core/inputs.js'
import { DEPLOY_INPUTS, type DeployOptions, readDeployOptions } from '../../../lib/kube/options.js'

export const INPUTS = DEPLOY_INPUTS

export const OUTPUTS = {
  status: 'status',
  workloads: 'workloads',
  pruned: 'pruned'
} as const

export type DeployInputs = DeployOptions

export function getInputs(inputs: Inputs, cwd = process.cwd()): DeployInputs {
  return readDeployOptions(inputs, cwd)
}
