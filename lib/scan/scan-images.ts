/**
 * Many images through Trivy: install Trivy (pinned, verified, cached), prepare one vulnerability DB,
 * scan every image with a concurrency limit, judge each JSON report with Shipline's policy and write
 * SARIF per image. Returns the results; the caller reports them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock } from '../core/clock.js'
import { oneLine } from '../core/errors.js'
import { installTool, type ToolRelease } from '../core/install.js'
import { info } from '../core/log.js'
import { resultPassed, type ScanResult } from './findings-markdown.js'
import type { ScanOptions } from './options.js'
import { judge, type Policy } from './policy.js'
import { parseTrivyReport } from './report.js'
import { toSarif } from './sarif.js'
import { scanAll, type ScanOutcome } from './scan.js'
import { sarifCategory } from './targets.js'
import { trivyEnv, trivyRelease } from './trivy-args.js'
import { type CacheApi, type DbState, prepareDb } from './vuln-db.js'

export interface ScanImagesDeps {
  clock: Clock
  env: NodeJS.ProcessEnv
  platform?: string
  arch?: string
  /** Installs (or finds) Trivy and returns the executable's path. */
  installTrivy?: (release: ToolRelease) => Promise<string>
}

export interface ScanImagesResult {
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
  options: ScanOptions,
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
  const sarifPath = join(options.outputDir, `${target.name}.sarif`)
  const sarif = toSarif(result.judgement.findings, {
    category: sarifCategory(target),
    imageName: target.line,
    trivyVersion
  })
  await writeFile(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`)
  result.sarifPath = sarifPath
  return result
}

export async function scanImages(options: ScanOptions, deps: ScanImagesDeps): Promise<ScanImagesResult> {
  const { clock, env } = deps
  const release = trivyRelease(
    options.trivyVersion,
    options.trivyBaseUrl,
    deps.platform ?? process.platform,
    deps.arch ?? process.arch
  )
  const trivy = await (deps.installTrivy ?? installTool)(release)
  const cacheRoot = join(env.RUNNER_TEMP || tmpdir(), 'shipline-trivy')
  const childEnv = trivyEnv(env)
  const db = await prepareDb({
    trivy,
    cacheRoot,
    repositories: options.dbRepositories,
    cache: await loadCache(options.cacheDb),
    now: clock.now(),
    env: childEnv,
    maxAgeMs: options.maxDbAgeMs
  })

  await mkdir(options.outputDir, { recursive: true })
  info(
    `Scanning ${options.targets.length} image(s), ${Math.min(options.concurrency, options.targets.length)} at a time`
  )
  const outcomes = await scanAll(options.targets, {
    trivy,
    cacheRoot,
    concurrency: options.concurrency,
    scanners: options.scanners,
    timeoutMs: options.timeoutMs,
    reportPath: target => join(options.outputDir, `${target.name}.json`),
    env: childEnv,
    clock
  })

  const policy: Policy = { ...options, now: clock.now() }
  const results = await Promise.all(
    outcomes.map(outcome => judgeOutcome(outcome, policy, options, release.version))
  )
  return { results, db, passed: results.every(resultPassed) }
}
