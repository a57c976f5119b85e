/**
 * A real OCI registry on loopback for tests and the local run: Debian's `docker-registry`
 * (distribution 2.x) with filesystem storage, on a free port, plain HTTP. Its storage is a temporary
 * directory (removed on stop) unless `dataDir` is given (kept, so a second local run finds its images).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const REGISTRY_BINARY = '/usr/bin/docker-registry'

export interface TestRegistry {
  /** `127.0.0.1:<port>`. */
  host: string
  dir: string
  /** The digest the registry reports for `repo:reference` (manifest HEAD), or undefined on 404. */
  digest(repo: string, reference: string): Promise<string | undefined>
  /** The tags of `repo` ([] when the repository does not exist). */
  tags(repo: string): Promise<string[]>
  stop(): Promise<void>
}

export function registryAvailable(): boolean {
  return existsSync(REGISTRY_BINARY)
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

/** distribution's configuration: filesystem storage in `dataDir`, deletes allowed, listening on `host`. */
function registryConfig(dataDir: string, host: string): string {
  return [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${dataDir}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    ''
  ].join('\n')
}

/** Resolves once `/v2/` answers 200; kills the registry when it exits or takes over 15 s. */
async function untilServing(child: ChildProcess, host: string, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  for (;;) {
    try {
      const response = await fetch(`http://${host}/v2/`)
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`docker-registry did not start on ${host}: ${stderr().trim().slice(-500)}`)
    }
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

/** Start a registry; resolves once `/v2/` answers. */
export async function startRegistry(options: { dataDir?: string } = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'shipline-registry-'))
  const dataDir = options.dataDir ?? join(dir, 'data')
  const port = await freePort()
  const host = `127.0.0.1:${port}`
  const config = join(dir, 'config.yml')
  await writeFile(config, registryConfig(dataDir, host))
  const child: ChildProcess = spawn(REGISTRY_BINARY, ['serve', config], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr?.on('data', chunk => (stderr += String(chunk)))
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  await untilServing(child, host, () => stderr)
  return {
    host,
    dir,
    async digest(repo, reference) {
      const response = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, {
        method: 'HEAD',
        headers: { accept: ACCEPT }
      })
      if (response.status === 404) return undefined
      if (response.status !== 200) throw new Error(`HEAD ${repo}:${reference} answered ${response.status}`)
      return response.headers.get('docker-content-digest') ?? undefined
    },
    async tags(repo) {
      const response = await fetch(`http://${host}/v2/${repo}/tags/list`)
      if (response.status === 404) return []
      const body = (await response.json()) as { tags?: string[] | null }
      return [...(body.tags ?? [])].sort()
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        let timer: NodeJS.Timeout | undefined
        await Promise.race([exited, new Promise(resolve => (timer = setTimeout(resolve, 3000)))])
        clearTimeout(timer)
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      await rm(dir, { recursive: true, force: true })
    }
  }
}
