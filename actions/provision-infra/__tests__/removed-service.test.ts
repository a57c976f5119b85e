/**
 * Removing a service from shipline.yml, end to end with the real Terraform: a configuration that
 * makes each service's resources with for_each over the yamldecode'd service list (a resource keyed
 * by the name and a module instance keyed by it, as infra/ does, with terraform_data so that no
 * provider is needed) is applied with three services; billing-service is then taken out of
 * shipline.yml and provision-infra plans on a pull request. The job summary, the PR comment and
 * the render of the plan JSON it wrote (what `shipline plan-comment` prints) open with the section that names exactly the
 * resources billing-service had.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { type FakeGitHub, startFakeGitHub } from '../../../__fixtures__/http-servers.js'
import { EVENTS } from '../../../__fixtures__/terraform-sandbox.js'
import { type RealTerraform, realTerraform } from '../../../__fixtures__/terraform-real.js'
import { renderPlanCommentFromJson } from '../../../lib/terraform/plan-comment.js'
import { run } from '../src/main.js'

const TOKEN = 'ghs_0123456789abcdefTESTTOKEN'

const MAIN_TF = `
locals {
  services = yamldecode(file("\${path.module}/../shipline.yml")).services
}

resource "terraform_data" "repository" {
  for_each = local.services
  input    = each.key
}

module "service" {
  source   = "./service"
  for_each = local.services
  name     = each.key
}

# Shared by every service: updated, not destroyed, when one goes.
resource "terraform_data" "routes" {
  input = sort(keys(local.services))
}
`

const SERVICE_TF = `
variable "name" {
  type = string
}

resource "terraform_data" "role" {
  input = "role-\${var.name}"
}

resource "terraform_data" "target_group" {
  input = "tg-\${var.name}"
}
`

const shiplineYml = (services: string[]) =>
  `version: 1\nservices:\n${services.map(s => `  ${s}:\n    context: services/${s}\n`).join('')}`

const BILLING = [
  'module.service["billing-service"].terraform_data.role',
  'module.service["billing-service"].terraform_data.target_group',
  'terraform_data.repository["billing-service"]'
]

let github: FakeGitHub
let box: RealTerraform

beforeAll(async () => {
  github = await startFakeGitHub('Codertocat', 'Hello-World')
})
afterAll(async () => {
  await github.close()
})
afterEach(() => {
  box?.cleanup()
  jest.restoreAllMocks()
})

/** The section of the markdown that names the removed services: from its heading to the next. */
function servicesSectionOf(markdown: string): string {
  const start = markdown.indexOf('### :warning: Services removed')
  if (start < 0) return ''
  const end = markdown.indexOf('**:warning: 3 resources will be destroyed', start)
  return markdown.slice(start, end < 0 ? undefined : end)
}

const addressesIn = (text: string) => [...text.matchAll(/`([^`]+\[[^`]+)`/g)].map(m => m[1]).sort()

describe('a service removed from shipline.yml', () => {
  it('is named first, with exactly its resources, in the job summary, the PR comment and the render of its plan JSON', async () => {
    box = realTerraform({
      'infra/main.tf': MAIN_TF,
      'infra/service/main.tf': SERVICE_TF,
      'shipline.yml': shiplineYml(['billing-service', 'ledger', 'web'])
    })
    for (const args of [
      ['init', '-input=false'],
      ['apply', '-auto-approve', '-input=false']
    ]) {
      const result = await box.terraform(args)
      expect({ args, exitCode: result.exitCode, stderr: result.stderr }).toEqual({
        args,
        exitCode: 0,
        stderr: ''
      })
    }
    box.write({ 'shipline.yml': shiplineYml(['ledger', 'web']) })

    const result = await runWithInputs(
      () => run({ cwd: box.repo }),
      { 'github-token': TOKEN },
      {
        RUNNER_TEMP: join(box.root, 'runner-temp'),
        ...box.env,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(EVENTS, 'pull_request.synchronize.octokit.json'),
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_API_URL: github.url
      }
    )
    expect(result.errors).toEqual([])
    expect(result.outputs.destroy).toBe('3')

    const summary = servicesSectionOf(result.summary)
    expect(summary.split('\n').slice(0, 3)).toEqual([
      '### :warning: Services removed from the configuration',
      '',
      expect.stringContaining('each `for_each` key all of whose changes are destroys')
    ])
    expect(summary).toContain('**:warning: Removing service `billing-service` deletes 3 resources.**')
    expect(addressesIn(summary)).toEqual(BILLING)
    expect(summary).not.toMatch(/ledger|web|routes/)
    // It comes before the destroy lines and the list of changes.
    expect(result.summary.indexOf('Services removed')).toBeLessThan(
      result.summary.indexOf('will be destroyed')
    )

    const comments = [...github.comments.values()].flat().map(c => c.body)
    expect(comments).toHaveLength(1)
    expect(servicesSectionOf(comments[0] as string)).toBe(summary)

    // What shipline plan-comment prints for the plan JSON the job wrote (cli/__tests__/plan-comment.test.ts:
    // the command prints exactly this render; the CLI is not imported from an action's tests).
    const planJson = result.outputs['plan-json'] as string
    const text = readFileSync(planJson, 'utf8')
    expect(servicesSectionOf(renderPlanCommentFromJson(text, planJson).markdown)).toBe(summary)
    const plan = JSON.parse(text) as {
      resource_changes: Array<{ address: string; change: { actions: string[] } }>
    }
    expect(
      plan.resource_changes
        .filter(rc => rc.change.actions.join() === 'delete')
        .map(rc => rc.address)
        .sort()
    ).toEqual(BILLING)
  }, 120_000)
})
