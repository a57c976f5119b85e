/**
 * A small OCI distribution client (the registry HTTP API v2): manifest HEAD/GET/PUT, blob upload,
 * and pushing an OCI archive byte for byte, so the digest a registry reports is the digest of what
 * was built (and scanned). Basic and Bearer-token authentication; plain HTTP only when asked
 * (`insecure`, loopback registries).
 */
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { UserError } from '../core/errors.js'
import { debug } from '../core/log.js'
import { type Descriptor, isIndex, MEDIA_TYPES, type OciArchive } from './oci-archive.js'

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

type Fetch = typeof fetch
type Body = Buffer | (() => Readable)

/** Whether `host` (without port) is a loopback address. */
export function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1')
  return name === 'localhost' || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name)
}

export class RegistryClient {
  private readonly base: string
  private readonly tokens = new Map<string, string>()

  constructor(
    readonly endpoint: RegistryEndpoint,
    private readonly fetchImpl: Fetch = fetch
  ) {
    this.base = `${endpoint.insecure ? 'http' : 'https'}://${endpoint.host}`
  }

  /** The digest the registry holds under `repo:reference`, or undefined when there is none. */
  async manifestDigest(repo: string, reference: string): Promise<string | undefined> {
    const response = await this.request('HEAD', `/v2/${repo}/manifests/${reference}`, repo, 'pull', {
      accept: MANIFEST_ACCEPT
    })
    if (response.status === 404) return undefined
    await this.expect(response, [200], 'HEAD', `${repo}:${reference}`)
    const digest = response.headers.get('docker-content-digest')
    if (!digest)
      throw new UserError(
        `Registry ${this.endpoint.host} reported no Docker-Content-Digest for ${repo}:${reference}`
      )
    return digest
  }

  async getManifest(repo: string, reference: string): Promise<Manifest | undefined> {
    const response = await this.request('GET', `/v2/${repo}/manifests/${reference}`, repo, 'pull', {
      accept: MANIFEST_ACCEPT
    })
    if (response.status === 404) return undefined
    await this.expect(response, [200], 'GET', `${repo}:${reference}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim()
    const { createHash } = await import('node:crypto')
    return { bytes, mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` }
  }

  /** PUT a manifest under a tag or digest; the digest the registry reports. */
  async putManifest(repo: string, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    const response = await this.request('PUT', `/v2/${repo}/manifests/${reference}`, repo, 'push', {
      'content-type': mediaType,
      body: bytes
    })
    await this.expect(response, [201, 200], 'PUT manifest', `${repo}:${reference}`)
    return response.headers.get('docker-content-digest') ?? ''
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const response = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, repo, 'pull', {})
    if (response.status === 404) return false
    await this.expect(response, [200], 'HEAD blob', `${repo}@${digest}`)
    return true
  }

  /** A blob (registries may redirect to storage: fetch sends the credentials to the registry only). */
  async getBlob(repo: string, digest: string): Promise<Response> {
    const response = await this.request('GET', `/v2/${repo}/blobs/${digest}`, repo, 'pull', {})
    await this.expect(response, [200], 'GET blob', `${repo}@${digest}`)
    return response
  }

  /** A monolithic upload: POST for a session, PUT the bytes with their digest. */
  async uploadBlob(repo: string, digest: string, size: number, body: Body): Promise<void> {
    const start = await this.request('POST', `/v2/${repo}/blobs/uploads/`, repo, 'push', {})
    await this.expect(start, [202], 'POST upload', `${repo}@${digest}`)
    const location = start.headers.get('location')
    if (!location) throw new UserError(`Registry ${this.endpoint.host} started an upload without a Location`)
    const url = new URL(location, this.base)
    url.searchParams.set('digest', digest)
    const response = await this.request('PUT', url.toString(), repo, 'push', {
      'content-type': 'application/octet-stream',
      'content-length': String(size),
      body
    })
    await this.expect(response, [201], 'PUT blob', `${repo}@${digest}`)
  }

  private async request(
    method: string,
    pathOrUrl: string,
    repo: string,
    access: 'pull' | 'push',
    options: { accept?: string; 'content-type'?: string; 'content-length'?: string; body?: Body }
  ): Promise<Response> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.base}${pathOrUrl}`
    const scope = `repository:${repo}:${access === 'push' ? 'pull,push' : 'pull'}`
    const send = async (authorization?: string) => {
      const headers: Record<string, string> = {}
      if (options.accept) headers.accept = options.accept
      if (options['content-type']) headers['content-type'] = options['content-type']
      if (options['content-length']) headers['content-length'] = options['content-length']
      if (authorization) headers.authorization = authorization
      const body = typeof options.body === 'function' ? options.body() : options.body
      try {
        return await this.fetchImpl(url, {
          method,
          headers,
          body: body as unknown as RequestInit['body'],
          ...(body && typeof options.body === 'function' ? { duplex: 'half' } : {})
        } as RequestInit)
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause
        throw new UserError(
          `Cannot reach registry ${this.base}: ${cause?.code ?? cause?.message ?? (error as Error).message}${
            this.endpoint.insecure ? '' : ' (a plain-HTTP registry on loopback needs insecure-registry)'
          }`
        )
      }
    }
    let response = await send(this.tokens.get(scope) ?? this.tokens.get('*'))
    if (response.status !== 401) return response
    const challenge = response.headers.get('www-authenticate') ?? ''
    await response.arrayBuffer().catch(() => undefined)
    const authorization = await this.authorize(challenge, scope)
    response = await send(authorization)
    if (response.status === 401)
      throw new UserError(
        `Registry ${this.endpoint.host} refused the credentials for ${repo} (${access}); log in to it first`
      )
    return response
  }

  private async authorize(challenge: string, scope: string): Promise<string> {
    const { credentials } = this.endpoint
    const basic = credentials
      ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
      : undefined
    if (/^basic\b/i.test(challenge)) {
      if (!basic)
        throw new UserError(
          `Registry ${this.endpoint.host} needs credentials: log in to it first (docker login)`
        )
      this.tokens.set('*', basic)
      return basic
    }
    const match = /^bearer\s+(.*)$/i.exec(challenge)
    if (!match) throw new UserError(`Registry ${this.endpoint.host} answered 401 with no usable challenge`)
    const params = Object.fromEntries(
      [...match[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key.toLowerCase(), value])
    )
    const tokenUrl = new URL(params.realm)
    if (params.service) tokenUrl.searchParams.set('service', params.service)
    tokenUrl.searchParams.set('scope', scope)
    debug(`registry token from ${tokenUrl.origin}${tokenUrl.pathname} for ${scope}`)
    const response = await this.fetchImpl(tokenUrl, { headers: basic ? { authorization: basic } : {} })
    if (!response.ok)
      throw new UserError(
        `Registry token service ${tokenUrl.origin} answered ${response.status} for ${scope}`
      )
    const body = (await response.json()) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token) throw new UserError(`Registry token service ${tokenUrl.origin} returned no token`)
    const { mask } = await import('../core/secrets.js')
    mask(token)
    this.tokens.set(scope, `Bearer ${token}`)
    return `Bearer ${token}`
  }

  private async expect(response: Response, ok: number[], what: string, target: string): Promise<void> {
    if (ok.includes(response.status)) return
    const text = response.status === 404 || !response.body ? '' : (await response.text()).slice(0, 300)
    throw new UserError(
      `Registry ${this.endpoint.host}: ${what} ${target} answered ${response.status}${text ? `: ${text.replace(/\s+/g, ' ').trim()}` : ''}`
    )
  }
}

export interface PushResult {
  /** The digest of the top manifest (index or image manifest), as the registry reports it. */
  digest: string
  uploaded: number
  skipped: number
}

/**
 * Push the image of an OCI archive under each of `tags`: every blob the registry lacks, each child
 * manifest of an index by digest, then the top manifest's exact bytes under each tag. The registry's
 * digest is checked against the archive's.
 */
export async function pushArchive(
  client: RegistryClient,
  archive: OciArchive,
  repo: string,
  tags: string[]
): Promise<PushResult> {
  const top = await archive.top()
  const counts = { uploaded: 0, skipped: 0 }
  const pushBlob = async (descriptor: Descriptor) => {
    if (await client.hasBlob(repo, descriptor.digest)) {
      counts.skipped++
      return
    }
    const size = archive.blobSize(descriptor.digest)
    await client.uploadBlob(repo, descriptor.digest, size, () => archive.blobStream(descriptor.digest))
    counts.uploaded++
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
      await client.putManifest(repo, child.digest, bytes, child.mediaType)
    }
  } else topBytes = await pushImageManifest(top)
  for (const tag of tags) {
    const reported = await client.putManifest(repo, tag, topBytes, top.mediaType)
    if (reported && reported !== top.digest)
      throw new UserError(
        `Registry ${client.endpoint.host} stored ${repo}:${tag} as ${reported}, not the built ${top.digest}`
      )
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
