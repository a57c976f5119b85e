/**
 * Bad inputs: each is one exact error line naming the input, exit 1, no stack trace, quickly, and
 * nothing happened before it: no terraform call (not even `version`), no file written, no GitHub
 * request. File inputs are named pipes, /dev/zero, huge sparse files, paths through files, too long
 * or outside the workspace.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { expectCleanRefusal, plantHostileFiles, snapshot, timed } from '../../../__fixtures__/bad-inputs.js'
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
  plantHostileFiles(join(box.repo, 'hostile'), '.tfvars', 8 * 1024 * 1024 + 1)
  writeFileSync(join(box.repo, 'plans', 'huge.tfplan'), '')
  truncateSync(join(box.repo, 'plans', 'huge.tfplan'), 2 * 1024 ** 3 + 1)
  symlinkSync('/dev/zero', join(box.repo, 'plans', 'zero.tfplan'))
  // Default plan files (outside a job, in the working directory) a plan step of this job wrote.
  writeFileSync(join(box.repo, 'infra', 'written.tfplan'), 'plan')
  writeFileSync(join(box.repo, 'infra', 'written.destroy.tfplan'), 'plan')
  symlinkSync('/dev/zero', join(box.repo, 'infra', 'zero.tfplan'))
})
afterEach(() => {
  box.cleanup()
  jest.restoreAllMocks()
})

const prEnv = () => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: join(EVENTS, 'pull_request.opened.octokit.json')
})

const ACCEPTED = {
  workingDirectory:
    'the directory of the Terraform root module, relative to the repository root, inside the workspace',
  varFile:
    'paths of .tfvars files of at most 8 MiB relative to the repository root, one per line, inside the workspace',
  applyPlan: 'the plan-file output of a plan step, of at most 2 GiB'
}
const LINES = (max: number, length: number) => `at most ${max} lines of at most ${length} characters each`

/** The error line; a function of the sandbox where it names one of its paths. */
type Expected = string | ((b: Sandbox) => string)
const cases: Array<[string, Record<string, string>, Expected, Record<string, string>?]> = [
  [
    'an unknown command',
    { command: 'deploy' },
    'Input "command": "deploy" is not allowed; accepted: plan, apply, destroy, output, check'
  ],
  [
    'a working directory that does not exist',
    { 'working-directory': 'terraform' },
    `Input "working-directory": "terraform" is not a directory; accepted: ${ACCEPTED.workingDirectory}`
  ],
  [
    'a working directory that is a file',
    { 'working-directory': 'infra/main.tf' },
    `Input "working-directory": "infra/main.tf" is not a directory; accepted: ${ACCEPTED.workingDirectory}`
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
    'Input "terraform-download-url": "ftp://mirror.example.com/terraform" is not an https URL; accepted: the HTTPS base URL of the Terraform releases (https://releases.hashicorp.com/terraform or a mirror of it; plain http only on loopback)'
  ],
  [
    'a plain-HTTP download URL off loopback',
    { 'terraform-download-url': 'http://mirror.example.com/terraform' },
    'Input "terraform-download-url": "http://mirror.example.com/terraform" is not an https URL; accepted: the HTTPS base URL of the Terraform releases (https://releases.hashicorp.com/terraform or a mirror of it; plain http only on loopback)'
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
    `Input "var-file": "infra/prod.tfvars" does not exist; accepted: ${ACCEPTED.varFile}`
  ],
  [
    'a var-file that is a named pipe',
    { 'var-file': 'hostile/pipe.tfvars' },
    `Input "var-file": "hostile/pipe.tfvars" is not a regular file; accepted: ${ACCEPTED.varFile}`
  ],
  [
    'a var-file that is a link to /dev/zero',
    { 'var-file': 'hostile/zero.tfvars' },
    `Input "var-file": "hostile/zero.tfvars" is outside the workspace; accepted: ${ACCEPTED.varFile}`
  ],
  [
    'a var-file that is /dev/zero',
    { 'var-file': '/dev/zero' },
    `Input "var-file": "/dev/zero" is outside the workspace; accepted: ${ACCEPTED.varFile}`
  ],
  [
    'a var-file that is a directory',
    { 'var-file': 'hostile/directory.tfvars' },
    `Input "var-file": "hostile/directory.tfvars" is a directory; accepted: ${ACCEPTED.varFile}`
  ],
  [
    'a var-file larger than 8 MiB',
    { 'var-file': 'hostile/big.tfvars' },
    `Input "var-file": "hostile/big.tfvars" is 8388609 bytes, more than the 8 MiB allowed; accepted: ${ACCEPTED.varFile}`
  ],
  [
    'a var-file under a file (ENOTDIR)',
    { 'var-file': 'infra/main.tf/prod.tfvars' },
    `Input "var-file": "infra/main.tf/prod.tfvars" goes through something that is not a directory; accepted: ${ACCEPTED.varFile}`
  ],
  [
    'a var-file with too long a name (ENAMETOOLONG)',
    { 'var-file': `${'v'.repeat(300)}.tfvars` },
    `Input "var-file": "${'v'.repeat(120)}…" (307 characters) is too long a path; accepted: ${ACCEPTED.varFile}`
  ],
  [
    'a working directory under a file (ENOTDIR)',
    { 'working-directory': 'infra/main.tf/module' },
    `Input "working-directory": "infra/main.tf/module" goes through something that is not a directory; accepted: ${ACCEPTED.workingDirectory}`
  ],
  [
    'a working directory with too long a name (ENAMETOOLONG)',
    { 'working-directory': 'w'.repeat(300) },
    `Input "working-directory": "${'w'.repeat(120)}…" (300 characters) is too long a path; accepted: ${ACCEPTED.workingDirectory}`
  ],
  [
    'a working directory that is a named pipe',
    { 'working-directory': 'hostile/pipe.tfvars' },
    `Input "working-directory": "hostile/pipe.tfvars" is not a directory; accepted: ${ACCEPTED.workingDirectory}`
  ],
  [
    'apply with a plan file that is a named pipe',
    { command: 'apply', 'plan-file': 'hostile/pipe.tfvars', 'plan-sha256': SHA },
    `Input "plan-file": "hostile/pipe.tfvars" is not a regular file; accepted: ${ACCEPTED.applyPlan}`
  ],
  [
    'apply with a plan file that is a link to /dev/zero',
    { command: 'apply', 'plan-file': 'plans/zero.tfplan', 'plan-sha256': SHA },
    'Input "plan-file": "plans/zero.tfplan" is outside the workspace; accepted: the path of a plan file, inside the workspace or RUNNER_TEMP'
  ],
  [
    'apply with a plan file larger than 2 GiB',
    { command: 'apply', 'plan-file': 'plans/huge.tfplan', 'plan-sha256': SHA },
    `Input "plan-file": "plans/huge.tfplan" is 2147483649 bytes, more than the 2 GiB allowed; accepted: ${ACCEPTED.applyPlan}`
  ],
  [
    'a plan-file under a file (ENOTDIR)',
    { 'plan-file': 'infra/main.tf/default.tfplan' },
    'Input "plan-file": "infra/main.tf/default.tfplan" goes through something that is not a directory; accepted: the path of a plan file'
  ],
  [
    'a vars line longer than 32768 characters',
    { vars: `big=${'x'.repeat(40_000)}` },
    `Input "vars": line 1 ("big=${'x'.repeat(36)}…" (40004 characters)) is longer than 32768 characters; accepted: ${LINES(500, 32768)}`
  ],
  [
    'more than 500 vars',
    { vars: Array.from({ length: 501 }, (_, i) => `v${i}=x`).join('\n') },
    `Input "vars": has 501 lines; accepted: ${LINES(500, 32768)}`
  ],
  [
    'a backend-config line longer than 4096 characters',
    { 'backend-config': `bucket=${'b'.repeat(5000)}` },
    `Input "backend-config": line 1 ("bucket=${'b'.repeat(33)}…" (5007 characters)) is longer than 4096 characters; accepted: ${LINES(100, 4096)}`
  ],
  [
    'more than 100 var-files',
    { 'var-file': Array.from({ length: 101 }, (_, i) => `v${i}.tfvars`).join('\n') },
    `Input "var-file": has 101 lines; accepted: ${LINES(100, 4096)}`
  ],
  [
    'vars with a NUL character',
    { vars: 'a=b\u0000' },
    'Input "vars": contains a NUL character; accepted: text without NUL characters'
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
    `Input "plan-file": "plans/missing.tfplan" does not exist; accepted: ${ACCEPTED.applyPlan}`
  ],
  [
    'vars with a saved plan',
    { command: 'apply', 'plan-file': 'plans/reviewed.tfplan', 'plan-sha256': SHA, vars: 'a=b' },
    'Input "vars": cannot be used when command apply applies a saved plan with plan-file (plans/reviewed.tfplan): the plan carries its variables; accepted: vars and var-file only when apply plans again (no plan-file, and no plan step of this job)'
  ],
  [
    'vars with the plan file a plan step of this job wrote',
    { command: 'apply', workspace: 'written', 'plan-sha256': SHA, vars: 'a=b' },
    b =>
      `Input "vars": cannot be used when command apply applies a saved plan with the plan file a plan step of this job wrote (${join(b.repo, 'infra', 'written.tfplan')}): the plan carries its variables; accepted: vars and var-file only when apply plans again (no plan-file, and no plan step of this job)`
  ],
  [
    'vars with the teardown plan a preview of this job wrote',
    { command: 'destroy', workspace: 'written', confirm: 'written', 'plan-sha256': SHA, vars: 'a=b' },
    b =>
      `Input "vars": cannot be used when command destroy applies a saved plan with the plan file a plan step of this job wrote (${join(b.repo, 'infra', 'written.destroy.tfplan')}): the plan carries its variables; accepted: vars and var-file only when destroy plans again (no plan-file, and no plan step of this job)`
  ],
  [
    'vars with destroy, confirm, plan-sha256 and plan-file',
    {
      command: 'destroy',
      confirm: 'default',
      'plan-sha256': SHA,
      'plan-file': 'plans/reviewed.tfplan',
      vars: 'a=b'
    },
    'Input "vars": cannot be used when command destroy applies a saved plan with plan-file (plans/reviewed.tfplan): the plan carries its variables; accepted: vars and var-file only when destroy plans again (no plan-file, and no plan step of this job)'
  ],
  [
    'apply when the default plan file is not a regular file',
    { command: 'apply', workspace: 'zero', 'plan-sha256': SHA },
    b =>
      `Input "plan-file": is empty, and the default plan file ${join(b.repo, 'infra', 'zero.tfplan')} is not a regular file; accepted: the plan-file output of a plan step, or nothing (the job plans again)`
  ],
  [
    'plan-sha256 with destroy but no confirm',
    { command: 'destroy', 'plan-sha256': SHA },
    'Input "plan-sha256": is used by command destroy only with confirm (it names the previewed teardown plan to apply); accepted: plan-sha256 with command destroy and confirm, or with command apply'
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
    `Input "var-file": "/etc/hostname" is outside the workspace; accepted: ${ACCEPTED.varFile}`
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
    'Input "working-directory": contains a NUL character; accepted: text without NUL characters'
  ]
]

describe('bad inputs', () => {
  it('has at least 14 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14)
  })

  it.each(cases)(
    '%s: one error line, and nothing run, written or requested',
    async (_name, inputs, error, env = {}) => {
      const before = snapshot(box.root)
      const requests = github.requests.length
      const { result, ms } = await timed(() =>
        runWithInputs(() => run({ cwd: box.repo }), inputs, {
          ...box.env,
          GITHUB_API_URL: github.url,
          ...env
        })
      )
      expectCleanRefusal(result, ms, typeof error === 'function' ? error(box) : error)
      expect(box.calls()).toEqual([])
      expect(snapshot(box.root)).toEqual(before)
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

  it('plans again for apply, or a confirmed destroy with plan-sha256, only without a plan file; vars and var-file then', () => {
    writeFileSync(join(box.repo, 'plans', 'prod.tfvars'), 'greeting = "prod"\n')
    const again = { 'plan-sha256': SHA, 'var-file': 'plans/prod.tfvars', vars: 'greeting=x' }
    const temp = join(box.root, 'runner-temp')
    expect(read({ command: 'apply', ...again }, { RUNNER_TEMP: temp })).toMatchObject({
      planAgain: true,
      planFile: join(temp, 'shipline', 'provision-infra', 'infra', 'default.tfplan'),
      varFiles: [join(box.repo, 'plans', 'prod.tfvars')],
      vars: [{ name: 'greeting', value: 'x' }]
    })
    expect(read({ command: 'destroy', confirm: 'default', ...again }).planAgain).toBe(true)
    expect(
      read({ command: 'apply', 'plan-sha256': SHA, 'plan-file': 'plans/reviewed.tfplan' }).planAgain
    ).toBe(false)
    expect(read({ command: 'apply', 'plan-sha256': SHA, workspace: 'written' }).planAgain).toBe(false)
    expect(read({ command: 'destroy', confirm: 'default' }).planAgain).toBe(false)
    expect(read({ command: 'plan' }).planAgain).toBe(false)
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
