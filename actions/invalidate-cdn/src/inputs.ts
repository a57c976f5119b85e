/** The inputs of invalidate-cdn, read once and validated before anything else happens. */
import { InputError } from '../../../lib/core/errors.js'
import type { Inputs } from '../../../lib/core/inputs.js'
import { normalizePaths } from '../../../lib/cdn/paths.js'

export const INPUTS = {
  distributionId: 'distribution-id',
  paths: 'paths',
  wait: 'wait',
  waitTimeout: 'wait-timeout',
  callerReference: 'caller-reference',
  awsRegion: 'aws-region'
} as const

export const OUTPUTS = {
  invalidationIds: 'invalidation-ids',
  pathCount: 'path-count'
} as const

export interface InvalidateInputs {
  distributionId: string
  /** Normalised, deduplicated paths. */
  paths: string[]
  wait: boolean
  waitTimeoutMs: number
  /** The base of every batch's caller reference, when the user set one. */
  callerReference?: string
  region: string
}

const DISTRIBUTION_ID = /^E[A-Z0-9]{5,20}$/
const CALLER_REFERENCE = /^[\x21-\x7e]{1,100}$/

export function getInputs(inputs: Inputs): InvalidateInputs {
  const distributionId = inputs.string(INPUTS.distributionId, { required: true })
  if (!DISTRIBUTION_ID.test(distributionId))
    throw new InputError(
      INPUTS.distributionId,
      `"${distributionId}" is not a CloudFront distribution id`,
      'an id such as E2QWRUHAPOMQZL (E followed by upper-case letters and digits)'
    )
  const paths = normalizePaths(inputs.multiline(INPUTS.paths, { default: ['/*'] }))
  const callerReference = inputs.optional(INPUTS.callerReference)
  if (callerReference !== undefined && !CALLER_REFERENCE.test(callerReference))
    throw new InputError(
      INPUTS.callerReference,
      'contains spaces or is longer than 100 characters',
      'up to 100 printable characters without spaces'
    )
  return {
    distributionId,
    paths,
    wait: inputs.boolean(INPUTS.wait, false),
    waitTimeoutMs: inputs.duration(INPUTS.waitTimeout, '20m', { min: 1000, max: 6 * 3_600_000 }),
    callerReference,
    region: inputs.awsRegion(INPUTS.awsRegion, 'us-east-1')
  }
}
