/**
 * Scanning every target with at most `concurrency` Trivy processes over the one DB. Each process
 * runs in its worker's cache directory (also its working directory, so no trivy.yaml or
 * .trivyignore of the repository reaches it); its output is logged as one folded block when it
 * ends, so parallel scans never interleave in the log.
 */
import { existsSync } from 'node:fs'
import { oneLine } from '../core/errors.js'
import { CommandFailedError, run, type RunResult } from '../core/exec.js'
import { redact } from '../core/secrets.js'
import { formatDuration } from '../core/duration.js'
import { group, toolOutput } from '../core/log.js'
import type { Clock } from '../core/clock.js'
import { mapWithLimit } from '../core/pool.js'
import type { ScanTarget } from './targets.js'
import { type Scanner, scanArgs } from './trivy-args.js'
import { workerCacheDir } from './vuln-db.js'

export interface ScanAllOptions {
  trivy: string
  cacheRoot: string
  concurrency: number
  scanners: Scanner[]
  timeoutMs: number
  /** Report path of a target. */
  reportPath: (target: ScanTarget) => string
  env: NodeJS.ProcessEnv
  clock: Clock
}

export interface ScanOutcome {
  target: ScanTarget
  reportPath?: string
  error?: string
}

export async function scanAll(targets: ScanTarget[], options: ScanAllOptions): Promise<ScanOutcome[]> {
  const dirs = new Map<number, Promise<string>>()
  const dirOf = (worker: number) => {
    let dir = dirs.get(worker)
    if (!dir) dirs.set(worker, (dir = workerCacheDir(options.cacheRoot, worker)))
    return dir
  }
  const settled = await mapWithLimit(targets, options.concurrency, async (target, worker) => {
    const cacheDir = await dirOf(worker)
    const output = options.reportPath(target)
    const started = options.clock.now()
    const args = scanArgs(target, {
      cacheDir,
      output,
      scanners: options.scanners,
      timeoutMs: options.timeoutMs
    })
    let result: RunResult
    try {
      result = await run(options.trivy, args, { env: options.env, cwd: cacheDir, stream: false })
    } catch (error) {
      if (!(error instanceof CommandFailedError)) throw error
      result = error.result
    }
    const took = formatDuration(options.clock.now() - started)
    const log = `${result.stdout}${result.stderr}`.trimEnd()
    await group(`trivy ${target.name} (${took}, exit ${result.exitCode})`, async () => {
      if (log) toolOutput(log)
    })
    if (result.exitCode !== 0) {
      const tail = redact(
        log
          .split('\n')
          .map(line => line.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .slice(-2)
          .join(' | ')
      )
      throw new Error(`trivy exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`)
    }
    if (!existsSync(output)) throw new Error(`trivy wrote no report to ${output}`)
    return output
  })
  return settled.map((outcome, i) =>
    outcome.status === 'fulfilled'
      ? { target: targets[i], reportPath: outcome.value }
      : { target: targets[i], error: oneLine(outcome.reason) }
  )
}
