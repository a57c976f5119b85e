/**
 * Runs Terraform: output streamed to the log (folded per command), failures turned into one-line
 * errors that say what Terraform said: the state lock and who holds it, expired AWS credentials, a
 * stale plan, or its `Error:` lines. A cancel (exec passes SIGINT on) becomes TerraformCancelledError,
 * which says whether Terraform stopped by itself and released its state lock.
 */
import { join } from 'node:path'
import { UserError } from '../core/errors.js'
import { CancelledError, CommandFailedError, run, type RunResult } from '../core/exec.js'
import { redact } from '../core/secrets.js'
import {
  erroredStateFile,
  expiredCredentials,
  lockMessage,
  lockReleaseFailed,
  parseLockError,
  stalePlan,
  terraformErrors
} from './errors.js'

export interface TerraformOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** The working directory as the user wrote it, for messages. */
  label: string
  lockTimeoutSeconds: number
}

/**
 * How long Terraform has to stop after SIGINT before it gets SIGTERM, which it takes as a second
 * interrupt: it then exits at once, and the state lock may stay held. (On GitHub the runner ends the
 * whole step 10 s after its own SIGINT anyway.)
 */
export const TERRAFORM_STOP_GRACE_MS = 5 * 60_000

export class TerraformFailedError extends UserError {
  constructor(
    message: string,
    readonly result: RunResult
  ) {
    super(message)
    this.name = 'TerraformFailedError'
  }
}

export class StateLockedError extends TerraformFailedError {
  constructor(message: string, result: RunResult) {
    super(message, result)
    this.name = 'StateLockedError'
  }
}

/** Terraform was cancelled: `markdown` is the job summary's account of it. */
export class TerraformCancelledError extends UserError {
  constructor(
    message: string,
    readonly markdown: string
  ) {
    super(message)
    this.name = 'TerraformCancelledError'
  }
}

/** The commands that take the state lock (unless run with -lock=false). */
const LOCKING = new Set(['plan', 'apply', 'refresh', 'import', 'taint', 'untaint'])

export class Terraform {
  constructor(
    readonly path: string,
    readonly options: TerraformOptions
  ) {}

  /** Run `terraform args…`; `stream: false` for output that may hold sensitive values (show, output). */
  async run(
    args: string[],
    options: { okExitCodes?: number[]; stream?: boolean; title?: string } = {}
  ): Promise<RunResult> {
    const title = options.title ?? `terraform ${args[0]}`
    try {
      return await run(this.path, args, {
        cwd: this.options.cwd,
        env: { ...this.options.env, TF_IN_AUTOMATION: 'true', TF_INPUT: '0' },
        okExitCodes: options.okExitCodes,
        stream: options.stream,
        groupTitle: title,
        stopGraceMs: TERRAFORM_STOP_GRACE_MS
      })
    } catch (error) {
      if (error instanceof CommandFailedError) throw this.explain(args, error.result)
      if (error instanceof CancelledError) throw this.cancelled(args, title, error)
      throw error
    }
  }

  private cancelled(args: string[], title: string, error: CancelledError): TerraformCancelledError {
    const where = `in ${this.options.label}`
    const { signal, forced, graceSeconds } = error.stop
    if (!error.result) {
      const text = `Cancelled (${signal}) before ${title} ${where}: it was not started, and nothing more ran`
      return new TerraformCancelledError(`${text}.`, `**:stop_sign:** ${text}.`)
    }
    const output = `${error.result.stderr}\n${error.result.stdout}`
    const locks = LOCKING.has(args[0]) && !args.includes('-lock=false')
    let outcome: string
    if (forced)
      outcome = `Terraform did not stop within ${graceSeconds}s of SIGINT and was ended with ${forced}${locks ? ': the state lock may still be held (terraform force-unlock), and what it changed may be missing from the state' : ''}`
    else if (locks && lockReleaseFailed(output))
      outcome = `Terraform stopped, but could not release the state lock: ${terraformErrors(output).join(' | ') || 'see the log'}`
    else if (locks) outcome = 'Terraform stopped gracefully and released the state lock'
    else outcome = 'Terraform stopped'
    const after =
      args[0] === 'apply'
        ? '; what it changed before the cancel is in the state, and the next run converges'
        : ''
    const text = `${title} ${where} was cancelled (${signal}): ${outcome}${after}`
    return new TerraformCancelledError(
      `Cancelled: ${text}.`,
      `**:stop_sign: Cancelled** (${signal}) during \`${title}\` ${where}: ${outcome}${after}.`
    )
  }

  private explain(args: string[], result: RunResult): TerraformFailedError {
    const output = `${result.stderr}\n${result.stdout}`
    const where = `${this.options.label}`
    const expired = expiredCredentials(output)
    if (expired) return new TerraformFailedError(redact(this.expiredMessage(args, expired, output)), result)
    const lock = parseLockError(output)
    if (lock) return new StateLockedError(lockMessage(lock, where, this.options.lockTimeoutSeconds), result)
    if (args[0] === 'apply' && stalePlan(output))
      return new TerraformFailedError(
        `The plan is stale: the state changed after the plan was made (another run applied since), so Terraform refused it and nothing was applied in ${where}. Plan again and review the new plan.`,
        result
      )
    const errors = terraformErrors(result.stderr).concat(
      result.stderr.trim() ? [] : terraformErrors(result.stdout)
    )
    const said = errors.length
      ? errors.join(' | ')
      : (result.stderr || result.stdout)
          .split('\n')
          .map(line => line.trim())
          .filter(Boolean)
          .slice(-3)
          .join(' | ')
    return new TerraformFailedError(
      redact(`terraform ${args[0]} failed in ${where} (exit ${result.exitCode})${said ? `: ${said}` : ''}`),
      result
    )
  }

  private expiredMessage(args: string[], expired: string, output: string): string {
    const errored = erroredStateFile(output)
    const lines = [
      `The AWS credentials expired during terraform ${args[0]} in ${this.options.label} (${expired}).`,
      "The AWS session was shorter than the run: give aws-actions/configure-aws-credentials a role-duration-seconds that covers the longest apply or destroy (at most the role's MaxSessionDuration, which may need raising too)."
    ]
    if (errored)
      lines.push(
        `Terraform could not save the state and wrote it to ${join(this.options.cwd, errored)}: with fresh credentials, push it (terraform state push ${errored} in ${this.options.label}) before anything else runs, or the next run works from an outdated state.`
      )
    if (lockReleaseFailed(output))
      lines.push(
        'The state lock could not be released either: release it with terraform force-unlock once the state is pushed.'
      )
    return lines.join(' ')
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
