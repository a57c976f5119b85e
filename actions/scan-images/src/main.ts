/**
 * scan-images: install Trivy (pinned, verified, cached), prepare one vulnerability DB, scan every
 * image with a concurrency limit, judge each JSON report with Shipline's policy, write SARIF per
 * image, the outputs and the job summary, and fail when the policy fails.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { type Clock, systemClock } from '../../../lib/core/clock.js'
import { oneLine, UserError } from '../../../lib/core/errors.js'
import { actionInputSource, Inputs, type InputSource } from '../../../lib/core/inputs.js'
import { installTool, type ToolRelease } from '../../../lib/core/install.js'
import { info, warning } from '../../../lib/core/log.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import {
  failureLine,
  renderScanFindings,
  resultPassed,
  type ScanResult
} from '../../../lib/scan/findings-markdown.js'
import { getInputs, OUTPUTS, type ScanInputs } from './inputs.js'
import { judge, type Policy } from '../../../lib/scan/policy.js'
import { parseTrivyReport } from '../../../lib/scan/report.js'
import { toSarif } from '../../../lib/scan/sarif.js'
import { scanAll, type ScanOutcome } from '../../../lib/scan/scan.js'
import { sarifCategory } from '../../../lib/scan/targets.js'
import { trivyEnv, trivyRelease } from '../../../lib/scan/trivy-args.js'
import { type CacheApi, type DbState, prepareDb } from '../../../lib/scan/vuln-db.js'

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

export interface RunSummary {
  results: ScanResult[]
  db: DbState
  passed: boolean
}

async function loadCache(enabled: boolean): Promise<CacheApi | undefined> {
  if (!enabled) return undefined
  const cache = await import('@actions/cache')
  if (!cache.isFeatureAvailable()) {
    info('The Actions cache service is not available here: the Trivy DB is downloaded and not cached')
    return undefined
  }
  return cache
}

async function judgeOutcome(
  outcome: ScanOutcome,
  policy: Policy,
  inputs: ScanInputs,
  trivyVersion: string
): Promise<ScanResult> {
  const { target } = outcome
  const result: ScanResult = { image: target.line, name: target.name }
  if (outcome.error || !outcome.reportPath) return { ...result, error: outcome.error ?? 'no report' }
  result.reportPath = outcome.reportPath
  try {
    const report = parseTrivyReport(await readFile(outcome.reportPath, 'utf8'), outcome.reportPath)
    result.judgement = judge(report, policy)
  } catch (error) {
    return { ...result, error: `unreadable report: ${oneLine(error)}` }
  }
  const sarifPath = join(inputs.outputDir, `${target.name}.sarif`)
  const sarif = toSarif(result.judgement.findings, {
    category: sarifCategory(target),
    imageName: target.line,
    trivyVersion
  })
  await writeFile(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`)
  result.sarifPath = sarifPath
  return result
}

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
  const cwd = deps.cwd ?? process.cwd()
  const env = deps.env ?? process.env
  const clock = deps.clock ?? systemClock
  // Every input is validated before anything is downloaded, run or written.
  const inputs = getInputs(new Inputs(deps.inputs ?? actionInputSource), cwd)
  const release = trivyRelease(
    inputs.trivyVersion,
    inputs.trivyBaseUrl,
    deps.platform ?? process.platform,
    deps.arch ?? process.arch
  )

  const trivy = await (deps.installTrivy ?? installTool)(release)
  const cacheRoot = join(env.RUNNER_TEMP || tmpdir(), 'shipline-trivy')
  const childEnv = trivyEnv(env)
  const db = await prepareDb({
    trivy,
    cacheRoot,
    repositories: inputs.dbRepositories,
    cache: await loadCache(inputs.cacheDb),
    now: clock.now(),
    env: childEnv
  })

  await mkdir(inputs.outputDir, { recursive: true })
  info(
    `Scanning ${inputs.targets.length} image(s), ${Math.min(inputs.concurrency, inputs.targets.length)} at a time`
  )
  const outcomes = await scanAll(inputs.targets, {
    trivy,
    cacheRoot,
    concurrency: inputs.concurrency,
    scanners: inputs.scanners,
    timeoutMs: inputs.timeoutMs,
    reportPath: target => join(inputs.outputDir, `${target.name}.json`),
    env: childEnv,
    clock
  })

  const policy: Policy = { ...inputs, now: clock.now() }
  const results = await Promise.all(
    outcomes.map(outcome => judgeOutcome(outcome, policy, inputs, release.version))
  )
  const passed = results.every(resultPassed)
  setOutputs(results, passed)
  await writeJobSummary(renderScanFindings(results))

  const scanErrors = results.some(r => r.error)
  if (!passed) {
    if (inputs.failOnFindings || scanErrors) throw new UserError(failureLine(results))
    warning(`${failureLine(results)} (not failing the step: fail-on-findings is false)`)
  }
  return { results, db, passed }
}
