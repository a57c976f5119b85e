/**
 * The image stage of the local run: for every service, build (or reuse, by content tag) without
 * pushing, scan the built archive with Trivy when it is installed, then push exactly the scanned bytes
 * to the loopback registry, as the deploy workflow does across its jobs.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ServiceConfig, ShiplineConfig } from '../../../lib/config/config.js'
import { run } from '../../../lib/core/exec.js'
import { info } from '../../../lib/core/log.js'
import {
  buildPushService,
  type Context,
  newSession,
  type ServiceResult,
  withBuildArgs
} from '../../../lib/images/build-push.js'
import { parseRegistry } from '../../../lib/images/registry-target.js'
import { renderScanFindings, resultPassed, type ScanResult } from '../../../lib/scan/findings-markdown.js'
import { judgeReportFiles } from '../../../lib/scan/report-files.js'
import type { Policy } from '../../../lib/scan/policy.js'
import type { Builder } from './preflight.js'

export interface ImageStageOptions {
  config: ShiplineConfig
  /** The services to build, in order. */
  services: ServiceConfig[]
  builder: Builder
  registryHost: string
  /** Podman storage and build args for the local base image (podman only). */
  podman: { root: string; runroot: string; storageDriver: string; isolation: string }
  buildArgs: Record<string, string>
  trivy: boolean
  policy: Policy
  outDir: string
  ctx: Context
}

export interface ImageStageResult {
  results: ServiceResult[]
  /** Services whose scan failed the policy: built, not pushed. */
  blocked: string[]
  scan?: { results: ScanResult[]; markdown: string; short: string }
  scanLine: string
}

async function scanArchive(archive: string, report: string): Promise<void> {
  await run(
    'trivy',
    ['image', '--input', archive, '--format', 'json', '--output', report, '--quiet', '--exit-code', '0'],
    {
      stream: false
    }
  )
}

export async function imagesStage(options: ImageStageOptions): Promise<ImageStageResult> {
  const { config, ctx } = options
  const registry = parseRegistry(options.registryHost)
  const base = {
    registry,
    builder: options.builder,
    insecure: true,
    cache: false,
    podman: options.podman
  }
  const services = options.services.map(service => withBuildArgs(service, options.buildArgs))
  const session = newSession()
  const built: ServiceResult[] = []
  for (const service of services)
    built.push(await buildPushService(config, service, { ...base, push: false }, ctx, session))

  const fresh = built.filter(result => result.built && result.archive)
  let scan: ImageStageResult['scan']
  let scanLine: string
  if (!options.trivy)
    scanLine = 'skipped: trivy not installed (nothing was scanned; install Trivy to gate the push)'
  else if (fresh.length === 0) scanLine = 'nothing to scan: no image was built'
  else {
    const dir = join(options.outDir, 'scan')
    await mkdir(dir, { recursive: true })
    const reports = fresh.map(result => join(dir, `${result.service}.json`))
    for (const [i, result] of fresh.entries()) await scanArchive(result.archive as string, reports[i])
    const results = judgeReportFiles(reports, options.policy)
    scan = { results, markdown: renderScanFindings(results), short: renderScanFindings(results, { top: 0 }) }
    const failing = results.filter(result => !resultPassed(result)).length
    scanLine = `${results.length} image(s) scanned with Trivy: ${failing ? `${failing} fail the policy` : 'all pass the policy'}`
  }
  const blocked = new Set(
    (scan?.results ?? []).filter(result => !resultPassed(result)).map(result => result.name)
  )

  const results: ServiceResult[] = []
  for (const [i, result] of built.entries()) {
    if (!result.built || blocked.has(result.service)) {
      results.push(result)
      continue
    }
    const service = services[i]
    const pushed = await buildPushService(
      config,
      service,
      { ...base, push: true, archive: result.archive },
      ctx,
      session
    )
    info(`${service.name}: pushed ${pushed.image}`)
    results.push({ ...pushed, built: true })
  }
  return { results, blocked: [...blocked], scan, scanLine }
}
