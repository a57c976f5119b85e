/**
 * Bad inputs: each is one exact error line naming the input, and nothing happened before it: no
 * terraform call (not even `version`), no file written, no GitHub request.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { recordInputSource, Inputs } from '../../../lib/core/inputs.js'
import { getInputs } from '../src/inputs.js'
import { run } from '../src/main.js'
import { type FakeGitHub, startFakeGitHub } from '../../../__fixtures__/http-servers.js'
import { EVENTS, type Sandbox, sandbox } from '../../../__fixtures__/terraform-sandbox.js'

const SHA = 'a'.repeat(64)
let github: FakeGitHub
let box: Sandbox

beforeAll(async () => {
  github = await startFakeGitHub('Codertocat', 'Hello-World')
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  box = sandbox()
  mkdirSync(join(box.repo, 'plans'))
  writeFileSync(join(box.repo, 'plans', 'reviewed.tfplan'), 'plan')
  mkdirSync(join(box.root, 'outside'))
  symlinkSync(join(box.root, 'outside'), join(box.repo, 'escape'))
})
afterEach(() => {
  box.cleanup()
  jest.restoreAllMocks()
})

const prEnv = () => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: join(EVENTS, 'pull_request.opened.octokit.json')
})

const cases: Array<[string, Record<string, string>, string, Record<string, string>?]> = [
  [
    'an unknown command',
    { command: 'deploy' },
    'Input "command": "deploy" is not allowed; accepted: plan, apply, destroy, output, check'
  ],
  [
    'a working directory that does not exist',
    { 'working-directory': 'terraform' },
    'Input "working-directory": "terraform" is not a directory; accepted: the directory of the Terraform root module, relative to the repository root'
  ],
  [
    'a working directory that is a file',
    { 'working-directory': 'infra/main.tf' },
    'Input "working-directory": "infra/main.tf" is not a directory; accepted: the directory of the Terraform root module, relative to the repository root'
  ],
  [
    'a version constraint that is not one',
    { 'terraform-version': 'latest' },
    'Input "terraform-version": "latest" is not a version constraint; accepted: a version or constraint such as 1.9.8, ~> 1.9 or >= 1.6, < 2.0'
  ],
  [
    'a constraint with a bad operator',
    { 'terraform-version': '=> 1.9' },
    'Input "terraform-version": "=> 1.9" is not a version constraint; accepted: a version or constraint such as 1.9.8, ~> 1.9 or >= 1.6, < 2.0'
  ],
  [
    'a download URL that is not http(s)',
    { 'terraform-download-url': 'ftp://mirror.example.com/terraform' },
    'Input "terraform-download-url": "ftp://mirror.example.com/terraform" is not an http(s) URL; accepted: the base URL of the Terraform releases (https://releases.hashicorp.com/terraform or a mirror of it)'
  ],
  [
    'a backend-config line without =',
    { 'backend-config': 'bucket=state\nbackend.hcl' },
    'Input "backend-config": line "backend.hcl" is not key=value; accepted: one key=value per line, such as bucket=my-state'
  ],
  [
    'a backend-config line with no key',
    { 'backend-config': '=value' },
    'Input "backend-config": line "=value" is not key=value; accepted: one key=value per line, such as bucket=my-state'
  ],
  [
    'a vars line without =',
    { vars: 'image_tag' },
    'Input "vars": line "image_tag" is not name=value; accepted: one name=value per line'
  ],
  [
    'a variable name Terraform does not accept',
    { vars: '1st=x' },
    'Input "vars": "1st" is not a variable name; accepted: names of letters, digits, "_" and "-", not starting with a digit'
  ],
  [
    'a var-file that does not exist',
    { 'var-file': 'infra/prod.tfvars' },
    'Input "var-file": "infra/prod.tfvars" is not a file; accepted: paths of .tfvars files relative to the repository root, one per line'
  ],
  [
    'a plan-sha256 that is not a SHA-256',
    { command: 'apply', 'plan-sha256': 'abc123' },
    'Input "plan-sha256": "abc123" is not a SHA-256; accepted: 64 hexadecimal digits (the plan-sha256 output of a plan step)'
  ],
  [
    'plan-sha256 with plan',
    { 'plan-sha256': SHA },
    'Input "plan-sha256": is not used by command plan; accepted: plan-sha256 with command apply or destroy'
  ],
  [
    'apply without plan-sha256',
    { command: 'apply', 'plan-file': 'plans/reviewed.tfplan' },
    'Input "plan-sha256": is required by command apply (only a reviewed plan is applied); accepted: the plan-sha256 output of the plan step that was reviewed'
  ],
  [
    'apply with a plan file that is not there',
    { command: 'apply', 'plan-file': 'plans/missing.tfplan', 'plan-sha256': SHA },
    'Input "plan-file": "plans/missing.tfplan" does not exist; accepted: the plan-file output of the plan step (download its artifact first)'
  ],
  [
    'vars with a saved plan',
    { command: 'apply', 'plan-file': 'plans/reviewed.tfplan', 'plan-sha256': SHA, vars: 'a=b' },
    'Input "vars": cannot be used when applying a saved plan-file (the plan carries its variables); accepted: no vars or var-file with apply and plan-file'
  ],
  [
    'a plan-file that is a directory',
    { 'plan-file': 'plans' },
    'Input "plan-file": "plans" is a directory; accepted: the path of a plan file'
  ],
  [
    'a lock-timeout that is not a duration',
    { 'lock-timeout': 'forever' },
    'Input "lock-timeout": "forever" is not a duration; accepted: a duration such as 90s, 15m, 1h or 1h30m'
  ],
  [
    'a lock-timeout over two hours',
    { 'lock-timeout': '3h' },
    'Input "lock-timeout": "3h" is too long; accepted: a duration such as 90s, 15m, 1h or 1h30m, at most 7200s'
  ],
  [
    'lock false for an apply',
    { command: 'apply', 'plan-file': 'plans/reviewed.tfplan', 'plan-sha256': SHA, lock: 'false' },
    'Input "lock": false is refused for apply, which changes the state; accepted: false only for a read-only plan, check or destroy preview'
  ],
  [
    'lock false for a confirmed destroy',
    { command: 'destroy', workspace: 'staging', confirm: 'staging', lock: 'false' },
    'Input "lock": false is refused for a confirmed destroy, which changes the state; accepted: false only for a read-only plan, check or destroy preview'
  ],
  [
    'a comment that is not a boolean',
    { comment: 'yes' },
    'Input "comment": "yes" is not a boolean; accepted: true or false'
  ],
  [
    'confirm with a command other than destroy',
    { command: 'plan', confirm: 'default' },
    'Input "confirm": is not used by command plan; accepted: confirm with command destroy only'
  ],
  [
    'a confirm that is not the workspace',
    { command: 'destroy', workspace: 'production', confirm: 'prod' },
    'Input "confirm": "prod" does not match the workspace "production"; accepted: exactly "production" to destroy it, or nothing for a preview'
  ],
  [
    'a workspace name Terraform does not accept',
    { workspace: 'my workspace' },
    'Input "workspace": "my workspace" is not a workspace name; accepted: letters, digits, "-", "_" and ".", starting with a letter or digit'
  ],
  [
    'a workspace that contradicts TF_WORKSPACE',
    { workspace: 'staging' },
    'Input "workspace": "staging" differs from TF_WORKSPACE "production"; accepted: the same workspace in both, or only one of them',
    { TF_WORKSPACE: 'production' }
  ],
  [
    'an empty token when the plan comment is on',
    { 'github-token': '' },
    'Input "github-token": is empty but the plan comment is on; accepted: a token with pull-requests: write (the default github.token), or comment: false',
    prEnv()
  ],
  [
    'plan-file with output',
    { command: 'output', 'plan-file': 'plans/reviewed.tfplan' },
    'Input "plan-file": is not used by command output; accepted: plan-file with command plan, check, apply or destroy'
  ],
  [
    'a working directory outside the workspace',
    { 'working-directory': '../../../etc' },
    'Input "working-directory": "../../../etc" is outside the workspace; accepted: the directory of the Terraform root module, relative to the repository root, inside the workspace'
  ],
  [
    'an absolute working directory elsewhere',
    { 'working-directory': '/etc' },
    'Input "working-directory": "/etc" is outside the workspace; accepted: the directory of the Terraform root module, relative to the repository root, inside the workspace'
  ],
  [
    'a working directory through a link that leaves the workspace',
    { 'working-directory': 'escape' },
    'Input "working-directory": "escape" is outside the workspace; accepted: the directory of the Terraform root module, relative to the repository root, inside the workspace'
  ],
  [
    'a var-file outside the workspace',
    { 'var-file': '/etc/hostname' },
    'Input "var-file": "/etc/hostname" is outside the workspace; accepted: paths of .tfvars files relative to the repository root, one per line, inside the workspace'
  ],
  [
    'a plan-file outside the workspace and RUNNER_TEMP',
    { command: 'apply', 'plan-file': '/tmp/elsewhere.tfplan', 'plan-sha256': SHA },
    'Input "plan-file": "/tmp/elsewhere.tfplan" is outside the workspace and the runner temporary directory; accepted: the path of a plan file, inside the workspace or RUNNER_TEMP',
    { RUNNER_TEMP: '/runner/_temp' }
  ],
  [
    'a working directory with a NUL character',
    { 'working-directory': 'infra\u0000x' },
    'Input "working-directory": contains a NUL character; accepted: the directory of the Terraform root module, relative to the repository root, inside the workspace'
  ]
]

describe('bad inputs', () => {
  it('has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  it.each(cases)(
    '%s: one error line, and nothing run, written or requested',
    async (_name, inputs, error, env = {}) => {
      const before = box.files()
      const requests = github.requests.length
      const result = await runWithInputs(() => run({ cwd: box.repo }), inputs, {
        ...box.env,
        GITHUB_API_URL: github.url,
        ...env
      })
      expect(result.errors).toEqual([error])
      expect(result.exitCode).toBe(1)
      expect(box.calls()).toEqual([])
      expect(box.files()).toEqual(before)
      expect(result.outputs).toEqual({})
      expect(result.summary).toBe('')
      expect(github.requests.length).toBe(requests)
    }
  )
})

describe('getInputs', () => {
  const read = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    getInputs(new Inputs(recordInputSource(values)), { env, cwd: box.repo })

  it('has defaults that plan infra/ in the default workspace, commenting only on pull requests', () => {
    const inputs = read({})
    expect(inputs).toMatchObject({
      command: 'plan',
      workingDirectory: join(box.repo, 'infra'),
      workingDirectoryLabel: 'infra',
      workspace: 'default',
      selectWorkspace: false,
      terraformDownloadUrl: 'https://releases.hashicorp.com/terraform',
      planFile: join(box.repo, 'infra', 'default.tfplan'),
      planFileGiven: false,
      lockTimeoutSeconds: 300,
      lock: true,
      comment: false
    })
    expect(read({ lock: 'false' }).lock).toBe(false)
    expect(inputs.terraformVersion.exact).toBe('1.11.4')
    expect(
      read(
        { 'github-token': 't' },
        {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: join(EVENTS, 'pull_request.opened.octokit.json')
        }
      ).comment
    ).toBe(true)
  })

  it('puts the plan under RUNNER_TEMP in a job, never in the checkout', () => {
    expect(read({ 'working-directory': './infra/' }, { RUNNER_TEMP: '/runner/_temp' }).planFile).toBe(
      '/runner/_temp/shipline/provision-infra/infra/default.tfplan'
    )
    expect(read({ command: 'destroy', workspace: 'prod' }, { RUNNER_TEMP: '/runner/_temp' }).planFile).toBe(
      '/runner/_temp/shipline/provision-infra/infra/prod.destroy.tfplan'
    )
    expect(read({ 'plan-file': 'out/x.tfplan' }, { RUNNER_TEMP: '/runner/_temp' }).planFile).toBe(
      join(box.repo, 'out', 'x.tfplan')
    )
    expect(
      read({ 'plan-file': '/runner/_temp/reviewed.tfplan' }, { RUNNER_TEMP: '/runner/_temp' }).planFile
    ).toBe('/runner/_temp/reviewed.tfplan')
  })

  it('takes the workspace from TF_WORKSPACE without selecting it (Terraform reads the variable itself)', () => {
    expect(read({}, { TF_WORKSPACE: 'production' })).toMatchObject({
      workspace: 'production',
      selectWorkspace: false
    })
    expect(read({ workspace: 'production' })).toMatchObject({
      workspace: 'production',
      selectWorkspace: true
    })
  })

  it('reads the pull request and its head commit from the event', () => {
    const inputs = read(
      { 'github-token': 't' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(EVENTS, 'pull_request.synchronize.octokit.json'),
        GITHUB_SHA: 'f'.repeat(40)
      }
    )
    expect(inputs.context).toEqual({
      pullRequest: {
        owner: 'Codertocat',
        repo: 'Hello-World',
        number: 2,
        headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
      },
      commit: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
    })
  })
})
