/**
 * The pipeline's workflows rehearsed end to end (shipline rehearse: GitHub's parser and evaluator,
 * Shipline's actions and CLI from this checkout's sources, the real terraform, podman, kubectl and a
 * loopback registry; AWS, the cluster and GitHub's API stood in for), as consecutive runs of
 * pipeline.yml on one state. Each scenario asserts what a user sees: which jobs ran or were skipped,
 * and the counts of approvals, builds, pushes, rollouts, invalidations and comments.
 *
 * staging and production are two protected environments. The rehearsal has one Kubernetes stand-in,
 * so production's overlay gets its own namespace here, as its own cluster would be; both environments'
 * roles are of one stand-in account, so they share one registry: production finds staging's digests
 * already there and copies nothing (the copy itself is tested in cli/__tests__/converge.test.ts).
 */
import { readFileSync, readdirSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { busyboxBaseAvailable, podmanTestStorage } from '../__fixtures__/busybox-base.js'
import { REPO_ROOT } from '../__fixtures__/paths.js'
import { commitAll, git, makeRehearsalRepo, writeFiles } from '../__fixtures__/rehearsal-repo.js'
import { registryAvailable, startRegistry, type TestRegistry } from '../__fixtures__/registry.js'
import { commandExists } from '../lib/core/exec.js'
import { rehearse, type RehearsalOptions, type RehearsalRun } from '../lib/rehearsal/run.js'

const CONFIG = `version: 1
environment: production
services:
  gateway-service:
    context: services/gateway-service
    workload: deployment/gateway-service
  frontend:
    context: frontend
    watch: [frontend]
    build-args: { APP_ENV: production }
    platforms: [linux/amd64]
    workload: deployment/frontend
cdn:
  paths: [/index.html, /static/*]
`
const statuses = (run: RehearsalRun) => Object.fromEntries(run.jobs.map(job => [job.id, job.status]))
const ran = (run: RehearsalRun) => run.jobs.filter(job => job.status === 'success').map(job => job.id)
const counts = ({ approvals, builds, pushes, rollouts, invalidations, comments }: RehearsalRun) => ({
  approvals,
  builds,
  pushes,
  rollouts,
  invalidations,
  comments
})
/** What each build of the run read and wrote as its registry cache, by the image built. */
const cacheOf = (run: RehearsalRun) =>
  Object.fromEntries(
    readFileSync(join(run.runDir, 'builds.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line) as { tags: string[]; cacheFrom: string | null; cacheTo: string | null })
      .map(build => [
        build.tags[0].replace(/^[^/]+\/([^:]+):.*$/, '$1'),
        { from: build.cacheFrom, to: build.cacheTo }
      ])
  )
const NOTHING = { approvals: 0, builds: 0, pushes: 0, rollouts: 0, invalidations: 0, comments: 0 }
/** The jobs that run in both environments when something is deployed (the registry is shared). */
const DEPLOYED = (builds: string[]) => [
  'staging/prepare',
  'staging/plan',
  ...builds.map(service => `staging/build (${service})`),
  'staging/deploy',
  'staging/report',
  'production/prepare',
  'production/plan',
  'production/deploy',
  'production/report'
]

const ready = registryAvailable() && busyboxBaseAvailable()
const maybe = ready ? describe : describe.skip

maybe('pipeline.yml rehearsed: staging, then production', () => {
  let repo: string
  let state: string
  let registry: TestRegistry
  let tools = true
  const run = (options: Partial<RehearsalOptions> = {}) =>
    rehearse({
      workflow: '.github/workflows/pipeline.yml',
      event: 'push',
      repo,
      stateDir: state,
      registry: registry.host,
      protectedEnvironments: ['staging', 'production'],
      shiplineSources: REPO_ROOT,
      podman: podmanTestStorage(),
      ...options
    })
  const change = (files: Record<string, string>, message: string) => {
    writeFiles(repo, files)
    return commitAll(repo, message)
  }
  const read = (path: string) => readFileSync(join(repo, path), 'utf8')
  beforeAll(async () => {
    tools =
      (await commandExists('terraform', ['version'])) &&
      (await commandExists('kubectl', ['version', '--client']))
    repo = makeRehearsalRepo(dir => {
      writeFiles(dir, { 'examples/shipline.yml': CONFIG })
      const overlay = join(dir, 'infra/k8s/overlays/production/kustomization.yaml')
      writeFiles(dir, {
        'infra/k8s/overlays/production/kustomization.yaml': `${readFileSync(overlay, 'utf8')}namespace: erp-production\n`
      })
    })
    state = mkdtempSync(join(tmpdir(), 'shipline-rehearse-pipeline-'))
    registry = await startRegistry()
  })
  afterAll(async () => {
    await registry?.stop()
    for (const dir of [repo, state]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('a pull request plans without the lock, builds what the registry lacks without pushing, one comment', async () => {
    if (!tools) return
    git(repo, 'checkout', '-q', '-b', 'feature')
    change({ 'examples/frontend/static/app.css': 'body { color: teal; }\n' }, 'Teal frontend')
    const pr = await run({ event: 'pull_request' })
    git(repo, 'checkout', '-q', 'main')
    expect(statuses(pr)).toEqual({
      'plan/fork': 'skipped',
      'plan/prepare': 'success',
      'plan/infra': 'success',
      'plan/images (gateway-service)': 'success',
      'plan/images (frontend)': 'success',
      'plan/frontend': 'skipped',
      'plan/comment': 'success',
      staging: 'skipped',
      production: 'skipped',
      teardown: 'skipped',
      rescan: 'skipped'
    })
    expect(counts(pr)).toEqual({ ...NOTHING, builds: 2, comments: 1 })
    expect(await registry.tags('frontend')).toEqual([])
    // A pull request reads the registry cache of main's builds and never writes it.
    expect(cacheOf(pr)).toEqual({
      frontend: { from: `${registry.host}/cache/frontend`, to: null },
      'gateway-service': { from: `${registry.host}/cache/gateway-service`, to: null }
    })
    expect(await registry.tags('cache/frontend')).toEqual([])
    const comments = JSON.parse(readFileSync(join(state, 'github', 'comments.json'), 'utf8')).comments
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('## Shipline: production')
    expect(comments[0].body).toContain('Plan: 3 to add, 0 to change, 0 to destroy.')
    // No lock was taken: the S3 stand-in holds no lock file of any workspace.
    const bucket = join(state, 'aws', 's3', 'tfstate-erp-222222222222')
    const files = (() => {
      try {
        return readdirSync(bucket).map(decodeURIComponent)
      } catch {
        return []
      }
    })()
    expect(files.filter(file => file.endsWith('.tflock'))).toEqual([])
  }, 600_000)

  let first: RehearsalRun
  it('the first push after adoption builds every service and deploys staging, then production: one approval each', async () => {
    if (!tools) return
    first = await run()
    expect(first.success).toBe(true)
    expect(ran(first)).toEqual(DEPLOYED(['gateway-service', 'frontend']))
    expect(counts(first)).toEqual({
      ...NOTHING,
      approvals: 2,
      builds: 2,
      pushes: 2,
      rollouts: 18,
      invalidations: 2
    })
    // The default branch's builds write the cache, beside the images (not counted as pushes).
    expect(cacheOf(first)).toEqual({
      frontend: { from: `${registry.host}/cache/frontend`, to: `${registry.host}/cache/frontend` },
      'gateway-service': {
        from: `${registry.host}/cache/gateway-service`,
        to: `${registry.host}/cache/gateway-service`
      }
    })
    for (const service of ['frontend', 'gateway-service']) {
      expect((await registry.tags(`cache/${service}`)).length).toBeGreaterThan(0)
      const tags = await registry.tags(service)
      expect(tags.filter(tag => /^src-[0-9a-f]{12}$/.test(tag))).toHaveLength(1)
      // The records of what was rolled out and invalidated, in each environment.
      if (service === 'gateway-service')
        for (const kind of ['rollout-staging', 'rollout-production', 'cdn-staging', 'cdn-production'])
          expect(tags.some(tag => tag.startsWith(`shipline-${kind}-`))).toBe(true)
    }
  }, 900_000)

  it('the same push again, and a push that changes nothing: nothing built, rolled out or invalidated, no approval', async () => {
    if (!tools) return
    const again = await run()
    expect(counts(again)).toEqual(NOTHING)
    change({ 'README.md': 'docs only\n' }, 'Docs')
    const noop = await run()
    for (const result of [again, noop]) {
      expect(result.success).toBe(true)
      expect(ran(result)).toEqual([
        'staging/prepare',
        'staging/plan',
        'staging/report',
        'production/prepare',
        'production/plan',
        'production/report'
      ])
      expect(result.jobs.find(job => job.id === 'staging/deploy')?.status).toBe('skipped')
    }
    expect(counts(noop)).toEqual(NOTHING)
  }, 900_000)

  it('the push after a cancelled run builds what the cancelled one left unbuilt', async () => {
    if (!tools) return
    // The frontend change was pushed, and its run cancelled while queued: nothing of it ran.
    change({ 'examples/frontend/static/app.css': 'body { color: red; }\n' }, 'Red frontend (run cancelled)')
    change({ 'examples/services/gateway-service/www/health': '{"status":"UP","v":2}\n' }, 'Gateway v2')
    const next = await run()
    expect(ran(next)).toEqual(DEPLOYED(['gateway-service', 'frontend']))
    expect(counts(next)).toEqual({
      ...NOTHING,
      approvals: 2,
      builds: 2,
      pushes: 2,
      rollouts: 4,
      invalidations: 2
    })
  }, 900_000)

  it('a build-args change in shipline.yml rebuilds that service', async () => {
    if (!tools) return
    change(
      { 'examples/shipline.yml': CONFIG.replace('APP_ENV: production', 'APP_ENV: prod') },
      'Frontend build args'
    )
    const args = await run()
    expect(ran(args)).toEqual(DEPLOYED(['frontend']))
    expect(counts(args)).toEqual({
      ...NOTHING,
      approvals: 2,
      builds: 1,
      pushes: 1,
      rollouts: 2,
      invalidations: 2
    })
  }, 900_000)

  it('a manifest-only change rolls out without building or invalidating', async () => {
    if (!tools) return
    const path = 'infra/k8s/base/services/gateway-service.yaml'
    change(
      {
        [path]: read(path).replace('terminationGracePeriodSeconds: 30', 'terminationGracePeriodSeconds: 31')
      },
      'Gateway grace period'
    )
    const manifests = await run()
    expect(ran(manifests)).toEqual(DEPLOYED([]))
    expect(counts(manifests)).toEqual({ ...NOTHING, approvals: 2, rollouts: 2 })
  }, 900_000)

  it('a frontend-only change builds it, rolls it out and invalidates the CDN paths', async () => {
    if (!tools) return
    change({ 'examples/frontend/index.html': '<p>v2</p>\n' }, 'Frontend v2')
    const frontend = await run()
    expect(ran(frontend)).toEqual(DEPLOYED(['frontend']))
    expect(counts(frontend)).toEqual({
      ...NOTHING,
      approvals: 2,
      builds: 1,
      pushes: 1,
      rollouts: 2,
      invalidations: 2
    })
  }, 900_000)

  it('a backend-only change invalidates nothing', async () => {
    if (!tools) return
    change({ 'examples/services/gateway-service/www/health': '{"status":"UP","v":3}\n' }, 'Gateway v3')
    const backend = await run()
    expect(ran(backend)).toEqual(DEPLOYED(['gateway-service']))
    expect(counts(backend)).toEqual({ ...NOTHING, approvals: 2, builds: 1, pushes: 1, rollouts: 2 })
  }, 900_000)

  it('a failed build: the deploy never starts and the report says why; a revert asks nothing, a fix deploys', async () => {
    if (!tools) return
    const dockerfile = 'examples/services/gateway-service/Dockerfile'
    const good = read(dockerfile)
    change({ [dockerfile]: `${good}RUN exit 3\n` }, 'Broken gateway')
    const broken = await run()
    expect(broken.success).toBe(false)
    expect(statuses(broken)).toMatchObject({
      'staging/build (gateway-service)': 'failure',
      'staging/deploy': 'skipped',
      'staging/report': 'success',
      production: 'skipped'
    })
    expect(counts(broken)).toEqual(NOTHING)
    const report = readdirSync(join(broken.runDir, 'jobs')).find(dir => dir.startsWith('staging_report'))
    const summary = readFileSync(join(broken.runDir, 'jobs', report as string, 'summary.md'), 'utf8')
    expect(summary).toContain('- build: failure')
    expect(summary).toContain(
      'The deploy did not start because a job before it failed: nothing was rolled out.'
    )
    // Reverted, main describes the state rolled out last: nothing to do.
    change({ [dockerfile]: good }, 'Gateway reverted')
    expect(counts(await run())).toEqual(NOTHING)
    // Fixed with another change, it is built and deployed.
    change(
      { [dockerfile]: good, 'examples/services/gateway-service/www/health': '{"status":"UP","v":4}\n' },
      'Gateway v4'
    )
    const fixed = await run()
    expect(fixed.success).toBe(true)
    expect(counts(fixed)).toEqual({ ...NOTHING, approvals: 2, builds: 1, pushes: 1, rollouts: 2 })
  }, 900_000)

  const stateFile = () => {
    const dir = join(state, 'aws', 's3', 'tfstate-erp-222222222222')
    const name = readdirSync(dir).find(file =>
      decodeURIComponent(file).endsWith('production/infra/terraform.tfstate')
    )
    return JSON.parse(readFileSync(join(dir, name as string), 'utf8')) as { resources: unknown[] }
  }

  it('a teardown with the wrong confirmation destroys nothing and asks no approval; the right one asks one', async () => {
    if (!tools) return
    const teardown = (confirm: string) =>
      run({ event: 'workflow_dispatch', inputs: { action: 'teardown', environment: 'production', confirm } })
    const wrong = await teardown('prod')
    expect(wrong.success).toBe(false)
    expect(statuses(wrong)).toMatchObject({ 'teardown/preview': 'failure', 'teardown/destroy': 'skipped' })
    expect(wrong.jobs.find(job => job.id === 'teardown/preview')?.reason).toBe(
      'step "The typed confirmation" failed: confirm does not equal the environment name "production": nothing is destroyed and no approval is asked (the preview is in the job summary)'
    )
    expect(counts(wrong)).toEqual(NOTHING)
    expect(stateFile().resources).toHaveLength(3)
    const right = await teardown('production')
    expect(right.success).toBe(true)
    expect(statuses(right)).toMatchObject({ 'teardown/preview': 'success', 'teardown/destroy': 'success' })
    expect(counts(right)).toEqual({ ...NOTHING, approvals: 1 })
    expect(stateFile().resources).toHaveLength(0)
  }, 600_000)
})
