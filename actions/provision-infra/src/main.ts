/**
 * provision-infra: decide (every input validated first; only then is the rest loaded: Terraform
 * install, plan JSON, the comment renderer, Octokit) → execute (the Terraform job) → report (outputs,
 * the job summary and the sticky PR comment, also for what happened before a failure).
 */
import * as core from '@actions/core'
import { actionInputSource, type InputSource, Inputs } from '../../../lib/core/inputs.js'
import { oneLine } from '../../../lib/core/errors.js'
import { info, warning } from '../../../lib/core/log.js'
import { mask } from '../../../lib/core/secrets.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import type { JobReport } from '../../../lib/terraform/job.js'
import { getInputs, type ProvisionInputs } from './inputs.js'

export interface Deps {
  source?: InputSource
  env?: NodeJS.ProcessEnv
  /** The repository root (default: the current directory, which is GITHUB_WORKSPACE in a job). */
  cwd?: string
  /** The GitHub API base URL (default: GITHUB_API_URL). */
  githubApiUrl?: string
}

export async function run(deps: Deps = {}): Promise<void> {
  const env = deps.env ?? process.env
  const inputs = getInputs(new Inputs(deps.source ?? actionInputSource), {
    env,
    cwd: deps.cwd ?? process.cwd()
  })
  mask(inputs.githubToken)

  const { newJobReport, runTerraformJob } = await import('../../../lib/terraform/job.js')
  const report = newJobReport()
  try {
    await runTerraformJob(inputs, env, report)
  } catch (error) {
    // What happened before the failure is reported too; a failure to report it never hides the first.
    await publish(report, inputs, deps).catch(reportError =>
      warning(`Could not report everything: ${oneLine(reportError)}`)
    )
    throw error
  }
  await publish(report, inputs, deps)
}

/** Outputs, the job summary, then the sticky comment on a pull request. */
async function publish(report: JobReport, inputs: ProvisionInputs, deps: Deps): Promise<void> {
  for (const [name, value] of report.outputs) core.setOutput(name, value)
  for (const part of report.summary) await writeJobSummary(part)
  if (report.comment === undefined || !inputs.comment) return
  const pr = inputs.context.pullRequest
  if (!pr) {
    if (inputs.command === 'plan') info('No pull request in this event: no plan comment')
    return
  }
  const { postPlanComment } = await import('./comment.js')
  await postPlanComment(report.comment, pr, inputs, deps.githubApiUrl)
}
