#!/usr/bin/env node
// build-push: `shipline build --push` (the CLI bundle) of the example services from cold (empty
// registry, no images), then again with nothing changed. Goal: the unchanged run takes ≤ 5 % of the
// cold one and builds nothing (every content tag is found in the registry).
/* global fetch, setTimeout */
// Real tools: podman (vfs + chroot, a storage of its own), Debian's docker-registry on loopback, a
// busybox-static base image built first (not timed).
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const cli = join(root, 'cli', 'dist', 'index.js')
const GOAL = 0.05
for (const [what, path] of [
  ['podman', '/usr/bin/podman'],
  ['docker-registry', '/usr/bin/docker-registry'],
  ['busybox-static', '/bin/busybox'],
  ['the CLI bundle (npm run build)', cli]
]) {
  if (!existsSync(path)) {
    console.log(`build-push: ${what} is missing (${path}); FAIL`)
    process.exit(1)
  }
}

const work = mkdtempSync(join(tmpdir(), 'shipline-bench-build-'))
const storage = join(work, 'podman')
const podmanGlobal = [
  '--root',
  join(storage, 'root'),
  '--runroot',
  join(storage, 'run'),
  '--storage-driver',
  'vfs'
]
let registry
try {
  // Base image, in this run's own podman storage.
  const baseDir = join(work, 'base')
  cpSync('/bin/busybox', join(baseDir, 'busybox'))
  writeFileSync(
    join(baseDir, 'Containerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "mkdir", "-p", "/usr/bin", "/sbin", "/usr/sbin", "/tmp", "/www"]\nRUN ["/bin/busybox", "--install", "-s"]\n'
  )
  const base = 'localhost/shipline-busybox:bench'
  execFileSync('podman', [...podmanGlobal, 'build', '--isolation', 'chroot', '--tag', base, baseDir], {
    stdio: 'ignore'
  })

  // Registry on a free loopback port.
  const port = await new Promise(resolve => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const p = server.address().port
      server.close(() => resolve(p))
    })
  })
  const host = `127.0.0.1:${port}`
  writeFileSync(
    join(work, 'registry.yml'),
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(work, 'registry')}\nhttp:\n  addr: ${host}\n`
  )
  registry = spawn('/usr/bin/docker-registry', ['serve', join(work, 'registry.yml')], { stdio: 'ignore' })
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://${host}/v2/`)).ok) break
    } catch {
      // not yet
    }
    if (i > 300) throw new Error('docker-registry did not start')
    await new Promise(resolve => setTimeout(resolve, 50))
  }

  // A git repository holding the examples.
  const repo = join(work, 'repo')
  cpSync(join(root, 'examples'), repo, { recursive: true })
  const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'examples')

  const env = {
    ...process.env,
    SHIPLINE_PODMAN_ROOT: join(storage, 'root'),
    SHIPLINE_PODMAN_RUNROOT: join(storage, 'run'),
    SHIPLINE_PODMAN_STORAGE_DRIVER: 'vfs',
    SHIPLINE_PODMAN_ISOLATION: 'chroot',
    RUNNER_TEMP: join(work, 'runner-temp')
  }
  const args = [cli, 'build', '--registry', host, '--builder', 'podman', '--push', '--insecure-registry']
  args.push('--build-arg', `BASE_IMAGE=${base}`)
  const timed = label => {
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, args, { cwd: repo, env, encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (result.status !== 0)
      throw new Error(`${label} run failed: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`)
    const lines = result.stdout
      .trim()
      .split('\n')
      .map(line => JSON.parse(line))
    return { ms, lines, built: lines.filter(line => line.built).length }
  }
  const cold = timed('cold')
  const warm = timed('unchanged')
  const sameDigests = warm.lines.every((line, i) => line.digest === cold.lines[i].digest)
  const ratio = warm.ms / cold.ms
  const ok = ratio <= GOAL && warm.built === 0 && cold.built === cold.lines.length && sameDigests
  console.log(
    `services: ${cold.lines.length} (examples/shipline.yml), builder podman (vfs), registry ${host}`
  )
  console.log('')
  console.log('| run | time | images built | × cold |')
  console.log('| --- | ---: | ---: | ---: |')
  console.log(`| cold | ${(cold.ms / 1000).toFixed(2)} s | ${cold.built} | 1.00 |`)
  console.log(`| unchanged | ${(warm.ms / 1000).toFixed(2)} s | ${warm.built} | ${ratio.toFixed(3)} |`)
  console.log('')
  console.log(
    `unchanged / cold = ${(ratio * 100).toFixed(1)} % (goal ≤ ${GOAL * 100} %, zero builds, same digests: ${sameDigests}): ${ok ? 'PASS' : 'FAIL'}`
  )
  process.exitCode = ok ? 0 : 1
} catch (error) {
  console.log(`build-push: ${error.message}; FAIL`)
  process.exitCode = 1
} finally {
  registry?.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
