export const id = 471;
export const ids = [471];
export const modules = {

/***/ 4471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createInvalidations: () => (/* binding */ createInvalidations),
  waitForInvalidations: () => (/* binding */ waitForInvalidations)
});

// UNUSED EXPORTS: explainCloudFrontError

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-cjs/index.js
var dist_cjs = __webpack_require__(3169);
// EXTERNAL MODULE: ./lib/core/aws.ts + 1 modules
var aws = __webpack_require__(8391);
// EXTERNAL MODULE: ./lib/core/duration.ts
var duration = __webpack_require__(10);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(1085);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(5422);
// EXTERNAL MODULE: ./lib/core/clock.ts
var core_clock = __webpack_require__(1866);
;// CONCATENATED MODULE: ./lib/core/retry.ts
/**
 * Retry with full-jitter exponential backoff (the AWS Architecture Blog's "Full Jitter"):
 * the n-th wait is uniform in [0, min(cap, base * 2^n)).
 */

/** The wait before retry number `attempt` (0-based). */
function backoffDelay(attempt, baseMs, capMs, random) {
    return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
async function retry(operation, options = {}) {
    const { attempts = 5, deadlineMs = Infinity, baseMs = 1000, capMs = 30_000, retryable = () => true, onRetry, clock = core_clock/* systemClock */.m, random = Math.random } = options;
    const start = clock.now();
    for (let attempt = 0;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            const elapsed = clock.now() - start;
            if (attempt + 1 >= attempts || !retryable(error) || elapsed >= deadlineMs)
                throw error;
            const wait = Math.min(backoffDelay(attempt, baseMs, capMs, random), Math.max(0, deadlineMs - elapsed));
            onRetry?.(error, attempt + 1, wait);
            await clock.sleep(wait);
        }
    }
}

;// CONCATENATED MODULE: ./lib/cdn/cloudfront.ts
/**
 * The CloudFront edge of invalidate-cdn: create each batch (waiting while the distribution has too
 * many invalidations in progress), then optionally wait for all of them to complete.
 */






const THROTTLE_ATTEMPTS = 5;
/** Turns CloudFront errors into errors a user can act on. */
function explainCloudFrontError(error, distributionId, permission) {
    const name = (0,aws/* awsErrorName */.ZH)(error);
    if (name === 'NoSuchDistribution')
        return new errors/* UserError */.yo(`CloudFront distribution ${distributionId} does not exist or is not visible to these credentials: check distribution-id and the AWS account`);
    if ((0,aws/* isAccessDenied */.w7)(error))
        return new errors/* UserError */.yo(`Access denied to CloudFront distribution ${distributionId}: the role needs ${permission} on arn:aws:cloudfront::<account>:distribution/${distributionId}`);
    if ((0,aws/* isThrottling */.E2)(error))
        return new errors/* UserError */.yo(`CloudFront kept throttling requests (${name}) after ${THROTTLE_ATTEMPTS} attempts: try again later`);
    if (name === 'TooManyInvalidationsInProgress')
        return new errors/* UserError */.yo(`CloudFront distribution ${distributionId} still had too many invalidations in progress when wait-timeout ran out`);
    return new errors/* UserError */.yo(`CloudFront ${permission.replace('cloudfront:', '')} failed: ${(0,aws/* describeAwsError */.Pp)(error)}`);
}
async function createOne(ctx, batch, index, total) {
    const command = new dist_cjs/* CreateInvalidationCommand */.Yo6({
        DistributionId: ctx.distributionId,
        InvalidationBatch: {
            CallerReference: batch.callerReference,
            Paths: { Quantity: batch.paths.length, Items: batch.paths }
        }
    });
    const response = await retry(() => withThrottleRetry(ctx, () => ctx.client.send(command)), {
        attempts: Infinity,
        deadlineMs: Math.max(0, ctx.deadline - ctx.clock.now()),
        baseMs: 5_000,
        capMs: 60_000,
        clock: ctx.clock,
        retryable: error => (0,aws/* awsErrorName */.ZH)(error) === 'TooManyInvalidationsInProgress',
        onRetry: (_error, attempt, waitMs) => (0,log/* info */.pq)(`Batch ${index + 1}/${total}: the distribution has too many invalidations in progress; retrying in ${(0,duration/* formatDuration */.a)(waitMs)} (attempt ${attempt + 1})`)
    }).catch(error => {
        throw explainCloudFrontError(error, ctx.distributionId, 'cloudfront:CreateInvalidation');
    });
    const invalidation = response.Invalidation;
    if (!invalidation?.Id)
        throw new errors/* UserError */.yo('CloudFront answered CreateInvalidation without an invalidation id');
    (0,log/* info */.pq)(`Batch ${index + 1}/${total}: invalidation ${invalidation.Id} (${batch.paths.length} paths) is ${invalidation.Status}`);
    return { id: invalidation.Id, status: invalidation.Status ?? 'InProgress', paths: batch.paths };
}
/** Retry throttled calls a few times with backoff (the SDK's own retries come first). */
function withThrottleRetry(ctx, call) {
    return retry(call, {
        attempts: THROTTLE_ATTEMPTS,
        baseMs: 1_000,
        capMs: 20_000,
        clock: ctx.clock,
        retryable: aws/* isThrottling */.E2
    });
}
/** Create every batch, in order; later batches wait while earlier ones hold the in-progress limit. */
async function createInvalidations(ctx, batches) {
    const created = [];
    for (const [index, batch] of batches.entries()) {
        created.push(await createOne(ctx, batch, index, batches.length));
    }
    return created;
}
/** Poll every invalidation until all are Completed; fails clearly at the deadline. */
async function waitForInvalidations(ctx, invalidations) {
    const pollMs = ctx.pollMs ?? 20_000;
    const pending = new Map(invalidations.map(invalidation => [invalidation.id, invalidation]));
    const started = ctx.clock.now();
    for (;;) {
        for (const invalidation of [...pending.values()]) {
            const response = await withThrottleRetry(ctx, () => ctx.client.send(new dist_cjs/* GetInvalidationCommand */.Wwh({ DistributionId: ctx.distributionId, Id: invalidation.id }))).catch(error => {
                throw explainCloudFrontError(error, ctx.distributionId, 'cloudfront:GetInvalidation');
            });
            invalidation.status = response.Invalidation?.Status ?? invalidation.status;
            if (invalidation.status === 'Completed')
                pending.delete(invalidation.id);
        }
        const done = invalidations.length - pending.size;
        (0,log/* info */.pq)(`Waiting for invalidations: ${done}/${invalidations.length} completed after ${(0,duration/* formatDuration */.a)(ctx.clock.now() - started)}`);
        if (pending.size === 0)
            return invalidations;
        if (ctx.clock.now() + pollMs > ctx.deadline)
            throw new errors/* UserError */.yo(`Invalidations still in progress when wait-timeout ran out after ${(0,duration/* formatDuration */.a)(ctx.clock.now() - started)}: ${[...pending.keys()].join(', ')} (they go on in CloudFront; raise wait-timeout or set wait: false)`);
        await ctx.clock.sleep(pollMs);
    }
}


/***/ })

};
