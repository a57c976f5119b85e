/** The inputs and outputs of invalidate-cdn. */
import type { Inputs } from '../../../lib/core/inputs.js'
import { INVALIDATE_INPUTS, type InvalidateOptions, readInvalidateOptions } from '../../../lib/cdn/options.js'

export const INPUTS = INVALIDATE_INPUTS

export const OUTPUTS = {
  invalidationIds: 'invalidation-ids',
  pathCount: 'path-count'
} as const

export type InvalidateInputs = InvalidateOptions

export function getInputs(inputs: Inputs): InvalidateInputs {
  return readInvalidateOptions(inputs)
}
