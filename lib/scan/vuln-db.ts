/**
 * The vulnerability DB of a step: restored from the Actions cache (one entry per day, so it
 * refreshes daily), else downloaded once (`trivy image --download-db-only`, repositories tried in
 * order), then saved; every scan of the step reads it with `--skip-db-update`.
 *
 * Trivy's BoltDB files take an exclusive lock, so parallel Trivy processes cannot share one cache
 * directory: worker 0 scans with the step's cache directory, every other worker with its own
 * directory holding a copy of the one DB (a reflink where the filesystem supports it).
 */
import { constants, existsSync } from 'node:fs'
import { copyFile, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { oneLine, UserError } from '../core/errors.js'
import { run } from '../core/exec.js'
import { info, warning } from '../core/log.js'
import { dbDownloadArgs } from './trivy-args.js'

/** The part of @actions/cache used here (a module boundary tests replace). */
export interface CacheApi {
  isFeatureAvailable(): boolean
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

/** DB schema 2; bump the prefix when Trivy changes its DB schema. */
export const DB_CACHE_PREFIX = 'shipline-trivy-db-v2-'

export function dbCacheKey(now: number): string {
  return `${DB_CACHE_PREFIX}${new Date(now).toISOString().slice(0, 10)}`
}

export function dbDir(cacheRoot: string): string {
  return join(cacheRoot, 'db')
}

export interface DbState {
  /** Where the DB came from. */
  source: 'cache' | 'download' | 'stale-cache'
  /** The repository it was downloaded from. */
  repository?: string
  key: string
  /** `trivy --download-db-only` runs (failed ones included). */
  downloadAttempts: number
}

export interface PrepareDbOptions {
  trivy: string
  cacheRoot: string
  repositories: string[]
  cache?: CacheApi
  now: number
  env: NodeJS.ProcessEnv
}

export async function prepareDb(options: PrepareDbOptions): Promise<DbState> {
  const { trivy, cacheRoot, repositories, cache, now, env } = options
  const dir = dbDir(cacheRoot)
  const key = dbCacheKey(now)
  await mkdir(cacheRoot, { recursive: true })
  let restored: string | undefined
  if (cache) {
    try {
      restored = await cache.restoreCache([dir], key, [DB_CACHE_PREFIX])
    } catch (error) {
      warning(`Could not restore the Trivy DB from the cache: ${oneLine(error)}`)
    }
  }
  const haveDb = () => existsSync(join(dir, 'trivy.db'))
  if (restored === key && haveDb()) {
    info(`Trivy DB restored from the cache (${key}): no download`)
    return { source: 'cache', key, downloadAttempts: 0 }
  }
  if (restored) info(`Trivy DB restored from an older cache entry (${restored}); updating it`)
  const failures: string[] = []
  let repository: string | undefined
  for (const candidate of repositories) {
    try {
      info(`Downloading the Trivy DB from ${candidate}`)
      await run(trivy, dbDownloadArgs(cacheRoot, candidate), { env, cwd: cacheRoot, stream: false })
      repository = candidate
      break
    } catch (error) {
      failures.push(`${candidate}: ${oneLine(error)}`)
      warning(`Trivy DB download from ${candidate} failed: ${oneLine(error)}`)
    }
  }
  if (!repository) {
    if (restored && haveDb()) {
      warning(`Every DB repository failed; scanning with the DB from the cache entry ${restored}`)
      return { source: 'stale-cache', key, downloadAttempts: failures.length }
    }
    throw new UserError(
      `Could not download the Trivy vulnerability DB from any repository: ${failures.join('; ')}`
    )
  }
  if (!haveDb()) throw new UserError(`trivy --download-db-only succeeded but left no DB in ${dir}`)
  if (cache) {
    try {
      await cache.saveCache([dir], key)
      info(`Trivy DB saved to the cache (${key})`)
    } catch (error) {
      // Another job of the same day may have saved it first; the scan does not depend on it.
      warning(`Could not save the Trivy DB to the cache: ${oneLine(error)}`)
    }
  }
  return { source: 'download', repository, key, downloadAttempts: failures.length + 1 }
}

/** The cache directory worker `worker` scans with: the step's own for worker 0, else a copy. */
export async function workerCacheDir(cacheRoot: string, worker: number): Promise<string> {
  if (worker === 0) return cacheRoot
  const dir = join(cacheRoot, 'workers', String(worker))
  const target = dbDir(dir)
  await mkdir(target, { recursive: true })
  const source = dbDir(cacheRoot)
  for (const entry of await readdir(source, { withFileTypes: true }))
    if (entry.isFile())
      await copyFile(join(source, entry.name), join(target, entry.name), constants.COPYFILE_FICLONE)
  return dir
}
