/**
 * provision-infra: validate every input, find or install Terraform, then init and run the command:
 * plan (with the sticky PR comment), check (drift), apply (only the reviewed plan), destroy
 * (preview, then only on confirmation) or output.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import * as core from '@actions/core'
import { UserError } from '../../../lib/core/errors.js'
import type { InputSource } from '../../../lib/core/inputs.js'
import { info, warning } from '../../../lib/core/log.js'
import {
  commentMarker,
  createOctokit,
  isPermissionError,
  upsertComment
} from '../../../lib/github/pr-comment.js'
import { mask, redact } from '../../../lib/core/secrets.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { OUTPUTS, type ProvisionInputs } from './inputs.js'
import { exportableOutputs, outputText } from '../../../lib/terraform/outputs.js'
import {
  COMMENT_LIMIT,
  type CommentContext,
  renderPlanComment,
  renderPlanFailure,
  type RenderedPlan,
  SUMMARY_LIMIT
} from '../../../lib/terraform/plan-comment.js'
import { extractPlanJson, planChecksum, type PlanJson } from '../../../lib/terraform/plan-json.js'
import { countsLine } from '../../../lib/terraform/plan-model.js'
import {
  applyArgs,
  initArgs,
  OUTPUT_ARGS,
  planArgs,
  showArgs,
  VALIDATE_ARGS,
  workspaceArgs
} from '../../../lib/terraform/args.js'
import { resolveTerraform } from '../../../lib/terraform/install.js'
import { StateLockedError, Terraform, TerraformFailedError } from '../../../lib/terraform/terraform.js'

export interface Deps {
  source?: InputSource
  env?: NodeJS.ProcessEnv
  /** The repository root (default: the current directory, which is GITHUB_WORKSPACE in a job). */
  cwd?: string
  /** The GitHub API base URL (default: GITHUB_API_URL). */
  githubApiUrl?: string
}

/** Everything after the inputs validated: install, init, then the command. */
export async function execute(inputs: ProvisionInputs, deps: Deps): Promise<void> {
  const env = deps.env ?? process.env
  mask(inputs.githubToken)
  const terraform = await resolveTerraform(inputs.terraformVersion, inputs.terraformDownloadUrl, env)
  const tf = new Terraform(terraform.path, {
    cwd: inputs.workingDirectory,
    env,
    label: inputs.workingDirectoryLabel,
    lockTimeoutSeconds: inputs.lockTimeoutSeconds
  })
  await tf.run(initArgs(inputs))
  if (inputs.selectWorkspace)
    await tf.run(workspaceArgs(inputs.workspace), { title: 'terraform workspace select' })
  const job = new Job(tf, inputs, deps)
  switch (inputs.command) {
    case 'plan':
      return job.plan()
    case 'check':
      return job.check()
    case 'apply':
      return job.apply()
    case 'destroy':
      return job.destroy()
    case 'output':
      return job.outputs()
  }
}

interface Planned {
  plan: PlanJson
  sha256: string
  exitCode: number
}

class Job {
  constructor(
    private readonly tf: Terraform,
    private readonly inputs: ProvisionInputs,
    private readonly deps: Deps
  ) {}

  private get context(): CommentContext {
    return {
      workingDirectory: this.inputs.workingDirectoryLabel,
      workspace: this.inputs.workspace,
      commit: this.inputs.context.commit
    }
  }

  private get marker(): string {
    return commentMarker('provision-infra', this.inputs.workingDirectoryLabel, this.inputs.workspace)
  }

  async plan(): Promise<void> {
    await this.tf.run(VALIDATE_ARGS)
    const planned = await this.makePlan({ destroy: false, comment: true })
    const rendered = await this.report(planned, 'Plan')
    await this.comment(rendered.comment)
  }

  async check(): Promise<void> {
    await this.tf.run(VALIDATE_ARGS)
    const planned = await this.makePlan({ destroy: false, comment: false })
    const { summary } = await this.report(planned, 'Drift check')
    if (planned.exitCode === 2)
      throw new UserError(
        `Drift in ${this.inputs.workingDirectoryLabel} (workspace ${this.inputs.workspace}): the plan has changes (${countsLine(summary.counts)}); see the job summary`
      )
    info('No drift: the infrastructure matches the configuration')
  }

  async apply(): Promise<void> {
    let planned: Planned
    if (this.inputs.planFileGiven) planned = await this.show(this.inputs.planFile, 0)
    else planned = await this.makePlan({ destroy: false, comment: false })
    this.verify(planned)
    await this.report(planned, 'Apply')
    await this.tf.run(applyArgs(this.inputs, this.inputs.planFile), { title: 'terraform apply' })
    await writeJobSummary(
      `Applied plan sha256 \`${planned.sha256}\` in \`${this.inputs.workingDirectoryLabel}\`.`
    )
    await this.outputs()
  }

  async destroy(): Promise<void> {
    const planned = await this.makePlan({ destroy: true, comment: false })
    await this.report(planned, 'Teardown preview')
    if (this.inputs.confirm === undefined) {
      const note = `Preview only: nothing was destroyed. To destroy, run again with confirm: ${this.inputs.workspace}.`
      info(note)
      await writeJobSummary(`_${note}_`)
      return
    }
    if (this.inputs.planSha256) this.verify(planned)
    await this.tf.run(applyArgs(this.inputs, this.inputs.planFile), { title: 'terraform apply (destroy)' })
    await writeJobSummary(
      `Destroyed workspace \`${this.inputs.workspace}\` of \`${this.inputs.workingDirectoryLabel}\` (plan sha256 \`${planned.sha256}\`).`
    )
  }

  async outputs(): Promise<void> {
    const { stdout } = await this.tf.run(OUTPUT_ARGS, { stream: false })
    const { values, sensitive } = exportableOutputs(stdout)
    core.setOutput(OUTPUTS.outputs, JSON.stringify(values))
    const reserved = new Set<string>(Object.values(OUTPUTS))
    for (const [name, value] of Object.entries(values)) {
      if (reserved.has(name)) {
        warning(
          `Terraform output "${name}" has the name of one of this action's outputs; read it from outputs`
        )
        continue
      }
      core.setOutput(name, outputText(value))
    }
    info(`${Object.keys(values).length} outputs exported`)
    if (sensitive.length) info(`Sensitive outputs kept in the job: ${sensitive.join(', ')}`)
  }

  /** Refuse a plan that is not the one reviewed. */
  private verify(planned: Planned): void {
    if (planned.plan.errored) throw new UserError('The plan errored; an errored plan cannot be applied')
    if (planned.sha256 !== this.inputs.planSha256)
      throw new UserError(
        `The plan is not the one reviewed: plan-sha256 is ${this.inputs.planSha256} but this plan's is ${planned.sha256}; plan again and review the new plan`
      )
    info(`Plan sha256 ${planned.sha256} matches the reviewed plan`)
  }

  private async makePlan(options: { destroy: boolean; comment: boolean }): Promise<Planned> {
    await mkdir(dirname(this.inputs.planFile), { recursive: true })
    let exitCode: number
    try {
      const result = await this.tf.run(planArgs(this.inputs, options), {
        okExitCodes: [0, 2],
        title: options.destroy ? 'terraform plan -destroy' : 'terraform plan'
      })
      exitCode = result.exitCode
    } catch (error) {
      if (error instanceof TerraformFailedError && !(error instanceof StateLockedError))
        await this.reportFailure(error, options.comment)
      throw error
    }
    return this.show(this.inputs.planFile, exitCode)
  }

  private async show(planFile: string, exitCode: number): Promise<Planned> {
    const { stdout } = await this.tf.run(showArgs(planFile), { stream: false, title: 'terraform show -json' })
    const plan = extractPlanJson(stdout, `terraform show -json ${planFile}`)
    return { plan, sha256: planChecksum(plan), exitCode }
  }

  /** Outputs and the job summary of a plan; returns the comment and the summary renders. */
  private async report(
    planned: Planned,
    title: string
  ): Promise<{ comment: RenderedPlan; summary: RenderedPlan }> {
    const planJson = `${this.inputs.planFile}.json`
    await writeFile(planJson, JSON.stringify(planned.plan))
    const context = { ...this.context, title, planSha256: planned.sha256 }
    const summary = renderPlanComment(planned.plan, {
      ...context,
      maxChars: SUMMARY_LIMIT,
      limitName: "the job summary's 1 MiB limit",
      fullRenderAt: `The whole plan is in ${planJson} (render it with shipline plan-comment).`
    })
    const comment = renderPlanComment(planned.plan, {
      ...context,
      maxChars: COMMENT_LIMIT - this.marker.length - 1
    })
    const { counts } = summary
    const hasChanges =
      this.inputs.planFileGiven && this.inputs.command === 'apply'
        ? summary.hasChanges
        : planned.exitCode === 2
    core.setOutput(OUTPUTS.hasChanges, String(hasChanges))
    core.setOutput(OUTPUTS.add, String(counts.add))
    core.setOutput(OUTPUTS.change, String(counts.change))
    core.setOutput(OUTPUTS.destroy, String(counts.destroy))
    core.setOutput(OUTPUTS.replace, String(counts.replace))
    core.setOutput(OUTPUTS.planFile, this.inputs.planFile)
    core.setOutput(OUTPUTS.planSha256, planned.sha256)
    core.setOutput(OUTPUTS.planJson, planJson)
    await writeJobSummary(summary.markdown)
    info(`${title}: ${countsLine(counts)} (plan sha256 ${planned.sha256})`)
    return { comment, summary }
  }

  private async reportFailure(error: TerraformFailedError, comment: boolean): Promise<void> {
    const text = redact((error.result.stderr || error.result.stdout).trim())
    const markdown = renderPlanFailure(text, {
      ...this.context,
      maxChars: COMMENT_LIMIT - this.marker.length - 1
    })
    await writeJobSummary(markdown)
    if (comment) await this.comment({ markdown })
  }

  /** The sticky PR comment, on pull requests when `comment` is on. */
  private async comment(rendered: Pick<RenderedPlan, 'markdown'>): Promise<void> {
    if (!this.inputs.comment) return
    const pr = this.inputs.context.pullRequest
    if (!pr) {
      if (this.inputs.command === 'plan') info('No pull request in this event: no plan comment')
      return
    }
    const octokit = await createOctokit(this.inputs.githubToken, this.deps.githubApiUrl)
    try {
      const result = await upsertComment({
        octokit,
        owner: pr.owner,
        repo: pr.repo,
        issueNumber: pr.number,
        marker: this.marker,
        body: rendered.markdown
      })
      info(`Plan comment ${result.action}: ${result.url}`)
    } catch (error) {
      if (isPermissionError(error)) {
        warning(
          `Could not comment on pull request #${pr.number} (${(error as Error).message}): give the job pull-requests: write; the plan is in the job summary`
        )
        return
      }
      throw new UserError(
        `Could not update the plan comment on pull request #${pr.number}: ${(error as Error).message}`
      )
    }
  }
}
