/**
 * The action end to end on the real Terraform (on PATH here and on CI), with configurations that
 * need no downloaded provider and the local backend, and a fake GitHub API on 127.0.0.1: the argv
 * of every terraform call, outputs read back from $GITHUB_OUTPUT, the job summary, the sticky
 * comment, the one-line errors, and what happened for real: the state, and the files local-exec
 * wrote. The pg backend (locks, cancel) is in main.pg.test.ts; what only a recording can show (the
 * S3 backend, AWS API errors) in main.recorded.test.ts.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { type FakeGitHub, startFakeGitHub } from '../../../__fixtures__/http-servers.js'
import { EVENTS } from '../../../__fixtures__/terraform-sandbox.js'
import {
  HOLD_RESOURCE,
  holdLock,
  type RealTerraform,
  realTerraform
} from '../../../__fixtures__/terraform-real.js'
import { zipEntries } from '../../../lib/core/zip.js'
import { type JsonValue, parseJsonExact, planContentSha256 } from '../../../lib/terraform/plan-file.js'
import { run } from '../src/main.js'

const TOKEN = 'ghs_0123456789abcdefTESTTOKEN'
const MERGE_SHA = 'f'.repeat(40)
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const SECRET = 'hunter2-super-secret'

/** Two resources, one of them sensitive; local-exec records what apply and destroy really did. */
const MAIN_TF = `
variable "greeting" {
  type    = string
  default = "hello"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "${SECRET}"
}

resource "terraform_data" "web" {
  input = var.greeting
  provisioner "local-exec" {
    command     = "printf '%s' \\"$GREETING\\" > applied-web.txt"
    environment = { GREETING = var.greeting }
  }
}

resource "terraform_data" "db" {
  input = var.db_password
  provisioner "local-exec" {
    when    = destroy
    command = "touch destroyed-db.txt"
  }
}

output "url" {
  value = "https://\${terraform_data.web.output}.example"
}

output "db_password" {
  value     = var.db_password
  sensitive = true
}
`

let github: FakeGitHub
let box: RealTerraform

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

/** One job: steps of a job share RUNNER_TEMP, as on a runner. */
function runIn(b: RealTerraform, inputs: Record<string, string>, env: Record<string, string> = pushEnv()) {
  return runWithInputs(() => run({ cwd: b.repo }), inputs, {
    RUNNER_TEMP: join(b.root, 'runner-temp'),
    ...b.env,
    ...env
  })
}

/** A step of another job (its own RUNNER_TEMP, as the deploy job after the plan job). */
const inJob = (b: RealTerraform, job: string, inputs: Record<string, string>) =>
  runIn(b, inputs, { ...pushEnv(), RUNNER_TEMP: join(b.root, `runner-temp-${job}`) })

/** plan-sha256 of a plan file: its content, as terraform show -json gives it, and its configuration snapshot. */
async function contentSha256Of(b: RealTerraform, file: string): Promise<string> {
  const shown = await b.terraform(['show', '-json', file])
  return planContentSha256(
    parseJsonExact(shown.stdout) as Record<string, JsonValue>,
    zipEntries(readFileSync(file), file)
  )
}
const TEMPLATED_TF = MAIN_TF.replace(
  `command     = "printf '%s' \\"$GREETING\\" > applied-web.txt"`,
  'command     = "printf %s ${var.greeting} > applied-web.txt"'
)
const planFileOf = (b: RealTerraform, name = 'default.tfplan') =>
  join(b.root, 'runner-temp', 'shipline', 'provision-infra', 'infra', name)
const PLAN = (b: RealTerraform, extra: string[] = [], name?: string) => [
  'plan',
  '-input=false',
  '-no-color',
  '-detailed-exitcode',
  '-lock-timeout=300s',
  `-out=${planFileOf(b, name)}`,
  ...extra
]
const PRIVATE_COPY = expect.stringMatching(/\/runner-temp\/shipline-plan-[^/]+\/reviewed\.tfplan$/)

async function applied(b: RealTerraform, args: string[] = []): Promise<void> {
  for (const command of [
    ['init', '-input=false'],
    ['apply', '-auto-approve', '-input=false', ...args]
  ]) {
    const result = await b.terraform(command)
    if (result.exitCode !== 0) throw new Error(`terraform ${command[0]}: ${result.stderr}`)
  }
}

describe('plan', () => {
  it('runs version, init, validate, plan, show; sets the outputs; writes the summary; creates the PR comment', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const result = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const planFile = planFileOf(box)
    expect(box.calls()).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      ['validate', '-no-color'],
      PLAN(box),
      ['show', '-json', planFile]
    ])

    expect(result.outputs).toEqual({
      'has-changes': 'true',
      add: '2',
      change: '0',
      destroy: '0',
      replace: '0',
      'plan-file': planFile,
      'plan-sha256': await contentSha256Of(box, planFile),
      'plan-json': `${planFile}.json`
    })
    const planJson = JSON.parse(readFileSync(`${planFile}.json`, 'utf8')) as {
      terraform_version: string
      resource_changes: Array<{ address: string; change: { actions: string[] } }>
    }
    expect(planJson.terraform_version).toBe('1.11.4')
    expect(planJson.resource_changes.map(rc => [rc.address, rc.change.actions])).toEqual([
      ['terraform_data.db', ['create']],
      ['terraform_data.web', ['create']]
    ])

    expect(result.summary.split('\n')[0]).toBe('**Plan: 2 to add, 0 to change, 0 to destroy.**')
    expect(result.summary).toContain(`commit ${HEAD_SHA}`)
    expect(result.summary).toContain(`plan sha256 \`${result.outputs['plan-sha256']}\``)

    const posts = github.requests.filter(r => r.method === 'POST')
    expect(posts).toHaveLength(1)
    expect(posts[0].url).toBe('/repos/Codertocat/Hello-World/issues/2/comments')
    expect(posts[0].authorization).toBe(`token ${TOKEN}`)
    const [comment] = github.comments.get(2) ?? []
    expect(comment.body.split('\n').slice(0, 2)).toEqual([
      '<!-- shipline:provision%2Dinfra infra default -->',
      '**Plan: 2 to add, 0 to change, 0 to destroy.**'
    ])
    expect(comment.body).toContain('<code>terraform_data.web</code>')
    expect(comment.body).toContain('(sensitive value)')
    expect(comment.body).toContain(`commit ${HEAD_SHA}`)
    expect(comment.body).not.toContain(MERGE_SHA)
    // A plan applies nothing.
    expect(await box.stateList()).toEqual([])
    expect(box.read('infra/applied-web.txt')).toBeUndefined()
    // The token reaches the log only in the command that masks it; the sensitive value nowhere.
    expect(result.log.filter(line => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
    expect(JSON.stringify({ ...result, comments: [...github.comments.values()] })).not.toContain(SECRET)
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
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    const created = (github.comments.get(2) ?? [])[2].id
    const second = await runIn(box, { 'github-token': TOKEN, vars: 'greeting=bonjour' }, pullRequestEnv())
    expect(second.exitCode).toBe(0)
    const comments = github.comments.get(2) ?? []
    expect(comments.map(c => c.id)).toEqual([7, 8, created])
    expect(comments[2].body).toContain('bonjour')
    expect(comments[0].body).toBe('Looks good to me')
    expect(github.requests.filter(r => r.method === 'PATCH').map(r => r.url)).toEqual([
      `/repos/Codertocat/Hello-World/issues/comments/${created}`
    ])
  })

  it('keeps one comment per working directory and workspace', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    await runIn(box, { 'github-token': TOKEN, workspace: 'staging' }, pullRequestEnv())
    const bodies = (github.comments.get(2) ?? []).map(c => c.body.split('\n')[0])
    expect(bodies).toEqual([
      '<!-- shipline:provision%2Dinfra infra default -->',
      '<!-- shipline:provision%2Dinfra infra staging -->'
    ])
    expect(box.calls()).toContainEqual(['workspace', 'select', '-or-create=true', 'staging'])
    expect((await box.terraform(['workspace', 'list'])).stdout).toMatch(/^\* staging$/m)
  })

  it('writes the plan and its JSON under RUNNER_TEMP in a job, nothing into the checkout but .terraform', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const before = box.files()
    const result = await runIn(box, {})
    const planFile = planFileOf(box)
    expect(result.outputs['plan-file']).toBe(planFile)
    expect(result.outputs['plan-json']).toBe(`${planFile}.json`)
    expect(existsSync(planFile) && existsSync(`${planFile}.json`)).toBe(true)
    expect(box.files()).toEqual(before)
  })

  it('reports no changes (exit code 0) with has-changes false, and posts no comment outside pull requests', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    await applied(box)
    const result = await runIn(box, {})
    expect(result.errors).toEqual([])
    expect(result.outputs['has-changes']).toBe('false')
    expect(result.outputs.add).toBe('0')
    expect(result.summary).toContain('No changes: the infrastructure matches the configuration.')
    expect(result.summary).toContain(`commit ${MERGE_SHA}`)
    expect(github.requests).toEqual([])
  })

  it('passes backend-config and var-file as argv, vars in a private .tfvars.json after them (vars still win), removed after the run', async () => {
    box = realTerraform({
      'infra/main.tf': `terraform {\n  backend "local" {}\n}\n${MAIN_TF}`,
      'infra/tags.tf': 'variable "tags" {\n  type = map(string)\n  default = {}\n}\n',
      'infra/prod.tfvars': 'greeting = "from-var-file"\n'
    })
    const runnerTemp = join(box.root, 'runner-temp')
    const result = await runIn(box, {
      'backend-config': 'path = state/prod.tfstate\n# a comment',
      'var-file': 'infra/prod.tfvars',
      vars: `greeting=from-vars\ntags={ team = "erp", cost = "1" }\ndb_password=${SECRET}-via-vars`,
      'lock-timeout': '90s'
    })
    expect(result.errors).toEqual([])
    const plan = box.calls()[3]
    const varsFile = plan.at(-1)?.replace(/^-var-file=/, '') ?? ''
    expect(box.calls().slice(1, 4)).toEqual([
      ['init', '-input=false', '-no-color', '-backend-config=path=state/prod.tfstate'],
      ['validate', '-no-color'],
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=90s',
        `-out=${planFileOf(box)}`,
        `-var-file=${join(box.infra, 'prod.tfvars')}`,
        `-var-file=${varsFile}`
      ]
    ])
    expect(varsFile.startsWith(join(runnerTemp, 'shipline-vars-'))).toBe(true)
    expect(varsFile.endsWith('.tfvars.json')).toBe(true)
    // No value in any command line; the file is gone once the step ends.
    expect(JSON.stringify(box.calls())).not.toMatch(/from-vars|erp|hunter2/)
    expect(existsSync(varsFile)).toBe(false)
    expect(readdirSync(runnerTemp).filter(name => name.startsWith('shipline-vars-'))).toEqual([])
    // Terraform read them with -var's meaning: a string as it is, a map as an HCL expression.
    const planJson = JSON.parse(readFileSync(result.outputs['plan-json'], 'utf8')) as {
      variables: Record<string, { value: unknown }>
    }
    expect(planJson.variables.greeting.value).toBe('from-vars')
    expect(planJson.variables.tags.value).toEqual({ team: 'erp', cost: '1' })
    expect(JSON.stringify({ ...result, calls: box.calls() })).not.toContain(`${SECRET}-via-vars`)
  })

  it('removes the vars file when the plan fails, and refuses a var the root module does not declare', async () => {
    box = realTerraform({
      'infra/main.tf':
        'variable "replicas" {\n  type = number\n  validation {\n    condition     = var.replicas > 0\n    error_message = "replicas must be at least 1."\n  }\n}\n'
    })
    const runnerTemp = join(box.root, 'runner-temp')
    const failed = await runIn(box, { vars: 'replicas=0' })
    expect(failed.errors).toEqual([
      'terraform plan failed in infra (exit 1): Invalid value for variable: replicas must be at least 1.'
    ])
    expect(readdirSync(runnerTemp).filter(name => name.startsWith('shipline-vars-'))).toEqual([])
    const undeclared = await runIn(box, { vars: 'replicas=2\nreplica=3' })
    expect(undeclared.errors).toEqual([
      'Input "vars": "replica" is not declared by the root module; accepted: names of its variable blocks (replicas)'
    ])
  })

  it("fails on an invalid configuration with Terraform's error, in the summary and the PR comment too", async () => {
    box = realTerraform({ 'infra/main.tf': 'resource "terraform_data" "web" {\n  colour = "blue"\n}\n' })
    const result = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'terraform validate failed in infra (exit 1): Unsupported argument: An argument named "colour" is not expected here.'
    ])
    expect(box.calls().map(a => a[0])).toEqual(['version', 'init', 'validate'])
    expect(result.summary).toContain('**:x: Plan failed.**')
    expect(result.summary).toContain('An argument named "colour" is not expected here.')
    const [comment] = github.comments.get(2) ?? []
    expect(comment.body).toContain('**:x: Plan failed.**')
    expect(result.outputs).toEqual({})
  })

  it("fails on a plan error (exit 1) with Terraform's error, in the summary and the PR comment too", async () => {
    box = realTerraform({
      'infra/main.tf': `
variable "replicas" {
  type = number
  validation {
    condition     = var.replicas > 0
    error_message = "replicas must be at least 1."
  }
}

resource "terraform_data" "web" {
  input = var.replicas
}
`
    })
    const result = await runIn(box, { 'github-token': TOKEN, vars: 'replicas=0' }, pullRequestEnv())
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'terraform plan failed in infra (exit 1): Invalid value for variable: replicas must be at least 1.'
    ])
    expect(box.calls().map(a => a[0])).toEqual(['version', 'init', 'validate', 'plan'])
    expect(result.summary).toContain('**:x: Plan failed.**')
    const [comment] = github.comments.get(2) ?? []
    expect(comment.body).toContain('**:x: Plan failed.**')
    expect(comment.body).toContain('var.replicas is 0')
    expect(result.outputs).toEqual({})
  })

  it('names the state lock a second terraform holds: its ID, its holder and how to release it', async () => {
    box = realTerraform({ 'infra/main.tf': HOLD_RESOURCE })
    expect((await box.terraform(['init', '-input=false'])).exitCode).toBe(0)
    const holder = holdLock(box, box.infra)
    try {
      await holder.holding
      const lock = JSON.parse(readFileSync(join(box.infra, '.terraform.tfstate.lock.info'), 'utf8')) as {
        ID: string
        Who: string
        Created: string
      }
      const result = await runIn(box, { 'lock-timeout': '1s' })
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toMatch(
        new RegExp(
          `^The Terraform state is locked \\(waited 1s, the lock-timeout\\): lock ${lock.ID} is held by ${lock.Who} since \\S+ \\S+ \\+0000 UTC \\(operation OperationTypeApply, state terraform.tfstate\\)\\. Wait for that run to finish; if it died, release the lock with: terraform force-unlock -force ${lock.ID} \\(in infra\\), or raise lock-timeout\\.$`
        )
      )
    } finally {
      expect((await holder.release()).exitCode).toBe(0)
    }
    // Released: the next plan takes the lock at once.
    const after = await runIn(box, { 'lock-timeout': '0s' })
    expect(after.errors).toEqual([])
  })

  it('warns, and does not fail, when the token may not comment (a fork)', async () => {
    github.failWith = { status: 403, message: 'Resource not accessible by integration' }
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const result = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(result.exitCode).toBe(0)
    expect(
      result.log.some(line => line.startsWith('::warning::') && line.includes('pull-requests: write'))
    ).toBe(true)
    expect(result.summary).toContain('**Plan: 2 to add')
  })

  it('fails when the comment cannot be updated for another reason', async () => {
    github.failWith = { status: 500, message: 'Server Error' }
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const result = await runIn(box, { 'github-token': TOKEN }, pullRequestEnv())
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^Could not update the plan comment on pull request #2: /)
  }, 60_000)

  it('posts no comment with comment: false', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const result = await runIn(box, { comment: 'false', 'github-token': '' }, pullRequestEnv())
    expect(result.exitCode).toBe(0)
    expect(github.requests).toEqual([])
  })

  it('plans without taking the state lock with lock: false (a pull request plan), and says so', async () => {
    box = realTerraform({ 'infra/main.tf': `${HOLD_RESOURCE}\n${MAIN_TF}` })
    expect((await box.terraform(['init', '-input=false'])).exitCode).toBe(0)
    const holder = holdLock(box, box.infra)
    try {
      await holder.holding
      const result = await runIn(
        box,
        { lock: 'false', 'lock-timeout': '1s', 'github-token': TOKEN },
        pullRequestEnv()
      )
      expect(result.errors).toEqual([])
      expect(box.calls()[3]).toEqual([
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock=false',
        `-out=${planFileOf(box)}`
      ])
      expect(result.summary).toContain('_Planned without the state lock (lock: false)')
      expect((github.comments.get(2) ?? [])[0].body).toContain('**Plan: ')
    } finally {
      expect((await holder.release()).exitCode).toBe(0)
    }
  })
})

describe('check', () => {
  // A real change outside this configuration: the upstream state it reads gets a new output.
  const UPSTREAM_TF =
    'variable "release" {\n  type = string\n}\n\noutput "release" {\n  value = var.release\n}\n'
  const APP_TF = `
data "terraform_remote_state" "upstream" {
  backend = "local"
  config = {
    path = "\${path.module}/../upstream/terraform.tfstate"
  }
}

resource "terraform_data" "app" {
  input = data.terraform_remote_state.upstream.outputs.release
}
`
  async function upstream(b: RealTerraform, release: string): Promise<void> {
    const cwd = join(b.repo, 'upstream')
    await b.terraform(['init', '-input=false'], { cwd })
    const result = await b.terraform(['apply', '-auto-approve', '-input=false', `-var=release=${release}`], {
      cwd
    })
    if (result.exitCode !== 0) throw new Error(result.stderr)
  }

  it('passes when nothing changed, and fails on drift with the counts and the change in the summary', async () => {
    box = realTerraform({ 'upstream/main.tf': UPSTREAM_TF, 'infra/main.tf': APP_TF })
    await upstream(box, 'v1')
    await applied(box)
    const clean = await runIn(box, { command: 'check' })
    expect(clean.errors).toEqual([])
    expect(clean.outputs['has-changes']).toBe('false')

    await upstream(box, 'v2')
    const drift = await runIn(box, { command: 'check' })
    expect(drift.exitCode).toBe(1)
    expect(drift.errors).toEqual([
      'Drift in infra (workspace default): the plan has changes (0 to add, 1 to change, 0 to destroy); see the job summary'
    ])
    expect(drift.summary).toContain('**Drift check: 0 to add, 1 to change, 0 to destroy.**')
    expect(drift.summary).toContain('! input = "v1" -> "v2"')
    expect(drift.outputs['has-changes']).toBe('true')
    expect(
      box
        .calls()
        .slice(-5)
        .map(a => a[0])
    ).toEqual(['version', 'init', 'validate', 'plan', 'show'])
    // A check changes nothing.
    const state = await box.terraform(['show', '-json'])
    expect(state.stdout).toContain('"v1"')
  })
})

describe('apply', () => {
  it('applies the reviewed plan file, then exports the outputs; sensitive ones never leave', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const plan = await runIn(box, {})
    const planFile = plan.outputs['plan-file']
    const calls = box.calls().length
    const result = await runIn(box, {
      command: 'apply',
      'plan-file': planFile,
      'plan-sha256': `sha256:${plan.outputs['plan-sha256'].toUpperCase()}`
    })
    expect(result.errors).toEqual([])
    expect(box.calls().slice(calls)).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      ['show', '-json', PRIVATE_COPY],
      ['apply', '-input=false', '-no-color', '-lock-timeout=300s', PRIVATE_COPY],
      ['output', '-json']
    ])
    const copy = box.calls().at(-2)?.at(-1) ?? ''
    expect(existsSync(copy)).toBe(false)
    // Applied for real: the state, and the file local-exec wrote.
    expect(await box.stateList()).toEqual(['terraform_data.db', 'terraform_data.web'])
    expect(box.read('infra/applied-web.txt')).toBe('hello')
    const id = JSON.parse((await box.terraform(['output', '-json'])).stdout).url.value as string
    expect(result.outputs.outputs).toBe(JSON.stringify({ url: id }))
    expect(result.outputs.url).toMatch(/^https:\/\/hello\.example$/)
    expect(result.outputs.db_password).toBeUndefined()
    expect(result.outputs['has-changes']).toBe('true')
    expect(result.outputs['plan-sha256']).toBe(plan.outputs['plan-sha256'])
    expect(result.summary).toContain(`Applied plan sha256 \`${plan.outputs['plan-sha256']}\``)
    expect(result.log).toContain('::group::terraform apply')
    expect(JSON.stringify(result)).not.toContain(SECRET)
  })

  it("applies this job's plan when plan-file is not given (a plan step earlier in the job wrote it)", async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const plan = await runIn(box, { vars: 'greeting=same-job' })
    const result = await runIn(box, { command: 'apply', 'plan-sha256': plan.outputs['plan-sha256'] })
    expect(result.errors).toEqual([])
    expect(box.read('infra/applied-web.txt')).toBe('same-job')
    expect(result.outputs.url).toBe('https://same-job.example')
  })

  it('refuses a wrong checksum, and applies nothing', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const plan = await runIn(box, {})
    const calls = box.calls().length
    const wrong = 'a'.repeat(64)
    const result = await runIn(box, {
      command: 'apply',
      'plan-file': plan.outputs['plan-file'],
      'plan-sha256': wrong
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `The plan is not the one reviewed: plan-sha256 is ${wrong} but the plan file ${plan.outputs['plan-file']} has ${plan.outputs['plan-sha256']}; nothing was applied. Plan again and review the new plan`
    ])
    // The checksum is of the content: the private copy is shown, and not applied.
    expect(box.calls().slice(calls)).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      ['show', '-json', PRIVATE_COPY]
    ])
    expect(await box.stateList()).toEqual([])
    expect(box.read('infra/applied-web.txt')).toBeUndefined()
  })

  it('refuses a swapped plan file whose local-exec runs another command, and does not run it', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const reviewed = await runIn(box, { 'plan-file': 'reviewed.tfplan' })
    // The same resources and outputs, another command: only the configuration in the plan differs.
    box.write({
      'infra/main.tf': MAIN_TF.replace(
        `command     = "printf '%s' \\"$GREETING\\" > applied-web.txt"`,
        'command     = "touch swapped-command-ran.txt"'
      )
    })
    const swapped = await runIn(box, { 'plan-file': 'swapped.tfplan' })
    const changes = (file: string) => {
      const plan = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
      return JSON.stringify([plan.resource_changes, plan.output_changes])
    }
    expect(changes(swapped.outputs['plan-json'])).toBe(changes(reviewed.outputs['plan-json']))
    expect(swapped.outputs['plan-sha256']).not.toBe(reviewed.outputs['plan-sha256'])

    const result = await runIn(box, {
      command: 'apply',
      'plan-file': 'swapped.tfplan',
      'plan-sha256': reviewed.outputs['plan-sha256']
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^The plan is not the one reviewed: /)
    expect(box.read('infra/swapped-command-ran.txt')).toBeUndefined()
    expect(await box.stateList()).toEqual([])
  })

  it('refuses a given plan file whose configuration differs where the plan JSON shows references only', async () => {
    box = realTerraform({ 'infra/main.tf': TEMPLATED_TF })
    const reviewed = await runIn(box, { 'plan-file': 'reviewed.tfplan' })
    box.write({
      'infra/main.tf': TEMPLATED_TF.replace('printf %s ${var.greeting}', 'touch swapped-${var.greeting}')
    })
    const swapped = await runIn(box, { 'plan-file': 'swapped.tfplan' })
    const json = (file: string) => {
      const plan = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
      delete plan.timestamp
      return JSON.stringify(plan)
    }
    // The whole plan JSON is the same: the command is a template, which it gives as references.
    expect(json(swapped.outputs['plan-json'])).toBe(json(reviewed.outputs['plan-json']))
    const result = await runIn(box, {
      command: 'apply',
      'plan-file': 'swapped.tfplan',
      'plan-sha256': reviewed.outputs['plan-sha256']
    })
    expect(result.errors).toEqual([
      `The plan is not the one reviewed: plan-sha256 is ${reviewed.outputs['plan-sha256']} but the plan file ${join(box.repo, 'swapped.tfplan')} has ${swapped.outputs['plan-sha256']}; nothing was applied. Plan again and review the new plan`
    ])
    expect(box.read('infra/swapped-hello')).toBeUndefined()
    expect(await box.stateList()).toEqual([])
  })

  it('plans again in another job (with var-file) and applies when the plan is the reviewed one', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF, 'infra/prod.tfvars': 'greeting = "prod"\n' })
    const plan = await inJob(box, 'plan', { 'var-file': 'infra/prod.tfvars', lock: 'false' })
    expect(plan.errors).toEqual([])
    const calls = box.calls().length
    const result = await inJob(box, 'deploy', {
      command: 'apply',
      'var-file': 'infra/prod.tfvars',
      'plan-sha256': plan.outputs['plan-sha256']
    })
    expect(result.errors).toEqual([])
    const planFile = join(
      box.root,
      'runner-temp-deploy',
      'shipline',
      'provision-infra',
      'infra',
      'default.tfplan'
    )
    const copy = expect.stringMatching(/\/runner-temp-deploy\/shipline-plan-[^/]+\/reviewed\.tfplan$/)
    expect(box.calls().slice(calls)).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=300s',
        `-out=${planFile}`,
        `-var-file=${join(box.infra, 'prod.tfvars')}`
      ],
      ['show', '-json', copy],
      ['apply', '-input=false', '-no-color', '-lock-timeout=300s', copy],
      ['output', '-json']
    ])
    expect(box.read('infra/applied-web.txt')).toBe('prod')
    expect(await box.stateList()).toEqual(['terraform_data.db', 'terraform_data.web'])
    expect(result.outputs['plan-sha256']).toBe(plan.outputs['plan-sha256'])
    expect(result.outputs.url).toBe('https://prod.example')
    expect(result.summary).toContain(
      `Applied plan sha256 \`${plan.outputs['plan-sha256']}\` in \`infra\`: planned again here, the plan is the reviewed one (same content checksum).`
    )
  })

  it('plans again in another job and refuses, applying nothing, when a local-exec command changed since the review', async () => {
    box = realTerraform({ 'infra/main.tf': TEMPLATED_TF })
    const plan = await inJob(box, 'plan', {})
    box.write({
      'infra/main.tf': TEMPLATED_TF.replace('printf %s ${var.greeting}', 'touch changed-${var.greeting}')
    })
    const result = await inJob(box, 'deploy', {
      command: 'apply',
      'plan-sha256': plan.outputs['plan-sha256']
    })
    expect(result.exitCode).toBe(1)
    const replanned = result.outputs['plan-sha256']
    expect(replanned).toMatch(/^[0-9a-f]{64}$/)
    expect(replanned).not.toBe(plan.outputs['plan-sha256'])
    expect(result.errors).toEqual([
      `The plan changed since it was reviewed: plan-sha256 is ${plan.outputs['plan-sha256']} but the plan made again here has ${replanned}; nothing was applied. Review the new plan (in the job summary) and run again`
    ])
    expect(result.summary).toContain('**Planned again, not applied: 2 to add, 0 to change, 0 to destroy.**')
    expect(box.calls().map(a => a[0])).not.toContain('apply')
    expect(box.read('infra/changed-hello')).toBeUndefined()
    expect(box.read('infra/applied-web.txt')).toBeUndefined()
    expect(await box.stateList()).toEqual([])
  })

  it('plans again and refuses when the state changed since the review', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const plan = await inJob(box, 'plan', {})
    await applied(box, ['-var=greeting=meanwhile'])
    const result = await inJob(box, 'deploy', {
      command: 'apply',
      'plan-sha256': plan.outputs['plan-sha256']
    })
    expect(result.errors[0]).toMatch(/^The plan changed since it was reviewed: /)
    expect(box.read('infra/applied-web.txt')).toBe('meanwhile')
  })

  it('refuses a stale plan (the state changed since it was made), and applies nothing of it', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const first = await runIn(box, { 'plan-file': 'first.tfplan', vars: 'greeting=first' })
    const second = await runIn(box, { 'plan-file': 'second.tfplan', vars: 'greeting=second' })
    const applySecond = await runIn(box, {
      command: 'apply',
      'plan-file': 'second.tfplan',
      'plan-sha256': second.outputs['plan-sha256']
    })
    expect(applySecond.errors).toEqual([])
    const result = await runIn(box, {
      command: 'apply',
      'plan-file': 'first.tfplan',
      'plan-sha256': first.outputs['plan-sha256']
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'The plan is stale: the state changed after the plan was made (another run applied since), so Terraform refused it and nothing was applied in infra. Plan again and review the new plan.'
    ])
    expect(box.read('infra/applied-web.txt')).toBe('second')
    expect(JSON.parse((await box.terraform(['output', '-json'])).stdout).url.value).toBe(
      'https://second.example'
    )
  })
})

describe('destroy', () => {
  it('previews the teardown in the job summary and destroys nothing without confirm', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    await applied(box)
    const result = await runIn(box, { command: 'destroy' })
    expect(result.errors).toEqual([])
    const destroyPlan = planFileOf(box, 'default.destroy.tfplan')
    expect(box.calls()).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      PLAN(box, ['-destroy'], 'default.destroy.tfplan'),
      ['show', '-json', destroyPlan]
    ])
    expect(result.summary).toContain('**Teardown preview: 0 to add, 0 to change, 2 to destroy.**')
    expect(result.summary).toContain('**destroy** `terraform_data.web`')
    expect(result.summary).toContain(
      'Preview only: nothing was destroyed. To destroy, run again with confirm: default.'
    )
    expect(result.outputs.destroy).toBe('2')
    expect(result.outputs['plan-sha256']).toBe(await contentSha256Of(box, destroyPlan))
    expect(await box.stateList()).toEqual(['terraform_data.db', 'terraform_data.web'])
    expect(box.read('infra/destroyed-db.txt')).toBeUndefined()
  })

  it('destroys when confirm is the workspace: plans the teardown and applies that plan', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    await applied(box, ['-var=greeting=prod'])
    const result = await runIn(box, { command: 'destroy', confirm: 'default' })
    expect(result.errors).toEqual([])
    expect(box.calls().map(a => a[0])).toEqual(['version', 'init', 'plan', 'show', 'apply'])
    expect(box.calls()[4]).toEqual(['apply', '-input=false', '-no-color', '-lock-timeout=300s', PRIVATE_COPY])
    expect(await box.stateList()).toEqual([])
    expect(box.read('infra/destroyed-db.txt')).toBe('')
    expect(result.summary).toContain('Destroyed workspace `default` of `infra`')
  })

  it('destroys exactly the previewed teardown plan with plan-sha256, without planning again', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    await applied(box)
    const preview = await runIn(box, { command: 'destroy' })
    const calls = box.calls().length
    const result = await runIn(box, {
      command: 'destroy',
      confirm: 'default',
      'plan-sha256': preview.outputs['plan-sha256']
    })
    expect(result.errors).toEqual([])
    expect(
      box
        .calls()
        .slice(calls)
        .map(a => a[0])
    ).toEqual(['version', 'init', 'show', 'apply'])
    expect(await box.stateList()).toEqual([])
    expect(result.summary).toContain(`(plan sha256 \`${preview.outputs['plan-sha256']}\`)`)
  })

  it('plans the teardown again in another job and destroys when it is the previewed one', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF, 'infra/prod.tfvars': 'greeting = "prod"\n' })
    await applied(box, ['-var=greeting=prod'])
    const preview = await inJob(box, 'preview', { command: 'destroy', 'var-file': 'infra/prod.tfvars' })
    const calls = box.calls().length
    const result = await inJob(box, 'destroy', {
      command: 'destroy',
      confirm: 'default',
      'var-file': 'infra/prod.tfvars',
      'plan-sha256': preview.outputs['plan-sha256']
    })
    expect(result.errors).toEqual([])
    expect(
      box
        .calls()
        .slice(calls)
        .map(a => a[0])
    ).toEqual(['version', 'init', 'plan', 'show', 'apply'])
    expect(box.calls().at(-3)).toContain('-destroy')
    expect(await box.stateList()).toEqual([])
    expect(box.read('infra/destroyed-db.txt')).toBe('')
    expect(result.summary).toContain(
      `(plan sha256 \`${preview.outputs['plan-sha256']}\`): planned again here, the teardown plan is the previewed one (same content checksum).`
    )
  })

  it('refuses a teardown planned again that is not the previewed one, and destroys nothing', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    await applied(box)
    const preview = await inJob(box, 'preview', { command: 'destroy' })
    await applied(box, ['-var=greeting=meanwhile'])
    const result = await inJob(box, 'destroy', {
      command: 'destroy',
      confirm: 'default',
      'plan-sha256': preview.outputs['plan-sha256']
    })
    expect(result.errors[0]).toMatch(
      /^The plan changed since it was reviewed: plan-sha256 is [0-9a-f]{64} but /
    )
    expect(result.summary).toContain('**Teardown planned again, not applied: ')
    expect(await box.stateList()).toEqual(['terraform_data.db', 'terraform_data.web'])
    expect(box.read('infra/destroyed-db.txt')).toBeUndefined()
  })

  it('refuses to destroy when the teardown plan is not the previewed one, and destroys nothing', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    await applied(box)
    await runIn(box, { command: 'destroy' })
    const result = await runIn(box, { command: 'destroy', confirm: 'default', 'plan-sha256': 'b'.repeat(64) })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^The plan is not the one reviewed/)
    expect(box.calls().map(a => a[0])).not.toContain('apply')
    expect(await box.stateList()).toEqual(['terraform_data.db', 'terraform_data.web'])
  })
})

describe('output', () => {
  it("exports the workspace's non-sensitive outputs; sensitive ones never leave", async () => {
    box = realTerraform({ 'infra/main.tf': `${MAIN_TF}\noutput "plan-file" {\n  value = "collides"\n}\n` })
    await applied(box, ['-var=greeting=prod'])
    const result = await runIn(box, { command: 'output' })
    expect(result.errors).toEqual([])
    expect(box.calls()).toEqual([
      ['version', '-json'],
      ['init', '-input=false', '-no-color'],
      ['output', '-json']
    ])
    expect(Object.keys(result.outputs).sort()).toEqual(['outputs', 'url'])
    expect(JSON.parse(result.outputs.outputs)).toEqual({
      'plan-file': 'collides',
      url: 'https://prod.example'
    })
    expect(result.log.some(line => line.includes('::warning::') && line.includes('"plan-file"'))).toBe(true)
    expect(JSON.stringify(result)).not.toContain(SECRET)
  })
})

describe('terraform itself', () => {
  it('uses the terraform on PATH only when it satisfies terraform-version', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    const result = await runIn(box, { command: 'output', 'terraform-version': '~> 1.12' })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^No terraform satisfying "~> 1\.12" on PATH, and no tool cache/)
    expect(box.calls()).toEqual([['version', '-json']])
    expect(existsSync(join(box.infra, '.terraform'))).toBe(false)
  })
})
