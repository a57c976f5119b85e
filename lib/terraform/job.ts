/**
 * A Terraform job: find or install Terraform, init, then run the command: plan, check (drift),
 * apply (only the reviewed plan), destroy (preview, then only on confirmation) or output.
 *
 * The job writes nothing a user sees itself: it fills a JobReport (outputs, job-summary parts, the
 * PR comment's body) as it goes, so that what happened before a failure is reported too; the caller
 * publishes the report.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UserError } from '../core/errors.js'
import { info, warning } from '../core/log.js'
import { redact } from '../core/secrets.js'
import { applyArgs, initArgs, OUTPUT_ARGS, planArgs, showArgs, VALIDATE_ARGS, workspaceArgs } from './args.js'
import { resolveTerraform } from './install.js'
import { JOB_OUTPUTS, type ProvisionInputs } from './job-options.js'
import { exportableOutputs, outputText } from './outputs.js'
import {
  COMMENT_LIMIT,
  type CommentContext,
  renderPlanComment,
  renderPlanFailure,
  type RenderedPlan,
  SUMMARY_LIMIT
} from './plan-comment.js'
import { extractPlanJson, planChecksum, type PlanJson } from './plan-json.js'
import { countsLine } from './plan-model.js'
import { StateLockedError, Terraform, TerraformFailedError } from './terraform.js'

/** What a job has to say, in the order it happened. */
export interface JobReport {
  /** Outputs by name: the job's own, then one per exportable Terraform output. */
  outputs: Array<[string, string]>
  /** Parts of the job summary, in order. */
  summary: string[]
  /** The body of the sticky PR comment (plan, or a failed plan), when the job makes one. */
  comment?: string
}

export function newJobReport(): JobReport {
  return { outputs: [], summary: [] }
}

/** Install, init, then the command; fills `report` as it goes. */
export async function runTerraformJob(
  inputs: ProvisionInputs,
  env: NodeJS.ProcessEnv,
  report: JobReport
): Promise<void> {
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
  const job = new Job(tf, inputs, report)
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

/** The hidden marker's length is left for the caller: the comment's body stays under the limit with it. */
export const COMMENT_BODY_LIMIT = (markerLength: number) => COMMENT_LIMIT - markerLength - 1

class Job {
  constructor(
    private readonly tf: Terraform,
    private readonly inputs: ProvisionInputs,
    private readonly report: JobReport
  ) {}

  private get context(): CommentContext {
    return {
      workingDirectory: this.inputs.workingDirectoryLabel,
      workspace: this.inputs.workspace,
      commit: this.inputs.context.commit
    }
  }

  private output(name: string, value: string): void {
    this.report.outputs.push([name, value])
  }

  private summary(markdown: string): void {
    this.report.summary.push(markdown)
  }

  async plan(): Promise<void> {
    await this.tf.run(VALIDATE_ARGS)
    const planned = await this.makePlan({ destroy: false, comment: true })
    const rendered = await this.describe(planned, 'Plan')
    this.report.comment = rendered.comment.markdown
  }

  async check(): Promise<void> {
    await this.tf.run(VALIDATE_ARGS)
    const planned = await this.makePlan({ destroy: false, comment: false })
    const { summary } = await this.describe(planned, 'Drift check')
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
    await this.describe(planned, 'Apply')
    await this.tf.run(applyArgs(this.inputs, this.inputs.planFile), { title: 'terraform apply' })
    this.summary(`Applied plan sha256 \`${planned.sha256}\` in \`${this.inputs.workingDirectoryLabel}\`.`)
    await this.outputs()
  }

  async destroy(): Promise<void> {
    const planned = await this.makePlan({ destroy: true, comment: false })
    await this.describe(planned, 'Teardown preview')
    if (this.inputs.confirm === undefined) {
      const note = `Preview only: nothing was destroyed. To destroy, run again with confirm: ${this.inputs.workspace}.`
      info(note)
      this.summary(`_${note}_`)
      return
    }
    if (this.inputs.planSha256) this.verify(planned)
    await this.tf.run(applyArgs(this.inputs, this.inputs.planFile), { title: 'terraform apply (destroy)' })
    this.summary(
      `Destroyed workspace \`${this.inputs.workspace}\` of \`${this.inputs.workingDirectoryLabel}\` (plan sha256 \`${planned.sha256}\`).`
    )
  }

  async outputs(): Promise<void> {
    const { stdout } = await this.tf.run(OUTPUT_ARGS, { stream: false })
    const { values, sensitive } = exportableOutputs(stdout)
    this.output(JOB_OUTPUTS.outputs, JSON.stringify(values))
    const reserved = new Set<string>(Object.values(JOB_OUTPUTS))
    for (const [name, value] of Object.entries(values)) {
      if (reserved.has(name)) {
        warning(
          `Terraform output "${name}" has the name of one of this action's outputs; read it from outputs`
        )
        continue
      }
      this.output(name, outputText(value))
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
        this.describeFailure(error, options.comment)
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
  private async describe(
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
      maxChars: COMMENT_BODY_LIMIT(this.inputs.commentMarker.length)
    })
    const { counts } = summary
    const hasChanges =
      this.inputs.planFileGiven && this.inputs.command === 'apply'
        ? summary.hasChanges
        : planned.exitCode === 2
    this.output(JOB_OUTPUTS.hasChanges, String(hasChanges))
    this.output(JOB_OUTPUTS.add, String(counts.add))
    this.output(JOB_OUTPUTS.change, String(counts.change))
    this.output(JOB_OUTPUTS.destroy, String(counts.destroy))
    this.output(JOB_OUTPUTS.replace, String(counts.replace))
    this.output(JOB_OUTPUTS.planFile, this.inputs.planFile)
    this.output(JOB_OUTPUTS.planSha256, planned.sha256)
    this.output(JOB_OUTPUTS.planJson, planJson)
    this.summary(summary.markdown)
    info(`${title}: ${countsLine(counts)} (plan sha256 ${planned.sha256})`)
    return { comment, summary }
  }

  private describeFailure(error: TerraformFailedError, comment: boolean): void {
    const text = redact((error.result.stderr || error.result.stdout).trim())
    const markdown = renderPlanFailure(text, {
      ...this.context,
      maxChars: COMMENT_BODY_LIMIT(this.inputs.commentMarker.length)
    })
    this.summary(markdown)
    if (comment) this.report.comment = markdown
  }
}
