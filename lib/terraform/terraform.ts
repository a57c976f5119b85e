/**
 * Runs Terraform: output streamed to the log (folded per command), failures turned into one-line
 * errors that say what Terraform said: the state lock and who holds it, or its `Error:` lines.
 */
import { UserError } from '../core/errors.js'
import { CommandFailedError, run, type RunResult } from '../core/exec.js'
import { redact } from '../core/secrets.js'
import { lockMessage, parseLockError, terraformErrors } from './errors.js'

export interface TerraformOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** The working directory as the user wrote it, for messages. */
  label: string
  lockTimeoutSeconds: number
}

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
    try {
      return await run(this.path, args, {
        cwd: this.options.cwd,
        env: { ...this.options.env, TF_IN_AUTOMATION: 'true', TF_INPUT: '0' },
        okExitCodes: options.okExitCodes,
        stream: options.stream,
        groupTitle: options.title ?? `terraform ${args[0]}`
      })
    } catch (error) {
      if (error instanceof CommandFailedError) throw this.explain(args, error.result)
      throw error
    }
  }

  private explain(args: string[], result: RunResult): TerraformFailedError {
    const output = `${result.stderr}\n${result.stdout}`
    const lock = parseLockError(output)
    if (lock)
      return new StateLockedError(
        lockMessage(lock, this.options.label, this.options.lockTimeoutSeconds),
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
      redact(
        `terraform ${args[0]} failed in ${this.options.label} (exit ${result.exitCode})${said ? `: ${said}` : ''}`
      ),
      result
    )
  }
}
