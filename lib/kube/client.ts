/**
 * A thin Kubernetes API client over node's http/https: JSON requests with a bearer token (renewed
 * on demand) or a client certificate, discovery (kind → resource, namespaced or not), server-side
 * apply, get/list, delete, and pod logs. Just what Shipline needs, without @kubernetes/client-node.
 */
import http from 'node:http'
import https from 'node:https'
import { type Clock, systemClock } from '../core/clock.js'
import { UserError } from '../core/errors.js'
import { retry } from '../core/retry.js'

export interface KubeConnection {
  server: string
  ca?: string
  insecureSkipTlsVerify?: boolean
  clientCert?: string
  clientKey?: string
  /** The bearer token for each request (called every time; providers cache). */
  token?: () => Promise<string>
  /** Called when the server answered 401 before the request is tried once more with a new token. */
  onUnauthorized?: () => void
}

export interface KubeObject {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    uid?: string
    generation?: number
    labels?: Record<string, string>
    annotations?: Record<string, string>
    ownerReferences?: Array<{ uid: string; kind: string; name: string; controller?: boolean }>
    creationTimestamp?: string
    resourceVersion?: string
    [key: string]: unknown
  }
  // Free-form: spec/status differ per kind.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  status?: any
  [key: string]: unknown
}

export interface KubeList<T = KubeObject> {
  items: T[]
}

export interface StatusCause {
  reason?: string
  message?: string
  field?: string
}

/** An error status from the API server, with its reason and causes (field conflicts). */
export class KubeApiError extends UserError {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly causes: StatusCause[] = []
  ) {
    super(message)
    this.name = 'KubeApiError'
  }
}

export interface ApiResource {
  /** The plural resource name in URLs (`deployments`). */
  name: string
  namespaced: boolean
  kind: string
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>
  body?: string
  contentType?: string
  /** Return the body as text (logs) instead of parsing JSON. */
  text?: boolean
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504])

/** `apps/v1` → `/apis/apps/v1`; `v1` → `/api/v1`. */
export function apiBase(apiVersion: string): string {
  return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`
}

export class KubeClient {
  private readonly agent: http.Agent
  private readonly url: URL
  private readonly resources = new Map<string, Promise<Map<string, ApiResource>>>()
  /** Requests sent, by method (tests and the benchmark read it). */
  readonly requests: string[] = []

  constructor(
    private readonly connection: KubeConnection,
    private readonly options: { clock?: Clock; timeoutMs?: number; attempts?: number } = {}
  ) {
    this.url = new URL(connection.server)
    this.agent =
      this.url.protocol === 'https:'
        ? new https.Agent({
            keepAlive: true,
            ca: connection.ca,
            cert: connection.clientCert,
            key: connection.clientKey,
            rejectUnauthorized: !connection.insecureSkipTlsVerify
          })
        : new http.Agent({ keepAlive: true })
  }

  /** Close idle keep-alive sockets (lets the process exit at once). */
  close(): void {
    this.agent.destroy()
  }

  get server(): string {
    return this.connection.server
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const attempt = async (): Promise<T> => {
      try {
        return await this.send<T>(method, path, options)
      } catch (error) {
        if (error instanceof KubeApiError && error.status === 401 && this.connection.token) {
          this.connection.onUnauthorized?.()
          return this.send<T>(method, path, options)
        }
        throw error
      }
    }
    return retry(attempt, {
      attempts: this.options.attempts ?? 4,
      baseMs: 500,
      capMs: 5000,
      clock: this.options.clock ?? systemClock,
      retryable: error =>
        error instanceof KubeApiError ? RETRYABLE_STATUS.has(error.status) : !(error instanceof UserError)
    }).catch(error => {
      if (error instanceof UserError) throw error
      const code = (error as NodeJS.ErrnoException).code
      throw new UserError(
        `Cannot reach the Kubernetes API at ${this.connection.server}: ${code ? `${code} ` : ''}${(error as Error).message}`
      )
    })
  }

  private async send<T>(method: string, path: string, options: RequestOptions): Promise<T> {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(options.query ?? {}))
      if (value !== undefined) query.set(key, String(value))
    const fullPath = `${this.url.pathname.replace(/\/$/, '')}${path}${query.size ? `?${query}` : ''}`
    const headers: Record<string, string> = {
      Accept: options.text ? '*/*' : 'application/json',
      'User-Agent': 'shipline'
    }
    if (this.connection.token) headers.Authorization = `Bearer ${await this.connection.token()}`
    if (options.body !== undefined) {
      headers['Content-Type'] = options.contentType ?? 'application/json'
      headers['Content-Length'] = String(Buffer.byteLength(options.body))
    }
    this.requests.push(`${method} ${path}`)
    const transport = this.url.protocol === 'https:' ? https : http
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = transport.request(
        {
          protocol: this.url.protocol,
          hostname: this.url.hostname,
          port: this.url.port,
          path: fullPath,
          method,
          headers,
          agent: this.agent,
          timeout: this.options.timeoutMs ?? 30_000
        },
        res => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
          )
          res.on('error', reject)
        }
      )
      req.on('timeout', () =>
        req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' }))
      )
      req.on('error', reject)
      req.end(options.body)
    })
    if (status >= 200 && status < 300) return (options.text ? body : body ? JSON.parse(body) : {}) as T
    throw statusError(status, body, `${method} ${path}`)
  }

  get<T = KubeObject>(path: string, query?: RequestOptions['query']): Promise<T> {
    return this.request<T>('GET', path, { query })
  }

  /** The object at `path`, or undefined when it does not exist. */
  async getOptional<T = KubeObject>(path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(path)
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined
      throw error
    }
  }

  /** The resources of `apiVersion` by kind (discovery, cached). */
  private resourceMap(apiVersion: string): Promise<Map<string, ApiResource>> {
    let cached = this.resources.get(apiVersion)
    if (!cached) {
      cached = this.get<{ resources?: ApiResource[] }>(apiBase(apiVersion))
        .then(
          list => new Map((list.resources ?? []).filter(r => !r.name.includes('/')).map(r => [r.kind, r]))
        )
        .catch(error => {
          this.resources.delete(apiVersion)
          if (error instanceof KubeApiError && error.status === 404) return new Map<string, ApiResource>()
          throw error
        })
      this.resources.set(apiVersion, cached)
    }
    return cached
  }

  /** The resource serving `kind` in `apiVersion`, or undefined when the cluster has none. */
  async resourceFor(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    return (await this.resourceMap(apiVersion)).get(kind)
  }

  /** Forget discovery (after CRDs were applied). */
  forgetDiscovery(): void {
    this.resources.clear()
  }

  /** The URL path of an object (`namespace` is used only for namespaced resources). */
  async pathOf(
    apiVersion: string,
    kind: string,
    name: string | undefined,
    namespace: string | undefined
  ): Promise<string> {
    const resource = await this.resourceFor(apiVersion, kind)
    if (!resource)
      throw new UserError(`The cluster serves no ${kind} in ${apiVersion} (is its CRD installed?)`)
    const ns = resource.namespaced ? `/namespaces/${encodeURIComponent(namespace ?? 'default')}` : ''
    return `${apiBase(apiVersion)}${ns}/${resource.name}${name ? `/${encodeURIComponent(name)}` : ''}`
  }

  /** Server-side apply of `object` as `fieldManager`, without forcing conflicts. */
  async apply(object: KubeObject, fieldManager: string): Promise<{ object: KubeObject; path: string }> {
    const path = await this.pathOf(
      object.apiVersion,
      object.kind,
      object.metadata.name,
      object.metadata.namespace
    )
    const applied = await this.request<KubeObject>('PATCH', path, {
      query: { fieldManager, force: false },
      body: JSON.stringify(object),
      contentType: 'application/apply-patch+yaml'
    })
    return { object: applied, path }
  }

  /** The preferred version of an API group (`apps` → `apps/v1`; the core group is `v1`), or undefined when not served. */
  async preferredVersion(group: string): Promise<string | undefined> {
    if (!group) return 'v1'
    const list = await this.get<{
      groups?: Array<{ name: string; preferredVersion?: { groupVersion: string } }>
    }>('/apis')
    return list.groups?.find(entry => entry.name === group)?.preferredVersion?.groupVersion
  }

  /**
   * Delete the object at `path` with `propagationPolicy` (dependents go too, in the background),
   * only if it is still the object of `uid`. Returns false when it was already gone.
   */
  async delete(path: string, uid?: string): Promise<boolean> {
    const options = {
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      propagationPolicy: 'Background',
      ...(uid ? { preconditions: { uid } } : {})
    }
    try {
      await this.request('DELETE', path, { body: JSON.stringify(options) })
      return true
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return false
      throw error
    }
  }

  /** Objects of `kind` in `namespace` matching `labelSelector`. */
  async list<T = KubeObject>(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    query: RequestOptions['query'] = {}
  ): Promise<T[]> {
    const path = await this.pathOf(apiVersion, kind, undefined, namespace)
    return (await this.get<KubeList<T>>(path, query)).items ?? []
  }

  /** The last lines of a container's log (of its previous instance when `previous`). */
  logs(
    namespace: string,
    pod: string,
    container: string,
    options: { tailLines: number; previous?: boolean }
  ): Promise<string> {
    return this.request<string>(
      'GET',
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`,
      {
        query: { container, tailLines: options.tailLines, previous: options.previous || undefined },
        text: true
      }
    )
  }
}

function statusError(status: number, body: string, what: string): KubeApiError {
  let parsed: { reason?: string; message?: string; details?: { causes?: StatusCause[] } } = {}
  try {
    parsed = JSON.parse(body)
  } catch {
    // not a Status object
  }
  const reason =
    parsed.reason ?? (status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : `HTTP ${status}`)
  const message = parsed.message ?? (body.trim().slice(0, 200) || reason)
  const hint =
    status === 401
      ? ' (the cluster did not accept the credentials: for EKS, give the role an access entry on the cluster)'
      : status === 403
        ? ' (the credentials lack RBAC permission for this)'
        : ''
  return new KubeApiError(
    status,
    reason,
    `${what}: ${status} ${reason}: ${message}${hint}`,
    parsed.details?.causes ?? []
  )
}
