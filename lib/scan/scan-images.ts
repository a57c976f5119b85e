/**
 * Many images through Trivy: install Trivy (pinned, verified, cached), prepare one vulnerability DB,
 * scan every image with a concurrency limit, judge each JSON report with Shipline's policy and write
 * SARIF per image. Returns the results; the caller reports them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import type { Clock } from '../core/clock.js'
import { oneLine, UserError } from '../core/errors.js'
import { installTool, type ToolRelease } from '../core/install.js'
import { info, warning } from '../core/log.js'
import { pathKind } from '../core/paths.js'
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

/**
 * The Trivy to run: the pinned, verified release (installed and tool-cached), or the one a runner
 * image provides when SHIPLINE_TRIVY names it (self-hosted runners, air-gapped mirrors, the
 * rehearsal's stand-in). That one is not verified by Shipline, and the log says so.
 */
async function findTrivy(
  release: ToolRelease,
  env: NodeJS.ProcessEnv,
  install: (release: ToolRelease) => Promise<string>
): Promise<string> {
  const provided = env.SHIPLINE_TRIVY?.trim()
  if (!provided) return install(release)
  if (
    !isAbsolute(provided) ||
    pathKind('SHIPLINE_TRIVY', provided, 'the absolute path of a trivy executable') !== 'file'
  )
    throw new UserError(
      `SHIPLINE_TRIVY="${provided}" is not an executable file; set it to the absolute path of the runner's trivy, or unset it to install the pinned Trivy ${release.version}`
    )
  warning(
    `Using the Trivy that SHIPLINE_TRIVY names (${provided}): provided by the runner, not verified by Shipline`
  )
  return provided
}

export async function scanImages(options: ScanOptions, deps: ScanImagesDeps): Promise<ScanImagesResult> {
  const { clock, env } = deps
  const release = trivyRelease(
    options.trivyVersion,
    options.trivyBaseUrl,
    deps.platform ?? process.platform,
    deps.arch ?? process.arch
  )
  const trivy = await findTrivy(release, env, deps.installTrivy ?? installTool)
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
