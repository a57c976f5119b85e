/**
 * The registry client's HTTP edge: where a request may go and what it may carry, and what a fault
 * is. Rules (issue 14):
 * - The Authorization header (Basic credentials or a Bearer token) is sent only to the registry's own
 *   origin: never to an upload Location or a redirect on another host (S3-style blob storage, a CDN).
 *   Redirects are followed here (`redirect: 'manual'`), never by fetch, so each hop is checked.
 * - No hop goes from HTTPS down to plain HTTP; nothing but http(s) is followed.
 * - A Bearer token realm is asked only over HTTPS (plain HTTP only on loopback, as tests and a local
 *   registry use). The distribution token spec lets a registry name any realm, and clients such as
 *   docker send the registry's credentials to it; Shipline is stricter: the registry's credentials go
 *   to a realm only on the registry's own host name (any port), or to the one known token service of
 *   a registry whose tokens live elsewhere (Docker Hub's auth.docker.io, GitLab.com's gitlab.com). Any
 *   other realm is asked for an anonymous token (enough for public pulls), and a refusal says why.
 */
import type { Readable } from 'node:stream'
import { UserError } from '../core/errors.js'
import { isLoopbackHost } from '../core/url.js'

export type Fetch = typeof fetch

/** A request body: bytes, or a stream made anew for each attempt and each redirect. */
export type Payload = Buffer | (() => Readable)

/** A fault worth another attempt (5xx, 429, a dropped or reset connection) or a final one. */
export class RegistryFault extends UserError {
  constructor(
    readonly host: string,
    /** What failed, without the registry's name: `PATCH upload answered 503`. */
    readonly detail: string,
    readonly retryable: boolean
  ) {
    super(`Registry ${host}: ${detail}`)
    this.name = 'RegistryFault'
  }
}

/** Whether `host` (`name[:port]`, brackets around IPv6) is a loopback address. */
export function isLoopback(host: string): boolean {
  return isLoopbackHost(host.replace(/:\d+$/, ''))
}

/** The host name of `host[:port]` (brackets kept for IPv6, as URL.hostname has them). */
export function hostName(host: string): string {
  return new URL(`http://${host}`).hostname
}

/** Registries whose token service is, by their operator's design, on another host. */
const TOKEN_SERVICE_HOSTS: Record<string, string> = {
  'docker.io': 'auth.docker.io',
  'index.docker.io': 'auth.docker.io',
  'registry-1.docker.io': 'auth.docker.io',
  'registry.gitlab.com': 'gitlab.com'
}

/** Whether the registry `registryHost`'s credentials may be sent to the token realm `realm`. */
export function realmMayReceiveCredentials(realm: URL, registryHost: string): boolean {
  const name = hostName(registryHost)
  return realm.hostname === name || TOKEN_SERVICE_HOSTS[name] === realm.hostname
}

/** A token realm Shipline will ask at all: HTTPS, or plain HTTP on loopback. */
export function acceptableRealm(realm: URL): boolean {
  return realm.protocol === 'https:' || (realm.protocol === 'http:' && isLoopbackHost(realm.hostname))
}

/** Refuse a hop to anything but http(s), or from HTTPS down to plain HTTP. */
export function checkHop(next: URL, from: URL, registryHost: string, what: string): void {
  if (next.protocol !== 'https:' && next.protocol !== 'http:')
    throw new RegistryFault(
      registryHost,
      `${what} leads to a ${next.protocol} URL; refusing to follow it`,
      false
    )
  if (from.protocol === 'https:' && next.protocol === 'http:')
    throw new RegistryFault(
      registryHost,
      `${what} leads from HTTPS down to plain HTTP (${next.origin}); refusing to send anything unencrypted`,
      false
    )
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5

export interface SendOptions {
  method: string
  url: URL
  headers?: Record<string, string>
  body?: Payload
  /** Sent only while the request is on `origin`. */
  authorization?: string
  /** The registry's origin (`https://host[:port]`). */
  origin: string
  /** The registry's `host[:port]`, for messages. */
  host: string
  /** What the request is, for messages: `PATCH upload`. */
  what: string
  fetch: Fetch
}

/** One request, redirects followed by hand: Authorization only on the registry's origin. */
export async function send(options: SendOptions): Promise<Response> {
  let { method, url, body } = options
  let headers = { ...options.headers }
  for (let hop = 0; ; hop++) {
    const sent: Record<string, string> = { ...headers }
    if (options.authorization && url.origin === options.origin) sent.authorization = options.authorization
    const payload = typeof body === 'function' ? body() : body
    let response: Response
    try {
      response = await options.fetch(url, {
        method,
        headers: sent,
        body: payload as unknown as RequestInit['body'],
        redirect: 'manual',
        ...(typeof body === 'function' ? { duplex: 'half' } : {})
      } as RequestInit)
    } catch (error) {
      if (typeof payload === 'object' && payload && 'destroy' in payload) payload.destroy()
      throw networkFault(error, options)
    }
    const location = response.headers.get('location')
    if (!REDIRECTS.has(response.status) || !location) return response
    await discard(response)
    if (hop >= MAX_REDIRECTS)
      throw new RegistryFault(
        options.host,
        `${options.what} was redirected more than ${MAX_REDIRECTS} times`,
        false
      )
    const next = new URL(location, url)
    checkHop(next, url, options.host, `a redirect of ${options.what}`)
    if (response.status === 303 || (response.status <= 302 && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET'
      body = undefined
      const { 'content-type': _type, 'content-length': _length, 'content-range': _range, ...rest } = headers
      headers = rest
    }
    url = next
  }
}

/** Read and drop a response body (so the connection is reused). */
export async function discard(response: Response): Promise<void> {
  await response.arrayBuffer().catch(() => undefined)
}

/** Network errors by undici/Node code: the words, and whether another attempt may help. */
const NETWORK: Record<string, [string, boolean]> = {
  UND_ERR_SOCKET: ['the connection was closed before an answer', true],
  ECONNRESET: ['the connection was reset', true],
  EPIPE: ['the connection was closed while sending', true],
  ECONNREFUSED: ['the connection was refused', true],
  ETIMEDOUT: ['the connection timed out', true],
  UND_ERR_CONNECT_TIMEOUT: ['the connection timed out', true],
  UND_ERR_HEADERS_TIMEOUT: ['no answer came in time', true],
  UND_ERR_BODY_TIMEOUT: ['the answer stalled', true],
  EAI_AGAIN: ['the host name did not resolve (temporary)', true],
  ENOTFOUND: ['the host name does not resolve', false]
}

function networkFault(error: unknown, options: SendOptions): RegistryFault {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const code = cause?.code ?? (error as { code?: string }).code
  const known = code ? NETWORK[code] : undefined
  const where = options.url.origin === options.origin ? '' : ` (at ${options.url.origin})`
  if (known) {
    const hint =
      code === 'ECONNREFUSED' && options.origin.startsWith('https:')
        ? '; a plain-HTTP registry on loopback needs insecure-registry'
        : ''
    return new RegistryFault(options.host, `${options.what}${where}: ${known[0]} (${code})${hint}`, known[1])
  }
  const text = cause?.message ?? (error as Error).message
  const tls = /SSL|TLS|certificate|CERT_/i.test(`${code ?? ''} ${text}`)
  const hint =
    tls && options.origin.startsWith('https:')
      ? ' (a plain-HTTP registry on loopback needs insecure-registry)'
      : ''
  return new RegistryFault(
    options.host,
    `${options.what}${where}: ${code ? `${code}: ` : ''}${text}${hint}`,
    !tls
  )
}

/** The answer `response` as a fault: 5xx and 429 are worth another attempt, the rest are final. */
export async function statusFault(response: Response, host: string, what: string): Promise<RegistryFault> {
  const text =
    response.status === 404 || !response.body ? '' : (await response.text().catch(() => '')).slice(0, 300)
  const retryable = response.status >= 500 || response.status === 429
  const detail = `${what} answered ${response.status}${text && !retryable ? `: ${text.replace(/\s+/g, ' ').trim()}` : ''}`
  return new RegistryFault(host, detail, retryable)
}
