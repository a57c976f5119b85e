/** What an invalidation needs, read from inputs (the action's, or the CLI's flags under the same names). */
import { InputError } from '../core/errors.js'
import type { Inputs } from '../core/inputs.js'
import { normalizePaths } from './paths.js'

export const INVALIDATE_INPUTS = {
  distributionId: 'distribution-id',
  paths: 'paths',
  wait: 'wait',
  waitTimeout: 'wait-timeout',
  callerReference: 'caller-reference',
  awsRegion: 'aws-region'
} as const

export interface InvalidateOptions {
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
const NAMES = INVALIDATE_INPUTS

export function readInvalidateOptions(inputs: Inputs): InvalidateOptions {
  const distributionId = inputs.string(NAMES.distributionId, { required: true })
  if (!DISTRIBUTION_ID.test(distributionId))
    throw new InputError(
      NAMES.distributionId,
      `"${distributionId}" is not a CloudFront distribution id`,
      'an id such as E2QWRUHAPOMQZL (E followed by upper-case letters and digits)'
    )
  const paths = normalizePaths(
    inputs.multiline(NAMES.paths, { default: ['/*'], maxLines: 10_000, maxLineLength: 4096 })
  )
  const callerReference = inputs.optional(NAMES.callerReference)
  if (callerReference !== undefined && !CALLER_REFERENCE.test(callerReference))
    throw new InputError(
      NAMES.callerReference,
      'contains spaces or is longer than 100 characters',
      'up to 100 printable characters without spaces'
    )
  return {
    distributionId,
    paths,
    wait: inputs.boolean(NAMES.wait, false),
    waitTimeoutMs: inputs.duration(NAMES.waitTimeout, '20m', { min: 1000, max: 6 * 3_600_000 }),
    callerReference,
    region: inputs.awsRegion(NAMES.awsRegion, 'us-east-1')
  }
}
