/**
 * What the real registry on loopback cannot be made to do, scripted with node:http: hosts on distinct
 * loopback addresses (127.0.0.1 the registry, 127.0.0.2 an object store, 127.0.0.3 a token service),
 * an in-memory registry (the distribution API's manifests, blobs and chunked uploads with their
 * Range offsets) whose answers a test can script (5xx, a connection dropped mid-body, an upload
 * Location or a redirect on another host, Basic or Bearer challenges), and a TCP proxy that cuts a
 * connection in the middle of a request on its way to the real registry. Every host records what it
 * received, Authorization included, so a test asserts where credentials went.
 */
import { createHash } from 'node:crypto'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import { createServer as createTcpServer, connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export interface Received {
  /** `ip:port` of the host that received the request. */
  host: string
  method: string
  url: string
  authorization?: string
  contentRange?: string
  /** Bytes of the body that arrived. */
  bytes: number
}

export interface ScriptedHost {
  /** `ip:port`. */
  host: string
  url: string
  received: Received[]
  /** Answers requests; `undefined` falls through to 404. */
  handle(handler: Handler): void
  close(): Promise<void>
}

/** What a handler does with a request whose body it has (or, for `drop`, part of it). */
export type Handler = (
  req: IncomingMessage,
  body: Buffer,
  res: ServerResponse
) => void | 'next' | Promise<void | 'next'>

const closeServer = (server: Server) =>
  new Promise<void>(resolve => {
    server.closeAllConnections()
    server.close(() => resolve())
  })

/** A plain HTTP host on `ip` (a loopback address) that records every request. */
export async function startHost(ip = '127.0.0.1'): Promise<ScriptedHost> {
  const received: Received[] = []
  const handlers: Handler[] = []
  let host = ''
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk as Buffer))
    req.on('error', () => undefined)
    req.on('end', async () => {
      const body = Buffer.concat(chunks)
      received.push({
        host,
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        contentRange: req.headers['content-range'] as string | undefined,
        bytes: body.length
      })
      for (const handler of handlers) {
        if ((await handler(req, body, res)) !== 'next') return
      }
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[]}')
    })
  })
  await new Promise<void>(resolve => server.listen(0, ip, resolve))
  host = `${ip}:${(server.address() as AddressInfo).port}`
  return {
    host,
    url: `http://${host}`,
    received,
    handle: handler => void handlers.push(handler),
    close: () => closeServer(server)
  }
}

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`

export interface FakeRegistryOptions {
  /** Where upload sessions live (another host: an object store); default the registry itself. */
  uploadHost?: ScriptedHost
  /** Challenge: none, Basic for `user:password`, or Bearer with this realm (a token host). */
  auth?: { basic: string } | { bearerRealm: string; token: string }
}

export interface FakeRegistry {
  registry: ScriptedHost
  blobs: Map<string, Buffer>
  manifests: Map<string, { bytes: Buffer; mediaType: string }>
  /** Upload sessions: id → bytes received so far. */
  uploads: Map<string, Buffer>
  /**
   * Called before each request is served: return a status to answer with it, `drop` to cut the
   * connection after `keep` bytes of the body were taken (they count as received), or nothing.
   */
  fault?: (req: IncomingMessage) => number | { drop: number } | undefined
  close(): Promise<void>
}

/** An in-memory registry (distribution API v2) on `registry`, uploads on `uploadHost`. */
export function fakeRegistry(registry: ScriptedHost, options: FakeRegistryOptions = {}): FakeRegistry {
  const uploadHost = options.uploadHost ?? registry
  const fake: FakeRegistry = {
    registry,
    blobs: new Map(),
    manifests: new Map(),
    uploads: new Map(),
    close: async () => {
      await registry.close()
      if (uploadHost !== registry) await uploadHost.close()
    }
  }
  let nextId = 1
  const error = (res: ServerResponse, status: number): void =>
    void res.writeHead(status, { 'content-type': 'application/json' }).end(`{"errors":[{"code":"UNKNOWN"}]}`)
  const authorized = (req: IncomingMessage, res: ServerResponse): boolean => {
    const auth = options.auth
    if (!auth) return true
    if ('basic' in auth) {
      if (req.headers.authorization === `Basic ${Buffer.from(auth.basic).toString('base64')}`) return true
      res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end()
      return false
    }
    if (req.headers.authorization === `Bearer ${auth.token}`) return true
    const repo = /^\/v2\/(.+?)\/(?:manifests|blobs)\//.exec(req.url ?? '')?.[1] ?? 'x'
    res
      .writeHead(401, {
        'www-authenticate': `Bearer realm="${auth.bearerRealm}",service="fake",scope="repository:${repo}:pull,push"`
      })
      .end()
    return false
  }
  const faulted = (req: IncomingMessage, body: Buffer, res: ServerResponse, upload?: string) => {
    const fault = fake.fault?.(req)
    if (fault === undefined) return false
    if (typeof fault === 'number') {
      error(res, fault)
      return true
    }
    if (upload)
      fake.uploads.set(upload, Buffer.concat([fake.uploads.get(upload)!, body.subarray(0, fault.drop)]))
    req.socket.destroy()
    return true
  }
  const location = (id: string) => `${uploadHost === registry ? '' : uploadHost.url}/v2/uploads/${id}`
  const range = (id: string) => `0-${Math.max(0, fake.uploads.get(id)!.length - 1)}`

  registry.handle((req, body, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/v2/' || url.pathname.startsWith('/v2/uploads/')) return 'next'
    if (!authorized(req, res) || faulted(req, body, res)) return
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname)
    if (manifest) {
      const key = `${manifest[1]}:${manifest[2]}`
      if (req.method === 'PUT') {
        const digest = sha256(body)
        const entry = { bytes: body, mediaType: String(req.headers['content-type']) }
        fake.manifests.set(key, entry)
        fake.manifests.set(`${manifest[1]}:${digest}`, entry)
        res.writeHead(201, { 'docker-content-digest': digest }).end()
        return
      }
      const entry = fake.manifests.get(key)
      if (!entry) return error(res, 404)
      res.writeHead(200, { 'docker-content-digest': sha256(entry.bytes), 'content-type': entry.mediaType })
      res.end(req.method === 'HEAD' ? undefined : entry.bytes)
      return
    }
    const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname)
    if (blob) {
      const bytes = fake.blobs.get(blob[2])
      if (!bytes) return error(res, 404)
      res.writeHead(200, { 'content-length': bytes.length, 'docker-content-digest': blob[2] })
      res.end(req.method === 'HEAD' ? undefined : bytes)
      return
    }
    if (/^\/v2\/.+\/blobs\/uploads\/$/.test(url.pathname) && req.method === 'POST') {
      const id = String(nextId++)
      fake.uploads.set(id, Buffer.alloc(0))
      res.writeHead(202, { location: location(id), range: '0-0', 'docker-upload-uuid': id }).end()
      return
    }
    return 'next'
  })
  uploadHost.handle((req, body, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const session = /^\/v2\/uploads\/(\d+)$/.exec(url.pathname)
    if (!session) return 'next'
    const id = session[1]
    if (uploadHost === registry && !authorized(req, res)) return
    if (faulted(req, body, res, fake.uploads.has(id) ? id : undefined)) return
    const held = fake.uploads.get(id)
    if (!held) return error(res, 404)
    if (req.method === 'GET') {
      res.writeHead(204, { location: location(id), range: range(id), 'docker-upload-uuid': id }).end()
      return
    }
    if (req.method === 'PATCH' || req.method === 'PUT') {
      const start = /^(\d+)-\d+$/.exec(String(req.headers['content-range'] ?? ''))?.[1]
      if (start !== undefined && Number(start) !== held.length) return error(res, 416)
      const bytes = Buffer.concat([held, body])
      fake.uploads.set(id, bytes)
      if (req.method === 'PATCH') {
        res.writeHead(202, { location: location(id), range: range(id), 'docker-upload-uuid': id }).end()
        return
      }
      const digest = url.searchParams.get('digest') ?? ''
      if (sha256(bytes) !== digest) return error(res, 400)
      fake.blobs.set(digest, bytes)
      fake.uploads.delete(id)
      res.writeHead(201, { 'docker-content-digest': digest, location: `/v2/x/blobs/${digest}` }).end()
      return
    }
    return 'next'
  })
  return fake
}

/** A token service on `host` that hands out `token` and records who asked with what. */
export function tokenService(host: ScriptedHost, token: string): void {
  host.handle((req, _body, res) => {
    if (!req.url?.startsWith('/token')) return 'next'
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }))
  })
}

export interface FaultProxy {
  host: string
  /** Connections the proxy cut. */
  cuts: number
  close(): Promise<void>
}

/**
 * A TCP proxy to `target` (`ip:port`) that cuts the first connection carrying a request whose first
 * line matches `request` (such as a blob upload's PATCH or PUT) once `keep` bytes from that request on
 * (head and body) went through, as a network fault or a restarting load balancer would; everything
 * else passes through untouched.
 */
export async function startFaultProxy(target: string, request: RegExp, keep: number): Promise<FaultProxy> {
  const [ip, port] = target.split(':')
  const sockets = new Set<Socket>()
  const proxy: FaultProxy = { host: '', cuts: 0, close: async () => undefined }
  let armed = true
  const server = createTcpServer(client => {
    const upstream = connect(Number(port), ip)
    sockets.add(client).add(upstream)
    let seen = Buffer.alloc(0)
    let found = false
    /** Bytes of the request that went through before this chunk (negative: it starts inside it). */
    let counting = 0
    const cut = () => {
      proxy.cuts++
      client.destroy()
      upstream.destroy()
    }
    client.on('data', (chunk: Buffer) => {
      if (!armed) return void upstream.write(chunk)
      seen = Buffer.concat([seen, chunk])
      if (!found) {
        const at = seen.toString('latin1').search(request)
        if (at < 0) {
          upstream.write(chunk)
          seen = seen.subarray(Math.max(0, seen.length - 512))
          return
        }
        found = true
        counting = seen.length - at - chunk.length
      }
      const room = keep - counting
      if (chunk.length >= room) {
        armed = false
        upstream.write(chunk.subarray(0, Math.max(0, room)), () => setTimeout(cut, 50))
        return
      }
      counting += chunk.length
      upstream.write(chunk)
    })
    upstream.on('data', chunk => client.write(chunk))
    for (const socket of [client, upstream]) {
      socket.on('error', () => undefined)
      socket.on('close', () => {
        sockets.delete(socket)
        client.destroy()
        upstream.destroy()
      })
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  proxy.host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  proxy.close = () =>
    new Promise(resolve => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  return proxy
}
