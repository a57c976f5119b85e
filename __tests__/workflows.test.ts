/**
 * The pipeline's workflows, asserted on their parsed YAML: triggers, the needs graph, permissions per
 * job, concurrency, pins, protected environments, and no expression inside `run:`.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'
import { tableAfter, unquote } from '../__fixtures__/readme-tables.js'

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  if?: string
  env?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  'runs-on'?: string
  if?: string
  uses?: string
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
    { inputs?: Record<string, { type?: string; options?: string[] }>; branches?: string[] } | null
  >
  permissions?: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  jobs: Record<string, Job>
}

const dir = fileURLToPath(new URL('../.github/workflows', import.meta.url))
const files = readdirSync(dir).filter(name => name.endsWith('.yml'))
const load = (name: string) => yaml.load(readFileSync(join(dir, name), 'utf8')) as Workflow
const needs = (job: Job) => (typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []))
const usesAws = (job: Job) =>
  (job.steps ?? []).some(step => step.uses?.startsWith('aws-actions/configure-aws-credentials@'))
/** The OIDC token that signs npm provenance (release.yml's publish job). */
const publishesWithProvenance = (job: Job) =>
  (job.steps ?? []).some(step => /\bnpm publish\b.*--provenance/.test(step.run ?? ''))

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

describe('pipeline.yml: the three triggers', () => {
  const workflow = load('pipeline.yml')

  it('plans pull requests, deploys pushes to main, tears down on dispatch', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch'])
    expect(workflow.on.push?.branches).toEqual(['main'])
    expect(workflow.on.workflow_dispatch?.inputs?.action).toMatchObject({
      type: 'choice',
      options: ['teardown']
    })
    expect(workflow.on.workflow_dispatch?.inputs?.confirm).toMatchObject({ type: 'string' })
    expect(workflow.jobs.plan).toMatchObject({
      uses: './.github/workflows/plan.yml',
      if: "github.event_name == 'pull_request'"
    })
    expect(workflow.jobs.deploy).toMatchObject({
      uses: './.github/workflows/deploy.yml',
      if: "github.event_name == 'push'"
    })
    expect(workflow.jobs.teardown.uses).toBe('./.github/workflows/teardown.yml')
    expect(workflow.jobs.teardown.if).toContain("inputs.action == 'teardown'")
    expect(workflow.jobs.teardown.with?.confirm).toBe('${{ inputs.confirm }}')
  })

  it('cancels superseded plans of one pull request', () => {
    expect(workflow.jobs.plan.concurrency).toEqual({
      group: 'shipline-plan-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true
    })
  })

  it('uses the plan role for pull requests and the deploy role for main', () => {
    expect(workflow.jobs.plan.secrets).toEqual({ PLAN_ROLE_ARN: '${{ secrets.SHIPLINE_PLAN_ROLE_ARN }}' })
    expect(workflow.jobs.deploy.secrets).toEqual({
      DEPLOY_ROLE_ARN: '${{ secrets.SHIPLINE_DEPLOY_ROLE_ARN }}'
    })
    expect(workflow.jobs.teardown.secrets).toEqual({
      DEPLOY_ROLE_ARN: '${{ secrets.SHIPLINE_DEPLOY_ROLE_ARN }}'
    })
    expect(workflow.jobs.plan.permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      'pull-requests': 'write'
    })
    expect(workflow.jobs.deploy.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
  })
})

describe('deploy.yml', () => {
  const workflow = load('deploy.yml')
  const { jobs } = workflow

  it('is reusable', () => expect(Object.keys(workflow.on)).toEqual(['workflow_call']))

  it('applies exactly the reviewed plan, in the protected environment', () => {
    expect(needs(jobs.apply)).toEqual(['plan'])
    expect(jobs.apply.environment).toBe('${{ inputs.environment }}')
    const apply = jobs.apply.steps?.find(step => step.with?.command === 'apply')
    expect(apply?.with?.['plan-sha256']).toBe('${{ needs.plan.outputs.plan-sha256 }}')
    expect(apply?.with?.['plan-file']).toBe(
      jobs.plan.steps?.find(step => step.id === 'plan')?.with?.['plan-file']
    )
  })

  it('builds and scans in parallel with plan and apply; only the push waits for the registry', () => {
    expect(needs(jobs.images)).toEqual(['changes'])
    expect(needs(jobs.push).sort()).toEqual(['apply', 'changes', 'images'])
    const build = jobs.images.steps?.find(step => step.id === 'build')
    expect(build?.with?.push).toBe(false)
    const scan = jobs.images.steps?.find(step => step.id === 'scan')
    expect(scan?.with?.images).toBe('oci-archive:${{ steps.build.outputs.archive }}')
    const push = jobs.push.steps?.find(step => step.id === 'push')
    expect(push?.with?.archive).toBe('${{ steps.handoff.outputs.archive }}')
  })

  it('rolls out once with every digest, then invalidates; the deploy waits only for what it needs', () => {
    expect(jobs.deploy.strategy).toBeUndefined()
    expect(needs(jobs.deploy).sort()).toEqual(['apply', 'changes', 'push'])
    expect(needs(jobs.invalidate).sort()).toEqual(['apply', 'changes', 'deploy', 'static'])
    const deploy = jobs.deploy.steps?.find(step => step.id === 'deploy')
    expect(deploy?.with?.['cluster-name']).toBe('${{ needs.apply.outputs.cluster-name }}')
    const invalidate = jobs.invalidate.steps?.find(step => step.uses?.endsWith('/actions/invalidate-cdn'))
    expect(invalidate?.with?.['distribution-id']).toBe('${{ needs.apply.outputs.distribution-id }}')
  })

  it('builds, rolls out and invalidates nothing when nothing changed', () => {
    for (const id of ['images', 'push']) expect(jobs[id].if).toBe("needs.changes.outputs.any == 'true'")
    expect(jobs.deploy.if).toContain("needs.changes.outputs.deploy == 'true'")
    expect(jobs.deploy.if).toContain("needs.apply.result == 'success'")
    expect(jobs.invalidate.if).toContain("needs.changes.outputs.cdn-paths != ''")
    expect(jobs.invalidate.if).toContain("needs.deploy.result == 'success'")
  })

  it('publishes the static frontend after the rollout and invalidates exactly what it changed', () => {
    expect(needs(jobs.static).sort()).toEqual(['apply', 'changes', 'deploy'])
    expect(jobs.static.if).toContain("needs.changes.outputs.static == 'true'")
    expect(jobs.static.if).toContain("needs.deploy.result == 'skipped'")
    const publish = jobs.static.steps?.find(step => step.id === 'publish')
    expect(publish?.uses).toBe('./.shipline-src/actions/publish-static')
    expect(publish?.with?.bucket).toBe('${{ needs.apply.outputs.static-bucket }}')
    expect(jobs.apply.outputs?.['static-bucket']).toBe('${{ steps.outputs.outputs.static_bucket }}')
    expect(jobs.invalidate.if).toContain("needs.static.outputs.invalidation-paths != ''")
    const invalidate = jobs.invalidate.steps?.find(step => step.uses?.endsWith('/actions/invalidate-cdn'))
    expect(invalidate?.with?.paths).toContain('${{ needs.static.outputs.invalidation-paths }}')
    expect(invalidate?.with?.paths).not.toContain('/*')
  })

  it('pins every service by digest, changed or not, and never builds in the deploy job', () => {
    const resolve = jobs.deploy.steps?.find(step => step.id === 'images')
    expect(resolve?.run).toContain('build --config "$CONFIG" --registry "$REGISTRY" --resolve')
    expect(jobs.deploy.steps?.find(step => step.id === 'deploy')?.with?.images).toBe(
      '${{ steps.images.outputs.images }}'
    )
  })

  it('rolls out on a bare runner: its run: steps call only node and shell builtins', () => {
    const builtins = new Set(['node', 'echo', 'printf', 'exit', '[', '{', '}', 'fi', 'true'])
    const commands = (jobs.deploy.steps ?? []).flatMap(step =>
      (step.run ?? '')
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

  it('never overlaps another apply or a teardown of the same environment', () => {
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

  it('writes one comment, from one job, after the plan and the images', () => {
    const writers = Object.entries(jobs).filter(([, job]) => job.permissions?.['pull-requests'] === 'write')
    expect(writers.map(([id]) => id)).toEqual(['comment'])
    expect(needs(jobs.comment).sort()).toEqual(['changes', 'frontend', 'images', 'infra'])
    expect(jobs.comment.if).toContain('always()')
    const infra = jobs.infra.steps?.find(step => step.id === 'plan')
    expect(infra?.with?.comment).toBe(false)
  })
})

describe('teardown.yml', () => {
  const { jobs } = load('teardown.yml')

  it('previews, then destroys in the protected environment only when the confirmation matches', () => {
    expect(needs(jobs.destroy)).toEqual(['preview'])
    expect(jobs.destroy.environment).toBe('${{ inputs.environment }}')
    expect(jobs.destroy.if).toBe('inputs.confirm == inputs.environment')
    const preview = jobs.preview.steps?.find(step => step.uses?.endsWith('/actions/provision-infra'))
    expect(preview?.with?.command).toBe('destroy')
    expect(preview?.with?.confirm).toBeUndefined()
    const destroy = jobs.destroy.steps?.find(step => step.uses?.endsWith('/actions/provision-infra'))
    expect(destroy?.with?.confirm).toBe('${{ inputs.confirm }}')
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
    ['teardown.yml', 'teardown']
  ])('lists exactly the inputs of %s', (name, column) => {
    const inputs = Object.keys(load(name).on.workflow_call?.inputs ?? {}).sort()
    expect(documented(column)).toEqual(inputs)
  })
})
