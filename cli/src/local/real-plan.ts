/**
 * The real plan of the repository's infra/ in the local run: the machine's Terraform and AWS provider
 * (from a provider mirror, nothing downloaded), every AWS read call answered by the loopback read
 * stand-in, the state in a temporary directory; then the plan comment a pull request would get.
 *
 * Where it cannot run (no terraform, no mirror, no Terraform under infra/), it says why in one line
 * and the local run goes on with its other checks. A plan that fails on the configuration is a failed
 * check (the pull request's plan would fail too); a plan that needs a read call the stand-in does not
 * answer is reported as not plannable here, with the calls named.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { run } from '../../../lib/core/exec.js'
import { renderPlanComment } from '../../../lib/terraform/plan-comment.js'
import { parsePlanJson } from '../../../lib/terraform/plan-json.js'
import {
  findTerraform,
  prepareTerraform,
  TerraformSetupError
} from '../../../lib/terraform/provider-mirror.js'
import { allowedAccountId, referencePlan, TerraformRunError } from '../../../lib/terraform/reference-plan.js'
import { type AwsCall, DEFAULT_ACCOUNT_ID, startAwsReadApi } from '../../../lib/standins/aws-read-api.js'

/** The configuration the pull request's plan job plans by default (plan.yml's working-directory). */
export const INFRA_DIR = 'infra'
/** The first environment a push deploys; else the first of environments/*.tfvars. */
const FIRST_ENVIRONMENT = 'environments/staging.tfvars'
/** The size of the comment the log shows (its counts by module); the whole comment is in the file. */
const SHOWN_CHARS = 4000

export interface PlanTarget {
  /** Absolute path of the configuration (the repository's infra/). */
  configDir: string
  /** Relative to configDir. */
  varFile: string
  /** Files of the repository the configuration reads (shipline.yml), relative to configDir's parent. */
  alongside: string[]
}

export type RealPlanResult =
  | { state: 'skipped'; reason: string }
  | { state: 'unplannable'; reason: string }
  | { state: 'failed'; reason: string }
  | { state: 'planned'; resources: number; seconds: number; commentPath: string; planJsonPath: string }

/** The shipline_config a tfvars file sets (infra/services.tf reads it), or the variable's default. */
export function shiplineConfigOf(tfvars: string): string {
  return /^\s*shipline_config\s*=\s*"([^"]+)"/m.exec(tfvars)?.[1] ?? '../shipline.yml'
}

/**
 * What to plan in the repository at `top`, or why nothing can be: infra/ with its first
 * environment's variables, and the shipline.yml those variables name when it lies in the repository.
 */
export function planTarget(top: string): PlanTarget | string {
  const configDir = join(top, INFRA_DIR)
  const tf = existsSync(configDir) ? readdirSync(configDir).filter(name => name.endsWith('.tf')) : []
  if (tf.length === 0) return `there is no Terraform in ${INFRA_DIR}/ (no .tf file)`
  const environments = existsSync(join(configDir, 'environments'))
    ? readdirSync(join(configDir, 'environments'))
        .filter(name => name.endsWith('.tfvars'))
        .sort()
    : []
  const varFile = existsSync(join(configDir, FIRST_ENVIRONMENT))
    ? FIRST_ENVIRONMENT
    : environments[0] && `environments/${environments[0]}`
  if (!varFile) return `${INFRA_DIR}/environments/ has no .tfvars file to plan an environment with`
  const config = resolve(configDir, shiplineConfigOf(readFileSync(join(configDir, varFile), 'utf8')))
  const inRepository = config.startsWith(`${top}${sep}`) && existsSync(config)
  return { configDir, varFile, alongside: inRepository ? [relative(top, config)] : [] }
}

/**
 * What can be checked without the provider: terraform fmt (when terraform is there), and where this
 * repository keeps its static checks of the configuration (Shipline's own: infra/__tests__).
 */
export async function checksWithoutProvider(top: string, configDir: string): Promise<string> {
  const staticTests = join(configDir, '__tests__', 'static.test.ts')
  const tests = existsSync(staticTests)
    ? `; npm test runs the static checks (${relative(top, staticTests)})`
    : ''
  let terraform
  try {
    terraform = findTerraform()
  } catch {
    return `nothing of infra/ was checked here${tests}`
  }
  // terraform fmt -check exits 3 when files are not formatted, 2 when one cannot be parsed.
  const fmt = await run(terraform, ['fmt', '-check', '-recursive', '-list=true', '-no-color'], {
    cwd: configDir,
    stream: false,
    okExitCodes: [0, 2, 3]
  })
  const files = fmt.stdout.split('\n').filter(Boolean)
  const said =
    fmt.exitCode === 0
      ? 'terraform fmt -check: every file formatted'
      : files.length
        ? `terraform fmt -check: ${files.length} file(s) not formatted (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''})`
        : `terraform fmt -check failed: ${fmt.stderr.trim().split('\n')[0]}`
  return `${said}${tests}`
}

/** Writes the whole plan comment beside the plan and logs it cut to its counts; returns its path. */
function writeComment(planJsonPath: string, outDir: string, log: (line: string) => void): string {
  const commentPath = join(outDir, 'plan-comment.md')
  const parsed = parsePlanJson(readFileSync(planJsonPath, 'utf8'), planJsonPath)
  const context = { workingDirectory: INFRA_DIR }
  writeFileSync(commentPath, renderPlanComment(parsed, context).markdown)
  const shown = renderPlanComment(parsed, {
    ...context,
    maxChars: SHOWN_CHARS,
    limitName: 'the log',
    fullRenderAt: `The whole comment is in ${commentPath}.`
  })
  log('')
  log(shown.markdown.trimEnd())
  log('')
  return commentPath
}

/** The stand-in's answer when a plan failed: reads it does not know, or the configuration's error. */
function planFailure(error: TerraformRunError, unknown: AwsCall[]): RealPlanResult {
  if (unknown.length === 0) return { state: 'failed', reason: error.message }
  const calls = [...new Set(unknown.map(call => `${call.service} ${call.operation}`))].join(', ')
  return {
    state: 'unplannable',
    reason: `the plan needs AWS read calls the loopback stand-in does not answer (${calls}); ${error.message}`
  }
}

/**
 * Plans `top`'s infra/ for real and writes plan.json and plan-comment.md into `outDir`; `log` gets
 * the progress and the comment's first lines.
 */
export async function realPlanOfInfra(
  top: string,
  outDir: string,
  log: (line: string) => void
): Promise<RealPlanResult> {
  log('Planning infra/ for real: this machine’s Terraform and AWS provider, AWS reads on a loopback stand-in')
  const target = planTarget(top)
  if (typeof target === 'string') return { state: 'skipped', reason: target }
  let setup
  try {
    setup = prepareTerraform()
  } catch (error) {
    if (!(error instanceof TerraformSetupError)) throw error
    return {
      state: 'skipped',
      reason: `${error.message}; instead, ${await checksWithoutProvider(top, target.configDir)}`
    }
  }
  const tfvars = readFileSync(join(target.configDir, target.varFile), 'utf8')
  const api = await startAwsReadApi({ accountId: allowedAccountId(tfvars) ?? DEFAULT_ACCOUNT_ID })
  mkdirSync(outDir, { recursive: true })
  try {
    const plan = await referencePlan({
      ...target,
      endpoint: api.url,
      env: setup.env,
      terraform: setup.terraform,
      outDir,
      onProgress: line => log(`  ${line}`)
    })
    const commentPath = writeComment(plan.planJsonPath, outDir, log)
    return {
      state: 'planned',
      resources: plan.resourceCount,
      seconds: plan.seconds,
      commentPath,
      planJsonPath: plan.planJsonPath
    }
  } catch (error) {
    if (!(error instanceof TerraformRunError)) throw error
    return planFailure(error, api.unknownCalls())
  } finally {
    await api.close()
    setup.cleanup()
  }
}

/** The one line the local run prints about the real plan. */
export function realPlanLine(result: RealPlanResult, top: string): string {
  const where = (path: string) => (relative(top, path).startsWith('..') ? path : relative(top, path))
  switch (result.state) {
    case 'planned':
      return `Real plan of ${INFRA_DIR}/: ${result.resources} resource${result.resources === 1 ? '' : 's'} to create or change (${result.seconds.toFixed(0)} s); its pull request comment: ${where(result.commentPath)}`
    case 'skipped':
      return `Real plan of ${INFRA_DIR}/ skipped: ${result.reason}`
    case 'unplannable':
      return `Real plan of ${INFRA_DIR}/ not possible without AWS: ${result.reason}`
    case 'failed':
      return `Real plan of ${INFRA_DIR}/ failed: ${result.reason}`
  }
}
