#!/usr/bin/env node
// build-cache: a warm rebuild after a source-only change, reading the registry cache, against a cold
// build of the same sources. Every run starts from an empty podman storage, as a GitHub runner does,
// holding only the base image pulled from the registry (not timed; pulled, so its digest is the same
// in every run, as a public base image's is); `shipline build` (the CLI bundle) builds every service
// of the examples with podman (vfs + chroot) against Debian's docker-registry on loopback, the cache
// in a repository of that registry.
//
//   seed   the sources before the change, built with --cache-write: what main's last build left;
//   cold   the changed sources, --no-cache: the baseline;
//   read   the changed sources, reading the cache: a pull request's build;
//   warm   the changed sources, reading and writing the cache: main's images job.
//
// Two sets of services: the examples as they are (FROM, COPY the sources, metadata: nothing before
// the sources to reuse), and the same with a dependency step before the sources, where the cache has
// something to give: a RUN that hashes 1.2 GB of zeros (seconds of CPU, a few bytes written), standing
// for the resolution and compilation of dependencies, one per service, right after FROM (podman 4.3
// takes nothing from a remote cache after an ARG step, such as the frontend's ARG APP_ENV).
// Goal: with a dependency step, warm (read and write) ≤ 0.8 × cold, every dependency step from the cache.
// Usage: node scripts/bench/build-cache.mjs [--runs N]
/* global fetch, setTimeout */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const root = new URL('../..', import.meta.url).pathname
const cli = join(root, 'cli', 'dist', 'index.js')
const GOAL = 0.8
const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' } } })
const RUNS = Number(values.runs)
for (const [what, path] of [
  ['podman', '/usr/bin/podman'],
  ['docker-registry', '/usr/bin/docker-registry'],
  ['busybox-static', '/bin/busybox'],
  ['the CLI bundle (npm run build)', cli]
]) {
  if (!existsSync(path)) {
    console.log(`build-cache: ${what} is missing (${path}); FAIL`)
    process.exit(1)
  }
}

const work = mkdtempSync(join(tmpdir(), 'shipline-bench-cache-'))
let base = ''
let storageCount = 0

const podmanIn = dir => [
  '--root',
  join(dir, 'root'),
  '--runroot',
  join(dir, 'run'),
  '--storage-driver',
  'vfs'
]

/** The base image, built once and pushed to the registry, so every storage pulls the same digest. */
function publishBase(host) {
  const dir = join(work, 'podman-base')
  const baseDir = join(work, 'base')
  cpSync('/bin/busybox', join(baseDir, 'busybox'))
  writeFileSync(
    join(baseDir, 'Containerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "mkdir", "-p", "/usr/bin", "/sbin", "/usr/sbin", "/tmp", "/www"]\nRUN ["/bin/busybox", "--install", "-s"]\nENV PATH=/usr/sbin:/usr/bin:/sbin:/bin\n'
  )
  base = `${host}/shipline-busybox:bench`
  execFileSync('podman', [...podmanIn(dir), 'build', '--isolation', 'chroot', '--tag', base, baseDir], {
    stdio: 'ignore'
  })
  execFileSync('podman', [...podmanIn(dir), 'push', '--tls-verify=false', base], { stdio: 'ignore' })
  rmSync(dir, { recursive: true, force: true })
}

/** An empty podman storage holding only the base image, pulled (not timed): a new runner. */
function freshStorage() {
  const dir = join(work, `podman-${++storageCount}`)
  execFileSync('podman', [...podmanIn(dir), 'pull', '--tls-verify=false', base], { stdio: 'ignore' })
  return dir
}

async function startRegistry() {
  const port = await new Promise(resolve => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const p = server.address().port
      server.close(() => resolve(p))
    })
  })
  const host = `127.0.0.1:${port}`
  writeFileSync(
    join(work, 'registry.yml'),
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(work, 'registry')}\n  delete:\n    enabled: true\nhttp:\n  addr: ${host}\n`
  )
  const child = spawn('/usr/bin/docker-registry', ['serve', join(work, 'registry.yml')], { stdio: 'ignore' })
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://${host}/v2/`)).ok) break
    } catch {
      // not yet
    }
    if (i > 300) throw new Error('docker-registry did not start')
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return { host, child }
}

/** A git repository holding the examples; with `deps`, a dependency step before each COPY of sources. */
function repository(name, deps) {
  const repo = join(work, name)
  cpSync(join(root, 'examples'), repo, { recursive: true })
  if (deps) {
    const dockerfiles = [
      join(repo, 'frontend', 'Dockerfile'),
      ...readdirSync(join(repo, 'services')).map(s => join(repo, 'services', s, 'Dockerfile'))
    ]
    for (const file of dockerfiles) {
      const text = readFileSync(file, 'utf8')
      // Right after FROM: podman 4.3 finds no remote cache for an ARG step or any step after one.
      const at = text.indexOf('\n', text.indexOf('\nFROM ') + 1)
      const service = file.split('/').slice(-2)[0]
      const step = `RUN echo ${service} > /deps.name && i=0 && while [ $i -lt 12 ]; do head -c 100000000 /dev/zero | sha256sum >> /deps.sum; i=$((i+1)); done`
      writeFileSync(file, `${text.slice(0, at)}\n${step}${text.slice(at)}`)
    }
  }
  const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'examples')
  return repo
}

/** A source-only change in every service (a line in a served file), committed. */
function changeSources(repo, n) {
  appendFileSync(join(repo, 'frontend', 'static', 'app.js'), `// change ${n}\n`)
  for (const s of readdirSync(join(repo, 'services')))
    appendFileSync(join(repo, 'services', s, 'www', 'health'), `\n${n}`)
  execFileSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qam', `change ${n}`],
    {
      cwd: repo
    }
  )
}

function build(repo, host, flags) {
  const storage = freshStorage()
  const env = {
    ...process.env,
    SHIPLINE_PODMAN_ROOT: join(storage, 'root'),
    SHIPLINE_PODMAN_RUNROOT: join(storage, 'run'),
    SHIPLINE_PODMAN_STORAGE_DRIVER: 'vfs',
    SHIPLINE_PODMAN_ISOLATION: 'chroot',
    SHIPLINE_PLAIN_LOG: 'true',
    RUNNER_TEMP: join(work, 'runner-temp')
  }
  const args = [cli, 'build', '--registry', host, '--builder', 'podman', '--insecure-registry']
  args.push('--build-arg', `BASE_IMAGE=${base}`, ...flags)
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {
    cwd: repo,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  rmSync(storage, { recursive: true, force: true })
  if (result.status !== 0)
    throw new Error(`build failed: ${result.stderr.trim().split('\n').slice(-4).join(' | ')}`)
  const lines = result.stdout
    .trim()
    .split('\n')
    .map(line => JSON.parse(line))
  const log = `${result.stdout}\n${result.stderr}`
  return { ms, built: lines.filter(l => l.built).length, cacheHits: (log.match(/Using cache/g) ?? []).length }
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const s = ms => `${(ms / 1000).toFixed(1)} s`
let registry
try {
  registry = await startRegistry()
  publishBase(registry.host)
  const cache = `${registry.host}/buildcache`
  const results = []
  for (const [label, deps] of [
    ['the examples as they are', false],
    ['with a dependency step before the sources', true]
  ]) {
    const repo = repository(deps ? 'repo-deps' : 'repo', deps)
    const runs = { seed: [], cold: [], read: [], warm: [] }
    let hits = 0
    let built = 0
    for (let i = 0; i < RUNS; i++) {
      const ref = `${cache}-${deps ? 'deps' : 'plain'}-${i}`
      runs.seed.push(build(repo, registry.host, ['--cache-ref', ref, '--cache-write']).ms)
      changeSources(repo, i)
      runs.cold.push(build(repo, registry.host, ['--no-cache']).ms)
      const read = build(repo, registry.host, ['--cache-ref', ref])
      runs.read.push(read.ms)
      runs.warm.push(build(repo, registry.host, ['--cache-ref', ref, '--cache-write']).ms)
      hits = read.cacheHits
      built = read.built
    }
    const m = key => median(runs[key])
    results.push({
      label,
      deps,
      seed: m('seed'),
      cold: m('cold'),
      read: m('read'),
      warm: m('warm'),
      hits,
      built
    })
  }
  console.log(
    `services: 9 (examples/shipline.yml), builder podman (vfs, chroot), every run from an empty storage holding the pulled base image; registry cache ${cache}-*; median of ${RUNS}`
  )
  console.log('')
  console.log(
    '| services | seed, writes the cache | cold, after a source change | warm, reads the cache (pull request) | warm, reads and writes (main) | read / cold | read+write / cold | steps from the cache |'
  )
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const r of results)
    console.log(
      `| ${r.label} | ${s(r.seed)} | ${s(r.cold)} | ${s(r.read)} | ${s(r.warm)} | ${(r.read / r.cold).toFixed(2)} | ${(r.warm / r.cold).toFixed(2)} | ${r.hits} (${r.built} images built) |`
    )
  const deps = results.find(r => r.deps)
  const ok = deps.warm / deps.cold <= GOAL && deps.hits >= 9
  console.log('')
  console.log(
    `with a dependency step: read+write / cold = ${(deps.warm / deps.cold).toFixed(2)} (goal ≤ ${GOAL}; every dependency step from the cache: ${deps.hits >= 9}): ${ok ? 'PASS' : 'FAIL'}`
  )
  process.exitCode = ok ? 0 : 1
} catch (error) {
  console.log(`build-cache: ${error.message}; FAIL`)
  process.exitCode = 1
} finally {
  registry?.child.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
