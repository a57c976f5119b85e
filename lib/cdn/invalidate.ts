/** An invalidation from decision to result: plan the batches (pure), then create and optionally await them. */
import { awsClientConfig } from '../core/aws.js'
import type { Clock } from '../core/clock.js'
import { type Batch, defaultReferenceBase, planBatches } from './batches.js'
import type { Invalidation } from './cloudfront.js'
import type { InvalidateOptions } from './options.js'

/** The batches of an invalidation: everything decided before any AWS call. */
export function planInvalidation(options: InvalidateOptions, clock: Clock, env: NodeJS.ProcessEnv): Batch[] {
  return planBatches(options.paths, options.callerReference ?? defaultReferenceBase(env, clock.now()))
}

/** Create (and optionally await) the invalidations of the planned batches. */
export async function invalidate(
  options: InvalidateOptions,
  batches: Batch[],
  clock: Clock,
  pollMs?: number
): Promise<Invalidation[]> {
  const { CloudFrontClient } = await import('@aws-sdk/client-cloudfront')
  const { createInvalidations, waitForInvalidations } = await import('./cloudfront.js')
  const ctx = {
    client: new CloudFrontClient(awsClientConfig(options.region)),
    distributionId: options.distributionId,
    clock,
    deadline: clock.now() + options.waitTimeoutMs,
    pollMs
  }
  const created = await createInvalidations(ctx, batches)
  return options.wait ? waitForInvalidations(ctx, created) : created
}
