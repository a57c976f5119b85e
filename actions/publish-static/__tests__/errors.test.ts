/** What s3rver cannot produce (throttling, 5xx, access denied), through aws-sdk-client-mock. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException
} from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { siteFiles } from '../../../__fixtures__/s3-server.js'
import { fakeClock } from '../../../lib/core/clock.js'
import { run } from '../src/main.js'
import { makeWorkspace, writeSite } from './helpers.js'

const s3 = mockClient(S3Client)
const meta = { $metadata: {} }
let workspace: string

function failure(name: string, status: number, message = name) {
  return new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    message,
    $metadata: { httpStatusCode: status }
  })
}

function publish(inputs: Record<string, string> = {}, clock = fakeClock()) {
  return runWithInputs(
    () => run({ clock, cwd: workspace }),
    { bucket: 'erp-static-123456789012', dir: 'dist', 'aws-region': 'eu-west-1', ...inputs },
    { GITHUB_WORKSPACE: workspace, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x' }
  )
}

beforeEach(() => {
  s3.reset()
  s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'The specified key does not exist.', ...meta }))
  s3.on(ListObjectsV2Command).resolves({ Contents: [], IsTruncated: false })
  s3.on(PutObjectCommand).resolves({ ETag: '"e"' })
  s3.on(DeleteObjectsCommand).resolves({})
  workspace = makeWorkspace()
  writeSite(workspace, siteFiles('v1'))
})
afterEach(() => {
  s3.reset()
})

describe('publish-static on AWS errors', () => {
  it('retries throttling (SlowDown) and 503 with backoff, then publishes', async () => {
    s3.on(PutObjectCommand)
      .rejectsOnce(failure('SlowDown', 503, 'Please reduce your request rate.'))
      .rejectsOnce(failure('InternalError', 500))
      .resolves({ ETag: '"e"' })
    const clock = fakeClock()
    const result = await publish({ concurrency: '1' }, clock)
    expect(result.errors).toEqual([])
    expect(result.outputs.uploaded).toBe('5')
    expect(clock.slept).toHaveLength(2)
    // 5 files + the manifest, and the two refused attempts.
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(8)
  })

  it('sends sha256 checksums, the encryption asked for and the headers on AWS', async () => {
    const result = await publish({ sse: 'aws:kms', 'sse-kms-key-id': 'alias/erp-cdn' })
    expect(result.exitCode).toBe(0)
    const index = s3
      .commandCalls(PutObjectCommand)
      .map(call => call.args[0].input)
      .find(input => input.Key === 'index.html')
    expect(index).toMatchObject({
      Bucket: 'erp-static-123456789012',
      ContentType: 'text/html; charset=utf-8',
      CacheControl: 'no-cache',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'alias/erp-cdn',
      ChecksumSHA256: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/)
    })
  })

  it('names throttling once the retries are exhausted, and replaces no entry point', async () => {
    s3.on(PutObjectCommand).rejects(failure('SlowDown', 503, 'Please reduce your request rate.'))
    const result = await publish({ concurrency: '1' })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(
      'S3 kept throttling requests (SlowDown) after 5 attempts: lower concurrency or try again later'
    )
    const keys = s3.commandCalls(PutObjectCommand).map(call => call.args[0].input.Key)
    expect(keys).not.toContain('index.html')
    expect(keys).not.toContain('.shipline/publish-manifest.json')
  })

  it('names the permission when listing is denied, before any upload', async () => {
    s3.on(ListObjectsV2Command).rejects(failure('AccessDenied', 403, 'Access Denied'))
    const result = await publish()
    expect(result.errors).toEqual([
      'Access denied to s3://erp-static-123456789012/ (ListObjectsV2): the role needs s3:ListBucket on arn:aws:s3:::erp-static-123456789012'
    ])
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
  })

  it('names the KMS permissions when an upload with aws:kms is denied', async () => {
    s3.on(PutObjectCommand).rejects(
      failure('AccessDenied', 403, 'User is not authorized to perform: kms:GenerateDataKey')
    )
    const result = await publish({ sse: 'aws:kms' })
    expect(result.errors[0]).toContain(
      'the role needs s3:PutObject on arn:aws:s3:::erp-static-123456789012/*, and kms:GenerateDataKey and kms:Decrypt on the bucket’s KMS key'
    )
  })

  it('a dry run without access to the manifest plans from what it can see, and says so', async () => {
    s3.on(GetObjectCommand).rejects(failure('AccessDenied', 403, 'Access Denied'))
    const result = await publish({ 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain(
      'the bucket could not be read (Access denied to s3://erp-static-123456789012/.shipline/publish-manifest.json'
    )
    expect(result.outputs.uploaded).toBe('5')
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
  })

  it('refuses a manifest it cannot read rather than publishing over it', async () => {
    s3.on(GetObjectCommand).resolves({
      Body: { transformToString: async () => '{"format":9,"publishes":[]}' }
    } as never)
    const result = await publish()
    expect(result.errors).toEqual([
      's3://erp-static-123456789012/.shipline/publish-manifest.json has format 9, which this Shipline does not read (it reads 1): upgrade Shipline'
    ])
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
  })
})
