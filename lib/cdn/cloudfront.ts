/**
 * The CloudFront edge of invalidate-cdn: create each batch (waiting while the distribution has too
 * many invalidations in progress), then optionally wait for all of them to complete.
 */
import {
  type CloudFrontClient,
  CreateInvalidationCommand,
  GetInvalidationCommand
} from '@aws-sdk/client-cloudfront'
import { awsErrorName, describeAwsError, isAccessDenied, isThrottling } from '../core/aws.js'
import type { Clock } from '../core/clock.js'
import { formatDuration } from '../core/duration.js'
import { UserError } from '../core/errors.js'
import { info } from '../core/log.js'
import { retry } from '../core/retry.js'
import type { Batch } from './batches.js'

export interface Invalidation {
  id: string
  status: string
  paths: string[]
}

export interface CloudFrontContext {
  client: CloudFrontClient
  distributionId: string
  clock: Clock
  /** Deadline (clock ms) for waiting on the in-progress limit and on completion. */
  deadline: number
  /** Poll interval while waiting for completion. */
  pollMs?: number
}

const THROTTLE_ATTEMPTS = 5

/** Turns CloudFront errors into errors a user can act on. */
export function explainCloudFrontError(error: unknown, distributionId: string, permission: string): Error {
  const name = awsErrorName(error)
  if (name === 'NoSuchDistribution')
    return new UserError(
      `CloudFront distribution ${distributionId} does not exist or is not visible to these credentials: check distribution-id and the AWS account`
    )
  if (isAccessDenied(error))
    return new UserError(
      `Access denied to CloudFront distribution ${distributionId}: the role needs ${permission} on arn:aws:cloudfront::<account>:distribution/${distributionId}`
    )
  if (isThrottling(error))
    return new UserError(
      `CloudFront kept throttling requests (${name}) after ${THROTTLE_ATTEMPTS} attempts: try again later`
    )
  if (name === 'TooManyInvalidationsInProgress')
    return new UserError(
      `CloudFront distribution ${distributionId} still had too many invalidations in progress when wait-timeout ran out`
    )
  return new UserError(
    `CloudFront ${permission.replace('cloudfront:', '')} failed: ${describeAwsError(error)}`
  )
}

async function createOne(
  ctx: CloudFrontContext,
  batch: Batch,
  index: number,
  total: number
): Promise<Invalidation> {
  const command = new CreateInvalidationCommand({
    DistributionId: ctx.distributionId,
    InvalidationBatch: {
      CallerReference: batch.callerReference,
      Paths: { Quantity: batch.paths.length, Items: batch.paths }
    }
  })
  const response = await retry(() => withThrottleRetry(ctx, () => ctx.client.send(command)), {
    attempts: Infinity,
    deadlineMs: Math.max(0, ctx.deadline - ctx.clock.now()),
    baseMs: 5_000,
    capMs: 60_000,
    clock: ctx.clock,
    retryable: error => awsErrorName(error) === 'TooManyInvalidationsInProgress',
    onRetry: (_error, attempt, waitMs) =>
      info(
        `Batch ${index + 1}/${total}: the distribution has too many invalidations in progress; retrying in ${formatDuration(waitMs)} (attempt ${attempt + 1})`
      )
  }).catch(error => {
    throw explainCloudFrontError(error, ctx.distributionId, 'cloudfront:CreateInvalidation')
  })
  const invalidation = response.Invalidation
  if (!invalidation?.Id)
    throw new UserError('CloudFront answered CreateInvalidation without an invalidation id')
  info(
    `Batch ${index + 1}/${total}: invalidation ${invalidation.Id} (${batch.paths.length} paths) is ${invalidation.Status}`
  )
  return { id: invalidation.Id, status: invalidation.Status ?? 'InProgress', paths: batch.paths }
}

/** Retry throttled calls a few times with backoff (the SDK's own retries come first). */
function withThrottleRetry<T>(ctx: CloudFrontContext, call: () => Promise<T>): Promise<T> {
  return retry(call, {
    attempts: THROTTLE_ATTEMPTS,
    baseMs: 1_000,
    capMs: 20_000,
    clock: ctx.clock,
    retryable: isThrottling
  })
}

/** Create every batch, in order; later batches wait while earlier ones hold the in-progress limit. */
export async function createInvalidations(ctx: CloudFrontContext, batches: Batch[]): Promise<Invalidation[]> {
  const created: Invalidation[] = []
  for (const [index, batch] of batches.entries()) {
    created.push(await createOne(ctx, batch, index, batches.length))
  }
  return created
}

/** Poll every invalidation until all are Completed; fails clearly at the deadline. */
export async function waitForInvalidations(
  ctx: CloudFrontContext,
  invalidations: Invalidation[]
): Promise<Invalidation[]> {
  const pollMs = ctx.pollMs ?? 20_000
  const pending = new Map(invalidations.map(invalidation => [invalidation.id, invalidation]))
  const started = ctx.clock.now()
  for (;;) {
    for (const invalidation of [...pending.values()]) {
      const response = await withThrottleRetry(ctx, () =>
        ctx.client.send(
          new GetInvalidationCommand({ DistributionId: ctx.distributionId, Id: invalidation.id })
        )
      ).catch(error => {
        throw explainCloudFrontError(error, ctx.distributionId, 'cloudfront:GetInvalidation')
      })
      invalidation.status = response.Invalidation?.Status ?? invalidation.status
      if (invalidation.status === 'Completed') pending.delete(invalidation.id)
    }
    const done = invalidations.length - pending.size
    info(
      `Waiting for invalidations: ${done}/${invalidations.length} completed after ${formatDuration(ctx.clock.now() - started)}`
    )
    if (pending.size === 0) return invalidations
    if (ctx.clock.now() + pollMs > ctx.deadline)
      throw new UserError(
        `Invalidations still in progress when wait-timeout ran out after ${formatDuration(ctx.clock.now() - started)}: ${[...pending.keys()].join(', ')} (they go on in CloudFront; raise wait-timeout or set wait: false)`
      )
    await ctx.clock.sleep(pollMs)
  }
}
