/**
 * A small OCI distribution client (the registry HTTP API v2): manifest HEAD/GET/PUT, chunked and
 * resumable blob upload, and pushing an OCI archive byte for byte, so the digest a registry reports
 * is the digest of what was built (and scanned). Basic and Bearer-token authentication, sent only to
 * the registry's own host (registry-http.ts has the rules); plain HTTP only when asked (`insecure`,
 * loopback registries).
 *
 * Faults: every operation is retried on 5xx, 429 and dropped or reset connections, with full-jitter
 * backoff on an injectable clock and a bounded number of attempts. A blob goes up as POST (a session)
 * → PATCH (the bytes) → PUT (the digest); when a PATCH breaks, the session's Range (GET on the upload
 * URL) says how much the registry kept and the next PATCH sends the rest (Content-Range), as the
 * distribution spec's chunked upload allows. A failed push names the blob and what is already there.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { type Clock, systemClock } from '../core/clock.js'
import { UserError } from '../core/errors.js'
import { debug, info } from '../core/log.js'
import { retry } from '../core/retry.js'
import { type Descriptor, isIndex, MEDIA_TYPES, type OciArchive } from './oci-archive.js'
import {
  acceptableRealm,
  checkHop,
  discard,
  type Fetch,
  hostName,
  isLoopback,
  type Payload,
  realmMayReceiveCredentials,
  RegistryFault,
  send,
  statusFault
} from './registry-http.js'

export { isLoopback, RegistryFault }

export interface Credentials {
  username: string
  password: string
}

export interface RegistryEndpoint {
  /** `host[:port]`. */
  host: string
  /** Plain HTTP instead of HTTPS. */
  insecure?: boolean
  credentials?: Credentials
}

export interface RegistryClientOptions {
  clock?: Clock
  random?: () => number
  /** Attempts of each operation in all (default 5). */
  attempts?: number
  /** First backoff cap and the largest wait, in ms (defaults 500 and 8000). */
  baseMs?: number
  capMs?: number
}

/** What a manifest request accepts: OCI index and manifest, Docker v2 list and manifest. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.dockerManifest
].join(', ')

export interface Manifest {
  bytes: Buffer
  mediaType: string
  digest: string
}

/** A blob's bytes: a buffer, or a stream of the bytes from an offset on. */
export type BlobBody = Buffer | ((offset: number) => Readable)

type Access = 'pull' | 'push'

interface RequestOptions {
  accept?: string
  'content-type'?: string
  'content-length'?: string
  'content-range'?: string
  body?: Payload
}

/** An upload session: where it is and how many bytes the registry holds. */
interface Session {
  url: URL
  offset: number
}

export class RegistryClient {
  private readonly base: URL
  private readonly tokens = new Map<string, string>()
  /** Scopes whose token came from a realm that got no credentials (for the refusal message). */
  private readonly anonymous = new Map<string, string>()
  private readonly retryOptions: Required<Omit<RegistryClientOptions, 'clock' | 'random'>> &
    Pick<RegistryClientOptions, 'clock' | 'random'>

  constructor(
    readonly endpoint: RegistryEndpoint,
    private readonly fetchImpl: Fetch = fetch,
    options: RegistryClientOptions = {}
  ) {
    this.base = new URL(`${endpoint.insecure ? 'http' : 'https'}://${endpoint.host}`)
    this.retryOptions = {
      attempts: options.attempts ?? 5,
      baseMs: options.baseMs ?? 500,
      capMs: options.capMs ?? 8000,
      clock: options.clock ?? systemClock,
      random: options.random
    }
  }

  private get host(): string {
    return this.endpoint.host
  }

  /** The digest the registry holds under `repo:reference`, or undefined when there is none. */
  async manifestDigest(repo: string, reference: string): Promise<string | undefined> {
    return this.retrying(async () => {
      const what = `HEAD manifest ${repo}:${reference}`
      const response = await this.request('HEAD', `/v2/${repo}/manifests/${reference}`, repo, 'pull', what, {
        accept: MANIFEST_ACCEPT
      })
      if (response.status === 404) return undefined
      await this.expect(response, [200], what)
      const digest = response.headers.get('docker-content-digest')
      if (!digest)
        throw new UserError(
          `Registry ${this.host} reported no Docker-Content-Digest for ${repo}:${reference}`
        )
      return digest
    })
  }

  async getManifest(repo: string, reference: string): Promise<Manifest | undefined> {
    return this.retrying(async () => {
      const what = `GET manifest ${repo}:${reference}`
      const response = await this.request('GET', `/v2/${repo}/manifests/${reference}`, repo, 'pull', what, {
        accept: MANIFEST_ACCEPT
      })
      if (response.status === 404) return undefined
      await this.expect(response, [200], what)
      const bytes = Buffer.from(await response.arrayBuffer())
      const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim()
      return { bytes, mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` }
    })
  }

  /** PUT a manifest under a tag or digest; the digest the registry reports. */
  async putManifest(repo: string, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    return this.retrying(async () => {
      const what = `PUT manifest ${repo}:${reference}`
      const response = await this.request('PUT', `/v2/${repo}/manifests/${reference}`, repo, 'push', what, {
        'content-type': mediaType,
        body: bytes
      })
      await this.expect(response, [201, 200], what)
      return response.headers.get('docker-content-digest') ?? ''
    })
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    return this.retrying(() => this.blobExists(repo, digest))
  }

  /**
   * Upload a blob the registry lacks: POST a session, PATCH the bytes, PUT the digest. After a fault
   * the session's Range tells where to go on from; a session the registry lost is started anew.
   */
  async uploadBlob(repo: string, digest: string, size: number, body: BlobBody): Promise<void> {
    const from = (offset: number): Payload =>
      typeof body === 'function' ? () => body(offset) : body.subarray(offset)
    let session: Session | undefined
    await this.retrying(async () => {
      if (session) {
        session = await this.uploadStatus(repo, session.url)
        if (!session && (await this.blobExists(repo, digest))) return
      }
      session ??= await this.startUpload(repo)
      if (session.offset < size) {
        const patched = await this.patchUpload(repo, session, from(session.offset), size)
        if (!patched) {
          session = undefined
          throw new RegistryFault(this.host, `PATCH upload answered 416 (the session lost its place)`, true)
        }
        session = patched
      }
      if (session.offset !== size)
        throw new RegistryFault(
          this.host,
          `the upload session holds ${session.offset} of ${size} bytes`,
          true
        )
      await this.finishUpload(repo, digest, session)
    })
  }

  private async blobExists(repo: string, digest: string): Promise<boolean> {
    const what = `HEAD blob ${repo}@${digest}`
    const response = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, repo, 'pull', what, {})
    if (response.status === 404) return false
    await this.expect(response, [200], what)
    return true
  }

  /** A blob, to read as a stream (a redirect to storage is followed without the registry's credentials). */
  async getBlob(repo: string, digest: string): Promise<Response> {
    return this.retrying(async () => {
      const what = `GET blob ${repo}@${digest}`
      const response = await this.request('GET', `/v2/${repo}/blobs/${digest}`, repo, 'pull', what, {})
      await this.expect(response, [200], what)
      return response
    })
  }

  private async startUpload(repo: string): Promise<Session> {
    const response = await this.request('POST', `/v2/${repo}/blobs/uploads/`, repo, 'push', 'POST upload', {
      'content-length': '0'
    })
    await this.expect(response, [202], 'POST upload')
    return { url: this.location(response, this.base, 'POST upload'), offset: 0 }
  }

  /** Where a session stands (GET on it), or undefined when the registry lost it or holds nothing. */
  private async uploadStatus(repo: string, url: URL): Promise<Session | undefined> {
    const response = await this.request('GET', url, repo, 'push', 'GET upload status', {})
    if (response.status === 404) return undefined
    await this.expect(response, [204, 200], 'GET upload status')
    const end = rangeEnd(response)
    // "0-0" is both an empty session and one byte (distribution writes both so): start afresh.
    if (end === undefined || end === 0) return undefined
    return { url: this.location(response, url, 'GET upload status', true), offset: end + 1 }
  }

  /** PATCH the bytes from the session's offset on; undefined on 416 (its offset is not the registry's). */
  private async patchUpload(
    repo: string,
    session: Session,
    body: Payload,
    size: number
  ): Promise<Session | undefined> {
    const response = await this.request('PATCH', session.url, repo, 'push', 'PATCH upload', {
      'content-type': 'application/octet-stream',
      'content-length': String(size - session.offset),
      ...(session.offset > 0 ? { 'content-range': `${session.offset}-${size - 1}` } : {}),
      body
    })
    if (response.status === 416) {
      await discard(response)
      return undefined
    }
    await this.expect(response, [202, 204], 'PATCH upload')
    const end = rangeEnd(response)
    return {
      url: this.location(response, session.url, 'PATCH upload', true),
      offset: end === undefined ? size : end + 1
    }
  }

  private async finishUpload(repo: string, digest: string, session: Session): Promise<void> {
    const url = new URL(session.url)
    url.searchParams.set('digest', digest)
    const response = await this.request('PUT', url, repo, 'push', 'PUT upload', { 'content-length': '0' })
    if (response.status === 404) {
      await discard(response)
      throw new RegistryFault(this.host, 'PUT upload answered 404 (the session is gone)', true)
    }
    await this.expect(response, [201, 204], `PUT upload ${repo}@${digest}`)
  }

  /** The Location of an upload answer, checked as a hop from `from` (optional: keep `from`). */
  private location(response: Response, from: URL, what: string, optional = false): URL {
    const location = response.headers.get('location')
    if (!location) {
      if (optional) return from
      throw new RegistryFault(this.host, `${what} started an upload without a Location`, false)
    }
    const url = new URL(location, from)
    checkHop(url, this.base, this.host, `the upload Location of ${what}`)
    return url
  }

  private async request(
    method: string,
    pathOrUrl: string | URL,
    repo: string,
    access: Access,
    what: string,
    options: RequestOptions
  ): Promise<Response> {
    const url = typeof pathOrUrl === 'string' ? new URL(pathOrUrl, this.base) : pathOrUrl
    const scope = `repository:${repo}:${access === 'push' ? 'pull,push' : 'pull'}`
    const { body, ...rest } = options
    const headers = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined)
    ) as Record<string, string>
    const attempt = (authorization?: string) =>
      send({
        method,
        url,
        headers,
        body,
        authorization,
        origin: this.base.origin,
        host: this.host,
        what,
        fetch: this.fetchImpl
      })
    let response = await attempt(this.tokens.get(scope) ?? this.tokens.get('*'))
    if (response.status !== 401 || url.origin !== this.base.origin) return response
    const challenge = response.headers.get('www-authenticate') ?? ''
    await discard(response)
    response = await attempt(await this.authorize(challenge, scope))
    if (response.status === 401) {
      await discard(response)
      const realm = this.anonymous.get(scope)
      throw new UserError(
        realm
          ? `Registry ${this.host} refused the token for ${repo} (${access}) from ${realm}, which got no credentials: Shipline sends the registry's credentials only to a token service on the registry's own host`
          : `Registry ${this.host} refused the credentials for ${repo} (${access}); log in to it first`
      )
    }
    return response
  }

  private async authorize(challenge: string, scope: string): Promise<string> {
    const { credentials } = this.endpoint
    const basic = credentials
      ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
      : undefined
    if (/^basic\b/i.test(challenge)) {
      if (!basic)
        throw new UserError(`Registry ${this.host} needs credentials: log in to it first (docker login)`)
      this.tokens.set('*', basic)
      return basic
    }
    const match = /^bearer\s+(.*)$/i.exec(challenge)
    if (!match) throw new UserError(`Registry ${this.host} answered 401 with no usable challenge`)
    const params = Object.fromEntries(
      [...match[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key.toLowerCase(), value])
    )
    const token = await this.fetchToken(params, scope, basic)
    const { mask } = await import('../core/secrets.js')
    mask(token)
    this.tokens.set(scope, `Bearer ${token}`)
    return `Bearer ${token}`
  }

  /** A token from the challenge's realm: HTTPS (or loopback) only; credentials only to the registry's host. */
  private async fetchToken(
    params: Record<string, string>,
    scope: string,
    basic: string | undefined
  ): Promise<string> {
    let realm: URL
    try {
      realm = new URL(params.realm ?? '')
    } catch {
      throw new UserError(`Registry ${this.host} names no usable token realm ("${params.realm ?? ''}")`)
    }
    if (!acceptableRealm(realm))
      throw new UserError(
        `Registry ${this.host} names the token service ${realm.origin}${realm.pathname}, on plain HTTP: Shipline asks for registry tokens only over HTTPS (or on loopback)`
      )
    const trusted = realmMayReceiveCredentials(realm, this.host)
    if (params.service) realm.searchParams.set('service', params.service)
    realm.searchParams.set('scope', scope)
    debug(`registry token from ${realm.origin}${realm.pathname} for ${scope}${trusted ? '' : ' (anonymous)'}`)
    const response = await send({
      method: 'GET',
      url: realm,
      authorization: trusted ? basic : undefined,
      origin: realm.origin,
      host: this.host,
      what: `token request to ${realm.origin}`,
      fetch: this.fetchImpl
    })
    if (!trusted && basic) this.anonymous.set(scope, realm.origin)
    if (response.status >= 500 || response.status === 429)
      throw await statusFault(response, this.host, `the token service ${realm.origin}`)
    if (!response.ok) {
      await discard(response)
      const why =
        !trusted && basic
          ? `; Shipline sent it no credentials, since it is not on the registry's host ${hostName(this.host)}`
          : ''
      throw new UserError(
        `Registry token service ${realm.origin} answered ${response.status} for ${scope}${why}`
      )
    }
    const body = (await response.json().catch(() => ({}))) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token) throw new UserError(`Registry token service ${realm.origin} returned no token`)
    return token
  }

  private async expect(response: Response, ok: number[], what: string): Promise<void> {
    if (ok.includes(response.status)) return
    throw await statusFault(response, this.host, what)
  }

  /** `operation`, again after faults worth it; the last fault says how many attempts were made. */
  private async retrying<T>(operation: () => Promise<T>): Promise<T> {
    const { attempts } = this.retryOptions
    let made = 0
    try {
      return await retry(
        async () => {
          made++
          return await operation()
        },
        {
          ...this.retryOptions,
          retryable: error => error instanceof RegistryFault && error.retryable,
          onRetry: (error, attempt, wait) =>
            info(
              `Registry ${this.host}: ${(error as RegistryFault).detail}; attempt ${attempt + 1} of ${attempts} in ${wait} ms`
            )
        }
      )
    } catch (error) {
      if (error instanceof RegistryFault && error.retryable && made > 1)
        throw new RegistryFault(this.host, `${error.detail} after ${made} attempts`, true)
      throw error
    }
  }
}

/** The last byte a session holds, from its `Range: 0-<end>` header. */
function rangeEnd(response: Response): number | undefined {
  const match = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '')
  return match ? Number(match[1]) : undefined
}

export interface PushResult {
  /** The digest of the top manifest (index or image manifest), as the registry reports it. */
  digest: string
  uploaded: number
  skipped: number
}

/** What a push had done when it failed. */
interface Progress {
  /** Blobs and child manifests now in the registry (pushed or already there). */
  present: string[]
  tags: string[]
}

/** The one message of a failed push: the registry, what failed, what is already there, what to do. */
function pushFailure(
  client: RegistryClient,
  repo: string,
  failed: string,
  progress: Progress,
  tags: string[],
  error: unknown
): UserError {
  const detail = error instanceof RegistryFault ? error.detail : (error as Error).message
  const present = progress.present.length ? progress.present.join(', ') : 'nothing'
  const pending = tags.filter(tag => !progress.tags.includes(tag))
  const tagState = progress.tags.length
    ? `tags pushed: ${progress.tags.join(', ')}; not yet: ${pending.join(', ')}`
    : `no tag was pushed (${tags.join(', ')} ${tags.length === 1 ? 'still points where it did' : 'still point where they did'})`
  return new UserError(
    `Registry ${client.endpoint.host} failed to take ${failed} of ${repo}: ${detail}. Already in the registry: ${present}; ${tagState}. Run the push again: what is there is not sent twice`
  )
}

/**
 * Push the image of an OCI archive under each of `tags`: every blob the registry lacks, each child
 * manifest of an index by digest, then the top manifest's exact bytes under each tag. The registry's
 * digest is checked against the archive's. A failure names what failed and what is already there.
 */
export async function pushArchive(
  client: RegistryClient,
  archive: OciArchive,
  repo: string,
  tags: string[]
): Promise<PushResult> {
  const top = await archive.top()
  const counts = { uploaded: 0, skipped: 0 }
  const progress: Progress = { present: [], tags: [] }
  const step = async <T>(failed: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (error) {
      throw pushFailure(client, repo, failed, progress, tags, error)
    }
  }
  const pushBlob = async (descriptor: Descriptor) => {
    const size = archive.blobSize(descriptor.digest)
    await step(`blob ${descriptor.digest} (${size} bytes)`, async () => {
      if (await client.hasBlob(repo, descriptor.digest)) counts.skipped++
      else {
        await client.uploadBlob(repo, descriptor.digest, size, offset =>
          archive.blobStream(descriptor.digest, offset)
        )
        counts.uploaded++
      }
    })
    progress.present.push(`blob ${descriptor.digest}`)
  }
  const pushImageManifest = async (descriptor: Descriptor): Promise<Buffer> => {
    const bytes = await archive.blob(descriptor.digest)
    const manifest = JSON.parse(bytes.toString('utf8')) as { config?: Descriptor; layers?: Descriptor[] }
    for (const blob of [...(manifest.config ? [manifest.config] : []), ...(manifest.layers ?? [])])
      await pushBlob(blob)
    return bytes
  }
  let topBytes: Buffer
  if (isIndex(top.mediaType)) {
    topBytes = await archive.blob(top.digest)
    const index = JSON.parse(topBytes.toString('utf8')) as { manifests?: Descriptor[] }
    for (const child of index.manifests ?? []) {
      const bytes = await pushImageManifest(child)
      await step(`manifest ${child.digest}`, () =>
        client.putManifest(repo, child.digest, bytes, child.mediaType)
      )
      progress.present.push(`manifest ${child.digest}`)
    }
  } else topBytes = await pushImageManifest(top)
  for (const tag of tags) {
    const reported = await step(`tag ${tag} (manifest ${top.digest})`, () =>
      client.putManifest(repo, tag, topBytes, top.mediaType)
    )
    if (reported && reported !== top.digest)
      throw new UserError(
        `Registry ${client.endpoint.host} stored ${repo}:${tag} as ${reported}, not the built ${top.digest}`
      )
    progress.tags.push(tag)
  }
  return { digest: top.digest, ...counts }
}

/**
 * Credentials for `host` saved by `docker login` / `podman login` (DOCKER_CONFIG or ~/.docker/config.json,
 * REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json); credential helpers are not consulted.
 */
export async function savedCredentials(
  host: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<Credentials | undefined> {
  const files = [
    env.REGISTRY_AUTH_FILE,
    env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json') : undefined,
    join(env.DOCKER_CONFIG ?? join(homedir(), '.docker'), 'config.json')
  ].filter((file): file is string => Boolean(file))
  for (const file of files) {
    let config: { auths?: Record<string, { auth?: string }> }
    try {
      config = JSON.parse(await readFile(file, 'utf8'))
    } catch {
      continue
    }
    for (const key of [host, `https://${host}`, `http://${host}`]) {
      const auth = config.auths?.[key]?.auth
      if (!auth) continue
      const decoded = Buffer.from(auth, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
    }
  }
  return undefined
}
