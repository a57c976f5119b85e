/**
 * The pipeline's workflows, asserted on their parsed YAML: triggers, the needs graph, permissions per
 * job, concurrency, pins, protected environments, session lengths, and no expression inside `run:`.
 * What they do when they run is asserted by their rehearsals (__tests__/workflows-rehearsal.test.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'
import { tableAfter, unquote } from '../__fixtures__/readme-tables.js'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  if?: string
  env?: Record<string, string>
}
interface Job {
  name?: string
  needs?: string | string[]
  'runs-on'?: string
  if?: string
  uses?: string
  'timeout-minutes'?: number
  permissions?: Record<string, string>
  environment?: string
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  steps?: Step[]
  strategy?: { matrix: unknown }
  outputs?: Record<string, string>
  with?: Record<string, unknown>
  secrets?: Record<string, string>
}
interface Workflow {
  on: Record<
    string,
    {
      inputs?: Record<string, { type?: string; options?: string[]; default?: unknown }>
      secrets?: Record<string, { required?: boolean }>
      outputs?: Record<string, { value: string }>
      branches?: string[]
    } | null
  >
  permissions?: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  jobs: Record<string, Job>
}

const dir = fileURLToPath(new URL('../.github/workflows', import.meta.url))
const files = readdirSync(dir).filter(name => name.endsWith('.yml'))
const text = (name: string) => readFileSync(join(dir, name), 'utf8')
const load = (name: string) => yaml.load(text(name)) as Workflow
const needs = (job: Job) => (typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []))
const usesAws = (job: Job) =>
  (job.steps ?? []).some(step => step.uses?.startsWith('aws-actions/configure-aws-credentials@'))
/** The OIDC token that signs npm provenance (release.yml's publish job). */
const publishesWithProvenance = (job: Job) =>
  (job.steps ?? []).some(step => /\bnpm publish\b.*--provenance/.test(step.run ?? ''))
const awsSteps = (job: Job) =>
  (job.steps ?? []).filter(step => step.uses?.startsWith('aws-actions/configure-aws-credentials@'))
const step = (job: Job, match: (s: Step) => boolean) => (job.steps ?? []).find(match)
const shiplineAction = (name: string) => (s: Step) => s.uses === `./.shipline-src/actions/${name}`

/**
 * Every third-party action, at the commit of its Node 24 release: read from each repository's tags
 * (`git show-ref`) and its action.yml `runs.using` (node24; trivy-action is a composite whose own
 * steps, setup-trivy and actions/cache v5, are node24 / composite).
 */
const PINS: Record<string, { sha: string; version: string }> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
  'aws-actions/configure-aws-credentials': {
    sha: 'e6de054238d6b7531b4efff3b6587d9aade6a06c',
    version: 'v6.2.3'
  },
  'docker/setup-buildx-action': { sha: '37fe631027851001ddb9b187196cc803df7f5f0e', version: 'v4.3.0' },
  'helm/kind-action': { sha: 'ef37e7f390d99f746eb8b610417061a60e82a6cc', version: 'v1.14.0' },
  'hashicorp/setup-terraform': { sha: 'dfe3c3f87815947d99a8997f908cb6525fc44e9e', version: 'v4.0.1' },
  'aquasecurity/trivy-action': { sha: 'ed142fd0673e97e23eac54620cfb913e5ce36c25', version: 'v0.36.0' }
}
/** The pipeline's own workflows (release.yml is the release's, kept by its owner). */
const PIPELINE = files.filter(name => name !== 'release.yml')

describe.each(files)('%s', name => {
  const workflow = load(name)

  it('pins every third-party action by a full commit SHA', () => {
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps ?? []) {
        if (!step.uses || step.uses.startsWith('./')) continue
        expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
      }
  })

  it('puts no ${{ }} expression inside run:', () => {
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps ?? []) if (step.run) expect(step.run).not.toContain('${{')
  })

  it('gives every job explicit, least-privilege permissions', () => {
    expect(workflow.permissions).toBeDefined()
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect({ id, permissions: job.permissions }).toEqual({ id, permissions: expect.any(Object) })
      const permissions = job.permissions ?? {}
      if (job.uses) continue // a reusable workflow call: its jobs are checked in their own file
      expect({ id, idToken: permissions['id-token'] === 'write' }).toEqual({
        id,
        idToken: usesAws(job) || publishesWithProvenance(job)
      })
      for (const [scope, level] of Object.entries(permissions))
        if (level === 'write') expect(['id-token', 'pull-requests', 'contents']).toContain(scope)
      if (permissions['pull-requests'] === 'write')
        expect((job.steps ?? []).some(step => step.run?.includes('pr-comment'))).toBe(true)
    }
  })
})

describe.each(PIPELINE)('%s: the standards of the pipeline', name => {
  const workflow = load(name)
  const jobs = Object.entries(workflow.jobs)

  it('pins each third-party action to its Node 24 release, with the version in a comment', () => {
    const lines = text(name)
      .split('\n')
      .filter(line => /^\s*(-\s+)?uses:\s+[\w-]+\//.test(line))
    for (const line of lines) {
      const [, action, sha, version] = /uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v[\d.]+)$/.exec(line) ?? []
      expect({ line, pin: PINS[action] }).toEqual({ line, pin: { sha, version } })
    }
  })

  it('never keeps a job running after a cancel (always() only in a job that only reports)', () => {
    for (const [id, job] of jobs) {
      const conditions = [job.if ?? '', ...(job.steps ?? []).map(s => s.if ?? '')].join(' ')
      if (!conditions.includes('always()')) continue
      expect({ id, steps: (job.steps ?? []).map(s => s.uses ?? 'run') }).toEqual({ id, steps: ['run'] })
      expect({ id, aws: usesAws(job), environment: job.environment }).toEqual({
        id,
        aws: false,
        environment: undefined
      })
    }
  })

  it('checks out without persisting the token', () => {
    for (const [, job] of jobs)
      for (const s of job.steps ?? [])
        if (s.uses?.startsWith('actions/checkout@')) expect(s.with?.['persist-credentials']).toBe(false)
  })

  it('gives every AWS session longer than its job may run', () => {
    for (const [id, job] of jobs)
      for (const s of awsSteps(job)) {
        const seconds = Number(s.with?.['role-duration-seconds'])
        expect({ id, longer: seconds >= (job['timeout-minutes'] ?? 360) * 60 }).toEqual({ id, longer: true })
      }
  })

  it('plans without the state lock everywhere but in the protected job', () => {
    for (const [id, job] of jobs)
      for (const s of (job.steps ?? []).filter(shiplineAction('provision-infra'))) {
        const reading =
          ['plan', 'check'].includes(String(s.with?.command)) ||
          (s.with?.command === 'destroy' && !s.with?.confirm)
        if (reading) expect({ id, lock: s.with?.lock }).toEqual({ id, lock: false })
        if (!reading && s.with?.command !== 'output')
          expect({ id, environment: job.environment }).toEqual({
            id,
            environment: '${{ inputs.environment }}'
          })
      }
  })

  it('uploads no plan file: a plan never leaves its job', () => {
    for (const [, job] of jobs)
      for (const s of job.steps ?? [])
        if (s.uses?.startsWith('actions/upload-artifact@')) expect(String(s.with?.path)).not.toMatch(/tfplan/)
  })
})

describe('pipeline.yml: the caller', () => {
  const workflow = load('pipeline.yml')
  const { jobs } = workflow

  it('plans pull requests, deploys pushes to main, redeploys or tears down on dispatch, rescans nightly', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch'])
    expect(workflow.on.push?.branches).toEqual(['main'])
    expect(workflow.on.workflow_dispatch?.inputs?.action).toMatchObject({
      type: 'choice',
      options: ['deploy', 'teardown']
    })
    expect(workflow.on.workflow_dispatch?.inputs?.confirm).toMatchObject({ type: 'string' })
    expect(jobs.plan).toMatchObject({
      uses: './.github/workflows/plan.yml',
      if: "github.event_name == 'pull_request'"
    })
    expect(jobs.staging.uses).toBe('./.github/workflows/deploy.yml')
    expect(jobs.staging.if).toContain("github.event_name == 'push'")
    expect(jobs.staging.if).toContain("inputs.action == 'deploy'")
    expect(jobs.teardown.uses).toBe('./.github/workflows/teardown.yml')
    expect(jobs.teardown.if).toContain("inputs.action == 'teardown'")
    expect(jobs.teardown.with?.confirm).toBe('${{ inputs.confirm }}')
    expect(jobs.rescan).toMatchObject({
      uses: './.github/workflows/rescan.yml',
      if: "github.event_name == 'schedule'"
    })
  })

  it('deploys staging, then production with staging’s digests', () => {
    expect(jobs.staging.with?.environment).toBe('staging')
    expect(jobs.production.with?.environment).toBe('production')
    expect(needs(jobs.production)).toEqual(['staging'])
    expect(jobs.production.with?.['promote-images']).toBe('${{ needs.staging.outputs.images }}')
    expect(jobs.staging.with?.['promote-images']).toBeUndefined()
    expect(jobs.production.secrets?.PROMOTE_FROM_ROLE_ARN).toBe(
      '${{ secrets.SHIPLINE_STAGING_BUILD_ROLE_ARN }}'
    )
  })

  it('cancels superseded plans of one pull request', () => {
    expect(jobs.plan.concurrency).toEqual({
      group: 'shipline-plan-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true
    })
  })

  it('gives each environment its own roles; pull requests only the plan role', () => {
    expect(jobs.plan.secrets).toEqual({ PLAN_ROLE_ARN: '${{ secrets.SHIPLINE_PRODUCTION_PLAN_ROLE_ARN }}' })
    for (const environment of ['staging', 'production']) {
      const upper = environment.toUpperCase()
      expect(jobs[environment].secrets).toMatchObject({
        BUILD_ROLE_ARN: `\${{ secrets.SHIPLINE_${upper}_BUILD_ROLE_ARN }}`,
        PLAN_ROLE_ARN: `\${{ secrets.SHIPLINE_${upper}_PLAN_ROLE_ARN }}`,
        DEPLOY_ROLE_ARN: `\${{ secrets.SHIPLINE_${upper}_DEPLOY_ROLE_ARN }}`
      })
      expect(jobs[environment].permissions).toEqual({
        actions: 'read',
        contents: 'read',
        'id-token': 'write'
      })
    }
    expect(jobs.plan.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'pull-requests': 'write' })
  })
})

describe('deploy.yml: one environment, converging, one approval', () => {
  const workflow = load('deploy.yml')
  const { jobs } = workflow

  it('is reusable and hands its images to the next environment', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call'])
    expect(workflow.on.workflow_call?.outputs?.images.value).toBe(
      '${{ jobs.deploy.outputs.deployed || jobs.prepare.outputs.deployed }}'
    )
  })

  it('has exactly one job in the protected environment, the one that applies and rolls out', () => {
    const gated = Object.entries(jobs).filter(([, job]) => job.environment)
    expect(gated.map(([id]) => id)).toEqual(['deploy'])
    expect(jobs.deploy.environment).toBe('${{ inputs.environment }}')
    expect(awsSteps(jobs.deploy).map(s => s.with?.['role-to-assume'])).toEqual([
      '${{ secrets.DEPLOY_ROLE_ARN }}'
    ])
    for (const id of ['prepare', 'build'])
      expect(awsSteps(jobs[id]).map(s => s.with?.['role-to-assume'])).toEqual([
        '${{ secrets.BUILD_ROLE_ARN }}'
      ])
    expect(awsSteps(jobs.plan).map(s => s.with?.['role-to-assume'])).toEqual(['${{ secrets.PLAN_ROLE_ARN }}'])
  })

  it('builds what the registry lacks: the matrix is the build set', () => {
    const set = step(jobs.prepare, s => s.id === 'set')
    expect(set?.run).toContain('build-set "${args[@]}"')
    expect(set?.run).toContain('--github-output')
    expect(jobs.build.strategy?.matrix).toBe('${{ fromJSON(needs.prepare.outputs.matrix) }}')
    expect(jobs.build.if).toBe("needs.prepare.outputs.count != '0' && inputs.promote-images == ''")
    expect(jobs.promote.if).toBe("needs.prepare.outputs.count != '0' && inputs.promote-images != ''")
  })

  it('scans before it pushes, and pushes exactly the scanned archive', () => {
    expect(step(jobs.build, s => s.id === 'build')?.with?.push).toBe(false)
    expect(step(jobs.build, s => s.id === 'scan')?.with?.images).toBe(
      'oci-archive:${{ steps.build.outputs.archive }}'
    )
    expect(step(jobs.build, s => s.id === 'push')?.with?.archive).toBe('${{ steps.build.outputs.archive }}')
    const order = (jobs.build.steps ?? []).map(s => s.id).filter(Boolean)
    expect(order).toEqual(['build', 'scan', 'push'])
  })

  it('builds with the registry cache in cache/SERVICE (mutable, apart from the image), written only on the default branch', () => {
    const build = step(jobs.build, s => s.id === 'build')?.with
    expect(build?.cache).toBe('${{ inputs.build-cache }}')
    expect(build?.['cache-ref']).toBe(
      '${{ needs.prepare.outputs.registry }}/cache/${{ matrix.service }}:buildcache'
    )
    expect(build?.['cache-write']).toBe(
      "${{ inputs.build-cache && github.ref == format('refs/heads/{0}', github.event.repository.default_branch) }}"
    )
    expect(workflow.on.workflow_call?.inputs?.['build-cache']).toMatchObject({
      type: 'boolean',
      default: true
    })
  })

  it('promotes by digest: pulls with the source role, pushes with its own, never builds', () => {
    const roles = awsSteps(jobs.promote).map(s => s.with?.['role-to-assume'])
    expect(roles).toEqual([
      '${{ secrets.PROMOTE_FROM_ROLE_ARN || secrets.BUILD_ROLE_ARN }}',
      '${{ secrets.BUILD_ROLE_ARN }}'
    ])
    const runs = (jobs.promote.steps ?? []).map(s => s.run ?? '').join('\n')
    expect(runs).toContain('pull --image "$SOURCE"')
    expect(runs).toContain('--digest "${SOURCE#*@}"')
    expect((jobs.promote.steps ?? []).some(shiplineAction('build-push'))).toBe(false)
  })

  it('starts the deploy only when there is something to do, never after a cancel or a failed build', () => {
    const condition = jobs.deploy.if ?? ''
    expect(condition).toMatch(/^!cancelled\(\)/)
    expect(condition).not.toContain('always()')
    for (const part of [
      "needs.prepare.result == 'success'",
      "needs.plan.result == 'success'",
      "(needs.build.result == 'success' || needs.build.result == 'skipped')",
      "(needs.promote.result == 'success' || needs.promote.result == 'skipped')",
      "(needs.plan.outputs.has-changes == 'true' || needs.prepare.outputs.deploy == 'true')"
    ])
      expect(condition).toContain(part)
    expect(needs(jobs.deploy).sort()).toEqual(['build', 'plan', 'prepare', 'promote'])
  })

  it('applies exactly the reviewed plan: planned again in the protected job, checked against its checksum', () => {
    const plan = step(jobs.plan, s => s.id === 'plan')
    expect(plan?.with).toMatchObject({ command: 'plan', lock: false, comment: false })
    const apply = step(jobs.deploy, s => s.id === 'apply')
    expect(apply?.with?.command).toBe('apply')
    expect(apply?.with?.['plan-sha256']).toBe('${{ needs.plan.outputs.plan-sha256 }}')
    expect(apply?.with?.['plan-file']).toBeUndefined()
    expect(apply?.if).toBe("needs.plan.outputs.has-changes == 'true'")
    expect(jobs.plan.steps?.some(s => s.uses?.startsWith('actions/upload-artifact@'))).toBe(false)
  })

  it('rolls out once with every digest, then invalidates, then records the state', () => {
    expect(jobs.deploy.strategy).toBeUndefined()
    const names = (jobs.deploy.steps ?? []).map(s => s.id ?? s.uses ?? s.name)
    const at = (what: string) => names.findIndex(n => String(n).includes(what))
    expect(at('images')).toBeLessThan(at('deploy'))
    expect(at('deploy')).toBeLessThan(at('invalidate-cdn'))
    expect(at('invalidate-cdn')).toBeLessThan(names.length - 1)
    expect(step(jobs.deploy, s => s.id === 'images')?.run).toContain('resolve --config')
    expect(step(jobs.deploy, s => s.id === 'deploy')?.with?.images).toBe('${{ steps.images.outputs.images }}')
    expect(step(jobs.deploy, s => s.id === 'deploy')?.if).toBe(
      "needs.prepare.outputs.rollout == 'true' || needs.plan.outputs.has-changes == 'true'"
    )
    expect(step(jobs.deploy, shiplineAction('invalidate-cdn'))?.if).toContain(
      "needs.prepare.outputs.cdn-paths != ''"
    )
    expect(jobs.deploy.steps?.[jobs.deploy.steps.length - 1].run).toContain('record --registry')
  })

  it('publishes the static frontend after the rollout and invalidates exactly what it changed', () => {
    const names = (jobs.deploy.steps ?? []).map(s => s.id ?? s.uses ?? s.name)
    expect(names.indexOf('publish')).toBeGreaterThan(names.indexOf('deploy'))
    const publish = step(jobs.deploy, s => s.id === 'publish')
    expect(publish?.uses).toBe('./.shipline-src/actions/publish-static')
    expect(publish?.if).toBe("needs.prepare.outputs.publish == 'true'")
    expect(publish?.with?.bucket).toBe(
      '${{ steps.apply.outputs.static_bucket || steps.outputs.outputs.static_bucket }}'
    )
    const invalidate = step(jobs.deploy, shiplineAction('invalidate-cdn'))
    expect(invalidate?.if).toContain("steps.publish.outputs.invalidation-paths != ''")
    expect(invalidate?.with?.paths).toContain('${{ steps.publish.outputs.invalidation-paths }}')
    expect(invalidate?.with?.paths).not.toContain('/*')
    expect(step(jobs.deploy, s => s.id === 'images')?.env?.STATIC_KEY).toBe(
      '${{ needs.prepare.outputs.static-key }}'
    )
  })

  it('rolls out on a bare runner: its run: steps call only node and shell builtins', () => {
    const builtins = new Set(['node', 'echo', 'printf', 'exit', '[', '{', '}', 'fi', 'true'])
    const commands = (jobs.deploy.steps ?? []).flatMap(step =>
      (step.run ?? '')
        .replace(/\\\n/g, ' ') // a command continued on the next line is one command
        .split('\n')
        .filter(line => !/^\s*#/.test(line))
        .map(line => line.replace(/'[^']*'/g, "''").replace(/"[^"]*"/g, '""'))
        .flatMap(line => line.split(/;|&&|\|\||\||\$\(/))
        .map(part => part.trim().replace(/^(?:(?:if|then|else|elif|while|do|!)\s+)+/, ''))
        .map(part => part.split(/\s+/)[0])
        .filter(Boolean)
    )
    expect(commands).toContain('node')
    expect(commands.filter(name => !builtins.has(name))).toEqual([])
    expect(jobs.deploy['runs-on']).toBe('${{ inputs.deploy-runner }}')
  })

  it('reports what failed or was cancelled, and only reports', () => {
    expect(jobs.report.if).toBe('always()')
    expect(needs(jobs.report).sort()).toEqual(['build', 'deploy', 'plan', 'prepare', 'promote'])
    expect(jobs.report.permissions).toEqual({ actions: 'read' })
  })

  it('runs Shipline from one immutable commit in every job', () => {
    const refs = Object.entries(jobs).flatMap(([id, job]) =>
      (job.steps ?? []).filter(s => s.with?.path === '.shipline-src').map(s => [id, s.with?.ref])
    )
    expect(refs).toContainEqual(['prepare', '${{ steps.source.outputs.ref }}'])
    for (const [id, ref] of refs)
      if (id !== 'prepare') expect(ref).toBe('${{ needs.prepare.outputs.shipline-ref }}')
    expect(workflow.on.workflow_call?.inputs?.['shipline-ref']?.default).toBe('')
    expect(step(jobs.prepare, s => s.id === 'source')?.run).toContain('job_workflow_sha')
  })

  it('never overlaps another deploy or a teardown of the same environment', () => {
    expect(workflow.concurrency).toEqual({
      group: 'shipline-env-${{ inputs.environment }}',
      'cancel-in-progress': false
    })
    expect(load('teardown.yml').concurrency).toEqual(workflow.concurrency)
  })
})

describe('plan.yml', () => {
  const { jobs } = load('plan.yml')

  it('never pushes from a pull request', () => {
    for (const job of Object.values(jobs))
      for (const step of job.steps ?? [])
        if (step.uses?.endsWith('/actions/build-push')) expect(step.with?.push).toBe(false)
  })

  it('reads the default branch’s registry cache, and never writes it from a pull request', () => {
    const build = step(jobs.images, s => s.id === 'build')?.with
    expect(build?.cache).toBe('${{ inputs.build-cache }}')
    expect(build?.['cache-ref']).toBe(
      '${{ needs.prepare.outputs.registry }}/cache/${{ matrix.service }}:buildcache'
    )
    expect(build?.['cache-write']).toBe(false)
  })

  it('says why a fork’s pull request is skipped, and runs nothing else for it', () => {
    const fork = 'github.event.pull_request.head.repo.full_name != github.repository'
    expect(jobs.fork.if).toBe(fork)
    expect(jobs.fork.permissions).toEqual({})
    expect(jobs.fork.steps?.[0].run).toContain('no OIDC token and no secrets')
    expect(jobs.prepare.if).toBe(fork.replace('!=', '=='))
    for (const id of ['infra', 'images', 'comment']) expect(needs(jobs[id])).toContain('prepare')
  })

  it('writes one comment, from one job, after the plan and the images, not after a cancel', () => {
    const writers = Object.entries(jobs).filter(([, job]) => job.permissions?.['pull-requests'] === 'write')
    expect(writers.map(([id]) => id)).toEqual(['comment'])
    expect(needs(jobs.comment).sort()).toEqual(['frontend', 'images', 'infra', 'prepare'])
    expect(jobs.comment.if).toContain('!cancelled()')
    expect(jobs.comment.if).not.toContain('always()')
    const infra = jobs.infra.steps?.find(step => step.id === 'plan')
    expect(infra?.with).toMatchObject({ comment: false, lock: false })
  })

  it('dry-runs the static frontend’s publish for the comment, uploading nothing', () => {
    expect(jobs.frontend.if).toBe(
      "needs.prepare.outputs.static == 'true' && needs.infra.outputs.static-bucket != ''"
    )
    expect(jobs.frontend.steps?.find(s => s.run)?.run).toContain(
      'publish-static --config "$CONFIG" --bucket "$BUCKET" --dry-run'
    )
    expect(awsSteps(jobs.frontend)[0].with?.['role-to-assume']).toBe('${{ secrets.PLAN_ROLE_ARN }}')
  })

  it('builds, for the comment, only what the registry lacks', () => {
    expect(jobs.images.strategy?.matrix).toBe('${{ fromJSON(needs.prepare.outputs.matrix) }}')
    expect(jobs.images.if).toBe("needs.prepare.outputs.count != '0'")
  })
})

describe('teardown.yml', () => {
  const { jobs } = load('teardown.yml')

  it('previews read-only, then destroys in the protected environment only when the confirmation matches', () => {
    expect(needs(jobs.destroy)).toEqual(['preview'])
    expect(jobs.preview.environment).toBeUndefined()
    expect(jobs.destroy.environment).toBe('${{ inputs.environment }}')
    expect(jobs.destroy.if).toBe('inputs.confirm == inputs.environment')
    const preview = jobs.preview.steps?.find(step => step.uses?.endsWith('/actions/provision-infra'))
    expect(preview?.with).toMatchObject({ command: 'destroy', lock: false })
    expect(preview?.with?.confirm).toBeUndefined()
    expect(awsSteps(jobs.preview)[0].with?.['role-to-assume']).toBe('${{ secrets.PLAN_ROLE_ARN }}')
    const destroy = jobs.destroy.steps?.find(step => step.uses?.endsWith('/actions/provision-infra'))
    expect(destroy?.with?.confirm).toBe('${{ inputs.confirm }}')
    expect(destroy?.with?.['plan-sha256']).toBe('${{ needs.preview.outputs.plan-sha256 }}')
    expect(awsSteps(jobs.destroy)[0].with?.['role-to-assume']).toBe('${{ secrets.DEPLOY_ROLE_ARN }}')
  })
})

describe('rescan.yml', () => {
  const { jobs } = load('rescan.yml')

  it('scans the images main deploys again, building nothing', () => {
    const scan = jobs.rescan.steps?.find(step => step.uses?.endsWith('/actions/scan-images'))
    expect(scan?.with?.images).toBe('${{ steps.set.outputs.present-images }}')
    expect(jobs.rescan.steps?.some(step => step.uses?.endsWith('/actions/build-push'))).toBe(false)
  })
})

describe('README: the inputs of the reusable workflows', () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8')
  const rows = tableAfter(readme, 'The inputs of the reusable workflows:')?.rows ?? []
  const documented = (column: string) =>
    rows
      .filter(row => row[column] === '✓')
      .map(row => unquote(row.input))
      .sort()

  it.each<[string, string]>([
    ['plan.yml', 'plan'],
    ['deploy.yml', 'deploy'],
    ['teardown.yml', 'teardown'],
    ['rescan.yml', 'rescan']
  ])('lists exactly the inputs of %s', (name, column) => {
    const inputs = Object.keys(load(name).on.workflow_call?.inputs ?? {}).sort()
    expect(documented(column)).toEqual(inputs)
  })
})
