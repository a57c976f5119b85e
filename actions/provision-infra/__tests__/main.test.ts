/**
 * The action end to end against a recorded-output stand-in for terraform (first on PATH) and a fake
 * GitHub API on 127.0.0.1: exact argv of every terraform call, exit codes 0/1/2, outputs read back
 * from $GITHUB_OUTPUT, the job summary, the sticky comment and the one-line errors.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { run } from '../src/main.js'
import { parsePlanJson, planChecksum } from '../../../lib/terraform/plan-json.js'
import { type FakeGitHub, startFakeGitHub } from '../../../__fixtures__/http-servers.js'
import {
  EVENTS,
  PLAN_JSON,
  PLAN_TEXT,
  type Sandbox,
  sandbox,
  type Step
} from '../../../__fixtures__/terraform-sandbox.js'

const REPLACE_JSON = join(PLAN_JSON, 'terraform-equivalence-local_provider_update.json')
const REPLACE_TEXT = join(PLAN_TEXT, 'terraform-equivalence-local_provider_update.txt')
const DRIFT_JSON = join(PLAN_JSON, 'terraform-equivalence-drift_relevant_attributes.json')
const DRIFT_TEXT = join(PLAN_TEXT, 'terraform-equivalence-drift_relevant_attributes.txt')
const NO_CHANGES_JSON = join(PLAN_JSON, 'terraform-basic-update.json')
const NO_CHANGES_TEXT = join(PLAN_TEXT, 'terraform-equivalence-null_provider_update.txt')
const DELETE_JSON = join(PLAN_JSON, 'terraform-basic-delete.json')
const TOKEN = 'ghs_0123456789abcdefTESTTOKEN'
const MERGE_SHA = 'f'.repeat(40)
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'

const sha = (file: string) => planChecksum(parsePlanJson(readFileSync(file, 'utf8'), file))

let github: FakeGitHub
let box: Sandbox

beforeAll(async () => {
  github = await startFakeGitHub('Codertocat', 'Hello-World')
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  github.comments.clear()
  github.requests.length = 0
  github.failWith = undefined
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
})
afterEach(() => {
  box?.cleanup()
  jest.restoreAllMocks()
})

function pullRequestEnv(): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(EVENTS, 'pull_request.synchronize.octokit.json'),
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_API_URL: github.url
  }
}

function pushEnv(): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(EVENTS, 'push.default-branch-commit.release-drafter.json'),
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_API_URL: github.url
  }
}

function runIn(b: Sandbox, inputs: Record<string, string>, env: Record<string, string> = pushEnv()) {
  return runWithInputs(() => run({ cwd: b.repo }), inputs, { ...b.env, ...env })
}

function argvs(b: Sandbox): string[][] {
  return b.calls().map(call => call.argv)
}

const planOf = (b: Sandbox) => join(b.repo, 'infra', 'default.tfplan')
const PLAN = (b: Sandbox, extra: string[] = []) => [
  'plan',
  '-input=false',
  '-no-color',
  '-detailed-exitcode',
  '-lock-timeout=300s',
  `-out=${planOf(b)}`,
  ...extra
]

function steps(plan: Step, show?: Step, more: Record<string, Step[]> = {}): Record<string, Step[]> {
  return { plan: [plan], ...(show ? { show: [show] } : {}), ...more }
}

describe('plan', () => {
  it('runs version, init, validate, plan, show; sets the outputs; writes the summary; creates the PR comment', async () => {
    box = sandbox({ steps: steps({ stdoutFile: REPLACE_TEXT, exitCode: 2 }, { stdoutFile: REPLACE_JSON }) })
    const result = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(argvs(box)).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      ['validate', '-no-color'],
      PLAN(box),
      ['show', '-json', planOf(box)]
    ])
    expect(
      box
        .calls()
        .slice(1)
        .every(call => call.cwd === join(box.repo, 'infra'))
    ).toBe(true)
    expect(box.calls().every(call => call.tfWorkspace === null)).toBe(true)
    expect(
      box
        .calls()
        .slice(1)
        .every(call => call.inAutomation === 'true')
    ).toBe(true)

    const planSha = sha(REPLACE_JSON)
    expect(result.outputs).toEqual({
      'has-changes': 'true',
      add: '1',
      change: '0',
      destroy: '1',
      replace: '1',
      'plan-file': planOf(box),
      'plan-sha256': planSha,
      'plan-json': `${planOf(box)}.json`
    })
    expect(planChecksum(parsePlanJson(readFileSync(`${planOf(box)}.json`, 'utf8'), 'plan-json'))).toBe(
      planSha
    )

    expect(result.summary.startsWith('**Plan: 1 to add, 0 to change, 1 to destroy.** 1 to replace.\n')).toBe(
      true
    )
    expect(result.summary).toContain(`commit ${HEAD_SHA}`)
    expect(result.summary).toContain(`plan sha256 \`${planSha}\``)

    const posts = github.requests.filter(r => r.method === 'POST')
    expect(posts).toHaveLength(1)
    expect(posts[0].url).toBe('/repos/Codertocat/Hello-World/issues/2/comments')
    expect(posts[0].authorization).toBe(`token ${TOKEN}`)
    const [comment] = github.comments.get(2) ?? []
    expect(comment.body.split('\n')[0]).toBe('<!-- shipline:provision%2Dinfra infra default -->')
    expect(comment.body.split('\n')[1]).toBe('**Plan: 1 to add, 0 to change, 1 to destroy.** 1 to replace.')
    expect(comment.body).toContain('- :warning: **replace** `local_file.local_file`')
    expect(comment.body).toContain(`commit ${HEAD_SHA}`)
    expect(comment.body).not.toContain(MERGE_SHA)
    expect(comment.body.length).toBeLessThanOrEqual(65_536)
    // The token reaches the log only in the command that masks it.
    expect(result.log.filter(line => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
  })

  it('updates the same comment in place on the next push, and leaves other comments alone', async () => {
    github.comments.set(2, [
      { id: 7, body: 'Looks good to me', html_url: 'https://github.com/c/7' },
      {
        id: 8,
        body: '> <!-- shipline:provision%2Dinfra infra default -->\n> quoted',
        html_url: 'https://github.com/c/8'
      }
    ])
    box = sandbox({ steps: steps({ stdoutFile: REPLACE_TEXT, exitCode: 2 }, { stdoutFile: REPLACE_JSON }) })
    await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    const created = (github.comments.get(2) ?? [])[2].id
    box.cleanup()
    box = sandbox({ steps: steps({ stdoutFile: DRIFT_TEXT, exitCode: 2 }, { stdoutFile: DRIFT_JSON }) })
    const second = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(second.exitCode).toBe(0)
    const comments = github.comments.get(2) ?? []
    expect(comments.map(c => c.id)).toEqual([7, 8, created])
    expect(comments[2].body).toContain('**Plan: 0 to add, 2 to change, 0 to destroy.**')
    expect(comments[2].body).toContain('### Changed outside of Terraform')
    expect(comments[0].body).toBe('Looks good to me')
    expect(github.requests.filter(r => r.method === 'PATCH').map(r => r.url)).toEqual([
      `/repos/Codertocat/Hello-World/issues/comments/${created}`
    ])
  })

  it('keeps one comment per working directory and workspace', async () => {
    box = sandbox({ steps: steps({ stdoutFile: REPLACE_TEXT, exitCode: 2 }, { stdoutFile: REPLACE_JSON }) })
    await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    await runIn(box, { 'github-token': TOKEN, workspace: 'staging' }, pullRequestEnv())
    const bodies = (github.comments.get(2) ?? []).map(c => c.body.split('\n')[0])
    expect(bodies).toEqual([
      '<!-- shipline:provision%2Dinfra infra default -->',
      '<!-- shipline:provision%2Dinfra infra staging -->'
    ])
    expect(argvs(box)).toContainEqual(['workspace', 'select', '-or-create=true', 'staging'])
  })

  it('writes the plan and its JSON under RUNNER_TEMP in a job, nothing into the checkout', async () => {
    box = sandbox({ steps: steps({ stdoutFile: REPLACE_TEXT, exitCode: 2 }, { stdoutFile: REPLACE_JSON }) })
    const before = box.files()
    const temp = join(box.root, 'runner-temp')
    const result = await runIn(box, {}, { ...pushEnv(), RUNNER_TEMP: temp })
    const planFile = join(temp, 'shipline', 'provision-infra', 'infra', 'default.tfplan')
    expect(argvs(box)[3]).toContain(`-out=${planFile}`)
    expect(result.outputs['plan-file']).toBe(planFile)
    expect(result.outputs['plan-json']).toBe(`${planFile}.json`)
    expect(existsSync(`${planFile}.json`)).toBe(true)
    expect(box.files()).toEqual(before)
  })

  it('reports no changes (exit code 0) with has-changes false, and posts no comment outside pull requests', async () => {
    box = sandbox({
      steps: steps({ stdoutFile: NO_CHANGES_TEXT, exitCode: 0 }, { stdoutFile: NO_CHANGES_JSON })
    })
    const result = await runIn(box, {})
    expect(result.exitCode).toBe(0)
    expect(result.outputs['has-changes']).toBe('false')
    expect(result.outputs.add).toBe('0')
    expect(result.summary).toContain('No changes: the infrastructure matches the configuration.')
    expect(result.summary).toContain(`commit ${MERGE_SHA}`)
    expect(github.requests).toEqual([])
  })

  it('passes backend-config, var-file and vars as argv, in that order of precedence', async () => {
    box = sandbox({ steps: steps({ exitCode: 2 }, { stdoutFile: REPLACE_JSON }) })
    writeFileSync(join(box.repo, 'infra', 'prod.tfvars'), 'x = 1\n')
    const result = await runIn(box, {
      'backend-config': 'bucket=my-state\nkey = envs/prod.tfstate\n# a comment\nuse_lockfile=true',
      'var-file': 'infra/prod.tfvars',
      vars: 'image_tag=abc123\nreplicas=3',
      'lock-timeout': '90s'
    })
    expect(result.errors).toEqual([])
    expect(argvs(box).slice(1, 4)).toEqual([
      [
        'init',
        '-input=false',
        '-no-color',
        '-backend-config=bucket=my-state',
        '-backend-config=key=envs/prod.tfstate',
        '-backend-config=use_lockfile=true'
      ],
      ['validate', '-no-color'],
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=90s',
        `-out=${planOf(box)}`,
        `-var-file=${join(box.repo, 'infra', 'prod.tfvars')}`,
        '-var=image_tag=abc123',
        '-var=replicas=3'
      ]
    ])
  })

  it('reads the plan JSON even through the setup-terraform wrapper', async () => {
    const wrapped = join(PLAN_JSON, 'infracost-plan-with-setup-terraform-wrapper.txt')
    box = sandbox({ steps: steps({ exitCode: 2 }, { stdoutFile: wrapped }) })
    const result = await runIn(box, {})
    expect(result.errors).toEqual([])
    expect(result.outputs.add).toBe('2')
  })

  it("fails on a plan error (exit 1) with Terraform's error, in the summary and the PR comment too", async () => {
    const stderr =
      '\nError: Unsupported argument\n\n  on main.tf line 3, in resource "aws_s3_bucket" "assets":\n   3:   colour = "blue"\n\nAn argument named "colour" is not expected here.\n'
    box = sandbox({ steps: steps({ stderr, exitCode: 1 }) })
    const result = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'terraform plan failed in infra (exit 1): Unsupported argument: An argument named "colour" is not expected here.'
    ])
    expect(argvs(box).map(a => a[0])).toEqual(['version', 'init', 'validate', 'plan'])
    expect(result.summary).toContain('**:x: Plan failed.**')
    expect(result.summary).toContain('An argument named "colour" is not expected here.')
    const [comment] = github.comments.get(2) ?? []
    expect(comment.body).toContain('**:x: Plan failed.**')
    expect(result.outputs).toEqual({})
  })

  it('names the state lock, its holder and how to release it', async () => {
    const stderr = [
      '',
      'Error: Error acquiring the state lock',
      '',
      'Error message: operation error S3: PutObject, https response error StatusCode: 412, PreconditionFailed',
      'Lock Info:',
      '  ID:        8c3b5f0e-2f6e-1c1d-7a0b-4f5e6d7c8b9a',
      '  Path:      shipline-state/envs/production/terraform.tfstate',
      '  Operation: OperationTypeApply',
      '  Who:       runner@fv-az1234-567',
      '  Version:   1.11.4',
      '  Created:   2025-01-14 09:12:33.123456789 +0000 UTC',
      '  Info:      ',
      '',
      'Terraform acquires a state lock to protect the state from being written',
      'by multiple users at the same time. Please resolve the issue above and try',
      'again. For most commands, you can disable locking with the "-lock=false"',
      'flag, but this is not recommended.',
      ''
    ].join('\n')
    box = sandbox({ steps: steps({ stderr, exitCode: 1 }) })
    const result = await runIn(box, { 'lock-timeout': '30s' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'The Terraform state is locked (waited 30s, the lock-timeout): lock 8c3b5f0e-2f6e-1c1d-7a0b-4f5e6d7c8b9a is held by runner@fv-az1234-567 since 2025-01-14 09:12:33.123456789 +0000 UTC (operation OperationTypeApply, state shipline-state/envs/production/terraform.tfstate). Wait for that run to finish; if it died, release the lock with: terraform force-unlock -force 8c3b5f0e-2f6e-1c1d-7a0b-4f5e6d7c8b9a (in infra), or raise lock-timeout.'
    ])
  })

  it('warns, and does not fail, when the token may not comment (a fork)', async () => {
    github.failWith = { status: 403, message: 'Resource not accessible by integration' }
    box = sandbox({ steps: steps({ exitCode: 2 }, { stdoutFile: REPLACE_JSON }) })
    const result = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(result.exitCode).toBe(0)
    expect(
      result.log.some(line => line.startsWith('::warning::') && line.includes('pull-requests: write'))
    ).toBe(true)
    expect(result.summary).toContain('**Plan: 1 to add')
  })

  it('fails when the comment cannot be updated for another reason', async () => {
    github.failWith = { status: 500, message: 'Server Error' }
    box = sandbox({ steps: steps({ exitCode: 2 }, { stdoutFile: REPLACE_JSON }) })
    const result = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^Could not update the plan comment on pull request #2: /)
  }, 60_000)

  it('posts no comment with comment: false', async () => {
    box = sandbox({ steps: steps({ exitCode: 2 }, { stdoutFile: REPLACE_JSON }) })
    const result = await runIn(box, { comment: 'false', 'github-token': '' }, pullRequestEnv())
    expect(result.exitCode).toBe(0)
    expect(github.requests).toEqual([])
  })
})

describe('check', () => {
  it('fails on drift (exit code 2) with the counts, the drift in the summary', async () => {
    box = sandbox({ steps: steps({ stdoutFile: DRIFT_TEXT, exitCode: 2 }, { stdoutFile: DRIFT_JSON }) })
    const result = await runIn(box, { command: 'check' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'Drift in infra (workspace default): the plan has changes (0 to add, 2 to change, 0 to destroy); see the job summary'
    ])
    expect(result.summary).toContain('**Drift check: 0 to add, 2 to change, 0 to destroy.**')
    expect(result.summary).toContain('### Changed outside of Terraform')
    expect(result.outputs['has-changes']).toBe('true')
    expect(argvs(box).map(a => a[0])).toEqual(['version', 'init', 'validate', 'plan', 'show'])
  })

  it('passes when there is nothing to change (exit code 0)', async () => {
    box = sandbox({
      steps: steps({ stdoutFile: NO_CHANGES_TEXT, exitCode: 0 }, { stdoutFile: NO_CHANGES_JSON })
    })
    const result = await runIn(box, { command: 'check' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['has-changes']).toBe('false')
  })
})

const OUTPUT_JSON = JSON.stringify({
  cluster_name: { sensitive: false, type: 'string', value: 'shipline-production' },
  registry_urls: {
    sensitive: false,
    type: ['map', 'string'],
    value: { auth: '123.dkr.ecr.eu-west-1.amazonaws.com/auth' }
  },
  db_password: { sensitive: true, type: 'string', value: 'hunter2-super-secret' },
  'plan-file': { sensitive: false, type: 'string', value: 'collides' }
})

describe('apply', () => {
  it('applies the given plan file when its checksum is the reviewed one, then exports the outputs', async () => {
    box = sandbox({ steps: { show: [{ stdoutFile: REPLACE_JSON }], output: [{ stdout: OUTPUT_JSON }] } })
    const planFile = join(box.repo, 'artifacts', 'reviewed.tfplan')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(join(box.repo, 'artifacts'))
    writeFileSync(planFile, 'reviewed plan')
    const result = await runIn(box, {
      command: 'apply',
      'plan-file': 'artifacts/reviewed.tfplan',
      'plan-sha256': `sha256:${sha(REPLACE_JSON).toUpperCase()}`
    })
    expect(result.errors).toEqual([])
    expect(argvs(box)).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      ['show', '-json', planFile],
      ['apply', '-input=false', '-no-color', '-lock-timeout=300s', planFile],
      ['output', '-json']
    ])
    expect(result.outputs.outputs).toBe(
      JSON.stringify({
        cluster_name: 'shipline-production',
        registry_urls: { auth: '123.dkr.ecr.eu-west-1.amazonaws.com/auth' },
        'plan-file': 'collides'
      })
    )
    expect(result.outputs.cluster_name).toBe('shipline-production')
    expect(result.outputs.registry_urls).toBe('{"auth":"123.dkr.ecr.eu-west-1.amazonaws.com/auth"}')
    expect(result.outputs['plan-file']).toBe(planFile)
    expect(result.outputs.db_password).toBeUndefined()
    expect(JSON.stringify(result)).not.toContain('hunter2-super-secret')
    expect(result.summary).toContain(`Applied plan sha256 \`${sha(REPLACE_JSON)}\``)
  })

  it('refuses a plan file whose checksum differs, and applies nothing', async () => {
    box = sandbox({ steps: { show: [{ stdoutFile: DRIFT_JSON }] } })
    writeFileSync(join(box.repo, 'swapped.tfplan'), 'another plan')
    const result = await runIn(box, {
      command: 'apply',
      'plan-file': 'swapped.tfplan',
      'plan-sha256': sha(REPLACE_JSON)
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `The plan is not the one reviewed: plan-sha256 is ${sha(REPLACE_JSON)} but this plan's is ${sha(DRIFT_JSON)}; plan again and review the new plan`
    ])
    expect(argvs(box).map(a => a[0])).toEqual(['version', 'init', 'show'])
  })

  it('plans anew without plan-file and applies only when the new plan matches the reviewed checksum', async () => {
    box = sandbox({
      steps: { ...steps({ exitCode: 2 }, { stdoutFile: REPLACE_JSON }), output: [{ stdout: '{}' }] }
    })
    const result = await runIn(box, { command: 'apply', 'plan-sha256': sha(REPLACE_JSON) })
    expect(result.errors).toEqual([])
    expect(argvs(box)).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      PLAN(box),
      ['show', '-json', planOf(box)],
      ['apply', '-input=false', '-no-color', '-lock-timeout=300s', planOf(box)],
      ['output', '-json']
    ])
  })

  it("surfaces Terraform's apply error plainly", async () => {
    const stderr =
      '\nError: deleting RDS DB Instance (shipline-production): operation error RDS: DeleteDBInstance, https response error StatusCode: 400, RequestID: 1f2e, InvalidParameterCombination: Cannot delete protected DB Instance, please disable deletion protection and try again.\n\n  with module.rds.aws_db_instance.this,\n  on modules/rds/main.tf line 12, in resource "aws_db_instance" "this":\n  12: resource "aws_db_instance" "this" {\n\n'
    box = sandbox({ steps: { show: [{ stdoutFile: DELETE_JSON }], apply: [{ stderr, exitCode: 1 }] } })
    writeFileSync(join(box.repo, 'p.tfplan'), 'x')
    const result = await runIn(box, {
      command: 'apply',
      'plan-file': 'p.tfplan',
      'plan-sha256': sha(DELETE_JSON)
    })
    expect(result.errors).toEqual([
      'terraform apply failed in infra (exit 1): deleting RDS DB Instance (shipline-production): operation error RDS: DeleteDBInstance, https response error StatusCode: 400, RequestID: 1f2e, InvalidParameterCombination: Cannot delete protected DB Instance, please disable deletion protection and try again.'
    ])
  })
})

describe('destroy', () => {
  it('previews the teardown in the job summary and destroys nothing without confirm', async () => {
    box = sandbox({ steps: steps({ exitCode: 2 }, { stdoutFile: DELETE_JSON }) })
    const result = await runIn(box, { command: 'destroy' })
    expect(result.errors).toEqual([])
    const destroyPlan = join(box.repo, 'infra', 'default.destroy.tfplan')
    expect(argvs(box)).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=300s',
        `-out=${destroyPlan}`,
        '-destroy'
      ],
      ['show', '-json', destroyPlan]
    ])
    expect(result.summary).toContain('**Teardown preview: 0 to add, 1 to change, 1 to destroy.**')
    expect(result.summary).toContain('- :warning: **destroy** `test_instance.test-delete`')
    expect(result.summary).toContain(
      'Preview only: nothing was destroyed. To destroy, run again with confirm: default.'
    )
    expect(result.outputs.destroy).toBe('1')
  })

  it('destroys by applying the previewed destroy plan when confirm is the workspace', async () => {
    box = sandbox({ steps: steps({ exitCode: 2 }, { stdoutFile: DELETE_JSON }) })
    const result = await runIn(box, {
      command: 'destroy',
      workspace: 'production',
      confirm: 'production',
      'plan-sha256': sha(DELETE_JSON)
    })
    expect(result.errors).toEqual([])
    const destroyPlan = join(box.repo, 'infra', 'production.destroy.tfplan')
    expect(argvs(box).slice(2)).toEqual([
      ['workspace', 'select', '-or-create=true', 'production'],
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=300s',
        `-out=${destroyPlan}`,
        '-destroy'
      ],
      ['show', '-json', destroyPlan],
      ['apply', '-input=false', '-no-color', '-lock-timeout=300s', destroyPlan]
    ])
    expect(result.summary).toContain('Destroyed workspace `production` of `infra`')
  })

  it('refuses to destroy when the teardown plan is not the previewed one', async () => {
    box = sandbox({ steps: steps({ exitCode: 2 }, { stdoutFile: DELETE_JSON }) })
    const result = await runIn(box, {
      command: 'destroy',
      confirm: 'default',
      'plan-sha256': sha(REPLACE_JSON)
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^The plan is not the one reviewed/)
    expect(argvs(box).map(a => a[0])).not.toContain('apply')
  })
})

describe('output', () => {
  it('exports non-sensitive outputs; sensitive ones never leave', async () => {
    box = sandbox({ steps: { output: [{ stdout: OUTPUT_JSON }] } })
    const result = await runIn(box, { command: 'output' }, { ...pushEnv(), TF_WORKSPACE: 'production' })
    expect(result.errors).toEqual([])
    expect(argvs(box)).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      ['output', '-json']
    ])
    expect(box.calls().every(call => call.tfWorkspace === 'production')).toBe(true)
    expect(Object.keys(result.outputs).sort()).toEqual(['cluster_name', 'outputs', 'registry_urls'])
    expect(result.log.some(line => line.includes('::warning::') && line.includes('"plan-file"'))).toBe(true)
    expect(JSON.stringify(result)).not.toContain('hunter2')
  })
})

describe('terraform itself', () => {
  it('uses the terraform on PATH only when it satisfies terraform-version', async () => {
    box = sandbox({ version: '1.5.7', steps: { output: [{ stdout: '{}' }] } })
    const result = await runIn(box, { command: 'output', 'terraform-version': '~> 1.10' })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^No terraform satisfying "~> 1\.10" on PATH, and no tool cache/)
    expect(argvs(box)).toEqual([['version', '-json']])
    expect(existsSync(join(box.repo, 'infra', '.terraform'))).toBe(false)
  })
})
