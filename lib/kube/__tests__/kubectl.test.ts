/**
 * kubectl for deploy-eks on a bare runner: the one on PATH, else the pinned release from the tool
 * cache, else downloaded and refused unless it matches the SHA-256 embedded in the source. A local
 * HTTP server stands in for dl.k8s.io; RUNNER_TOOL_CACHE and RUNNER_TEMP are temporary.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installBinary } from '../../core/install.js'
import { findOnPath } from '../../terraform/install.js'
import { KUBECTL_SHA256, KUBECTL_VERSION, kubectlRelease, resolveKubectl } from '../kubectl.js'
import { loadManifests, resolveManifestSources } from '../sources.js'
import { MANIFESTS, recordingRunner } from '../../../__fixtures__/kube.js'
import { startFileServer, type TestServer } from '../../../__fixtures__/http-servers.js'

let dir: string
let server: TestServer | undefined
const saved = { ...process.env }

beforeEach(() => {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  dir = mkdtempSync(join(tmpdir(), 'shipline-kubectl-'))
  for (const sub of ['cache', 'temp', 'empty-bin']) mkdirSync(join(dir, sub))
  // @actions/tool-cache reads these from process.env.
  process.env.RUNNER_TOOL_CACHE = join(dir, 'cache')
  process.env.RUNNER_TEMP = join(dir, 'temp')
})

afterEach(async () => {
  jest.restoreAllMocks()
  await server?.close()
  server = undefined
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
  rmSync(dir, { recursive: true, force: true })
})

/** The environment of a runner with only Node: no kubectl on PATH, a tool cache. */
const bare = () => ({ ...process.env, PATH: join(dir, 'empty-bin') })

describe('kubectlRelease', () => {
  it.each<[string, string, string | undefined]>([
    ['linux', 'x64', 'linux/amd64'],
    ['linux', 'arm64', 'linux/arm64'],
    ['darwin', 'x64', 'darwin/amd64'],
    ['darwin', 'arm64', 'darwin/arm64'],
    ['win32', 'x64', undefined],
    ['linux', 's390x', undefined]
  ])('%s %s → %s', (platform, arch, target) => {
    const release = kubectlRelease(platform, arch)
    if (!target) return expect(release).toBeUndefined()
    expect(release).toEqual({
      tool: 'kubectl',
      version: KUBECTL_VERSION,
      url: `https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/${target}/kubectl`,
      sha256: KUBECTL_SHA256[target],
      binary: 'kubectl'
    })
    expect(release?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('resolveKubectl', () => {
  it('uses the kubectl on PATH, by name (what the runner runs is unchanged)', async () => {
    mkdirSync(join(dir, 'bin'))
    writeFileSync(join(dir, 'bin', 'kubectl'), '#!/bin/sh\n', { mode: 0o755 })
    expect(await resolveKubectl({ env: { ...bare(), PATH: join(dir, 'bin') } })).toBe('kubectl')
  })

  it('refuses a download whose SHA-256 is not the published one embedded in the source; caches nothing', async () => {
    const fake = Buffer.from('#!/bin/sh\necho not kubectl\n')
    server = await startFileServer({ [`/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl`]: fake })
    const actual = createHash('sha256').update(fake).digest('hex')
    await expect(
      resolveKubectl({ env: bare(), platform: 'linux', arch: 'x64', baseUrl: server.url })
    ).rejects.toThrow(
      `Checksum mismatch for ${server.url}/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl: expected ${KUBECTL_SHA256['linux/amd64']} (pinned in Shipline), got ${actual}; refusing to install kubectl`
    )
    expect(existsSync(join(dir, 'cache', 'kubectl'))).toBe(false)
    expect(server.requests.map(r => r.url)).toEqual([`/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl`])
  })

  it('outside GitHub Actions (no tool cache) says what to do', async () => {
    const env = { PATH: join(dir, 'empty-bin') }
    await expect(resolveKubectl({ env, platform: 'linux', arch: 'x64' })).rejects.toThrow(
      `kubectl was not found on PATH, and there is no tool cache to install it into (RUNNER_TOOL_CACHE and RUNNER_TEMP are unset outside GitHub Actions): install kubectl ${KUBECTL_VERSION} or later, or list rendered YAML files in manifests`
    )
    await expect(resolveKubectl({ env: bare(), platform: 'win32', arch: 'x64' })).rejects.toThrow(
      'no kubectl is pinned for win32/x64 (pinned: linux/amd64, linux/arm64, darwin/amd64, darwin/arm64)'
    )
  })

  it('renders a kustomize directory with the tool-cached kubectl, verified again, when none is on PATH', async () => {
    const real = findOnPath('kubectl', saved.PATH)
    if (!real)
      throw new Error('kubectl is not installed on this machine (DESIGN.md: it is on the machine image)')
    // This machine's kubectl stands in for the pinned release: its own digest, a version of its own.
    const release = {
      tool: 'kubectl',
      version: '0.0.0-machine',
      url: 'https://dl.k8s.io/never-fetched',
      sha256: createHash('sha256').update(readFileSync(real)).digest('hex'),
      binary: 'kubectl'
    }
    const cached = join(dir, 'cache', 'kubectl', release.version, process.arch)
    mkdirSync(cached, { recursive: true })
    symlinkSync(real, join(cached, 'kubectl'))
    writeFileSync(`${cached}.complete`, '')
    const commands: string[][] = []
    const objects = await loadManifests(
      resolveManifestSources([join(MANIFESTS, 'erp')], { root: MANIFESTS }),
      recordingRunner(commands),
      () => resolveKubectl({ env: bare(), release })
    )
    expect(commands).toEqual([[join(cached, 'kubectl'), 'kustomize', join(MANIFESTS, 'erp')]])
    expect(objects.map(o => `${o.kind}/${o.metadata.name}`)).toContain('Deployment/auth-service')
  })
})

describe('installBinary', () => {
  it('downloads, verifies the embedded SHA-256, makes it executable and caches it; then finds it cached', async () => {
    const content = Buffer.from('#!/bin/sh\necho tool 1.0.0\n')
    server = await startFileServer({ '/tool': content })
    const release = {
      tool: 'tool',
      version: '1.0.0',
      url: `${server.url}/tool`,
      sha256: createHash('sha256').update(content).digest('hex'),
      binary: 'tool'
    }
    const path = await installBinary(release)
    expect(path).toBe(join(dir, 'cache', 'tool', '1.0.0', process.arch, 'tool'))
    expect(readFileSync(path)).toEqual(content)
    expect(statSync(path).mode & 0o755).toBe(0o755)
    expect(await installBinary(release)).toBe(path)
    expect(server.requests).toHaveLength(1)
  })

  it('checks a cached executable again: one that changed is removed and downloaded anew', async () => {
    const content = Buffer.from('#!/bin/sh\necho tool 2.0.0\n')
    server = await startFileServer({ '/tool': content })
    const release = {
      tool: 'tool',
      version: '2.0.0',
      url: `${server.url}/tool`,
      sha256: createHash('sha256').update(content).digest('hex'),
      binary: 'tool'
    }
    const path = await installBinary(release)
    writeFileSync(path, '#!/bin/sh\necho tampered\n')
    expect(await installBinary(release)).toBe(path)
    expect(readFileSync(path)).toEqual(content)
    expect(server.requests).toHaveLength(2)
  })

  it('refuses plain HTTP to any host but loopback', async () => {
    await expect(
      installBinary({
        tool: 'tool',
        version: '1',
        url: 'http://dl.example.com/tool',
        sha256: 'a'.repeat(64),
        binary: 'tool'
      })
    ).rejects.toThrow(
      'The tool URL http://dl.example.com/tool is plain HTTP (only https, or http on loopback for tests): refusing to download tool'
    )
  })
})
