/**
 * EKS bearer tokens made the way `aws eks get-token` makes them, without the aws CLI: an STS
 * GetCallerIdentity URL presigned with SigV4 (regional endpoint, 60 s X-Amz-Expires, the
 * `x-k8s-aws-id` header naming the cluster signed with `host`), base64url-encoded after
 * `k8s-aws-v1.`. The cluster's authenticator accepts such a token for 15 minutes after its
 * X-Amz-Date; clients (kubectl, client-go) are told it expires after 14, as the aws CLI says.
 *
 * Shared by deploy-eks (a provider that renews the token during long waits) and `shipline eks-token`
 * (an ExecCredential byte-identical to the aws CLI's for the same clock and credentials).
 */
import { createHash, createHmac } from 'node:crypto'
import type { Clock } from '../core/clock.js'

export const TOKEN_PREFIX = 'k8s-aws-v1.'
export const CLUSTER_ID_HEADER = 'x-k8s-aws-id'
/** X-Amz-Expires of the presigned URL, as the aws CLI sets it. */
export const PRESIGN_EXPIRES_SECONDS = 60
/** The expiry clients are told (expirationTimestamp), as the aws CLI says: 14 minutes. */
export const TOKEN_LIFETIME_MS = 14 * 60_000
export const STS_API_VERSION = '2011-06-15'
export const EXEC_CREDENTIAL_API_VERSIONS = [
  'client.authentication.k8s.io/v1beta1',
  'client.authentication.k8s.io/v1',
  'client.authentication.k8s.io/v1alpha1'
] as const
export const DEFAULT_EXEC_CREDENTIAL_API_VERSION = 'client.authentication.k8s.io/v1beta1'

export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface EksToken {
  token: string
  /** The presigned URL inside the token. */
  url: string
  /** When clients should stop using it (clock ms). */
  expiresAt: number
  /** `expirationTimestamp` of the ExecCredential: RFC 3339, whole seconds, UTC. */
  expirationTimestamp: string
}

/** The regional STS endpoint's host (`sts.eu-west-1.amazonaws.com`; `.amazonaws.com.cn` in China). */
export function stsHost(region: string): string {
  return `sts.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`
}

/** RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ (what SigV4 requires). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

function hmac(key: string | Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text, 'utf8').digest()
}

/** `20260101T000000Z` */
export function amzDate(now: number): string {
  return new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** The presigned GetCallerIdentity URL for `clusterName`, signed at `now`. */
export function presignGetCallerIdentity(
  clusterName: string,
  region: string,
  credentials: AwsCredentials,
  now: number
): string {
  const host = stsHost(region)
  const date = amzDate(now)
  const scope = `${date.slice(0, 8)}/${region}/sts/aws4_request`
  const signedHeaders = `host;${CLUSTER_ID_HEADER}`
  // The URL's order is the aws CLI's: operation parameters, then the auth parameters (the session
  // token after the signed headers), then the signature. The canonical query string is sorted.
  const params: Array<[string, string]> = [
    ['Action', 'GetCallerIdentity'],
    ['Version', STS_API_VERSION],
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${credentials.accessKeyId}/${scope}`],
    ['X-Amz-Date', date],
    ['X-Amz-Expires', String(PRESIGN_EXPIRES_SECONDS)],
    ['X-Amz-SignedHeaders', signedHeaders]
  ]
  if (credentials.sessionToken) params.push(['X-Amz-Security-Token', credentials.sessionToken])
  const encoded = params.map(([key, value]) => [uriEncode(key), uriEncode(value)] as const)
  const canonicalQuery = [...encoded]
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
  const canonicalHeaders = `host:${host}\n${CLUSTER_ID_HEADER}:${clusterName.trim()}\n`
  const canonicalRequest = ['GET', '/', canonicalQuery, canonicalHeaders, signedHeaders, sha256Hex('')].join(
    '\n'
  )
  const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n')
  let key = hmac(`AWS4${credentials.secretAccessKey}`, date.slice(0, 8))
  for (const part of [region, 'sts', 'aws4_request']) key = hmac(key, part)
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex')
  const query = encoded.map(([k, v]) => `${k}=${v}`).join('&')
  return `https://${host}/?${query}&X-Amz-Signature=${signature}`
}

/** `2026-01-01T00:14:00Z`: whole seconds, as the aws CLI writes it. */
export function expirationTimestamp(expiresAt: number): string {
  return new Date(Math.floor(expiresAt / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/** A token for `clusterName` signed at `now`. */
export function makeEksToken(
  clusterName: string,
  region: string,
  credentials: AwsCredentials,
  now: number
): EksToken {
  const url = presignGetCallerIdentity(clusterName, region, credentials, now)
  const expiresAt = now + TOKEN_LIFETIME_MS
  return {
    token: TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url'),
    url,
    expiresAt,
    expirationTimestamp: expirationTimestamp(expiresAt)
  }
}

/** The URL inside a token, or undefined when it is not one. */
export function decodeEksToken(token: string): URL | undefined {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined
  try {
    return new URL(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

/**
 * The ExecCredential JSON as the aws CLI prints it (Python's json.dumps spacing, key order kind,
 * apiVersion, spec, status), with its trailing newline.
 */
export function execCredentialJson(
  token: EksToken,
  apiVersion: string = DEFAULT_EXEC_CREDENTIAL_API_VERSION
): string {
  const s = JSON.stringify
  return (
    `{"kind": "ExecCredential", "apiVersion": ${s(apiVersion)}, "spec": {}, ` +
    `"status": {"expirationTimestamp": ${s(token.expirationTimestamp)}, "token": ${s(token.token)}}}\n`
  )
}

/**
 * The ExecCredential apiVersion kubectl asks for in KUBERNETES_EXEC_INFO (v1beta1 when absent or
 * unknown), and a warning to print when it is deprecated or not understood.
 */
export function execCredentialApiVersion(execInfo: string | undefined): {
  apiVersion: string
  warning?: string
} {
  if (!execInfo) return { apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION }
  let requested: unknown
  try {
    requested = (JSON.parse(execInfo) as { apiVersion?: unknown }).apiVersion
  } catch {
    return {
      apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION,
      warning: `KUBERNETES_EXEC_INFO is not JSON; answering with ${DEFAULT_EXEC_CREDENTIAL_API_VERSION}`
    }
  }
  if (requested === 'client.authentication.k8s.io/v1alpha1')
    return {
      apiVersion: requested,
      warning: 'client.authentication.k8s.io/v1alpha1 is deprecated: use v1beta1 or v1 in the kubeconfig'
    }
  if (
    typeof requested === 'string' &&
    (EXEC_CREDENTIAL_API_VERSIONS as readonly string[]).includes(requested)
  )
    return { apiVersion: requested }
  return {
    apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION,
    warning: `KUBERNETES_EXEC_INFO asks for apiVersion ${String(requested)}, which is not known; answering with ${DEFAULT_EXEC_CREDENTIAL_API_VERSION}`
  }
}

export interface EksTokenProviderOptions {
  clusterName: string
  region: string
  /** Current AWS credentials (the SDK's provider chain renews temporary ones). */
  credentials: () => Promise<AwsCredentials>
  clock: Clock
  /** Make a new token this long before the current one expires (default 60 s). */
  refreshBeforeMs?: number
  /** Called with each new token before it is used (the action masks it). */
  onToken?: (token: string) => void
}

/** Tokens for a long-running client: the same token until shortly before it expires, then a new one. */
export class EksTokenProvider {
  private current: EksToken | undefined
  /** How many tokens were made so far. */
  issued = 0

  constructor(private readonly options: EksTokenProviderOptions) {}

  async token(): Promise<string> {
    const { clock, refreshBeforeMs = 60_000 } = this.options
    const now = clock.now()
    if (this.current && now < this.current.expiresAt - refreshBeforeMs) return this.current.token
    const credentials = await this.options.credentials()
    const token = makeEksToken(this.options.clusterName, this.options.region, credentials, now)
    this.options.onToken?.(token.token)
    this.current = token
    this.issued++
    return token.token
  }

  /** Forget the current token (the server refused it); the next call makes a new one. */
  invalidate(): void {
    this.current = undefined
  }
}
