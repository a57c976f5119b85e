/**
 * The real plan of the reference architecture, for any test that wants it: the machine's Terraform
 * and AWS provider plan infra/ for one environment against the loopback AWS read stand-in, and
 * `terraform show -json` of it is kept in a temporary directory for the rest of the process.
 *
 *   const plan = await referencePlanJson()                    // environments/staging.tfvars
 *   const json = JSON.parse(readFileSync(plan.planJsonPath, 'utf8'))
 *   afterAll(cleanupReferencePlans)
 *
 * Without terraform or the provider mirror it rejects with the TerraformSetupError that says what is
 * missing and how to provide it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type AwsCall, DEFAULT_ACCOUNT_ID, startAwsReadApi } from '../../../lib/standins/aws-read-api.js'
import { type ReferencePlan, allowedAccountId, referencePlan } from '../../../lib/terraform/reference-plan.js'
import { INFRA_DIR, INFRA_READS, cleanupTerraform, terraformSetup } from './terraform-tools.js'

export interface ReferencePlanJson extends ReferencePlan {
  /** The environment's variables file, relative to infra/. */
  varFile: string
  /** The account the stand-in answered for (the tfvars' first allowed account). */
  accountId: string
  /** Every AWS call the plan made, in order. */
  calls: AwsCall[]
  /** Progress lines of the plan. */
  progress: string[]
}

const cache = new Map<string, Promise<ReferencePlanJson>>()
let dir: string | undefined

/** Removes the plans made so far and the CLI configuration (call it in afterAll). */
export function cleanupReferencePlans(): void {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
  cache.clear()
  cleanupTerraform()
}

async function make(varFile: string): Promise<ReferencePlanJson> {
  const setup = terraformSetup()
  const accountId = allowedAccountId(readFileSync(join(INFRA_DIR, varFile), 'utf8')) ?? DEFAULT_ACCOUNT_ID
  dir ??= mkdtempSync(join(tmpdir(), 'shipline-reference-plan-'))
  const outDir = mkdtempSync(join(dir, 'plan-'))
  const api = await startAwsReadApi({ accountId })
  const progress: string[] = []
  try {
    const plan = await referencePlan({
      configDir: INFRA_DIR,
      alongside: INFRA_READS,
      varFile,
      endpoint: api.url,
      env: setup.env,
      terraform: setup.terraform,
      outDir,
      onProgress: line => progress.push(line)
    })
    return { ...plan, varFile, accountId, calls: [...api.calls], progress }
  } finally {
    await api.close()
  }
}

/** The reference plan of one environment (made once per process and environment). */
export function referencePlanJson(varFile = 'environments/staging.tfvars'): Promise<ReferencePlanJson> {
  let plan = cache.get(varFile)
  if (!plan) {
    plan = make(varFile)
    cache.set(varFile, plan)
  }
  return plan
}
