/**
 * End to end on the real thing: podman (vfs + chroot) builds two example services from a busybox
 * base built locally, into OCI archives pushed to a real registry on loopback (docker-registry).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { ensureBusyboxBase, podmanEnv, podmanTestStorage } from '../../../__fixtures__/busybox-base.js'
import { startRegistry, type TestRegistry } from '../../../__fixtures__/registry.js'
import { run as realExec } from '../../../lib/core/exec.js'
import { OciArchive } from '../../../lib/images/oci-archive.js'
import type { Exec } from '../../../lib/images/build-push.js'
import { run } from '../src/main.js'

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url))
const storage = podmanTestStorage()
let registry: TestRegistry
let base: string
let repo: string
let runnerTemp: string
const calls: string[][] = []

const recordingExec: Exec = (command, args, options) => {
  calls.push([command, ...args])
  return realExec(command, args, { ...options, stream: false })
}

/** The one podman call a run that builds nothing makes: reading the base image's id, for the content tag. */
const baseInspect = () => [
  'podman',
  '--root',
  storage.root,
  '--runroot',
  storage.runroot,
  '--storage-driver',
  storage.storageDriver,
  'image',
  'inspect',
  '--format',
  '{{.Id}}',
  base
]

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
}

function commit(message: string): string {
  git('add', '-A')
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', message)
  return git('rev-parse', 'HEAD')
}

function buildPush(service: string, inputs: Record<string, string> = {}) {
  return runWithInputs(
    () => run({ cwd: repo, exec: recordingExec }),
    {
      service,
      registry: `${registry.host}/erp`,
      builder: 'podman',
      'insecure-registry': 'true',
      'build-args': `BASE_IMAGE=${base}`,
      ...inputs
    },
    { ...podmanEnv(storage), RUNNER_TEMP: runnerTemp }
  )
}

beforeAll(async () => {
  base = await ensureBusyboxBase(storage)
  registry = await startRegistry()
  repo = mkdtempSync(join(tmpdir(), 'shipline-e2e-repo-'))
  runnerTemp = mkdtempSync(join(tmpdir(), 'shipline-e2e-runner-'))
  cpSync(join(examples, 'services', 'auth-service'), join(repo, 'services', 'auth-service'), {
    recursive: true
  })
  cpSync(join(examples, 'frontend'), join(repo, 'frontend'), { recursive: true })
  writeFileSync(
    join(repo, 'shipline.yml'),
    [
      'version: 1',
      'environment: test',
      'services:',
      '  auth-service:',
      '    context: services/auth-service',
      '    workload: deployment/auth-service',
      '  frontend:',
      '    context: frontend',
      '    build-args: { APP_ENV: test }',
      ''
    ].join('\n')
  )
  git('init', '-q', '-b', 'main')
  commit('two services')
}, 120_000)

afterAll(async () => {
  await registry?.stop()
  for (const dir of [repo, runnerTemp]) if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('build-push end to end (podman, docker-registry on loopback)', () => {
  const first: Record<string, Record<string, string>> = {}

  it('builds and pushes both services; the registry reports the digest of the outputs', async () => {
    const head = git('rev-parse', 'HEAD')
    for (const service of ['auth-service', 'frontend']) {
      const result = await buildPush(service)
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      const { outputs } = result
      first[service] = outputs
      expect(outputs.built).toBe('true')
      expect(outputs.pushed).toBe('true')
      expect(outputs['content-tag']).toMatch(/^src-[0-9a-f]{12}$/)
      expect(outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(outputs.image).toBe(`${registry.host}/erp/${service}@${outputs.digest}`)
      expect(outputs.tags.split('\n')).toEqual([
        `${registry.host}/erp/${service}:${outputs['content-tag']}`,
        `${registry.host}/erp/${service}:${head}`
      ])
      expect(await registry.digest(`erp/${service}`, outputs['content-tag'])).toBe(outputs.digest)
      expect(await registry.digest(`erp/${service}`, head)).toBe(outputs.digest)
      expect(await registry.tags(`erp/${service}`)).toEqual([head, outputs['content-tag']].sort())
      // The pushed bytes are the archive's: the archive's manifest digest is the registry's.
      expect((await (await OciArchive.open(outputs.archive)).top()).digest).toBe(outputs.digest)
      expect(result.summary).toContain('built and pushed')
    }
    expect(first['auth-service']['content-tag']).not.toBe(first.frontend['content-tag'])
  }, 120_000)

  it('builds nothing on a second run with the same sources and returns the same digests', async () => {
    calls.length = 0
    for (const service of ['auth-service', 'frontend']) {
      const { outputs, exitCode } = await buildPush(service)
      expect(exitCode).toBe(0)
      expect(outputs.built).toBe('false')
      expect(outputs.pushed).toBe('false')
      expect(outputs.digest).toBe(first[service].digest)
      expect(outputs['content-tag']).toBe(first[service]['content-tag'])
      expect(outputs.archive).toBe('')
    }
    expect(calls.filter(call => call[0] === 'podman')).toEqual([baseInspect(), baseInspect()])
  }, 60_000)

  it('rebuilds only the service whose watched file changed, and tags the other with the new commit', async () => {
    appendFileSync(join(repo, 'services', 'auth-service', 'www', 'health'), '\n')
    const head = commit('auth-service: change a watched file')
    calls.length = 0
    const auth = await buildPush('auth-service')
    const frontend = await buildPush('frontend')
    expect(auth.outputs.built).toBe('true')
    expect(auth.outputs['content-tag']).not.toBe(first['auth-service']['content-tag'])
    expect(auth.outputs.digest).not.toBe(first['auth-service'].digest)
    expect(await registry.digest('erp/auth-service', auth.outputs['content-tag'])).toBe(auth.outputs.digest)
    expect(frontend.outputs.built).toBe('false')
    expect(frontend.outputs.digest).toBe(first.frontend.digest)
    expect(await registry.digest('erp/frontend', head)).toBe(first.frontend.digest)
    const builds = calls.filter(call => call[0] === 'podman' && call.includes('build'))
    expect(builds).toHaveLength(1)
    expect(builds[0]).toContain(`${registry.host}/erp/auth-service:${auth.outputs['content-tag']}`)
  }, 60_000)

  it('pushes nothing when the scan between build and push fails; pushes exactly the scanned archive when it passes', async () => {
    writeFileSync(join(repo, 'frontend', 'static', 'app.js'), 'console.log("v2")\n')
    commit('frontend v2')
    const built = await buildPush('frontend', { push: 'false' })
    expect(built.exitCode).toBe(0)
    expect(built.outputs.built).toBe('true')
    expect(built.outputs.pushed).toBe('false')
    const tag = built.outputs['content-tag']
    expect(existsSync(built.outputs.archive)).toBe(true)
    expect((await (await OciArchive.open(built.outputs.archive)).top()).digest).toBe(built.outputs.digest)
    // The scan failed: the workflow never runs the push step. The registry has no such tag.
    expect(await registry.digest('erp/frontend', tag)).toBeUndefined()
    expect(await registry.tags('erp/frontend')).not.toContain(tag)
    // The scan passed: the push step sends the archive as it is, without building again.
    calls.length = 0
    const pushed = await buildPush('frontend', { archive: built.outputs.archive })
    expect(pushed.exitCode).toBe(0)
    expect(pushed.outputs.built).toBe('false')
    expect(pushed.outputs.pushed).toBe('true')
    expect(pushed.outputs.digest).toBe(built.outputs.digest)
    expect(await registry.digest('erp/frontend', tag)).toBe(built.outputs.digest)
    expect(calls).toEqual([baseInspect()])
  }, 60_000)

  it('rebuilds when the base image behind the same reference changes, and not before', async () => {
    const moving = 'localhost/shipline-moving-base:1'
    const podman = (...args: string[]) =>
      execFileSync('podman', [...baseInspect().slice(1, 7), ...args], { encoding: 'utf8' })
    const dir = mkdtempSync(join(tmpdir(), 'shipline-moving-base-'))
    const tagBase = (label: string) => {
      writeFileSync(join(dir, 'Containerfile'), `FROM ${base}\nLABEL shipline.test=${label}\n`)
      podman('build', '--isolation', storage.isolation, '--tag', moving, dir)
    }
    try {
      tagBase('one')
      const one = await buildPush('auth-service', { 'build-args': `BASE_IMAGE=${moving}` })
      expect(one.outputs.built).toBe('true')
      const again = await buildPush('auth-service', { 'build-args': `BASE_IMAGE=${moving}` })
      expect(again.outputs.built).toBe('false')
      expect(again.outputs['content-tag']).toBe(one.outputs['content-tag'])
      tagBase('two')
      const moved = await buildPush('auth-service', { 'build-args': `BASE_IMAGE=${moving}` })
      expect(moved.outputs.built).toBe('true')
      expect(moved.outputs['content-tag']).not.toBe(one.outputs['content-tag'])
      expect(moved.outputs.digest).not.toBe(one.outputs.digest)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('tags a build of uncommitted changes with the working tree content only, as CI will once committed', async () => {
    writeFileSync(join(repo, 'services', 'auth-service', 'www', 'extra.txt'), 'new file\n')
    const dirty = await buildPush('auth-service', { push: 'false' })
    expect(dirty.outputs.built).toBe('true')
    expect(dirty.outputs.tags.split('\n')).toEqual([
      `${registry.host}/erp/auth-service:${dirty.outputs['content-tag']}`
    ])
    const head = commit('auth-service: extra file')
    const committed = await buildPush('auth-service', { push: 'false' })
    expect(committed.outputs['content-tag']).toBe(dirty.outputs['content-tag'])
    expect(committed.outputs.tags.split('\n')[1]).toBe(`${registry.host}/erp/auth-service:${head}`)
  }, 60_000)
})
