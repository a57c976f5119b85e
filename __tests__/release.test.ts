/**
 * release.yml: builds and tests without a write token, publishes exactly the tested tarball with
 * provenance and the npm token in one step only, and never moves a release tag.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'
import { repoPath } from '../__fixtures__/paths.js'

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string>
  environment?: string
  steps: Step[]
}

const text = readFileSync(repoPath('.github', 'workflows', 'release.yml'), 'utf8')
const workflow = yaml.load(text) as {
  on: { workflow_dispatch: { inputs: Record<string, { type: string; default?: unknown }> } }
  permissions: Record<string, string>
  jobs: Record<string, Job>
}
const { jobs } = workflow
const runs = (job: Job) => job.steps.map(step => step.run ?? '').join('\n')

describe('release.yml', () => {
  it('grants nothing at the top, and each job only what it needs', () => {
    expect(workflow.permissions).toEqual({})
    expect(jobs.check.permissions).toEqual({ contents: 'read' })
    expect(jobs.tag.permissions).toEqual({ contents: 'write' })
    expect(jobs.publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
  })

  it('installs and tests only in the read-only job', () => {
    for (const [id, job] of Object.entries(jobs)) {
      const installs = /\bnpm (ci|install|test)\b/.test(runs(job))
      expect({ id, installs }).toEqual({ id, installs: id === 'check' })
    }
    expect(runs(jobs.check)).toContain('npm ci --no-audit --no-fund')
    expect(runs(jobs.check)).toContain('npm test')
    for (const step of jobs.check.steps)
      if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false)
  })

  it('names the npm token in one place: the env of the publish step', () => {
    expect(text.match(/secrets\./g)).toHaveLength(1)
    const publish = jobs.publish.steps.filter(step => step.env?.NODE_AUTH_TOKEN)
    expect(publish).toHaveLength(1)
    expect(publish[0].env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}')
    expect(publish[0].run).toBe('npm publish "$RUNNER_TEMP/package/$TARBALL" --provenance --access public')
    expect(jobs.publish.environment).toBe('npm')
  })

  it('publishes the tarball the tests ran against, after the tag exists, running no repository code', () => {
    expect(jobs.publish.needs).toEqual(['check', 'tag'])
    expect(jobs.publish.steps.some(step => step.uses?.startsWith('actions/checkout@'))).toBe(false)
    const publish = jobs.publish.steps.find(step => step.env?.NODE_AUTH_TOKEN)
    expect(publish?.env?.TARBALL).toBe('${{ needs.check.outputs.tarball }}')
    expect(runs(jobs.check)).toContain('npm pack --pack-destination "$RUNNER_TEMP/package"')
  })

  it('never moves a release tag; the moving major tag is opt-in', () => {
    expect(runs(jobs.check)).toContain('a release tag is never moved')
    const tag = runs(jobs.tag)
    expect(tag).toContain('git push origin "refs/tags/v$VERSION"')
    const forced = tag.split('\n').filter(line => /--force|-fa?\b/.test(line))
    expect(forced.every(line => line.includes('$major'))).toBe(true)
    expect(tag).toContain('if [ "$MOVE_MAJOR" = "true" ]; then')
    expect(workflow.on.workflow_dispatch.inputs['move-major']).toMatchObject({
      type: 'boolean',
      default: false
    })
    expect(jobs.tag.steps.find(step => step.run)?.env?.SHA).toBe('${{ needs.check.outputs.sha }}')
  })

  it('runs every action from a full commit SHA', () => {
    for (const job of Object.values(jobs))
      for (const step of job.steps)
        if (step.uses)
          expect(step.uses).toMatch(
            /^actions\/(checkout|setup-node|upload-artifact|download-artifact)@[0-9a-f]{40}$/
          )
    expect(text.match(/@[0-9a-f]{40} # v\d+\.\d+\.\d+/g)?.length).toBe(
      Object.values(jobs).flatMap(job => job.steps.filter(step => step.uses)).length
    )
  })
})

describe.each(['plan.yml', 'deploy.yml', 'teardown.yml', 'rescan.yml'])('%s', name => {
  const reusable = yaml.load(readFileSync(repoPath('.github', 'workflows', name), 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { required?: boolean; default?: unknown }> } }
    jobs: Record<string, { outputs?: Record<string, string>; steps?: Step[] }>
  }
  const checkouts = Object.entries(reusable.jobs).flatMap(([id, job]) =>
    (job.steps ?? []).filter(step => step.with?.path === '.shipline-src').map(step => ({ id, step }))
  )
  const first = Object.entries(reusable.jobs).find(([, job]) =>
    (job.steps ?? []).some(step => step.id === 'source')
  )

  it('runs no action code from a moving tag by default: shipline-ref defaults to the commit GitHub resolved for uses:', () => {
    const ref = reusable.on.workflow_call.inputs['shipline-ref']
    expect(ref.required).not.toBe(true)
    expect(ref.default).toBe('')
    expect(reusable.on.workflow_call.inputs['shipline-repository'].default).toBe('')
    // The first job reads the called workflow's own commit from its OIDC token when shipline-ref is empty …
    expect(first).toBeDefined()
    const [firstId, firstJob] = first ?? ['', {}]
    const source = (firstJob.steps ?? []).find(step => step.id === 'source')
    expect(source?.env?.REF).toBe('${{ inputs.shipline-ref }}')
    expect(source?.run).toContain('if [ -n "$REF" ]; then')
    expect(source?.run).toContain('claims.job_workflow_sha')
    expect(source?.run).toContain('claims.job_workflow_ref')
    if (checkouts.some(({ id }) => id !== firstId))
      expect(firstJob.outputs).toMatchObject({
        'shipline-repository': '${{ steps.source.outputs.repository }}',
        'shipline-ref': '${{ steps.source.outputs.ref }}'
      })
    // … and every checkout of the actions is of that one commit, never of a tag or a branch name.
    expect(checkouts.length).toBeGreaterThan(0)
    for (const { id, step } of checkouts)
      expect({ id, ref: step.with?.ref, repository: step.with?.repository }).toEqual({
        id,
        ref:
          id === firstId
            ? '${{ steps.source.outputs.ref }}'
            : `\${{ needs.${firstId}.outputs.shipline-ref }}`,
        repository:
          id === firstId
            ? '${{ steps.source.outputs.repository }}'
            : `\${{ needs.${firstId}.outputs.shipline-repository }}`
      })
  })
})
