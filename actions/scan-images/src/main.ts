/**
 * scan-images: decide (inputs) → execute (Trivy over every image, Shipline's policy, SARIF) →
 * report (outputs, the job summary, and a failure when the policy fails).
 */
import * as core from '@actions/core'
import { type Clock, systemClock } from '../../../lib/core/clock.js'
import { UserError } from '../../../lib/core/errors.js'
import { actionInputSource, Inputs, type InputSource } from '../../../lib/core/inputs.js'
import type { ToolRelease } from '../../../lib/core/install.js'
import { warning } from '../../../lib/core/log.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { failureLine, renderScanFindings, type ScanResult } from '../../../lib/scan/findings-markdown.js'
import { scanImages, type ScanImagesResult } from '../../../lib/scan/scan-images.js'
import { getInputs, OUTPUTS } from './inputs.js'

export interface RunDeps {
  inputs?: InputSource
  clock?: Clock
  cwd?: string
  env?: NodeJS.ProcessEnv
  platform?: string
  arch?: string
  /** Installs (or finds) Trivy and returns the executable's path. */
  installTrivy?: (release: ToolRelease) => Promise<string>
}

export type RunSummary = ScanImagesResult

function setOutputs(results: ScanResult[], passed: boolean): void {
  const byImage = <T>(pick: (r: ScanResult) => T | undefined) =>
    JSON.stringify(
      Object.fromEntries(results.flatMap(r => (pick(r) === undefined ? [] : [[r.image, pick(r) as T]])))
    )
  core.setOutput(OUTPUTS.passed, String(passed))
  core.setOutput(
    OUTPUTS.counts,
    byImage(r => r.judgement?.counts)
  )
  core.setOutput(
    OUTPUTS.reportPaths,
    byImage(r => r.reportPath)
  )
  core.setOutput(
    OUTPUTS.sarifPaths,
    byImage(r => r.sarifPath)
  )
}

export async function run(deps: RunDeps = {}): Promise<RunSummary> {
  // Every input is validated before anything is downloaded, run or written.
  const env = deps.env ?? process.env
  const inputs = getInputs(new Inputs(deps.inputs ?? actionInputSource), deps.cwd ?? process.cwd(), env)

  const scanned = await scanImages(inputs, {
    clock: deps.clock ?? systemClock,
    env,
    platform: deps.platform,
    arch: deps.arch,
    installTrivy: deps.installTrivy
  })

  const { results, passed } = scanned
  setOutputs(results, passed)
  await writeJobSummary(renderScanFindings(results))
  if (!passed) {
    if (inputs.failOnFindings || results.some(r => r.error)) throw new UserError(failureLine(results))
    warning(`${failureLine(results)} (not failing the step: fail-on-findings is false)`)
  }
  return scanned
}
