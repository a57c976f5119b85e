/**
 * The caller workflow shipline init writes, for any list of environments: it passes actionlint and
 * the inputs and secrets the reusable workflows declare; each environment after the first promotes
 * the previous one's digests; the dispatch's choice picks exactly one environment's values.
 */
import { describe, expect, it } from '@jest/globals'
import yaml from 'js-yaml'
import type { InitEnvironment, InitOptions, InitPlan } from '../../config/init.js'
import { renderCallerWorkflow } from '../caller-workflow.js'
import { actionlintFindings, callerProblems } from '../../../__fixtures__/caller-workflow.js'

interface Job {
  needs?: string
  if?: string
  uses?: string
  with?: Record<string, string>
  secrets?: Record<string, string>
}

const options = (environments: string[]): InitOptions => ({
  environments,
  awsRegion: 'eu-west-1',
  shiplineRepository: 'shipline-dev/shipline',
  shiplineRef: 'v0.1.0',
  version: '0.1.0'
})

const render = (environments: InitEnvironment[]) => {
  const plan: InitPlan = { services: [], cdnPaths: [], environments, notes: [] }
  const text = renderCallerWorkflow(plan, options(environments.map(e => e.name)))
  return { text, jobs: (yaml.load(text) as { jobs: Record<string, Job> }).jobs }
}

describe('renderCallerWorkflow', () => {
  it.each<[string, InitEnvironment[], string[]]>([
    ['one environment', [{ name: 'production' }], ['plan', 'production', 'teardown', 'rescan']],
    [
      'staging, then production',
      [{ name: 'staging' }, { name: 'production' }],
      ['plan', 'staging', 'production', 'teardown', 'rescan']
    ],
    [
      'names that are no job id, or another job’s',
      [{ name: '1st' }, { name: 'plan' }, { name: 'prod.eu' }],
      ['plan', 'deploy-1st', 'deploy-plan', 'deploy-prod-eu', 'teardown', 'rescan']
    ]
  ])('%s: passes actionlint and the declared inputs and secrets', async (_, environments, ids) => {
    const { text, jobs } = render(environments)
    expect(await actionlintFindings(text, 'shipline.yml')).toEqual([])
    expect(callerProblems(text)).toEqual([])
    expect(Object.keys(jobs)).toEqual(ids)
    const deploys = ids.slice(1, -2)
    deploys.forEach((id, i) => {
      expect(jobs[id].needs).toBe(i ? deploys[i - 1] : undefined)
      expect(jobs[id].with?.['promote-images']).toBe(
        i ? `\${{ needs.${deploys[i - 1]}.outputs.images }}` : undefined
      )
    })
  })

  it.each<[string, InitEnvironment[], string | undefined]>([
    ['none', [{ name: 'staging' }, { name: 'production' }], undefined],
    [
      'one pattern',
      [
        { name: 'staging', varFile: 'infra/environments/staging.tfvars' },
        { name: 'production', varFile: 'infra/environments/production.tfvars' }
      ],
      'infra/environments/${{ inputs.environment }}.tfvars'
    ],
    [
      'mixed, or missing for one',
      [
        { name: 'staging', varFile: 'infra/staging.tfvars' },
        { name: 'qa' },
        { name: 'production', varFile: 'infra/environments/production.tfvars' }
      ],
      "${{ inputs.environment == 'staging' && 'infra/staging.tfvars' || inputs.environment == 'production' && 'infra/environments/production.tfvars' || '' }}"
    ]
  ])('the teardown’s var-file, %s: the chosen environment’s own', async (_, environments, varFile) => {
    const { text, jobs } = render(environments)
    expect(await actionlintFindings(text, 'shipline.yml')).toEqual([])
    expect(jobs.teardown.with?.['var-file']).toBe(varFile)
  })
})
