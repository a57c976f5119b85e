/**
 * The tools a GitHub-hosted runner has that this machine stands in for, written into a rehearsal's
 * state directory:
 * - `docker`: the runner's docker CLI for what Shipline runs (`buildx build … --output type=oci`,
 *   `login --password-stdin`, `logout`), building with podman (vfs, chroot) into the same OCI archive;
 *   docker.io/library/busybox:1.36 is the local busybox base (nothing can be pulled). buildx's
 *   registry cache on an ECR host is podman's layer cache in that repository of the loopback
 *   registry (read with --cache-from, written with --cache-to). Every build is recorded, one JSON
 *   line each (tags, context, archive, the cache read and written), in $SHIPLINE_REHEARSAL_BUILDS.
 * - `trivy`, which the steps reach through SHIPLINE_TRIVY (a Trivy the runner provides; scan-images
 *   says it is not verified): the DB download and image scans, each report clean (no findings); the
 *   real Trivy is not on this machine.
 * - a Node preload that is the runner's network for ECR's registry hosts
 *   (ACCOUNT.dkr.ecr.REGION.amazonaws.com over HTTPS) and Docker Hub's (registry-1.docker.io, where
 *   content tags look up base images' digests): fetch reaches the loopback registry instead, which
 *   holds the busybox base as library/busybox:1.36.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const BUSYBOX_REFERENCE = 'docker.io/library/busybox:1.36'
/** Where the loopback registry holds the busybox base, as Docker Hub would serve it. */
export const BUSYBOX_REPOSITORY = 'library/busybox:1.36'

const DOCKER = String.raw`#!/usr/bin/env node
// The rehearsal's docker CLI: builds with podman. Written by shipline rehearse.
const { spawnSync } = require('node:child_process')
const { appendFileSync } = require('node:fs')
const argv = process.argv.slice(2)
const env = process.env
const storage = ['--root', env.SHIPLINE_PODMAN_ROOT, '--runroot', env.SHIPLINE_PODMAN_RUNROOT, '--storage-driver', env.SHIPLINE_PODMAN_STORAGE_DRIVER || 'vfs']
const podman = (args, input) => {
  const r = spawnSync('podman', [...storage, ...args], { stdio: [input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'], input })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
const fail = message => { process.stderr.write('docker (rehearsal): ' + message + '\n'); process.exit(1) }
if (argv[0] === 'login') {
  const host = argv[argv.length - 1]
  require('node:fs').readFileSync(0)
  process.stdout.write('Login Succeeded (' + host + ', rehearsal)\n')
  process.exit(0)
}
if (argv[0] === 'logout') { process.stdout.write('Removing login credentials for ' + argv[1] + '\n'); process.exit(0) }
if (argv[0] === 'info' || argv[0] === 'version') { process.stdout.write('shipline-rehearsal (podman)\n'); process.exit(0) }
if (argv[0] !== 'buildx' || argv[1] !== 'build') fail('only buildx build, login and logout are stood in for: ' + argv.join(' '))
const build = ['build', '--isolation', env.SHIPLINE_PODMAN_ISOLATION || 'chroot', '--pull=never']
const tags = []
// buildx's registry cache (type=registry,ref=HOST/REPO:TAG) is, for podman, the repository REPO on
// the loopback registry (an ECR host is the loopback registry on this network); elsewhere, none.
const ecr = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/
const cacheRepository = spec => {
  const ref = /(?:^|,)ref=([^,]+)/.exec(spec || '')
  if (!/^type=registry(,|$)/.test(spec || '') || !ref) fail('expected a cache of type=registry,ref=REF: ' + spec)
  const slash = ref[1].indexOf('/')
  const host = ref[1].slice(0, slash)
  const repo = ref[1].slice(slash + 1).replace(/@.*$/, '').replace(/:[^/]*$/, '')
  const loopback = env.SHIPLINE_REHEARSAL_REGISTRY
  return loopback && (ecr.test(host) || host === loopback) ? loopback + '/' + repo : undefined
}
const cache = {}
let output
let context
for (let i = 2; i < argv.length; i++) {
  const a = argv[i]
  if (a === '--file' || a === '--platform' || a === '--build-arg') build.push(a, argv[++i])
  else if (a === '--tag') { tags.push(argv[++i]); build.push('--tag', argv[i]) }
  else if (a === '--cache-from' || a === '--cache-to') cache[a.slice(2)] = cacheRepository(argv[++i])
  else if (a === '--output') output = argv[++i]
  else if (a.startsWith('--')) fail('unknown flag ' + a)
  else context = a
}
const dest = /^type=oci,dest=(.+)$/.exec(output || '')
if (!dest || !context || !tags.length) fail('expected --tag, --output type=oci,dest=PATH and a context')
if (cache['cache-from']) build.push('--layers', '--tls-verify=false', '--cache-from', cache['cache-from'])
if (cache['cache-from'] && cache['cache-to']) build.push('--cache-to', cache['cache-to'])
podman([...build, context])
podman(['push', '--quiet', '--compression-format', 'gzip', tags[0], 'oci-archive:' + dest[1]])
const record = { tags, context, archive: dest[1], cacheFrom: cache['cache-from'] ?? null, cacheTo: cache['cache-to'] ?? null }
if (env.SHIPLINE_REHEARSAL_BUILDS) appendFileSync(env.SHIPLINE_REHEARSAL_BUILDS, JSON.stringify(record) + '\n')
`

const TRIVY = String.raw`#!/usr/bin/env node
// The rehearsal's Trivy: a clean report for every image. Written by shipline rehearse.
const { mkdirSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
const argv = process.argv.slice(2)
const flag = name => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined }
if (argv[0] === '--version' || argv[0] === 'version') { process.stdout.write('Version: rehearsal\n'); process.exit(0) }
const cache = flag('--cache-dir')
if (argv[0] !== 'image' || !cache) { process.stderr.write('trivy (rehearsal): unexpected ' + argv.join(' ') + '\n'); process.exit(1) }
if (argv.includes('--download-db-only')) {
  mkdirSync(join(cache, 'db'), { recursive: true })
  writeFileSync(join(cache, 'db', 'trivy.db'), 'rehearsal\n')
  writeFileSync(join(cache, 'db', 'metadata.json'), JSON.stringify({ Version: 2, NextUpdate: new Date(Date.now() + 86400000).toISOString() }))
  process.exit(0)
}
const output = flag('--output')
const target = flag('--input') || argv[argv.length - 1]
const report = { SchemaVersion: 2, ArtifactName: target, ArtifactType: 'container_image', Metadata: { OS: { Family: 'none', Name: 'rehearsal' } }, Results: [] }
writeFileSync(output, JSON.stringify(report, null, 2))
`

const HOSTS = String.raw`// The rehearsal runner's network: ECR registry hosts and Docker Hub reach the loopback registry. Written by shipline rehearse.
const registry = process.env.SHIPLINE_REHEARSAL_REGISTRY
const ecr = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/
const DOCKER_HUB = 'registry-1.docker.io'
const realFetch = globalThis.fetch
if (registry && realFetch) {
  globalThis.fetch = (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    if (!ecr.test(url.hostname) && url.hostname !== DOCKER_HUB) return realFetch(input, init)
    const target = new URL(url.pathname + url.search, 'http://' + registry)
    const sent = realFetch(typeof input === 'string' || input instanceof URL ? target : new Request(target, input), init)
    // What the registry names on its loopback origin (an upload Location, a redirect) is, on this
    // network, on the host that was asked, over its scheme, as ECR's own answers are.
    return sent.then(response => {
      const location = response.headers.get('location')
      if (!location) return response
      const next = new URL(location, target)
      if (next.origin !== target.origin) return response
      const headers = new Headers(response.headers)
      headers.set('location', new URL(next.pathname + next.search, url.origin).href)
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    })
  }
}
`

export interface RunnerTools {
  /** Put first on PATH: holds `docker`. */
  binDir: string
  /** RUNNER_TOOL_CACHE, holding Trivy. */
  toolCache: string
  /** The stand-in trivy, given to the steps as SHIPLINE_TRIVY. */
  trivy: string
  /** NODE_OPTIONS for every step. */
  nodeOptions: string
}

export async function installRunnerTools(stateDir: string): Promise<RunnerTools> {
  const binDir = join(stateDir, 'bin')
  const toolCache = join(stateDir, 'toolcache')
  await mkdir(binDir, { recursive: true })
  // Scripts are CommonJS: the directory says so, whatever package.json is above it.
  await writeFile(join(binDir, 'package.json'), '{"type":"commonjs"}\n')
  await writeFile(join(binDir, 'docker'), DOCKER)
  await chmod(join(binDir, 'docker'), 0o755)
  await writeFile(join(binDir, 'loopback-hosts.cjs'), HOSTS)
  await mkdir(join(binDir, 'trivy-bin'), { recursive: true })
  await writeFile(join(binDir, 'trivy-bin', 'package.json'), '{"type":"commonjs"}\n')
  await writeFile(join(binDir, 'trivy-bin', 'trivy'), TRIVY)
  await chmod(join(binDir, 'trivy-bin', 'trivy'), 0o755)
  await mkdir(toolCache, { recursive: true })
  return {
    binDir,
    toolCache,
    trivy: join(binDir, 'trivy-bin', 'trivy'),
    nodeOptions: `--require ${join(binDir, 'loopback-hosts.cjs')}`
  }
}
