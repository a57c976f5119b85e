export const id = 3224;
export const ids = [3224];
export const modules = {

/***/ 53224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createInvalidations: () => (/* binding */ createInvalidations),
/* harmony export */   waitForInvalidations: () => (/* binding */ waitForInvalidations)
/* harmony export */ });
/* unused harmony export explainCloudFrontError */
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23169);
/* harmony import */ var _core_aws_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6821);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30010);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95422);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93502);
/**
 * The CloudFront edge of invalidate-cdn: create each batch (waiting while the distribution has too
 * many invalidations in progress), then optionally wait for all of them to complete.
 */






const THROTTLE_ATTEMPTS = 5;
/** Turns CloudFront errors into errors a user can act on. */
function explainCloudFrontError(error, distributionId, permission) {
    const name = (0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .awsErrorName */ .ZH)(error);
    if (name === 'NoSuchDistribution')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`CloudFront distribution ${distributionId} does not exist or is not visible to these credentials: check distribution-id and the AWS account`);
    if ((0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(error))
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Access denied to CloudFront distribution ${distributionId}: the role needs ${permission} on arn:aws:cloudfront::<account>:distribution/${distributionId}`);
    if ((0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .isThrottling */ .E2)(error))
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`CloudFront kept throttling requests (${name}) after ${THROTTLE_ATTEMPTS} attempts: try again later`);
    if (name === 'TooManyInvalidationsInProgress')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`CloudFront distribution ${distributionId} still had too many invalidations in progress when wait-timeout ran out`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`CloudFront ${permission.replace('cloudfront:', '')} failed: ${(0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .describeAwsError */ .Pp)(error)}`);
}
async function createOne(ctx, batch, index, total) {
    const command = new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__/* .CreateInvalidationCommand */ .Yo6({
        DistributionId: ctx.distributionId,
        InvalidationBatch: {
            CallerReference: batch.callerReference,
            Paths: { Quantity: batch.paths.length, Items: batch.paths }
        }
    });
    const response = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L)(() => withThrottleRetry(ctx, () => ctx.client.send(command)), {
        attempts: Infinity,
        deadlineMs: Math.max(0, ctx.deadline - ctx.clock.now()),
        baseMs: 5_000,
        capMs: 60_000,
        clock: ctx.clock,
        retryable: error => (0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .awsErrorName */ .ZH)(error) === 'TooManyInvalidationsInProgress',
        onRetry: (_error, attempt, waitMs) => (0,_core_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(`Batch ${index + 1}/${total}: the distribution has too many invalidations in progress; retrying in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(waitMs)} (attempt ${attempt + 1})`)
    }).catch(error => {
        throw explainCloudFrontError(error, ctx.distributionId, 'cloudfront:CreateInvalidation');
    });
    const invalidation = response.Invalidation;
    if (!invalidation?.Id)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('CloudFront answered CreateInvalidation without an invalidation id');
    (0,_core_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(`Batch ${index + 1}/${total}: invalidation ${invalidation.Id} (${batch.paths.length} paths) is ${invalidation.Status}`);
    return { id: invalidation.Id, status: invalidation.Status ?? 'InProgress', paths: batch.paths };
}
/** Retry throttled calls a few times with backoff (the SDK's own retries come first). */
function withThrottleRetry(ctx, call) {
    return (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L)(call, {
        attempts: THROTTLE_ATTEMPTS,
        baseMs: 1_000,
        capMs: 20_000,
        clock: ctx.clock,
        retryable: _core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .isThrottling */ .E2
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
            const response = await withThrottleRetry(ctx, () => ctx.client.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__/* .GetInvalidationCommand */ .Wwh({ DistributionId: ctx.distributionId, Id: invalidation.id }))).catch(error => {
                throw explainCloudFrontError(error, ctx.distributionId, 'cloudfront:GetInvalidation');
            });
            invalidation.status = response.Invalidation?.Status ?? invalidation.status;
            if (invalidation.status === 'Completed')
                pending.delete(invalidation.id);
        }
        const done = invalidations.length - pending.size;
        (0,_core_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(`Waiting for invalidations: ${done}/${invalidations.length} completed after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(ctx.clock.now() - started)}`);
        if (pending.size === 0)
            return invalidations;
        if (ctx.clock.now() + pollMs > ctx.deadline)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Invalidations still in progress when wait-timeout ran out after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(ctx.clock.now() - started)}: ${[...pending.keys()].join(', ')} (they go on in CloudFront; raise wait-timeout or set wait: false)`);
        await ctx.clock.sleep(pollMs);
    }
}


/***/ }),

/***/ 93502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1866);
/**
 * Retry with full-jitter exponential backoff (the AWS Architecture Blog's "Full Jitter"):
 * the n-th wait is uniform in [0, min(cap, base * 2^n)).
 */

/** The wait before retry number `attempt` (0-based). */
function backoffDelay(attempt, baseMs, capMs, random) {
    return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
async function retry(operation, options = {}) {
    const { attempts = 5, deadlineMs = Infinity, baseMs = 1000, capMs = 30_000, retryable = () => true, onRetry, clock = _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m, random = Math.random } = options;
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


/***/ })

};
