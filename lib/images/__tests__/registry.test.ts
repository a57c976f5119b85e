/**
 * The OCI registry client where credentials go and how it survives faults: scripted hosts on
 * distinct loopback addresses for what the real registry cannot do (an upload Location or a redirect
 * on another host, token realms, 5xx, a connection dropped mid-upload with the offsets it leaves),
 * and the real registry (Debian's docker-registry) behind a proxy that cuts a push mid-upload.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fakeClock } from '../../core/clock.js'
import { OciArchive } from '../oci-archive.js'
import { pushArchive, RegistryClient } from '../registry.js'
import { acceptableRealm, checkHop, realmMayReceiveCredentials } from '../registry-http.js'
import { writeOciArchive } from '../../../__fixtures__/oci-archive.js'
import { registryAvailable, startRegistry, type TestRegistry } from '../../../__fixtures__/registry.js'
import {
  type FakeRegistry,
  fakeRegistry,
  type FaultProxy,
  type ScriptedHost,
  startFaultProxy,
  startHost,
  tokenService
} from '../../../__fixtures__/scripted-registry.js'

const USER = { username: 'ci', password: 's3cret-pa55' }
const BASIC = `Basic ${Buffer.from('ci:s3cret-pa55').toString('base64')}`
const sha = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`

const cleanup: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function host(ip: string): Promise<ScriptedHost> {
  const started = await startHost(ip)
  cleanup.push(() => started.close())
  return started
}

/** An OCI archive (config, one layer of about `layerBytes`, manifest); its path and digests. */
async function archive(layerBytes = 2000) {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-registry-test-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'image.oci.tar')
  // Incompressible, so sizes are what they say.
  let content = ''
  for (let i = 0; content.length < layerBytes; i++)
    content += createHash('sha256').update(String(i)).digest('hex')
  const digest = writeOciArchive(path, content)
  const oci = await OciArchive.open(path)
  const manifest = JSON.parse((await oci.blob(digest)).toString('utf8')) as {
    config: { digest: string; size: number }
    layers: Array<{ digest: string; size: number }>
  }
  return { oci, digest, config: manifest.config, layer: manifest.layers[0] }
}

function client(
  registryHost: string,
  options: { credentials?: boolean; clock?: ReturnType<typeof fakeClock> } = {}
) {
  return new RegistryClient(
    { host: registryHost, insecure: true, credentials: options.credentials === false ? undefined : USER },
    fetch,
    { clock: options.clock ?? fakeClock(), random: () => 0.5 }
  )
}

describe('credentials reach only the registry host', () => {
  it('sends Basic credentials to the registry and none to an upload Location on another host', async () => {
    const registry = await host('127.0.0.1')
    const store = await host('127.0.0.2')
    const fake = fakeRegistry(registry, { uploadHost: store, auth: { basic: 'ci:s3cret-pa55' } })
    const image = await archive()

    const pushed = await pushArchive(client(registry.host), image.oci, 'erp/auth-service', ['v1'])

    expect(pushed).toEqual({ digest: image.digest, uploaded: 2, skipped: 0 })
    expect(fake.manifests.get('erp/auth-service:v1')?.bytes).toEqual(await image.oci.blob(image.digest))
    expect(fake.blobs.get(image.layer.digest)?.length).toBe(image.layer.size)
    expect(store.received.length).toBeGreaterThan(0)
    expect(store.received.map(r => r.authorization)).toEqual(store.received.map(() => undefined))
    expect(new Set(registry.received.map(r => r.authorization))).toEqual(new Set([undefined, BASIC]))
  })

  it('follows a blob HEAD and a manifest GET redirected to object storage without the Authorization header', async () => {
    const registry = await host('127.0.0.1')
    const store = await host('127.0.0.2')
    const manifest = Buffer.from(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}'
    )
    const blob = `sha256:${'a'.repeat(64)}`
    registry.handle((req, _body, res) => {
      if (req.headers.authorization !== BASIC) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end()
        return
      }
      const target = req.url?.includes('/blobs/') ? `/bucket/blob?X-Amz-Signature=abc` : '/bucket/manifest'
      res.writeHead(req.url?.includes('/blobs/') ? 307 : 302, { location: `${store.url}${target}` }).end()
    })
    store.handle((req, _body, res) => {
      if (req.url === '/bucket/manifest')
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(manifest)
      else res.writeHead(200, { 'content-length': 10 }).end()
    })

    const c = client(registry.host)
    expect(await c.hasBlob('erp/auth-service', blob)).toBe(true)
    expect(await c.getManifest('erp/auth-service', 'v1')).toEqual({
      bytes: manifest,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: sha(manifest)
    })
    expect(store.received.map(r => [r.method, r.url, r.authorization])).toEqual([
      ['HEAD', '/bucket/blob?X-Amz-Signature=abc', undefined],
      ['GET', '/bucket/manifest', undefined]
    ])
  })

  it('refuses a token realm on plain HTTP off loopback before sending anything to it', async () => {
    const registry = await host('127.0.0.1')
    fakeRegistry(registry, { auth: { bearerRealm: 'http://auth.registry.invalid/token', token: 't' } })
    await expect(client(registry.host).manifestDigest('erp/auth-service', 'v1')).rejects.toThrow(
      `Registry ${registry.host} names the token service http://auth.registry.invalid/token, on plain HTTP: Shipline asks for registry tokens only over HTTPS (or on loopback)`
    )
  })

  it('asks a token realm on another host for an anonymous token: the registry credentials stay home', async () => {
    const registry = await host('127.0.0.1')
    const auth = await host('127.0.0.3')
    tokenService(auth, 'anonymous-token')
    const fake = fakeRegistry(registry, {
      auth: { bearerRealm: `${auth.url}/token`, token: 'anonymous-token' }
    })
    fake.manifests.set('erp/auth-service:v1', { bytes: Buffer.from('{}'), mediaType: 'application/json' })

    expect(await client(registry.host).manifestDigest('erp/auth-service', 'v1')).toBe(sha(Buffer.from('{}')))
    expect(auth.received.map(r => [r.url, r.authorization])).toEqual([
      ['/token?service=fake&scope=repository%3Aerp%2Fauth-service%3Apull', undefined]
    ])
  })

  it('names the foreign token service when it refuses the anonymous request', async () => {
    const registry = await host('127.0.0.1')
    const auth = await host('127.0.0.3')
    auth.handle((_req, _body, res) => void res.writeHead(401).end())
    fakeRegistry(registry, { auth: { bearerRealm: `${auth.url}/token`, token: 't' } })
    await expect(client(registry.host).manifestDigest('erp/auth-service', 'v1')).rejects.toThrow(
      `Registry token service ${auth.url} answered 401 for repository:erp/auth-service:pull; Shipline sent it no credentials, since it is not on the registry's host 127.0.0.1`
    )
  })

  it("sends the credentials to a token realm on the registry's own host, and the token only to the registry", async () => {
    const registry = await host('127.0.0.1')
    const store = await host('127.0.0.2')
    tokenService(registry, 'push-token')
    const fake = fakeRegistry(registry, {
      uploadHost: store,
      auth: { bearerRealm: `${registry.url}/token`, token: 'push-token' }
    })
    const image = await archive()

    await pushArchive(client(registry.host), image.oci, 'erp/auth-service', ['v1'])

    expect(fake.manifests.has('erp/auth-service:v1')).toBe(true)
    const tokenRequests = registry.received.filter(r => r.url.startsWith('/token'))
    expect(tokenRequests.map(r => r.authorization)).toEqual(tokenRequests.map(() => BASIC))
    expect(store.received.map(r => r.authorization)).toEqual(store.received.map(() => undefined))
    const toRegistry = registry.received.filter(r => r.url.startsWith('/v2/'))
    expect(new Set(toRegistry.map(r => r.authorization))).toEqual(new Set([undefined, 'Bearer push-token']))
  })
})

describe('faults: retries with backoff, resumable uploads, and what a failed push says', () => {
  let fake: FakeRegistry

  async function registryWithFaults(
    script: (req: { method?: string; url?: string }, n: number) => number | { drop: number } | undefined
  ) {
    const registry = await host('127.0.0.1')
    fake = fakeRegistry(registry)
    let n = 0
    fake.fault = req => script(req, n++)
    return registry
  }

  it('retries registry 5xx with full-jitter backoff on the injected clock, then pushes', async () => {
    let posts = 0
    const registry = await registryWithFaults(req => (req.method === 'POST' && posts++ < 2 ? 503 : undefined))
    const clock = fakeClock()
    const image = await archive()

    await pushArchive(client(registry.host, { clock }), image.oci, 'erp/auth-service', ['v1'])

    expect(fake.manifests.has('erp/auth-service:v1')).toBe(true)
    // Full jitter with random() = 0.5 under base 500 ms: 250, 500.
    expect(clock.slept).toEqual([250, 500])
  })

  it('resumes an upload at the offset the registry reports after the connection drops mid-PATCH', async () => {
    let patches = 0
    const registry = await registryWithFaults(req =>
      req.method === 'PATCH' && patches++ === 1 ? { drop: 100_000 } : undefined
    )
    const image = await archive(300_000)

    await pushArchive(client(registry.host), image.oci, 'erp/auth-service', ['v1'])

    expect(fake.blobs.get(image.layer.digest)?.length).toBe(image.layer.size)
    const layerUpload = registry.received.filter(r => r.url.split('?')[0] === '/v2/uploads/2')
    expect(layerUpload.map(r => [r.method, r.contentRange, r.bytes])).toEqual([
      ['PATCH', undefined, image.layer.size],
      ['GET', undefined, 0],
      ['PATCH', `100000-${image.layer.size - 1}`, image.layer.size - 100_000],
      ['PUT', undefined, 0]
    ])
  })

  it('gives up after bounded attempts, naming the registry, the blob and its size, and what was already pushed', async () => {
    let patches = 0
    const registry = await registryWithFaults(req =>
      req.method === 'PATCH' && patches++ >= 1 ? 503 : undefined
    )
    const clock = fakeClock()
    const image = await archive(5000)

    const push = pushArchive(client(registry.host, { clock }), image.oci, 'erp/auth-service', [
      'v1',
      'abc123'
    ])

    await expect(push).rejects.toThrow(
      `Registry ${registry.host} failed to take blob ${image.layer.digest} (${image.layer.size} bytes) of erp/auth-service: PATCH upload answered 503 after 5 attempts. Already in the registry: blob ${image.config.digest}; no tag was pushed (v1, abc123 still point where they did). Run the push again: what is there is not sent twice`
    )
    expect(clock.slept).toHaveLength(4)
    expect(fake.manifests.size).toBe(0)
  })

  it('says what a connection that never recovers did, in words', async () => {
    const registry = await registryWithFaults(req => (req.method === 'POST' ? { drop: 0 } : undefined))
    const image = await archive()
    await expect(pushArchive(client(registry.host), image.oci, 'erp/auth-service', ['v1'])).rejects.toThrow(
      `Registry ${registry.host} failed to take blob ${image.config.digest} (${image.config.size} bytes) of erp/auth-service: POST upload: the connection was closed before an answer (UND_ERR_SOCKET) after 5 attempts. Already in the registry: nothing; no tag was pushed (v1 still points where it did). Run the push again: what is there is not sent twice`
    )
  })
})

describe.each(registryAvailable() ? ['docker-registry'] : [])(
  'the real registry (%s) behind a faulty link',
  () => {
    let registry: TestRegistry
    let proxy: FaultProxy

    it('pushes through a connection cut in the middle of a layer upload: the registry drops that session, a new one goes through', async () => {
      registry = await startRegistry()
      cleanup.push(() => registry.stop())
      proxy = await startFaultProxy(
        registry.host,
        /(?:PATCH|PUT) \/v2\/[^ ]+\/blobs\/uploads\/[^ ]+ HTTP/,
        120_000
      )
      cleanup.push(() => proxy.close())
      const image = await archive(400_000)
      const seen: string[] = []
      const recording: typeof fetch = async (url, init) => {
        const path = new URL(String(url)).pathname.replace(/uploads\/[0-9a-f-]+$/, 'uploads/ID')
        try {
          const response = await fetch(url, init)
          seen.push(`${init?.method} ${path} ${response.status}`)
          return response
        } catch (error) {
          seen.push(`${init?.method} ${path} cut`)
          throw error
        }
      }
      const c = new RegistryClient({ host: proxy.host, insecure: true }, recording, {
        clock: fakeClock(),
        random: () => 0.5
      })

      // The config's upload is small; the proxy counts on into the layer's and cuts it at 120 kB.
      const pushed = await pushArchive(c, image.oci, 'erp/auth-service', ['v1'])

      expect(proxy.cuts).toBe(1)
      expect(pushed.digest).toBe(image.digest)
      expect(await registry.digest('erp/auth-service', 'v1')).toBe(image.digest)
      const layer = await fetch(`http://${registry.host}/v2/erp/auth-service/blobs/${image.layer.digest}`)
      expect(sha(Buffer.from(await layer.arrayBuffer()))).toBe(image.layer.digest)
      // distribution 2.8 cancels a session whose state no longer matches what it holds (404 on the
      // status GET); the client then checks the blob and starts over. Resuming at the offset a
      // registry reports is shown against the scripted registry above.
      const upload = '/v2/erp/auth-service/blobs/uploads/ID'
      expect(seen.slice(seen.indexOf(`PATCH ${upload} cut`))).toEqual([
        `PATCH ${upload} cut`,
        `GET ${upload} 404`,
        `HEAD /v2/erp/auth-service/blobs/${image.layer.digest} 404`,
        'POST /v2/erp/auth-service/blobs/uploads/ 202',
        `PATCH ${upload} 202`,
        `PUT ${upload} 201`,
        'PUT /v2/erp/auth-service/manifests/v1 201'
      ])
    })
  }
)

describe('the rules of where a request may go', () => {
  it.each([
    ['https://registry.example.com/token', 'registry.example.com', true],
    ['https://registry.example.com:8443/token', 'registry.example.com', true],
    ['https://auth.example.com/token', 'registry.example.com', false],
    ['https://registry.example.com.evil.test/token', 'registry.example.com', false],
    ['https://auth.docker.io/token', 'registry-1.docker.io', true],
    ['https://auth.docker.io/token', 'ghcr.io', false],
    ['https://gitlab.com/jwt/auth', 'registry.gitlab.com', true],
    ['https://ghcr.io/token', 'ghcr.io', true]
  ])('a realm %s gets the credentials of %s: %s', (realm, registry, expected) => {
    expect(realmMayReceiveCredentials(new URL(realm), registry)).toBe(expected)
  })

  it.each([
    ['https://auth.example.com/token', true],
    ['http://127.0.0.1:5001/token', true],
    ['http://localhost:5001/token', true],
    ['http://[::1]:5001/token', true],
    ['http://auth.example.com/token', false],
    ['http://127.0.0.1.evil.test/token', false],
    ['ftp://auth.example.com/token', false]
  ])('a token realm %s may be asked: %s', (realm, expected) => {
    expect(acceptableRealm(new URL(realm))).toBe(expected)
  })

  it('refuses a hop from HTTPS down to plain HTTP, and to anything but http(s)', () => {
    const from = new URL('https://registry.example.com/v2/x/blobs/uploads/1')
    expect(() =>
      checkHop(
        new URL('http://storage.example.com/b'),
        from,
        'registry.example.com',
        'a redirect of GET blob'
      )
    ).toThrow(
      'Registry registry.example.com: a redirect of GET blob leads from HTTPS down to plain HTTP (http://storage.example.com); refusing to send anything unencrypted'
    )
    expect(() =>
      checkHop(
        new URL('file:///etc/passwd'),
        from,
        'registry.example.com',
        'the upload Location of POST upload'
      )
    ).toThrow(
      'Registry registry.example.com: the upload Location of POST upload leads to a file: URL; refusing to follow it'
    )
    expect(() =>
      checkHop(new URL('https://storage.example.com/b'), from, 'registry.example.com', 'x')
    ).not.toThrow()
  })
})
