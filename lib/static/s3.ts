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
import { open, readFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import type { S3Client } from '@aws-sdk/client-s3'
import { awsClientConfig, awsErrorName, describeAwsError, isAccessDenied, isThrottling } from '../core/aws.js'
import type { Clock } from '../core/clock.js'
import { UserError } from '../core/errors.js'
import { mapWithLimit } from '../core/pool.js'
import { retry } from '../core/retry.js'
import type { ObjectHeaders } from './cache-rules.js'
import { MANIFEST_PATH, type Manifest, parseManifest, serializeManifest } from './manifest.js'
import type { S3Target } from './options.js'
import type { RemoteObject, RemoteState } from './plan.js'

export const MULTIPART_THRESHOLD = 16 * 1024 * 1024
export const PART_SIZE = 8 * 1024 * 1024
const PART_CONCURRENCY = 4
const ATTEMPTS = 5

export interface S3Context {
  client: S3Client
  target: S3Target
  clock: Clock
  multipartThreshold?: number
  partSize?: number
}

export async function createS3Client(target: S3Target): Promise<S3Client> {
  const { S3Client } = await import('@aws-sdk/client-s3')
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
  })
}

const TRANSIENT_CODES = /^(?:InternalError|ServiceUnavailable|RequestTimeout|RequestTimeTooSkewed|SlowDown)$/
const NETWORK = /ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|TimeoutError/i

export function isTransient(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode
  const name = awsErrorName(error)
  return (
    isThrottling(error) ||
    TRANSIENT_CODES.test(name) ||
    (status !== undefined && status >= 500) ||
    NETWORK.test(
      `${name} ${(error as Error | undefined)?.message ?? ''} ${(error as { code?: string })?.code ?? ''}`
    )
  )
}

function withRetry<T>(ctx: S3Context, call: () => Promise<T>): Promise<T> {
  return retry(call, {
    attempts: ATTEMPTS,
    baseMs: 500,
    capMs: 15_000,
    clock: ctx.clock,
    retryable: isTransient
  })
}

const PERMISSION: Record<string, string> = {
  GetObject: 's3:GetObject',
  ListObjectsV2: 's3:ListBucket',
  PutObject: 's3:PutObject',
  UploadPart: 's3:PutObject',
  DeleteObjects: 's3:DeleteObject'
}

/** An S3 error as a user can act on it. */
export function explainS3Error(error: unknown, target: S3Target, operation: string, key?: string): Error {
  if (error instanceof UserError) return error
  const name = awsErrorName(error)
  const where = `s3://${target.bucket}/${key ?? target.prefix}`
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'NoSuchBucket')
    return new UserError(
      `S3 bucket ${target.bucket} does not exist${target.endpoint ? ` at ${target.endpoint}` : ''}: check bucket (the Terraform output static_bucket)`
    )
  if (isAccessDenied(error) || name === 'Forbidden') {
    const kms = /kms/i.test(message)
    const permission = PERMISSION[operation] ?? `s3:${operation}`
    const resource =
      operation === 'ListObjectsV2'
        ? `arn:aws:s3:::${target.bucket}`
        : `arn:aws:s3:::${target.bucket}/${target.prefix}*`
    return new UserError(
      `Access denied to ${where} (${operation}): the role needs ${permission} on ${resource}${kms || target.sse?.startsWith('aws:kms') ? ', and kms:GenerateDataKey and kms:Decrypt on the bucket\u2019s KMS key' : ''}`
    )
  }
  if (isThrottling(error))
    return new UserError(
      `S3 kept throttling requests (${name}) after ${ATTEMPTS} attempts: lower concurrency or try again later`
    )
  if (
    /ECONNREFUSED|ENOTFOUND/.test(`${message} ${(error as { code?: string }).code ?? ''}`) &&
    target.endpoint
  )
    return new UserError(`Cannot reach the S3 endpoint ${target.endpoint}: ${message}`)
  return new UserError(`S3 ${operation} of ${where} failed: ${describeAwsError(error)}`)
}

/** The manifest and a listing of everything under the prefix. */
export async function readRemote(ctx: S3Context): Promise<RemoteState> {
  const [manifest, objects] = await Promise.all([readManifest(ctx), listObjects(ctx)])
  return { ...(manifest ? { manifest } : {}), objects }
}

async function readManifest(ctx: S3Context): Promise<Manifest | undefined> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3')
  const key = `${ctx.target.prefix}${MANIFEST_PATH}`
  try {
    const response = await withRetry(ctx, () =>
      ctx.client.send(new GetObjectCommand({ Bucket: ctx.target.bucket, Key: key }))
    )
    const text = (await response.Body?.transformToString('utf-8')) ?? ''
    return parseManifest(text, `s3://${ctx.target.bucket}/${key}`)
  } catch (error) {
    if (awsErrorName(error) === 'NoSuchKey' || awsErrorName(error) === 'NotFound') return undefined
    throw explainS3Error(error, ctx.target, 'GetObject', key)
  }
}

async function listObjects(ctx: S3Context): Promise<Map<string, RemoteObject>> {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3')
  const objects = new Map<string, RemoteObject>()
  const { prefix } = ctx.target
  let token: string | undefined
  do {
    const response = await withRetry(ctx, () =>
      ctx.client.send(
        new ListObjectsV2Command({
          Bucket: ctx.target.bucket,
          Prefix: prefix || undefined,
          ContinuationToken: token
        })
      )
    ).catch(error => {
      throw explainS3Error(error, ctx.target, 'ListObjectsV2')
    })
    for (const object of response.Contents ?? []) {
      if (!object.Key?.startsWith(prefix)) continue
      const path = object.Key.slice(prefix.length)
      if (path === MANIFEST_PATH) continue
      objects.set(path, { size: object.Size ?? 0, ...(object.ETag ? { etag: object.ETag } : {}) })
    }
    token = response.IsTruncated ? response.NextContinuationToken : undefined
  } while (token)
  return objects
}

export interface UploadSource {
  path: string
  absolute: string
  size: number
  sha256: string
  headers: ObjectHeaders
}

function objectParams(ctx: S3Context, file: UploadSource) {
  const { target } = ctx
  return {
    Bucket: target.bucket,
    Key: `${target.prefix}${file.path}`,
    ContentType: file.headers.contentType,
    CacheControl: file.headers.cacheControl,
    ...(file.headers.contentEncoding ? { ContentEncoding: file.headers.contentEncoding } : {}),
    ...(target.sse ? { ServerSideEncryption: target.sse } : {}),
    ...(target.sseKmsKeyId ? { SSEKMSKeyId: target.sseKmsKeyId } : {})
  }
}

/** Upload one file; resolves to the ETag S3 answered. */
export async function uploadFile(ctx: S3Context, file: UploadSource): Promise<string | undefined> {
  if (file.size >= (ctx.multipartThreshold ?? MULTIPART_THRESHOLD)) return uploadMultipart(ctx, file)
  const { PutObjectCommand } = await import('@aws-sdk/client-s3')
  const body = await readFile(file.absolute)
  // On AWS, S3 checks the bytes it received against the sha256 the plan was made from.
  const checksum = ctx.target.endpoint
    ? {}
    : { ChecksumSHA256: Buffer.from(file.sha256, 'hex').toString('base64') }
  const params = { ...objectParams(ctx, file), Body: body, ContentLength: body.length, ...checksum }
  const response = await withRetry(ctx, () => ctx.client.send(new PutObjectCommand(params))).catch(error => {
    throw explainS3Error(error, ctx.target, 'PutObject', params.Key)
  })
  return response.ETag
}

async function uploadMultipart(ctx: S3Context, file: UploadSource): Promise<string | undefined> {
  const s3 = await import('@aws-sdk/client-s3')
  const params = objectParams(ctx, file)
  const created = await withRetry(ctx, () =>
    ctx.client.send(new s3.CreateMultipartUploadCommand(params))
  ).catch(error => {
    throw explainS3Error(error, ctx.target, 'PutObject', params.Key)
  })
  const uploadId = created.UploadId as string
  const partSize = ctx.partSize ?? PART_SIZE
  const count = Math.ceil(file.size / partSize)
  const handle = await open(file.absolute, 'r')
  try {
    const parts = await mapWithLimit(
      Array.from({ length: count }, (_, i) => i),
      PART_CONCURRENCY,
      async index => {
        const start = index * partSize
        const length = Math.min(partSize, file.size - start)
        const body = Buffer.alloc(length)
        await handle.read(body, 0, length, start)
        const md5 = createHash('md5').update(body).digest('base64')
        const response = await withRetry(ctx, () =>
          ctx.client.send(
            new s3.UploadPartCommand({
              Bucket: params.Bucket,
              Key: params.Key,
              UploadId: uploadId,
              PartNumber: index + 1,
              Body: body,
              ContentLength: length,
              ContentMD5: md5
            })
          )
        )
        return { PartNumber: index + 1, ETag: response.ETag }
      }
    )
    const failed = parts.find(part => part.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
    const completed = await withRetry(ctx, () =>
      ctx.client.send(
        new s3.CompleteMultipartUploadCommand({
          Bucket: params.Bucket,
          Key: params.Key,
          UploadId: uploadId,
          MultipartUpload: {
            Parts: parts.map(
              part => (part as PromiseFulfilledResult<{ PartNumber: number; ETag?: string }>).value
            )
          }
        })
      )
    )
    return completed.ETag
  } catch (error) {
    await ctx.client
      .send(
        new s3.AbortMultipartUploadCommand({ Bucket: params.Bucket, Key: params.Key, UploadId: uploadId })
      )
      .catch(() => undefined)
    throw explainS3Error(error, ctx.target, 'UploadPart', params.Key)
  } finally {
    await handle.close()
  }
}

/** Delete `paths` (relative to the prefix), 1000 per request. */
export async function deleteObjects(ctx: S3Context, paths: string[]): Promise<void> {
  const { DeleteObjectsCommand } = await import('@aws-sdk/client-s3')
  for (let i = 0; i < paths.length; i += 1000) {
    const chunk = paths.slice(i, i + 1000).map(path => ({ Key: `${ctx.target.prefix}${path}` }))
    const response = await withRetry(ctx, () =>
      ctx.client.send(
        new DeleteObjectsCommand({ Bucket: ctx.target.bucket, Delete: { Objects: chunk, Quiet: true } })
      )
    ).catch(error => {
      throw explainS3Error(error, ctx.target, 'DeleteObjects')
    })
    const errors = response.Errors ?? []
    if (errors.length > 0)
      throw new UserError(
        `S3 refused to delete ${errors.length} object(s): ${errors
          .slice(0, 3)
          .map(e => `${e.Key} (${e.Code}: ${e.Message})`)
          .join(', ')}${errors.length > 3 ? ', …' : ''}`
      )
  }
}

export async function writeManifest(ctx: S3Context, manifest: Manifest): Promise<void> {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3')
  const key = `${ctx.target.prefix}${MANIFEST_PATH}`
  const body = Buffer.from(serializeManifest(manifest))
  await withRetry(ctx, () =>
    ctx.client.send(
      new PutObjectCommand({
        Bucket: ctx.target.bucket,
        Key: key,
        Body: body,
        ContentType: 'application/json',
        CacheControl: 'no-store',
        ...(ctx.target.sse ? { ServerSideEncryption: ctx.target.sse } : {}),
        ...(ctx.target.sseKmsKeyId ? { SSEKMSKeyId: ctx.target.sseKmsKeyId } : {})
      })
    )
  ).catch(error => {
    throw explainS3Error(error, ctx.target, 'PutObject', key)
  })
}

/** Whether the SDK can find credentials without probing the network (a dry run skips the bucket otherwise). */
export function hasCredentialSource(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): boolean {
  if (env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE) return true
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return true
  const home = env.HOME ?? ''
  return Boolean(home) && (exists(`${home}/.aws/credentials`) || exists(`${home}/.aws/config`))
}
