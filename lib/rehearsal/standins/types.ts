/** What a stand-in for a third-party action receives, and what it may do (as the real one would). */
import type { Value } from '../expressions.js'
import type { Runner } from '../runner.js'

export interface StandInContext {
  /** The step's `with:`, evaluated (the stand-in applies the action's documented defaults). */
  inputs: Record<string, string>
  /** The step's environment (GITHUB_WORKSPACE, RUNNER_TEMP, the job's env, …). */
  env: Record<string, string>
  github: Record<string, Value>
  runner: Runner
  /** The job's key, such as deploy/plan. */
  job: string
  log(line: string): void
  setOutput(name: string, value: string): void
  exportVariable(name: string, value: string): void
  addPath(dir: string): void
  setSecret(value: string): void
}

export interface StandIn {
  /** owner/name, lower case. */
  repository: string
  /** What the real action does that this one does instead, for the README and the log. */
  summary: string
  run(context: StandInContext): Promise<void>
}
