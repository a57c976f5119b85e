/**
 * A Terraform job: find or install Terraform, init, then run the command: plan, check (drift),
 * apply (only a plan whose content checksum is the reviewed plan-sha256: the given plan file, or a
 * plan made again here), destroy (preview, then only on confirmation, by the same rule) or output.
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
import { applyArgs, initArgs, OUTPUT_ARGS, planArgs, VALIDATE_ARGS, workspaceArgs } from './args.js'
import { resolveTerraform } from './install.js'
import { prepareVarsFile } from './vars-file.js'
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
import { type PrivatePlan, privatePlanCopy, showPlan } from './plan-file.js'
import type { PlanJson } from './plan-json.js'
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
  const tempDir = env.RUNNER_TEMP || tmpdir()
  await mkdir(tempDir, { recursive: true })
  const varsFile = await prepareVarsFile(inputs.vars, inputs.workingDirectory, tempDir)
  const job = new Job(tf, inputs, report, tempDir, varsFile?.path)
  try {
    await tf.run(initArgs(inputs))
    if (inputs.selectWorkspace)
      await tf.run(workspaceArgs(inputs.workspace), { title: 'terraform workspace select' })
    await job.run()
  } catch (error) {
    if (error instanceof TerraformCancelledError) report.summary.push(error.markdown)
    throw error
  } finally {
    await varsFile?.remove()
  }
}

interface Planned {
  plan: PlanJson
  /** The content checksum (plan-file.ts). */
  sha256: string
  /** The plan's exit code; none for a saved plan that is applied. */
  exitCode?: number
}

/** The hidden marker's length is left for the caller: the comment's body stays under the limit with it. */
export const COMMENT_BODY_LIMIT = (markerLength: number) => COMMENT_LIMIT - markerLength - 1

class Job {
  constructor(
    private readonly tf: Terraform,
    private readonly inputs: ProvisionInputs,
    private readonly report: JobReport,
    private readonly tempDir: string,
    /** The vars input as a private .tfvars.json (vars-file.ts), for every plan. */
    private readonly varsFile?: string
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

  /**
   * Applies the reviewed plan: the plan file (given, or written by a plan step of this job) when its
   * content checksum is plan-sha256; without one, a plan made again here, only when its checksum is.
   */
  async apply(): Promise<void> {
    const { planSha256 = '', planAgain, workingDirectoryLabel } = this.inputs
    if (planAgain) {
      await this.planAndApply({
        destroy: false,
        expected: planSha256,
        title: 'Apply',
        applyTitle: 'terraform apply'
      })
      this.summary(
        `Applied plan sha256 \`${planSha256}\` in \`${workingDirectoryLabel}\`: planned again here, the plan is the reviewed one (same content checksum).`
      )
    } else {
      await this.applySaved(planSha256, 'Apply', 'terraform apply')
      this.summary(
        `Applied plan sha256 \`${planSha256}\` in \`${workingDirectoryLabel}\`: the reviewed plan file, checked by its content checksum.`
      )
    }
    await this.outputs()
  }

  async destroy(): Promise<void> {
    const { confirm, planSha256, planAgain, workspace, workingDirectoryLabel } = this.inputs
    const applyTitle = 'terraform apply (destroy)'
    let sha256: string
    let how = ''
    if (confirm !== undefined && planSha256 && !planAgain) {
      // The teardown plan that was previewed (and approved) is applied, not a new one.
      sha256 = await this.applySaved(planSha256, 'Teardown', applyTitle)
      how = ': the previewed teardown plan file, checked by its content checksum'
    } else if (confirm !== undefined && planSha256) {
      sha256 = await this.planAndApply({ destroy: true, expected: planSha256, title: 'Teardown', applyTitle })
      how = ': planned again here, the teardown plan is the previewed one (same content checksum)'
    } else if (confirm !== undefined) {
      sha256 = await this.planAndApply({ destroy: true, title: 'Teardown preview', applyTitle })
    } else {
      const planned = await this.makePlan({ destroy: true, comment: false })
      await this.describe(planned, 'Teardown preview')
      const note = `Preview only: nothing was destroyed. To destroy, run again with confirm: ${workspace}.`
      info(note)
      this.summary(`_${note}_`)
      return
    }
    this.summary(
      `Destroyed workspace \`${workspace}\` of \`${workingDirectoryLabel}\` (plan sha256 \`${sha256}\`)${how}.`
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
   * Copy the plan file privately, show the copy and check its content checksum against `expected`,
   * then describe it (for the outputs and the summary) and apply that copy; nothing is applied when
   * the checksum differs. Returns the checksum.
   */
  private async applySaved(expected: string, title: string, applyTitle: string): Promise<string> {
    await mkdir(this.tempDir, { recursive: true })
    const copy = await privatePlanCopy(this.inputs.planFile, this.tempDir)
    try {
      const planned = await this.show(copy)
      if (planned.sha256 !== expected)
        throw new UserError(
          `The plan is not the one reviewed: plan-sha256 is ${expected} but the plan file ${this.inputs.planFile} has ${planned.sha256}; nothing was applied. Plan again and review the new plan`
        )
      info(`Plan sha256 ${expected} matches the reviewed plan ${this.inputs.planFile}`)
      await this.applyChecked(planned, copy, title, applyTitle)
      return planned.sha256
    } finally {
      await copy.remove()
    }
  }

  /**
   * Plan (again) with the lock, copy the plan privately, show the copy; with `expected`, apply it only
   * when its content checksum is that one (else describe the new plan, and fail). Returns the checksum.
   */
  private async planAndApply(options: {
    destroy: boolean
    expected?: string
    title: string
    applyTitle: string
  }): Promise<string> {
    const exitCode = await this.runPlan({ destroy: options.destroy, comment: false })
    await mkdir(this.tempDir, { recursive: true })
    const copy = await privatePlanCopy(this.inputs.planFile, this.tempDir)
    try {
      const planned = { ...(await this.show(copy)), exitCode }
      const { expected } = options
      if (expected !== undefined && planned.sha256 !== expected) {
        await this.describe(
          planned,
          options.destroy ? 'Teardown planned again, not applied' : 'Planned again, not applied'
        )
        throw new UserError(
          `The plan changed since it was reviewed: plan-sha256 is ${expected} but the plan made again here has ${planned.sha256}; nothing was applied. Review the new plan (in the job summary) and run again`
        )
      }
      if (expected !== undefined) info(`Plan sha256 ${expected}: the plan made again is the reviewed one`)
      await this.applyChecked(planned, copy, options.title, options.applyTitle)
      return planned.sha256
    } finally {
      await copy.remove()
    }
  }

  private async applyChecked(
    planned: Planned,
    copy: PrivatePlan,
    title: string,
    applyTitle: string
  ): Promise<void> {
    if (planned.plan.errored) throw new UserError('The plan errored; an errored plan cannot be applied')
    await this.describe(planned, title)
    await this.tf.run(applyArgs(this.inputs, copy.path), { title: applyTitle })
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
    const exitCode = await this.runPlan(options)
    return { ...(await showPlan(this.tf, this.inputs.planFile)), exitCode }
  }

  /** `terraform plan -out=PLANFILE`; its exit code (0: no changes, 2: changes). */
  private async runPlan(options: { destroy: boolean; comment: boolean }): Promise<number> {
    await mkdir(dirname(this.inputs.planFile), { recursive: true })
    try {
      const result = await this.tf.run(planArgs(this.inputs, { ...options, varsFile: this.varsFile }), {
        okExitCodes: [0, 2],
        title: options.destroy ? 'terraform plan -destroy' : 'terraform plan'
      })
      return result.exitCode
    } catch (error) {
      if (error instanceof TerraformFailedError && !(error instanceof StateLockedError))
        this.describeFailure(error, options.comment)
      throw error
    }
  }

  /** Show the private copy (its bytes as copied): the plan JSON and the content checksum. */
  private show(copy: PrivatePlan): Promise<Planned> {
    return showPlan(this.tf, copy.path, copy.bytes)
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
    const hasChanges = planned.exitCode === undefined ? summary.hasChanges : planned.exitCode === 2
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
