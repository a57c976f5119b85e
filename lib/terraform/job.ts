/**
 * A Terraform job: find or install Terraform, init, then run the command: plan, check (drift),
 * apply (only the reviewed plan file, checked by its SHA-256), destroy (preview, then only on
 * confirmation) or output.
 *
 * The job writes nothing a user sees itself: it fills a JobReport (outputs, job-summary parts, the
 * PR comment's body) as it goes, so that what happened before a failure is reported too; the caller
 * publishes the report.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
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
import { planFileSha256, readPlanFile, type ReviewedPlan, reviewedPlan } from './plan-file.js'
import { extractPlanJson, type PlanJson } from './plan-json.js'
import { countsLine } from './plan-model.js'
import { StateLockedError, Terraform, TerraformCancelledError, TerraformFailedError } from './terraform.js'

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
  const job = new Job(tf, inputs, report, env.RUNNER_TEMP || tmpdir())
  try {
    await tf.run(initArgs(inputs))
    if (inputs.selectWorkspace)
      await tf.run(workspaceArgs(inputs.workspace), { title: 'terraform workspace select' })
    await job.run()
  } catch (error) {
    if (error instanceof TerraformCancelledError) report.summary.push(error.markdown)
    throw error
  }
}

interface Planned {
  plan: PlanJson
  /** SHA-256 of the plan file's bytes. */
  sha256: string
  exitCode: number
}

/** The hidden marker's length is left for the caller: the comment's body stays under the limit with it. */
export const COMMENT_BODY_LIMIT = (markerLength: number) => COMMENT_LIMIT - markerLength - 1

class Job {
  constructor(
    private readonly tf: Terraform,
    private readonly inputs: ProvisionInputs,
    private readonly report: JobReport,
    private readonly tempDir: string
  ) {}

  run(): Promise<void> {
    switch (this.inputs.command) {
      case 'plan':
        return this.plan()
      case 'check':
        return this.check()
      case 'apply':
        return this.apply()
      case 'destroy':
        return this.destroy()
      case 'output':
        return this.outputs()
    }
  }

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
    await this.validate(true)
    const planned = await this.makePlan({ destroy: false, comment: true })
    const rendered = await this.describe(planned, 'Plan')
    this.report.comment = rendered.comment.markdown
    if (!this.inputs.lock) this.unlockedNote()
  }

  async check(): Promise<void> {
    await this.validate(false)
    const planned = await this.makePlan({ destroy: false, comment: false })
    const { summary } = await this.describe(planned, 'Drift check')
    if (!this.inputs.lock) this.unlockedNote()
    if (planned.exitCode === 2)
      throw new UserError(
        `Drift in ${this.inputs.workingDirectoryLabel} (workspace ${this.inputs.workspace}): the plan has changes (${countsLine(summary.counts)}); see the job summary`
      )
    info('No drift: the infrastructure matches the configuration')
  }

  /** Applies the reviewed plan file: the given plan-file, or the one this job's plan step wrote. */
  async apply(): Promise<void> {
    const planSha256 = this.inputs.planSha256 ?? ''
    await this.applyReviewed(planSha256, 'Apply', 'terraform apply')
    this.summary(`Applied plan sha256 \`${planSha256}\` in \`${this.inputs.workingDirectoryLabel}\`.`)
    await this.outputs()
  }

  async destroy(): Promise<void> {
    const { confirm, planSha256, workspace, workingDirectoryLabel } = this.inputs
    let sha256: string
    if (confirm !== undefined && planSha256) {
      // The teardown plan that was previewed (and approved) is applied, not a new one.
      await this.applyReviewed(planSha256, 'Teardown', 'terraform apply (destroy)')
      sha256 = planSha256
    } else {
      const planned = await this.makePlan({ destroy: true, comment: false })
      await this.describe(planned, 'Teardown preview')
      if (confirm === undefined) {
        const note = `Preview only: nothing was destroyed. To destroy, run again with confirm: ${workspace}.`
        info(note)
        this.summary(`_${note}_`)
        return
      }
      await this.applyReviewed(planned.sha256, undefined, 'terraform apply (destroy)')
      sha256 = planned.sha256
    }
    this.summary(
      `Destroyed workspace \`${workspace}\` of \`${workingDirectoryLabel}\` (plan sha256 \`${sha256}\`).`
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

  /**
   * Check the plan file against `sha256`, then show (when `title` is given, for the outputs and the
   * summary) and apply the checked private copy; nothing runs when the checksum differs.
   */
  private async applyReviewed(sha256: string, title: string | undefined, applyTitle: string): Promise<void> {
    await mkdir(this.tempDir, { recursive: true })
    const reviewed: ReviewedPlan = await reviewedPlan(this.inputs.planFile, sha256, this.tempDir)
    try {
      info(`Plan sha256 ${sha256} matches the reviewed plan ${this.inputs.planFile}`)
      if (title) {
        const planned = await this.show(reviewed.path, 0, sha256)
        if (planned.plan.errored) throw new UserError('The plan errored; an errored plan cannot be applied')
        await this.describe(planned, title)
      }
      await this.tf.run(applyArgs(this.inputs, reviewed.path), { title: applyTitle })
    } finally {
      await reviewed.remove()
    }
  }

  /** An invalid configuration fails like a failed plan: in the summary, and in the comment. */
  private async validate(comment: boolean): Promise<void> {
    try {
      await this.tf.run(VALIDATE_ARGS)
    } catch (error) {
      if (error instanceof TerraformFailedError) this.describeFailure(error, comment)
      throw error
    }
  }

  private unlockedNote(): void {
    const note =
      'Planned without the state lock (lock: false): for review only; a concurrent run may have changed the state meanwhile.'
    info(note)
    this.summary(`_${note}_`)
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
    const sha256 = planFileSha256(await readPlanFile(this.inputs.planFile))
    return this.show(this.inputs.planFile, exitCode, sha256)
  }

  private async show(planFile: string, exitCode: number, sha256: string): Promise<Planned> {
    const { stdout } = await this.tf.run(showArgs(planFile), { stream: false, title: 'terraform show -json' })
    const plan = extractPlanJson(stdout, `terraform show -json ${planFile}`)
    return { plan, sha256, exitCode }
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
    // A saved plan applied (apply, or destroy of the previewed plan) has no plan exit code.
    const saved =
      this.inputs.command === 'apply' || (this.inputs.command === 'destroy' && title === 'Teardown')
    const hasChanges = saved ? summary.hasChanges : planned.exitCode === 2
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
