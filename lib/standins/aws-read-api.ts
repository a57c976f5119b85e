/**
 * A loopback stand-in for exactly the AWS read calls a first `terraform plan` of infra/ makes (the
 * data sources: caller identity, availability zones, CloudFront's origin-facing prefix list, SSM
 * public parameters, CloudFront managed policies, an existing IAM OIDC provider, the S3 canonical
 * user id), answered in each service's own protocol as the AWS provider calls it: query/XML (STS,
 * EC2, IAM), JSON 1.1 (SSM), REST-XML (CloudFront, S3).
 *
 * Every request is recorded. A request it does not know gets an AWS-style error in its protocol and
 * is recorded as unknown, so a test can assert that a plan made no call the stand-in does not know.
 * The service and region come from the SigV4 credential scope of the Authorization header; the
 * signature itself is not checked. Node builtins only.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface AwsCall {
  /** Signing name of the service (sts, ec2, iam, ssm, cloudfront, s3), from the credential scope. */
  service: string
  /** Signing region, from the credential scope. */
  region: string
  /** Operation name (GetCallerIdentity, DescribeAvailabilityZones, ...), or METHOD PATH when unrecognised. */
  operation: string
  method: string
  path: string
  /** False when the stand-in had no answer and returned an error. */
  known: boolean
}

export interface AwsReadApiOptions {
  /** Account the credentials belong to (GetCallerIdentity, ARNs). Default 123456789012. */
  accountId?: string
}

export interface AwsReadApi {
  /** http://127.0.0.1:PORT, for every endpoint of the provider. */
  url: string
  /** Every request so far, in order. */
  calls: AwsCall[]
  /** The requests it had no answer for. */
  unknownCalls(): AwsCall[]
  close(): Promise<void>
}

export const DEFAULT_ACCOUNT_ID = '123456789012'

export interface Request {
  service: string
  region: string
  method: string
  path: string
  query: URLSearchParams
  /** Form parameters (query protocol) or parsed JSON body (JSON protocol). */
  params: URLSearchParams
  json: Record<string, unknown>
  target: string
  accountId: string
}

export interface Reply {
  status?: number
  contentType: string
  body: string
  headers?: Record<string, string>
}

type Handler = (request: Request) => Reply

// ---- protocol helpers ---------------------------------------------------------------------------

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** <name>value</name> for every entry, escaped. */
function tags(entries: Record<string, string | number | boolean>): string {
  return Object.entries(entries)
    .map(([name, value]) => `<${name}>${xmlEscape(String(value))}</${name}>`)
    .join('')
}

function xml(body: string, status = 200): Reply {
  return { status, contentType: 'text/xml', body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` }
}

/** A query-protocol (STS, IAM) success response. */
function queryResponse(operation: string, namespace: string, result: string): Reply {
  return xml(
    `<${operation}Response xmlns="${namespace}"><${operation}Result>${result}</${operation}Result>` +
      `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${operation}Response>`
  )
}

/** An EC2-query success response (no Result wrapper, lower-case requestId). */
function ec2Response(operation: string, body: string): Reply {
  return xml(
    `<${operation}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>${randomUUID()}</requestId>${body}</${operation}Response>`
  )
}

function json(body: unknown, status = 200): Reply {
  return { status, contentType: 'application/x-amz-json-1.1', body: JSON.stringify(body) }
}

const UNKNOWN_CODE = 'ShiplineStandInUnknownCall'

/** The error a service's SDK client understands, for a call the stand-in does not answer. */
export function unknownCallError(service: string, operation: string, target: string): Reply {
  const message = `the Shipline AWS read stand-in has no answer for ${service} ${operation}`
  if (target)
    return {
      status: 400,
      contentType: 'application/x-amz-json-1.1',
      body: JSON.stringify({ __type: UNKNOWN_CODE, message })
    }
  if (service === 'ec2')
    return xml(
      `<Response><Errors><Error><Code>${UNKNOWN_CODE}</Code><Message>${xmlEscape(message)}</Message></Error></Errors><RequestID>${randomUUID()}</RequestID></Response>`,
      400
    )
  if (service === 's3')
    return xml(
      `<Error><Code>${UNKNOWN_CODE}</Code><Message>${xmlEscape(message)}</Message><RequestId>${randomUUID()}</RequestId></Error>`,
      400
    )
  return xml(
    `<ErrorResponse><Error><Type>Sender</Type><Code>${UNKNOWN_CODE}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
    400
  )
}

/** Service and region of a SigV4 Authorization header (Credential=KEY/DATE/REGION/SERVICE/aws4_request). */
export function credentialScope(authorization: string | undefined): { service: string; region: string } {
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '')
  return match ? { region: match[1] as string, service: match[2] as string } : { region: '', service: '' }
}

// ---- STS ---------------------------------------------------------------------------------------

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/'

const getCallerIdentity: Handler = ({ accountId }) =>
  queryResponse(
    'GetCallerIdentity',
    STS_NS,
    tags({
      Arn: `arn:aws:iam::${accountId}:user/shipline-plan`,
      UserId: 'AIDASHIPLINEPLAN00001',
      Account: accountId
    })
  )

// ---- EC2 ---------------------------------------------------------------------------------------

/** Zone IDs follow AWS's scheme (eu-west-1 → euw1-az1, us-east-1 → use1-az1). */
export function zoneIdPrefix(region: string): string {
  const [area = '', direction = '', number = ''] = region.split('-')
  const compass: Record<string, string> = {
    north: 'n',
    south: 's',
    east: 'e',
    west: 'w',
    central: 'c',
    northeast: 'ne',
    northwest: 'nw',
    southeast: 'se',
    southwest: 'sw'
  }
  return `${area}${compass[direction] ?? direction.slice(0, 1)}${number}`
}

const describeAvailabilityZones: Handler = ({ region }) => {
  const items = ['a', 'b', 'c']
    .map(
      (letter, index) =>
        `<item>${tags({
          zoneName: `${region}${letter}`,
          zoneState: 'available',
          regionName: region,
          zoneId: `${zoneIdPrefix(region)}-az${index + 1}`,
          zoneType: 'availability-zone',
          optInStatus: 'opt-in-not-required',
          groupName: region,
          networkBorderGroup: region
        })}<messageSet/></item>`
    )
    .join('')
  return ec2Response('DescribeAvailabilityZones', `<availabilityZoneInfo>${items}</availabilityZoneInfo>`)
}

/** IDs of com.amazonaws.global.cloudfront.origin-facing where known; a stable stand-in elsewhere. */
const CLOUDFRONT_PREFIX_LISTS: Record<string, string> = {
  'us-east-1': 'pl-3b927c52',
  'eu-west-1': 'pl-4fa04526'
}
const CLOUDFRONT_PREFIX_LIST_NAME = 'com.amazonaws.global.cloudfront.origin-facing'

export function cloudFrontPrefixListId(region: string): string {
  return (
    CLOUDFRONT_PREFIX_LISTS[region] ?? `pl-${createHash('sha256').update(region).digest('hex').slice(0, 8)}`
  )
}

const describeManagedPrefixLists: Handler = ({ region, params }) => {
  // Filter.N.Name=prefix-list-name / Filter.N.Value.M=...; PrefixListId.N=...
  const wantedNames = [...params.entries()]
    .filter(([k]) => /^Filter\.\d+\.Value\.\d+$/.test(k))
    .map(([, v]) => v)
  const wantedIds = [...params.entries()].filter(([k]) => /^PrefixListId\.\d+$/.test(k)).map(([, v]) => v)
  const id = cloudFrontPrefixListId(region)
  const matches =
    (wantedNames.length === 0 || wantedNames.includes(CLOUDFRONT_PREFIX_LIST_NAME)) &&
    (wantedIds.length === 0 || wantedIds.includes(id))
  const item = matches
    ? `<item>${tags({
        prefixListId: id,
        addressFamily: 'IPv4',
        state: 'create-complete',
        prefixListArn: `arn:aws:ec2:${region}:aws:prefix-list/${id}`,
        prefixListName: CLOUDFRONT_PREFIX_LIST_NAME,
        maxEntries: 55,
        version: 1,
        ownerId: 'AWS'
      })}<tagSet/></item>`
    : ''
  return ec2Response('DescribeManagedPrefixLists', `<prefixListSet>${item}</prefixListSet>`)
}

/** A few of CloudFront's published origin-facing ranges. */
const CLOUDFRONT_ORIGIN_CIDRS = ['120.52.22.96/27', '205.251.249.0/24', '204.246.168.0/22', '130.176.0.0/18']

const getManagedPrefixListEntries: Handler = () =>
  ec2Response(
    'GetManagedPrefixListEntries',
    `<entrySet>${CLOUDFRONT_ORIGIN_CIDRS.map(cidr => `<item>${tags({ cidr })}</item>`).join('')}</entrySet>`
  )

// ---- SSM (public parameters) -------------------------------------------------------------------

const getParameter: Handler = ({ region, json: body }) => {
  const name = String(body.Name ?? '')
  if (!name.startsWith('/aws/service/')) return unknownCallError('ssm', `GetParameter ${name}`, 'AmazonSSM')
  const value = /ami/.test(name)
    ? `ami-0${createHash('sha256').update(name).digest('hex').slice(0, 16)}`
    : 'stand-in'
  return json({
    Parameter: {
      Name: name,
      Type: 'String',
      Value: value,
      Version: 1,
      ARN: `arn:aws:ssm:${region}::parameter${name}`,
      DataType: /ami/.test(name) ? 'aws:ec2:image' : 'text',
      LastModifiedDate: 1735689600
    }
  })
}

// ---- CloudFront managed policies ---------------------------------------------------------------

const CF_NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/'
const CF_MODIFIED = '2021-11-02T00:00:00Z'

interface ManagedPolicy {
  id: string
  name: string
  comment: string
  /** The XML of the policy's *Config element body, after Name and Comment. */
  config: string
}

const CACHE_POLICIES: ManagedPolicy[] = [
  {
    id: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    name: 'Managed-CachingOptimized',
    comment: 'Policy with caching enabled. Supports Gzip and Brotli compression.',
    config:
      tags({ DefaultTTL: 86400, MaxTTL: 31536000, MinTTL: 1 }) +
      '<ParametersInCacheKeyAndForwardedToOrigin>' +
      tags({ EnableAcceptEncodingGzip: true, EnableAcceptEncodingBrotli: true }) +
      '<HeadersConfig><HeaderBehavior>none</HeaderBehavior></HeadersConfig>' +
      '<CookiesConfig><CookieBehavior>none</CookieBehavior></CookiesConfig>' +
      '<QueryStringsConfig><QueryStringBehavior>none</QueryStringBehavior></QueryStringsConfig>' +
      '</ParametersInCacheKeyAndForwardedToOrigin>'
  },
  {
    id: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
    name: 'Managed-CachingDisabled',
    comment: 'Policy with caching disabled',
    config:
      tags({ DefaultTTL: 0, MaxTTL: 0, MinTTL: 0 }) +
      '<ParametersInCacheKeyAndForwardedToOrigin>' +
      tags({ EnableAcceptEncodingGzip: false, EnableAcceptEncodingBrotli: false }) +
      '<HeadersConfig><HeaderBehavior>none</HeaderBehavior></HeadersConfig>' +
      '<CookiesConfig><CookieBehavior>none</CookieBehavior></CookiesConfig>' +
      '<QueryStringsConfig><QueryStringBehavior>none</QueryStringBehavior></QueryStringsConfig>' +
      '</ParametersInCacheKeyAndForwardedToOrigin>'
  }
]

const ORIGIN_REQUEST_POLICIES: ManagedPolicy[] = [
  {
    id: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
    name: 'Managed-AllViewerExceptHostHeader',
    comment: 'Policy to forward all parameters in viewer requests except for the Host header',
    config:
      '<HeadersConfig><HeaderBehavior>allExcept</HeaderBehavior><Headers><Quantity>1</Quantity><Items><Name>host</Name></Items></Headers></HeadersConfig>' +
      '<CookiesConfig><CookieBehavior>all</CookieBehavior></CookiesConfig>' +
      '<QueryStringsConfig><QueryStringBehavior>all</QueryStringBehavior></QueryStringsConfig>'
  }
]

const RESPONSE_HEADERS_POLICIES: ManagedPolicy[] = [
  {
    id: '67f7725c-6f97-4210-82d7-5512b31e9d03',
    name: 'Managed-SecurityHeadersPolicy',
    comment: 'Adds a set of security headers to every response',
    config:
      '<SecurityHeadersConfig>' +
      '<XSSProtection><Override>false</Override><Protection>true</Protection><ModeBlock>true</ModeBlock></XSSProtection>' +
      '<FrameOptions><Override>false</Override><FrameOption>SAMEORIGIN</FrameOption></FrameOptions>' +
      '<ReferrerPolicy><Override>false</Override><ReferrerPolicy>strict-origin-when-cross-origin</ReferrerPolicy></ReferrerPolicy>' +
      '<ContentTypeOptions><Override>true</Override></ContentTypeOptions>' +
      '<StrictTransportSecurity><Override>false</Override><IncludeSubdomains>false</IncludeSubdomains><Preload>false</Preload><AccessControlMaxAgeSec>31536000</AccessControlMaxAgeSec></StrictTransportSecurity>' +
      '</SecurityHeadersConfig>'
  }
]

interface PolicyKind {
  /** URL segment: /2020-05-31/<segment> and /2020-05-31/<segment>/<id>. */
  segment: string
  /** Element name stem: CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy. */
  element: string
  policies: ManagedPolicy[]
}

const POLICY_KINDS: PolicyKind[] = [
  { segment: 'cache-policy', element: 'CachePolicy', policies: CACHE_POLICIES },
  { segment: 'origin-request-policy', element: 'OriginRequestPolicy', policies: ORIGIN_REQUEST_POLICIES },
  {
    segment: 'response-headers-policy',
    element: 'ResponseHeadersPolicy',
    policies: RESPONSE_HEADERS_POLICIES
  }
]

function policyXml(kind: PolicyKind, policy: ManagedPolicy, namespace = false): string {
  const ns = namespace ? ` xmlns="${CF_NS}"` : ''
  return (
    `<${kind.element}${ns}>${tags({ Id: policy.id, LastModifiedTime: CF_MODIFIED })}` +
    `<${kind.element}Config>${tags({ Comment: policy.comment, Name: policy.name })}${policy.config}</${kind.element}Config>` +
    `</${kind.element}>`
  )
}

function listPolicies(kind: PolicyKind, query: URLSearchParams): Reply {
  const type = query.get('Type')
  const policies = type === 'custom' ? [] : kind.policies
  const items = policies
    .map(p => `<${kind.element}Summary><Type>managed</Type>${policyXml(kind, p)}</${kind.element}Summary>`)
    .join('')
  return xml(
    `<${kind.element}List xmlns="${CF_NS}">${tags({ MaxItems: 100, Quantity: policies.length })}` +
      `${policies.length ? `<Items>${items}</Items>` : ''}</${kind.element}List>`
  )
}

function getPolicy(kind: PolicyKind, id: string): Reply | undefined {
  const policy = kind.policies.find(p => p.id === id)
  if (!policy) return undefined
  return {
    ...xml(policyXml(kind, policy, true)),
    headers: { ETag: `E${policy.id.slice(0, 12).toUpperCase()}` }
  }
}

// ---- IAM (an OIDC provider that already exists) ------------------------------------------------

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/'
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com'

/** The provider asks who its credentials belong to with GetUser first (then STS). */
const getUser: Handler = ({ accountId }) =>
  queryResponse(
    'GetUser',
    IAM_NS,
    `<User>${tags({
      Path: '/',
      UserName: 'shipline-plan',
      UserId: 'AIDASHIPLINEPLAN00001',
      Arn: `arn:aws:iam::${accountId}:user/shipline-plan`,
      CreateDate: '2024-01-01T00:00:00Z'
    })}</User>`
  )

const listOpenIdConnectProviders: Handler = ({ accountId }) =>
  queryResponse(
    'ListOpenIDConnectProviders',
    IAM_NS,
    `<OpenIDConnectProviderList><member>${tags({
      Arn: `arn:aws:iam::${accountId}:oidc-provider/${GITHUB_OIDC_HOST}`
    })}</member></OpenIDConnectProviderList>`
  )

const getOpenIdConnectProvider: Handler = ({ accountId, params }) => {
  if (
    params.get('OpenIDConnectProviderArn') !== `arn:aws:iam::${accountId}:oidc-provider/${GITHUB_OIDC_HOST}`
  )
    return xml(
      `<ErrorResponse xmlns="${IAM_NS}"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>OpenIDConnect Provider not found</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
      404
    )
  return queryResponse(
    'GetOpenIDConnectProvider',
    IAM_NS,
    `${tags({ Url: GITHUB_OIDC_HOST })}<ClientIDList><member>sts.amazonaws.com</member></ClientIDList>` +
      `<ThumbprintList><member>6938fd4d98bab03faadb97b34396831e3780aea1</member></ThumbprintList>` +
      `${tags({ CreateDate: '2024-01-01T00:00:00Z' })}<Tags/>`
  )
}

const listOpenIdConnectProviderTags: Handler = () =>
  queryResponse('ListOpenIDConnectProviderTags', IAM_NS, '<Tags/><IsTruncated>false</IsTruncated>')

// ---- S3 (the canonical user id of the account) -------------------------------------------------

/** A stable 64-hex canonical user id per account, shaped like S3's. */
export function canonicalUserId(accountId: string): string {
  return createHash('sha256').update(`canonical:${accountId}`).digest('hex')
}

const listBuckets: Handler = ({ accountId }) =>
  xml(
    `<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner>${tags({
      ID: canonicalUserId(accountId),
      DisplayName: 'shipline-plan'
    })}</Owner><Buckets></Buckets></ListAllMyBucketsResult>`
  )

// ---- dispatch ----------------------------------------------------------------------------------

const QUERY_HANDLERS: Record<string, Handler> = {
  'sts:GetCallerIdentity': getCallerIdentity,
  'ec2:DescribeAvailabilityZones': describeAvailabilityZones,
  'ec2:DescribeManagedPrefixLists': describeManagedPrefixLists,
  'ec2:GetManagedPrefixListEntries': getManagedPrefixListEntries,
  'iam:GetUser': getUser,
  'iam:ListOpenIDConnectProviders': listOpenIdConnectProviders,
  'iam:GetOpenIDConnectProvider': getOpenIdConnectProvider,
  'iam:ListOpenIDConnectProviderTags': listOpenIdConnectProviderTags
}

const JSON_HANDLERS: Record<string, Handler> = {
  'AmazonSSM.GetParameter': getParameter
}

/** The operation a REST request names, and its answer (undefined when unknown). */
function restCall(request: Request): { operation: string; reply: Reply | undefined } {
  const { service, method, path, query } = request
  if (service === 's3' && method === 'GET' && path === '/')
    return { operation: 'ListBuckets', reply: listBuckets(request) }
  if (service === 'cloudfront' && method === 'GET') {
    for (const kind of POLICY_KINDS) {
      const prefix = `/2020-05-31/${kind.segment}`
      if (path === prefix)
        return { operation: `List${kind.element.replace(/y$/, 'ie')}s`, reply: listPolicies(kind, query) }
      const id = path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : ''
      if (id && !id.includes('/')) return { operation: `Get${kind.element}`, reply: getPolicy(kind, id) }
    }
  }
  return { operation: `${method} ${path}`, reply: undefined }
}

/** Operation name and answer of one request; unknown calls get an error in the service's protocol. */
export function answer(request: Request): { operation: string; reply: Reply; known: boolean } {
  if (request.target) {
    const operation = request.target.split('.').pop() ?? request.target
    const handler = JSON_HANDLERS[request.target]
    if (handler) return { operation, reply: handler(request), known: true }
    return { operation, reply: unknownCallError(request.service, operation, request.target), known: false }
  }
  const action = request.params.get('Action') ?? request.query.get('Action')
  if (action) {
    const handler = QUERY_HANDLERS[`${request.service}:${action}`]
    if (handler) return { operation: action, reply: handler(request), known: true }
    return { operation: action, reply: unknownCallError(request.service, action, ''), known: false }
  }
  const { operation, reply } = restCall(request)
  if (reply) return { operation, reply, known: true }
  return { operation, reply: unknownCallError(request.service, operation, ''), known: false }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/** What a call asks: the service and region of its signature, its path, form and JSON body. */
function toRequest(req: IncomingMessage, body: string, accountId: string): Request {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const { service, region } = credentialScope(req.headers.authorization)
  const target = String(req.headers['x-amz-target'] ?? '')
  const contentType = String(req.headers['content-type'] ?? '')
  return {
    service,
    region: region || 'us-east-1',
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    params: contentType.includes('x-www-form-urlencoded') ? new URLSearchParams(body) : new URLSearchParams(),
    json: target ? parseJson(body) : {},
    target,
    accountId
  }
}

/** Starts the stand-in on 127.0.0.1, on a free port. */
export async function startAwsReadApi(options: AwsReadApiOptions = {}): Promise<AwsReadApi> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID
  if (!/^\d{12}$/.test(accountId))
    throw new Error(`accountId "${accountId}" is not an AWS account ID; accepted: 12 digits`)
  const calls: AwsCall[] = []

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const request = toRequest(req, await readBody(req), accountId)
      const { operation, reply, known } = answer(request)
      calls.push({
        service: request.service,
        region: request.region,
        operation,
        method: request.method,
        path: request.path,
        known
      })
      res.writeHead(reply.status ?? 200, {
        'Content-Type': reply.contentType,
        'x-amzn-RequestId': randomUUID(),
        ...reply.headers
      })
      res.end(reply.body)
    })().catch(error => {
      res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    unknownCalls: () => calls.filter(call => !call.known),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      })
  }
}
