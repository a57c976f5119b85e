export const id = 6;
export const ids = [6];
export const modules = {

/***/ 1006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MULTIPART_THRESHOLD: () => (/* binding */ MULTIPART_THRESHOLD),
  PART_SIZE: () => (/* binding */ PART_SIZE),
  createS3Client: () => (/* binding */ createS3Client),
  deleteObjects: () => (/* binding */ deleteObjects),
  explainS3Error: () => (/* binding */ explainS3Error),
  hasCredentialSource: () => (/* binding */ hasCredentialSource),
  isTransient: () => (/* binding */ isTransient),
  readRemote: () => (/* binding */ readRemote),
  uploadFile: () => (/* binding */ uploadFile),
  writeManifest: () => (/* binding */ writeManifest)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/core/version.ts
/** Shipline's version, sent in the AWS user agent (`shipline/<version>`). Kept equal to package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/core/aws.ts
/**
 * One place for AWS clients: region, SDK retry mode, user agent, and error classification.
 * Client packages are imported by each action lazily (after its inputs validate), so a bad input
 * fails before the SDK is even loaded.
 */

function awsClientConfig(region, options = {}) {
    return {
        region,
        maxAttempts: options.maxAttempts ?? 5,
        retryMode: 'adaptive',
        customUserAgent: `shipline/${VERSION}`
    };
}
/** The error code the SDK reports (`AccessDenied`, `NoSuchDistribution`, …), or ''. */
function awsErrorName(error) {
    if (error && typeof error === 'object') {
        const e = error;
        for (const candidate of [e.name, e.Code, e.code])
            if (typeof candidate === 'string')
                return candidate;
    }
    return '';
}
function isAccessDenied(error) {
    return /AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(awsErrorName(error));
}
function isThrottling(error) {
    return /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i.test(awsErrorName(error));
}
function isCredentialsError(error) {
    return /CredentialsProviderError|ExpiredToken|InvalidClientTokenId|UnrecognizedClient/i.test(awsErrorName(error));
}
/** A hint for errors no action-specific handler recognised. */
function describeAwsError(error) {
    const name = awsErrorName(error);
    const message = error instanceof Error ? error.message : String(error);
    if (isCredentialsError(error))
        return `${name}: ${message} (no usable AWS credentials: configure them with aws-actions/configure-aws-credentials and OIDC)`;
    return name && !message.startsWith(name) ? `${name}: ${message}` : message;
}

// EXTERNAL MODULE: ./lib/core/errors.ts
var core_errors = __webpack_require__(1085);
// EXTERNAL MODULE: ./lib/core/pool.ts
var pool = __webpack_require__(6116);
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

;// CONCATENATED MODULE: ./lib/static/manifest.ts
/**
 * The publish manifest: one object in the bucket (`<prefix>.shipline/publish-manifest.json`) that
 * records the last N publishes, newest first, each with its version and every file it published:
 * sha256, size, the ETag S3 answered, its class and headers. It is written after a publish's uploads
 * and prunes, so it never names an object that was not there.
 */

const MANIFEST_PATH = '.shipline/publish-manifest.json';
const MANIFEST_FORMAT = 1;
function emptyManifest() {
    return { format: MANIFEST_FORMAT, publishes: [] };
}
/** The manifest of `text`; a manifest this version cannot read is an error, never silently ignored. */
function parseManifest(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new core_errors/* UserError */.yo(`${where} is not JSON: delete it to publish everything again`);
    }
    const manifest = data;
    if (!manifest || typeof manifest !== 'object' || !Array.isArray(manifest.publishes))
        throw new core_errors/* UserError */.yo(`${where} is not a Shipline publish manifest: delete it to publish everything again`);
    if (manifest.format !== MANIFEST_FORMAT)
        throw new core_errors/* UserError */.yo(`${where} has format ${String(manifest.format)}, which this Shipline does not read (it reads ${MANIFEST_FORMAT}): upgrade Shipline`);
    for (const publish of manifest.publishes)
        if (typeof publish?.version !== 'string' || !publish.files || typeof publish.files !== 'object')
            throw new core_errors/* UserError */.yo(`${where} has a publish without a version or files: delete it to publish everything again`);
    return manifest;
}
function serializeManifest(manifest) {
    return `${JSON.stringify(manifest)}\n`;
}

;// CONCATENATED MODULE: ./lib/static/s3.ts
/**
 * The S3 edge of publish-static: read what the bucket holds (its manifest and a listing), upload a
 * file (one PUT, or a multipart upload above a threshold), delete objects, write the manifest. Every
 * request is retried on throttling, 5xx and dropped connections with full-jitter backoff, after the
 * SDK's own retries; every error a user can act on is named.
 *
 * Multipart is done with CreateMultipartUpload/UploadPart directly rather than lib-storage's Upload:
 * the file is on disk with a known size, so each part is a range read again on a retry (nothing
 * buffered but the part in flight), each part is retried on its own, a failed upload is aborted, and
 * the bundle carries no second upload layer.
 */







const MULTIPART_THRESHOLD = 16 * 1024 * 1024;
const PART_SIZE = 8 * 1024 * 1024;
const PART_CONCURRENCY = 4;
const ATTEMPTS = 5;
async function createS3Client(target) {
    const { S3Client } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    return new S3Client({
        ...awsClientConfig(target.region),
        forcePathStyle: target.pathStyle,
        ...(target.endpoint
            ? {
                endpoint: target.endpoint,
                // S3-compatible servers (older MinIO, Ceph, R2) do not all take the SDK's default CRC32 trailers.
                requestChecksumCalculation: 'WHEN_REQUIRED',
                responseChecksumValidation: 'WHEN_REQUIRED'
            }
            : { followRegionRedirects: true })
    });
}
const TRANSIENT_CODES = /^(?:InternalError|ServiceUnavailable|RequestTimeout|RequestTimeTooSkewed|SlowDown)$/;
const NETWORK = /ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|TimeoutError/i;
function isTransient(error) {
    const status = error?.$metadata?.httpStatusCode;
    const name = awsErrorName(error);
    return (isThrottling(error) ||
        TRANSIENT_CODES.test(name) ||
        (status !== undefined && status >= 500) ||
        NETWORK.test(`${name} ${error?.message ?? ''} ${error?.code ?? ''}`));
}
function withRetry(ctx, call) {
    return retry(call, {
        attempts: ATTEMPTS,
        baseMs: 500,
        capMs: 15_000,
        clock: ctx.clock,
        retryable: isTransient
    });
}
const PERMISSION = {
    GetObject: 's3:GetObject',
    ListObjectsV2: 's3:ListBucket',
    PutObject: 's3:PutObject',
    UploadPart: 's3:PutObject',
    DeleteObjects: 's3:DeleteObject'
};
/** An S3 error as a user can act on it. */
function explainS3Error(error, target, operation, key) {
    if (error instanceof core_errors/* UserError */.yo)
        return error;
    const name = awsErrorName(error);
    const where = `s3://${target.bucket}/${key ?? target.prefix}`;
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'NoSuchBucket')
        return new core_errors/* UserError */.yo(`S3 bucket ${target.bucket} does not exist${target.endpoint ? ` at ${target.endpoint}` : ''}: check bucket (the Terraform output static_bucket)`);
    if (isAccessDenied(error) || name === 'Forbidden') {
        const kms = /kms/i.test(message);
        const permission = PERMISSION[operation] ?? `s3:${operation}`;
        const resource = operation === 'ListObjectsV2'
            ? `arn:aws:s3:::${target.bucket}`
            : `arn:aws:s3:::${target.bucket}/${target.prefix}*`;
        return new core_errors/* UserError */.yo(`Access denied to ${where} (${operation}): the role needs ${permission} on ${resource}${kms || target.sse?.startsWith('aws:kms') ? ', and kms:GenerateDataKey and kms:Decrypt on the bucket\u2019s KMS key' : ''}`);
    }
    if (isThrottling(error))
        return new core_errors/* UserError */.yo(`S3 kept throttling requests (${name}) after ${ATTEMPTS} attempts: lower concurrency or try again later`);
    if (/ECONNREFUSED|ENOTFOUND/.test(`${message} ${error.code ?? ''}`) &&
        target.endpoint)
        return new core_errors/* UserError */.yo(`Cannot reach the S3 endpoint ${target.endpoint}: ${message}`);
    return new core_errors/* UserError */.yo(`S3 ${operation} of ${where} failed: ${describeAwsError(error)}`);
}
/** The manifest and a listing of everything under the prefix. */
async function readRemote(ctx) {
    const [manifest, objects] = await Promise.all([readManifest(ctx), listObjects(ctx)]);
    return { ...(manifest ? { manifest } : {}), objects };
}
async function readManifest(ctx) {
    const { GetObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const key = `${ctx.target.prefix}${MANIFEST_PATH}`;
    try {
        const response = await withRetry(ctx, () => ctx.client.send(new GetObjectCommand({ Bucket: ctx.target.bucket, Key: key })));
        const text = (await response.Body?.transformToString('utf-8')) ?? '';
        return parseManifest(text, `s3://${ctx.target.bucket}/${key}`);
    }
    catch (error) {
        if (awsErrorName(error) === 'NoSuchKey' || awsErrorName(error) === 'NotFound')
            return undefined;
        throw explainS3Error(error, ctx.target, 'GetObject', key);
    }
}
async function listObjects(ctx) {
    const { ListObjectsV2Command } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const objects = new Map();
    const { prefix } = ctx.target;
    let token;
    do {
        const response = await withRetry(ctx, () => ctx.client.send(new ListObjectsV2Command({
            Bucket: ctx.target.bucket,
            Prefix: prefix || undefined,
            ContinuationToken: token
        }))).catch(error => {
            throw explainS3Error(error, ctx.target, 'ListObjectsV2');
        });
        for (const object of response.Contents ?? []) {
            if (!object.Key?.startsWith(prefix))
                continue;
            const path = object.Key.slice(prefix.length);
            if (path === MANIFEST_PATH)
                continue;
            objects.set(path, { size: object.Size ?? 0, ...(object.ETag ? { etag: object.ETag } : {}) });
        }
        token = response.IsTruncated ? response.NextContinuationToken : undefined;
    } while (token);
    return objects;
}
function objectParams(ctx, file) {
    const { target } = ctx;
    return {
        Bucket: target.bucket,
        Key: `${target.prefix}${file.path}`,
        ContentType: file.headers.contentType,
        CacheControl: file.headers.cacheControl,
        ...(file.headers.contentEncoding ? { ContentEncoding: file.headers.contentEncoding } : {}),
        ...(target.sse ? { ServerSideEncryption: target.sse } : {}),
        ...(target.sseKmsKeyId ? { SSEKMSKeyId: target.sseKmsKeyId } : {})
    };
}
/** Upload one file; resolves to the ETag S3 answered. */
async function uploadFile(ctx, file) {
    if (file.size >= (ctx.multipartThreshold ?? MULTIPART_THRESHOLD))
        return uploadMultipart(ctx, file);
    const { PutObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const body = await (0,promises_.readFile)(file.absolute);
    // On AWS, S3 checks the bytes it received against the sha256 the plan was made from.
    const checksum = ctx.target.endpoint
        ? {}
        : { ChecksumSHA256: Buffer.from(file.sha256, 'hex').toString('base64') };
    const params = { ...objectParams(ctx, file), Body: body, ContentLength: body.length, ...checksum };
    const response = await withRetry(ctx, () => ctx.client.send(new PutObjectCommand(params))).catch(error => {
        throw explainS3Error(error, ctx.target, 'PutObject', params.Key);
    });
    return response.ETag;
}
/** Upload the parts of `file` (open as `handle`), a few at a time, each read again on a retry. */
async function uploadParts(ctx, s3, file, upload, handle) {
    const partSize = ctx.partSize ?? PART_SIZE;
    const count = Math.ceil(file.size / partSize);
    const parts = await (0,pool/* mapWithLimit */.c)(Array.from({ length: count }, (_, i) => i), PART_CONCURRENCY, async (index) => {
        const start = index * partSize;
        const length = Math.min(partSize, file.size - start);
        const body = Buffer.alloc(length);
        await handle.read(body, 0, length, start);
        const md5 = (0,external_node_crypto_.createHash)('md5').update(body).digest('base64');
        const response = await withRetry(ctx, () => ctx.client.send(new s3.UploadPartCommand({
            ...upload,
            PartNumber: index + 1,
            Body: body,
            ContentLength: length,
            ContentMD5: md5
        })));
        return { PartNumber: index + 1, ETag: response.ETag };
    });
    const failed = parts.find(part => part.status === 'rejected');
    if (failed)
        throw failed.reason;
    return parts.map(part => part.value);
}
async function uploadMultipart(ctx, file) {
    const s3 = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const params = objectParams(ctx, file);
    const created = await withRetry(ctx, () => ctx.client.send(new s3.CreateMultipartUploadCommand(params))).catch(error => {
        throw explainS3Error(error, ctx.target, 'PutObject', params.Key);
    });
    const upload = {
        Bucket: params.Bucket,
        Key: params.Key,
        UploadId: created.UploadId
    };
    const handle = await (0,promises_.open)(file.absolute, 'r');
    try {
        const parts = await uploadParts(ctx, s3, file, upload, handle);
        const completed = await withRetry(ctx, () => ctx.client.send(new s3.CompleteMultipartUploadCommand({ ...upload, MultipartUpload: { Parts: parts } })));
        return completed.ETag;
    }
    catch (error) {
        await ctx.client.send(new s3.AbortMultipartUploadCommand(upload)).catch(() => undefined);
        throw explainS3Error(error, ctx.target, 'UploadPart', params.Key);
    }
    finally {
        await handle.close();
    }
}
/** Delete `paths` (relative to the prefix), 1000 per request. */
async function deleteObjects(ctx, paths) {
    const { DeleteObjectsCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    for (let i = 0; i < paths.length; i += 1000) {
        const chunk = paths.slice(i, i + 1000).map(path => ({ Key: `${ctx.target.prefix}${path}` }));
        const response = await withRetry(ctx, () => ctx.client.send(new DeleteObjectsCommand({ Bucket: ctx.target.bucket, Delete: { Objects: chunk, Quiet: true } }))).catch(error => {
            throw explainS3Error(error, ctx.target, 'DeleteObjects');
        });
        const errors = response.Errors ?? [];
        if (errors.length > 0)
            throw new core_errors/* UserError */.yo(`S3 refused to delete ${errors.length} object(s): ${errors
                .slice(0, 3)
                .map(e => `${e.Key} (${e.Code}: ${e.Message})`)
                .join(', ')}${errors.length > 3 ? ', …' : ''}`);
    }
}
async function writeManifest(ctx, manifest) {
    const { PutObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const key = `${ctx.target.prefix}${MANIFEST_PATH}`;
    const body = Buffer.from(serializeManifest(manifest));
    await withRetry(ctx, () => ctx.client.send(new PutObjectCommand({
        Bucket: ctx.target.bucket,
        Key: key,
        Body: body,
        ContentType: 'application/json',
        CacheControl: 'no-store',
        ...(ctx.target.sse ? { ServerSideEncryption: ctx.target.sse } : {}),
        ...(ctx.target.sseKmsKeyId ? { SSEKMSKeyId: ctx.target.sseKmsKeyId } : {})
    }))).catch(error => {
        throw explainS3Error(error, ctx.target, 'PutObject', key);
    });
}
/** Whether the SDK can find credentials without probing the network (a dry run skips the bucket otherwise). */
function hasCredentialSource(env, exists) {
    if (env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE)
        return true;
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
        return true;
    const home = env.HOME ?? '';
    return Boolean(home) && (exists(`${home}/.aws/credentials`) || exists(`${home}/.aws/config`));
}


/***/ })

};
