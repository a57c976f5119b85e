/**
 * pipeline.yml rehearsed end to end, as consecutive runs on one state: a pull request (plan, nothing
 * pushed, one comment), the first push after adoption on an empty registry, the same push again, a
 * push that changes nothing, and a teardown with a wrong and then the right confirmation. Shipline's
 * actions and CLI run from this checkout's sources; terraform, podman, kubectl and the loopback
 * registry are the real ones. The example system is cut to two services to keep it quick.
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { busyboxBaseAvailable, podmanTestStorage } from '../../../__fixtures__/busybox-base.js'
import { REPO_ROOT } from '../../../__fixtures__/paths.js'
import { commitAll, git, makeRehearsalRepo, writeFiles } from '../../../__fixtures__/rehearsal-repo.js'
import { registryAvailable, startRegistry, type TestRegistry } from '../../../__fixtures__/registry.js'
import { commandExists } from '../../core/exec.js'
import { rehearse, type RehearsalOptions, type RehearsalRun } from '../run.js'

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
const ZERO = '0'.repeat(40)
const statuses = (run: RehearsalRun) => Object.fromEntries(run.jobs.map(job => [job.id, job.status]))
const counts = ({ approvals, builds, pushes, rollouts, invalidations, comments }: RehearsalRun) => ({
  approvals,
  builds,
  pushes,
  rollouts,
  invalidations,
  comments
})

describe('pipeline.yml rehearsed', () => {
  let repo: string
  let state: string
  let registry: TestRegistry
  const run = (options: Partial<RehearsalOptions>) =>
    rehearse({
      workflow: '.github/workflows/pipeline.yml',
      event: 'push',
      repo,
      stateDir: state,
      registry: registry.host,
      protectedEnvironments: ['production'],
      shiplineSources: REPO_ROOT,
      podman: podmanTestStorage(),
      ...options
    })
  beforeAll(async () => {
    // The rehearsal runs the real tools: without them these tests fail (CI installs them), never skip.
    const missing = [
      ...(registryAvailable() ? [] : ['docker-registry']),
      ...(busyboxBaseAvailable() ? [] : ['busybox-static']),
      ...((await commandExists('terraform', ['version'])) ? [] : ['terraform']),
      ...((await commandExists('kubectl', ['version', '--client'])) ? [] : ['kubectl'])
    ]
    if (missing.length) throw new Error(`the pipeline rehearsal needs ${missing.join(', ')} on this machine`)
    repo = makeRehearsalRepo(dir => writeFiles(dir, { 'examples/shipline.yml': CONFIG }))
    state = mkdtempSync(join(tmpdir(), 'shipline-rehearse-pipeline-'))
    registry = await startRegistry()
  })
  afterAll(async () => {
    await registry?.stop()
    for (const dir of [repo, state]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('a pull request plans, builds what changed without pushing, and posts one comment', async () => {
    git(repo, 'checkout', '-q', '-b', 'feature')
    writeFiles(repo, { 'examples/frontend/static/app.css': 'body { color: teal; }\n' })
    commitAll(repo, 'Teal frontend')
    const pr = await run({ event: 'pull_request' })
    git(repo, 'checkout', '-q', 'main')
    expect(statuses(pr)).toEqual({
      'plan/changes': 'success',
      'plan/infra': 'success',
      'plan/images (frontend)': 'success',
      // No static section: no frontend publish to dry-run.
      'plan/frontend': 'skipped',
      'plan/comment': 'success',
      deploy: 'skipped',
      teardown: 'skipped'
    })
    expect(counts(pr)).toEqual({
      approvals: 0,
      builds: 1,
      pushes: 0,
      rollouts: 0,
      invalidations: 0,
      comments: 1
    })
    expect(await registry.tags('frontend')).toEqual([])
    const comments = JSON.parse(readFileSync(join(state, 'github', 'comments.json'), 'utf8')).comments
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('## Shipline: production')
    expect(comments[0].body).toContain('Plan: 3 to add, 0 to change, 0 to destroy.')
    expect(comments[0].body).toMatch(/`frontend` \| 🔨 new content/)
  }, 300_000)

  let first: RehearsalRun
  it('the first push after adoption builds, pushes and rolls out everything (empty registry)', async () => {
    first = await run({ before: ZERO })
    expect(first.success).toBe(true)
    // No static section in this shipline.yml: the frontend is served from pods, nothing to publish.
    expect(first.jobs.filter(job => job.status !== 'success').map(job => job.id)).toEqual([
      'plan',
      'deploy/static',
      'teardown'
    ])
    // Today's deploy.yml names the environment on every job: each one that runs waits for an approval.
    expect(counts(first)).toEqual({
      approvals: 8,
      builds: 2,
      pushes: 2,
      rollouts: 9,
      invalidations: 1,
      comments: 0
    })
    const head = git(repo, 'rev-parse', 'HEAD')
    for (const service of ['frontend', 'gateway-service']) {
      const tags = await registry.tags(service)
      expect(tags).toContain(head)
      expect(tags.some(tag => /^src-[0-9a-f]{12}$/.test(tag))).toBe(true)
    }
  }, 600_000)

  it('the same push again builds and pushes nothing and rolls nothing out', async () => {
    const again = await run({ before: ZERO })
    expect(again.success).toBe(true)
    // The images jobs still run (the base is the zero SHA: every service is listed) and find their content
    // tags; the invalidation follows the listed services, not what was built.
    expect(counts(again)).toEqual({
      approvals: 8,
      builds: 0,
      pushes: 0,
      rollouts: 0,
      invalidations: 1,
      comments: 0
    })
  }, 600_000)

  it('a push that changes nothing runs plan and apply only', async () => {
    const noop = await run({ before: git(repo, 'rev-parse', 'HEAD') })
    expect(statuses(noop)).toMatchObject({
      'deploy/changes': 'success',
      'deploy/plan': 'success',
      'deploy/apply': 'success',
      'deploy/images': 'skipped',
      'deploy/push': 'skipped',
      'deploy/deploy': 'skipped',
      'deploy/invalidate': 'skipped'
    })
    expect(noop.jobs.find(job => job.id === 'deploy/images')?.reason).toBe(
      "if: needs.changes.outputs.any == 'true' is false"
    )
    expect(counts(noop)).toEqual({
      approvals: 2,
      builds: 0,
      pushes: 0,
      rollouts: 0,
      invalidations: 0,
      comments: 0
    })
  }, 300_000)

  const stateFile = () => {
    const dir = join(state, 'aws', 's3', 'tfstate-erp-222222222222')
    const name = readdirSync(dir).find(file =>
      decodeURIComponent(file).endsWith('production/infra/terraform.tfstate')
    )
    return JSON.parse(readFileSync(join(dir, name as string), 'utf8')) as { resources: unknown[] }
  }

  it('a teardown with the wrong confirmation destroys nothing; with the right one it destroys', async () => {
    const teardown = (confirm: string) =>
      run({ event: 'workflow_dispatch', inputs: { action: 'teardown', confirm } })
    const wrong = await teardown('prod')
    expect(wrong.success).toBe(false)
    expect(statuses(wrong)).toMatchObject({ 'teardown/preview': 'failure', 'teardown/destroy': 'skipped' })
    expect(wrong.jobs.find(job => job.id === 'teardown/preview')?.reason).toBe(
      'step "The typed confirmation" failed: confirm does not equal the environment name "production": nothing is destroyed (the preview is in the job summary)'
    )
    expect(stateFile().resources).toHaveLength(3)
    const right = await teardown('production')
    expect(right.success).toBe(true)
    expect(statuses(right)).toMatchObject({ 'teardown/preview': 'success', 'teardown/destroy': 'success' })
    expect(right.approvals).toBe(2)
    expect(stateFile().resources).toHaveLength(0)
  }, 300_000)
})
