/** invalidate-cdn: validate, plan the batches, create them, optionally wait; outputs and summary. */
import * as core from '@actions/core'
import { awsClientConfig } from '../../../lib/core/aws.js'
import { type Clock, systemClock } from '../../../lib/core/clock.js'
import { actionInputSource, type InputSource, Inputs } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { type Batch, defaultReferenceBase, planBatches } from '../../../lib/cdn/batches.js'
import { getInputs, type InvalidateInputs, OUTPUTS } from './inputs.js'
import type { Invalidation } from '../../../lib/cdn/cloudfront.js'

export interface Deps {
  source?: InputSource
  clock?: Clock
  env?: NodeJS.ProcessEnv
  pollMs?: number
}

/** Validated inputs and their batches: everything decided before any AWS call. */
export function plan(
  source: InputSource,
  clock: Clock,
  env: NodeJS.ProcessEnv
): { inputs: InvalidateInputs; batches: Batch[] } {
  const inputs = getInputs(new Inputs(source))
  const batches = planBatches(inputs.paths, inputs.callerReference ?? defaultReferenceBase(env, clock.now()))
  return { inputs, batches }
}

/** Create (and optionally await) the invalidations of a plan. */
export async function invalidate(
  inputs: InvalidateInputs,
  batches: Batch[],
  clock: Clock,
  pollMs?: number
): Promise<Invalidation[]> {
  const { CloudFrontClient } = await import('@aws-sdk/client-cloudfront')
  const { createInvalidations, waitForInvalidations } = await import('../../../lib/cdn/cloudfront.js')
  const ctx = {
    client: new CloudFrontClient(awsClientConfig(inputs.region)),
    distributionId: inputs.distributionId,
    clock,
    deadline: clock.now() + inputs.waitTimeoutMs,
    pollMs
  }
  const created = await createInvalidations(ctx, batches)
  return inputs.wait ? waitForInvalidations(ctx, created) : created
}

export async function run(deps: Deps = {}): Promise<void> {
  const { source = actionInputSource, clock = systemClock, env = process.env } = deps
  const { inputs, batches } = plan(source, clock, env)
  info(
    `${inputs.paths.length} path(s) in ${batches.length} invalidation batch(es) for distribution ${inputs.distributionId}`
  )
  const invalidations = await invalidate(inputs, batches, clock, deps.pollMs)
  core.setOutput(OUTPUTS.invalidationIds, JSON.stringify(invalidations.map(invalidation => invalidation.id)))
  core.setOutput(OUTPUTS.pathCount, String(inputs.paths.length))
  const { renderSummary } = await import('./summary.js')
  await writeJobSummary(renderSummary(inputs.distributionId, invalidations))
}
