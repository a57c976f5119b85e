/**
 * Convergence end to end, for real: podman builds, two registries on loopback (staging's and
 * production's), and the commands the deploy workflow chains — build-set → build --push → resolve →
 * record, then production promoting staging's digests with pull → push. What a user sees: the build
 * set, the outputs the workflow reads, the digests.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseOutputFile } from '../../__fixtures__/action-run.js'
import { ensureBusyboxBase, podmanEnv, podmanTestStorage } from '../../__fixtures__/busybox-base.js'
import { startRegistry, type TestRegistry } from '../../__fixtures__/registry.js'
import { COMMANDS } from '../src/commands.js'

const examples = fileURLToPath(new URL('../../examples/', import.meta.url))
const storage = podmanTestStorage()
const cwd = process.cwd()
const savedEnv = { ...process.env }
let staging: TestRegistry
let production: TestRegistry
let repo: string
let base: string

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
const commit = (message: string) => {
  git('add', '-A')
  git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message)
}

/** One command as the workflow step runs it: its stdout, its $GITHUB_OUTPUT, its exit code or error. */
async function shipline(name: string, values: Record<string, string | boolean | string[]>) {
  const out: string[] = []
  const outputFile = join(repo + '-temp', `output-${Math.random().toString(16).slice(2)}`)
  writeFileSync(outputFile, '')
  process.env.GITHUB_OUTPUT = outputFile
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(c => (out.push(String(c)), true))
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const command = await COMMANDS[name].load()
    const code = await command.run({ values, positionals: [] })
    return { code, stdout: out.join(''), outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) }
  } finally {
    delete process.env.GITHUB_OUTPUT
    stdout.mockRestore()
    stderr.mockRestore()
  }
}

const common = () => ({ builder: 'podman', 'insecure-registry': true, 'build-arg': [`BASE_IMAGE=${base}`] })

/** build-set of staging, with the workflow's inputs. */
const stagingSet = () =>
  shipline('build-set', {
    ...common(),
    registry: staging.host,
    environment: 'staging',
    watch: ['k8s'],
    'github-output': true
  })

/** What the deploy job does once the build jobs are done: resolve, (roll out), record. */
async function deploy(registry: TestRegistry, environment: string, set: Record<string, string>) {
  const resolved = await shipline('resolve', {
    registry: registry.host,
    'insecure-registry': true,
    tags: set.tags,
    environment,
    'watch-key': set['watch-key'],
    'github-output': true
  })
  await shipline('record', {
    registry: registry.host,
    'insecure-registry': true,
    deployed: resolved.outputs.deployed,
    records: resolved.outputs.records
  })
  return resolved.outputs
}

const matrixServices = (outputs: Record<string, string>) =>
  (JSON.parse(outputs.matrix) as { include: Array<{ service: string }> }).include.map(e => e.service)

beforeAll(async () => {
  base = await ensureBusyboxBase(storage)
  staging = await startRegistry()
  production = await startRegistry()
  repo = mkdtempSync(join(tmpdir(), 'shipline-converge-'))
  execFileSync('mkdir', ['-p', repo + '-temp'])
  cpSync(join(examples, 'services', 'hr-service'), join(repo, 'services', 'hr-service'), { recursive: true })
  cpSync(join(examples, 'frontend'), join(repo, 'frontend'), { recursive: true })
  cpSync(join(examples, 'k8s'), join(repo, 'k8s'), { recursive: true })
  writeFileSync(
    join(repo, 'shipline.yml'),
    [
      'version: 1',
      'services:',
      '  hr-service: {context: services/hr-service, workload: deployment/hr-service}',
      '  frontend: {context: frontend, build-args: {APP_ENV: production}, workload: deployment/frontend}',
      'cdn:',
      '  paths: [/index.html, /static/*]',
      ''
    ].join('\n')
  )
  git('init', '-q', '-b', 'main')
  commit('adopt shipline')
  Object.assign(process.env, podmanEnv(storage), { RUNNER_TEMP: repo + '-temp' })
  process.chdir(repo)
}, 120_000)

afterAll(async () => {
  process.chdir(cwd)
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  await staging?.stop()
  await production?.stop()
  rmSync(repo, { recursive: true, force: true })
  rmSync(repo + '-temp', { recursive: true, force: true })
})

describe('a deploy converges from any state', () => {
  let stagingDeployed: string

  it('first push after adoption: every service is built, the rollout and the invalidation are due', async () => {
    const set = await stagingSet()
    expect(set.code).toBe(0)
    expect(matrixServices(set.outputs)).toEqual(['hr-service', 'frontend'])
    expect(set.outputs.deployed).toBe('')
    expect(set.outputs).toMatchObject({
      count: '2',
      'defer-push': 'false',
      deploy: 'true',
      rollout: 'true',
      'cdn-paths': '/index.html\n/static/*'
    })
    expect(Object.keys(JSON.parse(set.outputs.tags))).toEqual(['hr-service', 'frontend'])
    // The build jobs: one per matrix entry.
    for (const service of matrixServices(set.outputs))
      expect(
        (await shipline('build', { ...common(), registry: staging.host, service: [service], push: true }))
          .code
      ).toBe(0)
    const deployed = await deploy(staging, 'staging', set.outputs)
    expect(deployed.images.split('\n').map(line => line.split('=')[0])).toEqual(['hr-service', 'frontend'])
    for (const line of deployed.images.split('\n')) {
      const [service, image] = line.split('=')
      const tag = JSON.parse(set.outputs.tags)[service]
      expect(image).toBe(`${staging.host}/${service}@${await staging.digest(service, tag)}`)
    }
    expect(deployed.records.split(' ')).toEqual([
      expect.stringMatching(/^shipline-rollout-staging-[0-9a-f]{16}$/),
      expect.stringMatching(/^shipline-cdn-staging-[0-9a-f]{16}$/)
    ])
    stagingDeployed = deployed.deployed
  }, 180_000)

  it('a push that changed nothing: nothing to build, roll out or invalidate', async () => {
    writeFileSync(join(repo, 'README.md'), 'docs\n')
    commit('docs only')
    const set = await stagingSet()
    expect(set.outputs).toMatchObject({ count: '0', deploy: 'false', rollout: 'false', 'cdn-paths': '' })
    expect(matrixServices(set.outputs)).toEqual([])
    // With nothing pending, the next environment gets the images from here (no deploy job runs).
    expect(JSON.parse(set.outputs.deployed)).toEqual(JSON.parse(stagingDeployed))
    expect(set.outputs['present-images'].split('\n')).toEqual(
      (JSON.parse(stagingDeployed) as Array<{ image: string }>).map(d => d.image)
    )
  }, 60_000)

  it('production promotes staging’s digests: copied, never built; then nothing is due', async () => {
    const promote = () =>
      shipline('build-set', {
        registry: production.host,
        'insecure-registry': true,
        environment: 'production',
        watch: ['k8s'],
        promote: stagingDeployed,
        'github-output': true
      })
    const set = await promote()
    expect(set.outputs).toMatchObject({ count: '2', deploy: 'true', rollout: 'true' })
    const matrix = JSON.parse(set.outputs.matrix) as {
      include: Array<{ service: string; 'content-tag': string; source: string }>
    }
    for (const entry of matrix.include) {
      const archive = join(repo + '-temp', `${entry.service}-${entry['content-tag']}.oci.tar`)
      expect(
        (await shipline('pull', { image: entry.source, out: archive, 'insecure-registry': true })).code
      ).toBe(0)
      const digest = entry.source.slice(entry.source.indexOf('@') + 1)
      const pushed = await shipline('push', {
        registry: production.host,
        'insecure-registry': true,
        service: entry.service,
        archive,
        tag: entry['content-tag'],
        digest
      })
      expect(pushed.code).toBe(0)
      expect(await production.digest(entry.service, entry['content-tag'])).toBe(digest)
    }
    const deployed = await deploy(production, 'production', set.outputs)
    const digests = (text: string) => (JSON.parse(text) as Array<{ digest: string }>).map(d => d.digest)
    expect(digests(deployed.deployed)).toEqual(digests(stagingDeployed))
    expect(deployed.images).toContain(`${production.host}/hr-service@`)
    expect((await promote()).outputs).toMatchObject({ count: '0', deploy: 'false' })
  }, 120_000)

  it('a manifest-only change: no build, a rollout, no invalidation', async () => {
    writeFileSync(
      join(repo, 'k8s', 'namespace.yaml'),
      `${readFileSync(join(repo, 'k8s', 'namespace.yaml'), 'utf8')}# touched\n`
    )
    commit('manifests only')
    const set = await stagingSet()
    expect(set.outputs).toMatchObject({ count: '0', deploy: 'true', rollout: 'true', 'cdn-paths': '' })
    await deploy(staging, 'staging', set.outputs)
    expect((await stagingSet()).outputs).toMatchObject({ deploy: 'false' })
  }, 60_000)

  it('a backend change: that service is built, a rollout, no invalidation', async () => {
    writeFileSync(join(repo, 'services', 'hr-service', 'www', 'health'), '{"status":"UP","v":"backend"}\n')
    commit('hr-service only')
    const set = await stagingSet()
    expect(matrixServices(set.outputs)).toEqual(['hr-service'])
    expect(set.outputs).toMatchObject({ count: '1', deploy: 'true', rollout: 'true', 'cdn-paths': '' })
    expect(
      (await shipline('build', { ...common(), registry: staging.host, service: ['hr-service'], push: true }))
        .code
    ).toBe(0)
    await deploy(staging, 'staging', set.outputs)
    expect((await stagingSet()).outputs).toMatchObject({ count: '0', deploy: 'false' })
  }, 120_000)

  it('a build-args change: that service is built again; a frontend change is invalidated', async () => {
    writeFileSync(
      join(repo, 'shipline.yml'),
      readFileSync(join(repo, 'shipline.yml'), 'utf8').replace('APP_ENV: production', 'APP_ENV: staging')
    )
    commit('frontend build args')
    const set = await stagingSet()
    expect(matrixServices(set.outputs)).toEqual(['frontend'])
    expect(set.outputs).toMatchObject({ count: '1', rollout: 'true', 'cdn-paths': '/index.html\n/static/*' })
  }, 60_000)

  it('after a run that built but never rolled out (cancelled): nothing to build, the rollout is still due', async () => {
    expect(
      (await shipline('build', { ...common(), registry: staging.host, service: ['frontend'], push: true }))
        .code
    ).toBe(0)
    const set = await stagingSet()
    expect(set.outputs).toMatchObject({
      count: '0',
      deploy: 'true',
      rollout: 'true',
      'cdn-paths': '/index.html\n/static/*'
    })
  }, 120_000)

  it('resolve names every image the registry lacks, in one line, and rolls out nothing', async () => {
    const tags = JSON.stringify({ 'hr-service': 'src-000000000000', frontend: 'src-111111111111' })
    await expect(
      shipline('resolve', { registry: staging.host, 'insecure-registry': true, tags, 'github-output': true })
    ).rejects.toThrow(
      `2 of 2 image(s) are not in the registry ${staging.host}: ${staging.host}/hr-service:src-000000000000, ${staging.host}/frontend:src-111111111111; their build job did not push them (see its log), so nothing was rolled out`
    )
  })
})
