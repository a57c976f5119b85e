/**
 * A real S3-protocol server on loopback for the tests and benchmarks: `s3rver` behind a recording
 * proxy, so a test sees every request in the order the server received it (method, key, when it
 * arrived and when its answer finished) and can make chosen requests fail as S3 would.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

export interface S3Request {
  method: string
  /** The object key ('' for bucket-level requests), decoded. */
  key: string
  query: string
  /** Order of arrival and of completion, counted over all requests. */
  arrived: number
  finished: number
  status: number
  /** Bytes of the request body. */
  bytes: number
}

export interface S3Failure {
  status: number
  code: string
  message: string
}

export interface TestS3 {
  endpoint: string
  bucket: string
  /** A client for the test's own checks (not the one under test). */
  client: S3Client
  requests: S3Request[]
  /** Answer matching requests with an S3 error instead of forwarding them. */
  failWhen?: (method: string, key: string) => S3Failure | undefined
  /** Environment with credentials s3rver accepts. */
  env: Record<string, string>
  object(key: string): Promise<{ body: string; headers: Record<string, string | undefined> } | undefined>
  keys(): Promise<string[]>
  close(): Promise<void>
}

export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' }

export async function startS3(bucket = 'site-static'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'shipline-s3rver-'))
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }]
  })
  const { port: backendPort } = (await s3rver.run()) as AddressInfo
  let counter = 0
  const fake = { requests: [] as S3Request[] } as TestS3
  const proxy = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const [, , ...rest] = url.pathname.split('/')
    const key = decodeURIComponent(rest.join('/'))
    const entry: S3Request = {
      bytes: 0,
      method: req.method ?? '',
      key,
      query: url.search,
      arrived: ++counter,
      finished: 0,
      status: 0
    }
    fake.requests.push(entry)
    req.on('data', (chunk: Buffer) => (entry.bytes += chunk.length))
    const failure = fake.failWhen?.(entry.method, key)
    const done = (status: number) => {
      entry.status = status
      entry.finished = ++counter
    }
    if (failure) {
      req.resume()
      req.on('end', () => {
        done(failure.status)
        res
          .writeHead(failure.status, { 'content-type': 'application/xml' })
          .end(
            `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${failure.code}</Code><Message>${failure.message}</Message></Error>`
          )
      })
      return
    }
    const upstream = httpRequest(
      { host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: req.headers },
      answer => {
        res.writeHead(answer.statusCode ?? 500, answer.headers)
        answer.pipe(res)
        answer.on('end', () => done(answer.statusCode ?? 0))
      }
    )
    upstream.on('error', error => res.destroy(error))
    req.pipe(upstream)
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  const client = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED'
  })
  const direct = new S3Client({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${backendPort}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED'
  })
  Object.assign(fake, {
    endpoint,
    bucket,
    client,
    env: { ...S3RVER_CREDENTIALS },
    // The test's own reads go straight to s3rver: they are not requests of the code under test.
    async object(key: string) {
      try {
        const got = await direct.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        const head = await direct.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
        return {
          body: (await got.Body?.transformToString('utf-8')) ?? '',
          headers: {
            'content-type': head.ContentType,
            'cache-control': head.CacheControl,
            'content-encoding': head.ContentEncoding,
            'content-length': String(head.ContentLength)
          }
        }
      } catch (error) {
        if ((error as Error).name === 'NoSuchKey' || (error as Error).name === 'NotFound') return undefined
        throw error
      }
    },
    async keys() {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await direct.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
        keys.push(...(page.Contents ?? []).map(object => object.Key as string))
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return keys.sort()
    },
    async close() {
      client.destroy()
      direct.destroy()
      await new Promise<void>(resolve => {
        proxy.closeAllConnections()
        proxy.close(() => resolve())
      })
      await s3rver.close()
      rmSync(directory, { recursive: true, force: true })
    }
  })
  return fake
}

/** A hand-made Vite-shaped site: hashed assets under assets/, index.html and public files at the root. */
export function siteFiles(version: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'index.html': `<!doctype html><script type="module" src="/assets/index-${hashOf(`js${version}`)}.js"></script><link rel="stylesheet" href="/assets/index-${hashOf('css')}.css">\n`,
    [`assets/index-${hashOf(`js${version}`)}.js`]: `console.log(${JSON.stringify(version)})\n`,
    [`assets/index-${hashOf('css')}.css`]: 'body{margin:0}\n',
    'favicon.ico': 'ICO',
    'robots.txt': 'User-agent: *\n',
    ...extra
  }
}

/** An 8-character base64url token, as Vite names its chunks. */
export function hashOf(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
  let h = 2166136261
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619) >>> 0
  let out = ''
  for (let i = 0; i < 8; i++) {
    out += alphabet[(h >>> (i * 4)) % 64]
    h = Math.imul(h ^ i, 16777619) >>> 0
  }
  // Mixed case and a digit, as a real hash almost always is.
  return `A${out.slice(1, 7)}9`
}
