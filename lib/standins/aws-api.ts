/**
 * AWS on loopback, at the SDK's endpoint (AWS_ENDPOINT_URL): the calls the pipeline makes, answered
 * in each service's own wire protocol, with state kept in a directory so consecutive rehearsals are
 * consecutive runs.
 *
 * - STS (query/XML): AssumeRoleWithWebIdentity (any role is trusted; the role's account becomes the
 *   caller's), GetCallerIdentity.
 * - ECR (JSON 1.1): GetAuthorizationToken (the registry behind ECR's host is the loopback registry),
 *   BatchGetImage and DescribeImages answered from that registry. Every repository exists.
 * - EKS (REST/JSON): DescribeCluster of any name → the Kubernetes API stand-in's endpoint.
 * - CloudFront (REST/XML): CreateInvalidation (idempotent per CallerReference, counted),
 *   GetInvalidation (Completed at once).
 * - S3 (REST/XML, path style): GetObject, PutObject (If-None-Match, aws-chunked bodies), HeadObject,
 *   DeleteObject, ListObjectsV2: what Terraform's S3 backend uses for state and its lock file.
 *
 * Signatures are not verified. More services plug in as `handlers`, tried first.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

export const DEFAULT_ACCOUNT = '123456789012'

export interface AwsRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
  body: Buffer
  /** sts, ecr, eks, cloudfront, s3 (from the signature's credential scope, the target or the form). */
  service: string
  /** The target operation of JSON 1.1 calls (GetAuthorizationToken), or the form's Action. */
  action?: string
}

export interface AwsResponse {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
}

export type AwsHandler = (request: AwsRequest) => Promise<AwsResponse | undefined> | AwsResponse | undefined

export interface Invalidation {
  id: string
  distributionId: string
  callerReference: string
  paths: string[]
  createTime: string
}

interface State {
  credentials: Record<string, { account: string; role: string }>
  roles: string[]
  clusters: string[]
  invalidations: Invalidation[]
}

export interface AwsStandInOptions {
  stateDir: string
  /** host:port of the registry ECR's registry host stands for. */
  registry: string
  /** The Kubernetes API stand-in's URL, DescribeCluster's endpoint. */
  kubeEndpoint: string
  handlers?: AwsHandler[]
}

export interface AwsStandIn {
  url: string
  /** The invalidations created so far (all rehearsals of this state). */
  invalidations(): Invalidation[]
  /** Roles assumed so far. */
  roles(): string[]
  stop(): Promise<void>
}

const xml = (status: number, body: string): AwsResponse => ({
  status,
  headers: { 'content-type': 'text/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`
})
const json = (status: number, body: unknown): AwsResponse => ({
  status,
  headers: { 'content-type': 'application/x-amz-json-1.1' },
  body: JSON.stringify(body)
})
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const requestId = () => randomBytes(8).toString('hex')

function serviceOf(headers: http.IncomingHttpHeaders, body: Buffer): { service: string; action?: string } {
  const target = String(headers['x-amz-target'] ?? '')
  if (target.startsWith('AmazonEC2ContainerRegistry')) return { service: 'ecr', action: target.split('.')[1] }
  const scope = /Credential=[^/]+\/\d+\/[^/]+\/([^/]+)\//.exec(String(headers.authorization ?? ''))
  const form = String(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
  if (form) {
    const action = new URLSearchParams(body.toString('utf8')).get('Action') ?? undefined
    return { service: scope?.[1] ?? 'sts', action }
  }
  return { service: scope?.[1] ?? 's3' }
}

/** An aws-chunked body (`size;chunk-signature=…\r\n data \r\n … 0\r\n trailers`) → its data. */
export function decodeAwsChunked(body: Buffer): Buffer {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const end = body.indexOf('\r\n', offset)
    if (end < 0) break
    const size = parseInt(body.subarray(offset, end).toString('latin1').split(';')[0], 16)
    if (!Number.isFinite(size) || size === 0) break
    parts.push(body.subarray(end + 2, end + 2 + size))
    offset = end + 2 + size + 2
  }
  return Buffer.concat(parts)
}

class Store {
  readonly state: State
  private readonly file: string

  constructor(readonly dir: string) {
    mkdirSync(join(dir, 's3'), { recursive: true })
    this.file = join(dir, 'state.json')
    this.state = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as State)
      : { credentials: {}, roles: [], clusters: [], invalidations: [] }
  }

  save(): void {
    writeFileSync(this.file, `${JSON.stringify(this.state, null, 2)}\n`)
  }

  objectPath(bucket: string, key: string): string {
    return join(this.dir, 's3', encodeURIComponent(bucket), encodeURIComponent(key))
  }
}

function sts(request: AwsRequest, store: Store): AwsResponse {
  const form = new URLSearchParams(request.body.toString('utf8'))
  const ns = 'xmlns="https://sts.amazonaws.com/doc/2011-06-15/"'
  if (request.action === 'AssumeRoleWithWebIdentity' || request.action === 'AssumeRole') {
    const role = form.get('RoleArn') ?? ''
    const match = /^arn:aws[\w-]*:iam::(\d{12}):role\/(.+)$/.exec(role)
    if (!match)
      return xml(
        400,
        `<ErrorResponse ${ns}><Error><Type>Sender</Type><Code>ValidationError</Code><Message>${escapeXml(`Request ARN is invalid: ${role}`)}</Message></Error></ErrorResponse>`
      )
    const session = form.get('RoleSessionName') ?? 'session'
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`
    store.state.credentials[accessKeyId] = { account: match[1], role }
    store.state.roles.push(role)
    store.save()
    const tag = request.action
    return xml(
      200,
      `<${tag}Response ${ns}><${tag}Result><Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${randomBytes(20).toString('base64url')}</SecretAccessKey><SessionToken>${randomBytes(48).toString('base64url')}</SessionToken><Expiration>${new Date(Date.now() + 3_600_000).toISOString()}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${match[1]}:assumed-role/${escapeXml(match[2])}/${escapeXml(session)}</Arn><AssumedRoleId>AROAREHEARSAL:${escapeXml(session)}</AssumedRoleId></AssumedRoleUser></${tag}Result><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${tag}Response>`
    )
  }
  if (request.action === 'GetCallerIdentity') {
    const key = /Credential=([^/]+)\//.exec(String(request.headers.authorization ?? ''))?.[1] ?? ''
    const known = store.state.credentials[key]
    const account = known?.account ?? DEFAULT_ACCOUNT
    const arn = known
      ? known.role.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/')
      : `arn:aws:iam::${account}:user/rehearsal`
    return xml(
      200,
      `<GetCallerIdentityResponse ${ns}><GetCallerIdentityResult><Arn>${escapeXml(arn)}</Arn><UserId>AIDAREHEARSAL</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
    )
  }
  return xml(
    400,
    `<ErrorResponse ${ns}><Error><Code>InvalidAction</Code><Message>${escapeXml(String(request.action))} is not stood in for</Message></Error></ErrorResponse>`
  )
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
]

async function registryManifest(
  registry: string,
  repository: string,
  reference: string
): Promise<{ digest: string; body: string; mediaType: string } | undefined> {
  const response = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, {
    headers: { accept: MANIFEST_TYPES.join(', ') }
  })
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`registry answered ${response.status} for ${repository}:${reference}`)
  const body = await response.text()
  return {
    body,
    digest:
      response.headers.get('docker-content-digest') ??
      `sha256:${createHash('sha256').update(body).digest('hex')}`,
    mediaType: (response.headers.get('content-type') ?? '').split(';')[0]
  }
}

async function ecr(request: AwsRequest, options: AwsStandInOptions): Promise<AwsResponse> {
  const input = JSON.parse(request.body.toString('utf8') || '{}') as {
    registryId?: string
    registryIds?: string[]
    repositoryName?: string
    imageIds?: Array<{ imageTag?: string; imageDigest?: string }>
  }
  const account = input.registryId ?? input.registryIds?.[0] ?? DEFAULT_ACCOUNT
  const region =
    /Credential=[^/]+\/\d+\/([^/]+)\//.exec(String(request.headers.authorization ?? ''))?.[1] ?? 'us-east-1'
  switch (request.action) {
    case 'GetAuthorizationToken':
      return json(200, {
        authorizationData: [
          {
            authorizationToken: Buffer.from(`AWS:${randomBytes(24).toString('base64url')}`).toString(
              'base64'
            ),
            expiresAt: Math.floor(Date.now() / 1000) + 43_200,
            proxyEndpoint: `https://${account}.dkr.ecr.${region}.amazonaws.com`
          }
        ]
      })
    case 'BatchGetImage':
    case 'DescribeImages': {
      const repositoryName = input.repositoryName ?? ''
      const images: unknown[] = []
      const failures: unknown[] = []
      for (const id of input.imageIds ?? []) {
        const found = await registryManifest(
          options.registry,
          repositoryName,
          id.imageDigest ?? id.imageTag ?? ''
        )
        if (!found) {
          if (request.action === 'DescribeImages')
            return json(400, {
              __type: 'ImageNotFoundException',
              message: `The image with imageId {imageDigest:'null', imageTag:'${id.imageTag}'} does not exist within the repository with name '${repositoryName}' in the registry with id '${account}'`
            })
          failures.push({
            imageId: id,
            failureCode: 'ImageNotFound',
            failureReason: 'Requested image not found'
          })
        } else if (request.action === 'BatchGetImage')
          images.push({
            registryId: account,
            repositoryName,
            imageId: { imageDigest: found.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
            imageManifest: found.body,
            imageManifestMediaType: found.mediaType
          })
        else
          images.push({
            registryId: account,
            repositoryName,
            imageDigest: found.digest,
            imageTags: id.imageTag ? [id.imageTag] : [],
            imageManifestMediaType: found.mediaType,
            imagePushedAt: Math.floor(Date.now() / 1000)
          })
      }
      return request.action === 'BatchGetImage'
        ? json(200, { images, failures })
        : json(200, { imageDetails: images })
    }
    default:
      return json(400, {
        __type: 'UnsupportedOperation',
        message: `ECR ${request.action} is not stood in for`
      })
  }
}

function eks(request: AwsRequest, options: AwsStandInOptions, store: Store): AwsResponse {
  const match = /^\/clusters\/([^/]+)$/.exec(request.path)
  if (request.method !== 'GET' || !match)
    return {
      status: 400,
      body: JSON.stringify({ message: `EKS ${request.method} ${request.path} is not stood in for` })
    }
  const name = decodeURIComponent(match[1])
  if (!store.state.clusters.includes(name)) {
    store.state.clusters.push(name)
    store.save()
  }
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      cluster: {
        name,
        arn: `arn:aws:eks:us-east-1:${DEFAULT_ACCOUNT}:cluster/${name}`,
        endpoint: options.kubeEndpoint,
        status: 'ACTIVE',
        version: '1.31',
        certificateAuthority: {}
      }
    })
  }
}

function invalidationXml(invalidation: Invalidation, status: string): string {
  const items = invalidation.paths.map(path => `<Path>${escapeXml(path)}</Path>`).join('')
  return `<Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>${invalidation.id}</Id><Status>${status}</Status><CreateTime>${invalidation.createTime}</CreateTime><InvalidationBatch><Paths><Quantity>${invalidation.paths.length}</Quantity><Items>${items}</Items></Paths><CallerReference>${escapeXml(invalidation.callerReference)}</CallerReference></InvalidationBatch></Invalidation>`
}

function cloudfront(request: AwsRequest, store: Store): AwsResponse {
  const create = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation$/.exec(request.path)
  const get = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation\/([^/]+)$/.exec(request.path)
  if (create && request.method === 'POST') {
    const body = request.body.toString('utf8')
    const paths = [...body.matchAll(/<Path>([^<]*)<\/Path>/g)].map(m => m[1])
    const callerReference = /<CallerReference>([^<]*)<\/CallerReference>/.exec(body)?.[1] ?? ''
    const distributionId = decodeURIComponent(create[1])
    let invalidation = store.state.invalidations.find(
      i => i.distributionId === distributionId && i.callerReference === callerReference
    )
    if (!invalidation) {
      invalidation = {
        id: `I${randomBytes(6).toString('hex').toUpperCase()}`,
        distributionId,
        callerReference,
        paths,
        createTime: new Date().toISOString()
      }
      store.state.invalidations.push(invalidation)
      store.save()
    }
    const response = xml(201, invalidationXml(invalidation, 'InProgress'))
    response.headers = {
      ...response.headers,
      location: `https://cloudfront.amazonaws.com/2020-05-31/distribution/${distributionId}/invalidation/${invalidation.id}`
    }
    return response
  }
  if (get && request.method === 'GET') {
    const invalidation = store.state.invalidations.find(i => i.id === get[2])
    if (!invalidation)
      return xml(
        404,
        `<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchInvalidation</Code><Message>The specified invalidation does not exist.</Message></Error></ErrorResponse>`
      )
    return xml(200, invalidationXml(invalidation, 'Completed'))
  }
  return xml(
    400,
    `<ErrorResponse><Error><Code>InvalidAction</Code><Message>CloudFront ${request.method} ${escapeXml(request.path)} is not stood in for</Message></Error></ErrorResponse>`
  )
}

function s3(request: AwsRequest, store: Store): AwsResponse {
  const [, bucket = '', ...rest] = request.path.split('/')
  const key = decodeURIComponent(rest.join('/'))
  const error = (status: number, code: string, message: string) =>
    xml(
      status,
      `<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>${requestId()}</RequestId></Error>`
    )
  if (!bucket) return error(400, 'InvalidRequest', 'path-style requests only (/bucket/key)')
  const bucketDir = join(store.dir, 's3', encodeURIComponent(bucket))
  if (!key) {
    if (request.method === 'HEAD') return { status: 200 }
    if (request.method === 'GET') {
      const prefix = request.query.get('prefix') ?? ''
      const keys = (existsSync(bucketDir) ? readdirSync(bucketDir) : [])
        .map(name => decodeURIComponent(name))
        .filter(name => name.startsWith(prefix))
        .sort()
      const contents = keys
        .map(name => {
          const stat = statSync(store.objectPath(bucket, name))
          return `<Contents><Key>${escapeXml(name)}</Key><LastModified>${stat.mtime.toISOString()}</LastModified><Size>${stat.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`
        })
        .join('')
      return xml(
        200,
        `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${escapeXml(bucket)}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`
      )
    }
    return error(400, 'InvalidRequest', `${request.method} on a bucket is not stood in for`)
  }
  const file = store.objectPath(bucket, key)
  const etag = (data: Buffer) => `"${createHash('md5').update(data).digest('hex')}"`
  switch (request.method) {
    case 'GET':
    case 'HEAD': {
      if (!existsSync(file))
        return request.method === 'HEAD'
          ? { status: 404 }
          : error(404, 'NoSuchKey', 'The specified key does not exist.')
      const data = readFileSync(file)
      return {
        status: 200,
        headers: {
          'content-type': 'application/octet-stream',
          etag: etag(data),
          'content-length': String(data.length)
        },
        body: request.method === 'GET' ? data : undefined
      }
    }
    case 'PUT': {
      if (request.headers['if-none-match'] === '*' && existsSync(file))
        return error(
          412,
          'PreconditionFailed',
          'At least one of the pre-conditions you specified did not hold'
        )
      const encoded =
        String(request.headers['content-encoding'] ?? '').includes('aws-chunked') ||
        String(request.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-')
      const data = encoded ? decodeAwsChunked(request.body) : request.body
      mkdirSync(bucketDir, { recursive: true })
      writeFileSync(file, data)
      return { status: 200, headers: { etag: etag(data) } }
    }
    case 'DELETE':
      rmSync(file, { force: true })
      return { status: 204 }
    default:
      return error(400, 'InvalidRequest', `${request.method} is not stood in for`)
  }
}

export async function startAwsStandIn(options: AwsStandInOptions): Promise<AwsStandIn> {
  const store = new Store(options.stateDir)
  const handle = async (request: AwsRequest): Promise<AwsResponse> => {
    for (const handler of options.handlers ?? []) {
      const answer = await handler(request)
      if (answer) return answer
    }
    switch (request.service) {
      case 'sts':
        return sts(request, store)
      case 'ecr':
      case 'api.ecr':
        return ecr(request, options)
      case 'eks':
        return eks(request, options, store)
      case 'cloudfront':
        return cloudfront(request, store)
      case 's3':
        return s3(request, store)
      default:
        return json(400, { __type: 'UnknownService', message: `${request.service} is not stood in for` })
    }
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', 'http://aws')
      const { service, action } = serviceOf(req.headers, body)
      handle({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        service,
        action
      })
        .catch((error: Error) => json(500, { __type: 'InternalFailure', message: error.message }))
        .then(answer => {
          res.writeHead(answer.status, { 'x-amzn-requestid': requestId(), ...answer.headers })
          res.end(answer.body)
        })
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    invalidations: () => [...store.state.invalidations],
    roles: () => [...store.state.roles],
    stop: () =>
      new Promise(done => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}
