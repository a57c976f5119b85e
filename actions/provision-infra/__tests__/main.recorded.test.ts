/**
 * What the real Terraform cannot produce here: the S3 backend and AWS API errors (no AWS account is
 * reachable from a test), and the setup-terraform wrapper's output. A recorded-output stand-in for
 * terraform (first on PATH) replays what Terraform printed in public issues
 * (__fixtures__/terraform-recorded/SOURCES.md); each test names what is recorded. Everything else
 * runs on the real Terraform, in main.test.ts and main.pg.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { repoPath } from '../../../__fixtures__/paths.js'
import { PLAN_JSON, type Sandbox, sandbox } from '../../../__fixtures__/terraform-sandbox.js'
import { writeZip } from '../../../__fixtures__/zip.js'
import { zipEntries } from '../../../lib/core/zip.js'
import { type JsonValue, parseJsonExact, planContentSha256 } from '../../../lib/terraform/plan-file.js'
import { run } from '../src/main.js'

const RECORDED = repoPath('__fixtures__/terraform-recorded')
const DELETE_JSON = join(PLAN_JSON, 'terraform-basic-delete.json')
const WRAPPED = join(PLAN_JSON, 'infracost-plan-with-setup-terraform-wrapper.txt')
const ROLE_DURATION =
  "The AWS session was shorter than the run: give aws-actions/configure-aws-credentials a role-duration-seconds that covers the longest apply or destroy (at most the role's MaxSessionDuration, which may need raising too)."

let box: Sandbox

beforeEach(() => {
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
})
afterEach(() => {
  box?.cleanup()
  jest.restoreAllMocks()
})

function runIn(b: Sandbox, inputs: Record<string, string>) {
  return runWithInputs(() => run({ cwd: b.repo }), inputs, { ...b.env, GITHUB_SHA: 'f'.repeat(40) })
}

/** A plan file in the repository and its plan-sha256 (its content: the recorded `show` and the snapshot), for apply. */
function planFile(b: Sandbox, shown = DELETE_JSON): { 'plan-file': string; 'plan-sha256': string } {
  const bytes = writeZip([{ name: 'tfconfig/m-/main.tf', content: 'terraform {}\n' }])
  writeFileSync(join(b.repo, 'reviewed.tfplan'), bytes)
  const plan = parseJsonExact(readFileSync(shown, 'utf8')) as Record<string, JsonValue>
  return { 'plan-file': 'reviewed.tfplan', 'plan-sha256': planContentSha256(plan, zipEntries(bytes, 'plan')) }
}

describe('recorded output', () => {
  it('names the lock of the S3 backend, its holder and how to release it (recorded: S3 backend)', async () => {
    box = sandbox({ steps: { plan: [{ stderrFile: join(RECORDED, 's3-dynamodb-lock.txt'), exitCode: 1 }] } })
    const result = await runIn(box, { 'lock-timeout': '30s' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'The Terraform state is locked (waited 30s, the lock-timeout): lock f9763602-b03f-e35c-da30-4083cdbb99ae is held by genaker@genaker since 2021-09-27 00:10:27.424064363 +0000 UTC (operation OperationTypeApply, state terraform-statess-387688863714/aws-data/terraform.tfstate). Wait for that run to finish; if it died, release the lock with: terraform force-unlock -force f9763602-b03f-e35c-da30-4083cdbb99ae (in infra), or raise lock-timeout.'
    ])
  })

  it("surfaces Terraform's apply error plainly (recorded: AWS API error)", async () => {
    const stderr =
      '\nError: deleting RDS DB Instance (shipline-production): operation error RDS: DeleteDBInstance, https response error StatusCode: 400, RequestID: 1f2e, InvalidParameterCombination: Cannot delete protected DB Instance, please disable deletion protection and try again.\n\n  with module.rds.aws_db_instance.this,\n  on modules/rds/main.tf line 12, in resource "aws_db_instance" "this":\n  12: resource "aws_db_instance" "this" {\n\n'
    box = sandbox({ steps: { show: [{ stdoutFile: DELETE_JSON }], apply: [{ stderr, exitCode: 1 }] } })
    const result = await runIn(box, { command: 'apply', ...planFile(box) })
    expect(result.errors).toEqual([
      'terraform apply failed in infra (exit 1): deleting RDS DB Instance (shipline-production): operation error RDS: DeleteDBInstance, https response error StatusCode: 400, RequestID: 1f2e, InvalidParameterCombination: Cannot delete protected DB Instance, please disable deletion protection and try again.'
    ])
  })

  it('credentials that expire during apply: names role-duration-seconds and the errored.tfstate to push (recorded: S3 backend, AWS ExpiredToken)', async () => {
    box = sandbox({
      steps: {
        show: [{ stdoutFile: DELETE_JSON }],
        apply: [{ stderrFile: join(RECORDED, 's3-expired-token-save-state.txt'), exitCode: 1 }]
      }
    })
    const result = await runIn(box, { command: 'apply', ...planFile(box) })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `The AWS credentials expired during terraform apply in infra (ExpiredToken: The provided token has expired). ${ROLE_DURATION} Terraform could not save the state and wrote it to ${join(box.repo, 'infra', 'errored.tfstate')}: with fresh credentials, push it (terraform state push errored.tfstate in infra) before anything else runs, or the next run works from an outdated state.`
    ])
  })

  it('reads the AWS SDK v2 wording of an expired token too (recorded: S3 backend, AWS ExpiredToken)', async () => {
    box = sandbox({
      steps: {
        show: [{ stdoutFile: DELETE_JSON }],
        apply: [{ stderrFile: join(RECORDED, 's3-expired-token-upload-state.txt'), exitCode: 1 }]
      }
    })
    const result = await runIn(box, { command: 'apply', ...planFile(box) })
    expect(result.errors).toEqual([
      `The AWS credentials expired during terraform apply in infra (ExpiredToken: The provided token has expired). ${ROLE_DURATION}`
    ])
  })

  it('credentials already expired at plan: the same advice, and the plan failure in the summary (recorded: AWS ExpiredToken)', async () => {
    box = sandbox({
      steps: { plan: [{ stderrFile: join(RECORDED, 'aws-provider-expired-token.txt'), exitCode: 1 }] }
    })
    const result = await runIn(box, {})
    expect(result.errors).toEqual([
      `The AWS credentials expired during terraform plan in infra (ExpiredToken: The security token included in the request is expired). ${ROLE_DURATION}`
    ])
    expect(result.summary).toContain('**:x: Plan failed.**')
  })

  it('reads the plan JSON through the setup-terraform wrapper (recorded: setup-terraform wrapper output)', async () => {
    box = sandbox({ steps: { plan: [{ exitCode: 2 }], show: [{ stdoutFile: WRAPPED }] } })
    const result = await runIn(box, {})
    expect(result.errors).toEqual([])
    expect(result.outputs.add).toBe('2')
  })
})
