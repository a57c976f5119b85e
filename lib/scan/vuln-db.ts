/**
 * The vulnerability DB of a step: restored from the Actions cache (one entry per day, so it
 * refreshes daily), else downloaded once (`trivy image --download-db-only`, repositories tried in
 * order), then saved; every scan of the step reads it with `--skip-db-update`.
 *
 * A DB older than `maxAgeMs` (its metadata's UpdatedAt, else the day of its cache entry) fails the
 * step instead of scanning: every repository failing, or a mirror serving a stale DB, must not
 * quietly judge images against last month's vulnerabilities.
 *
 * Trivy's BoltDB files take an exclusive lock, so parallel Trivy processes cannot share one cache
 * directory: worker 0 scans with the step's cache directory, every other worker with its own
 * directory holding a copy of the one DB (a reflink where the filesystem supports it).
 */
import { constants, existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { formatDuration } from '../core/duration.js'
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
  /** How old the DB is, when its metadata or its cache entry tells. */
  ageMs?: number
}

export interface PrepareDbOptions {
  trivy: string
  cacheRoot: string
  repositories: string[]
  cache?: CacheApi
  now: number
  env: NodeJS.ProcessEnv
  /** The oldest DB a scan may use (the max-db-age input). */
  maxAgeMs: number
}

const DAY = 86_400_000

/** `5 days`, `1 day`, `30 hours`. */
export function formatAge(ms: number): string {
  if (ms >= 2 * DAY) return `${Math.floor(ms / DAY)} days`
  const hours = Math.floor(ms / 3_600_000)
  return hours >= 2 ? `${hours} hours` : formatDuration(ms)
}

/** When the DB in `dir` was built: its metadata.json's UpdatedAt (Trivy writes it), if readable. */
async function metadataUpdatedAt(dir: string): Promise<number | undefined> {
  const file = join(dir, 'metadata.json')
  try {
    if (!(await stat(file)).isFile() || (await stat(file)).size > 64 * 1024) return undefined
    const updated = Date.parse(
      String((JSON.parse(await readFile(file, 'utf8')) as { UpdatedAt?: unknown }).UpdatedAt)
    )
    return Number.isNaN(updated) ? undefined : updated
  } catch {
    return undefined
  }
}

/** Midnight (UTC) of the day a cache key names. */
function keyDay(key: string): number | undefined {
  const day = /(\d{4}-\d{2}-\d{2})$/.exec(key)?.[1]
  return day ? Date.parse(`${day}T00:00:00Z`) : undefined
}

/** The DB's age, refused when over the bound; `origin` says where it came from, for the message. */
async function checkAge(
  state: DbState,
  dir: string,
  options: PrepareDbOptions,
  origin: { entry?: string; repository?: string }
): Promise<DbState> {
  const updated = await metadataUpdatedAt(dir)
  const since = updated ?? (origin.entry ? keyDay(origin.entry) : undefined)
  if (since === undefined) return state
  const ageMs = Math.max(0, options.now - since)
  if (ageMs > options.maxAgeMs) {
    const where = [
      origin.repository ? `downloaded from ${origin.repository}` : `the cache entry ${origin.entry}`,
      updated !== undefined ? `updated ${new Date(updated).toISOString()}` : undefined
    ]
      .filter(Boolean)
      .join(', ')
    const failed = state.source === 'stale-cache' ? '; every DB repository failed' : ''
    throw new UserError(
      `The only Trivy vulnerability DB is ${formatAge(ageMs)} old (${where}${failed}), older than max-db-age (${formatDuration(options.maxAgeMs)}): make a DB repository reachable, or raise the input max-db-age to scan with it`
    )
  }
  return { ...state, ageMs }
}

/** The cache entry restored into `dir` (`key`, an older day's, or none); a cache failure is a warning. */
async function restoreDb(cache: CacheApi | undefined, dir: string, key: string): Promise<string | undefined> {
  if (!cache) return undefined
  try {
    return await cache.restoreCache([dir], key, [DB_CACHE_PREFIX])
  } catch (error) {
    warning(`Could not restore the Trivy DB from the cache: ${oneLine(error)}`)
    return undefined
  }
}

/** Download the DB from the first repository that serves it; the failures before it, said. */
async function downloadDb(options: PrepareDbOptions): Promise<{ repository?: string; failures: string[] }> {
  const { trivy, cacheRoot, env } = options
  const failures: string[] = []
  for (const candidate of options.repositories) {
    try {
      info(`Downloading the Trivy DB from ${candidate}`)
      await run(trivy, dbDownloadArgs(cacheRoot, candidate), { env, cwd: cacheRoot, stream: false })
      return { repository: candidate, failures }
    } catch (error) {
      failures.push(`${candidate}: ${oneLine(error)}`)
      warning(`Trivy DB download from ${candidate} failed: ${oneLine(error)}`)
    }
  }
  return { failures }
}

/** Save the DB for the day's later steps; a failure is only a warning. */
async function saveDb(cache: CacheApi | undefined, dir: string, key: string): Promise<void> {
  if (!cache) return
  try {
    await cache.saveCache([dir], key)
    info(`Trivy DB saved to the cache (${key})`)
  } catch (error) {
    // Another job of the same day may have saved it first; the scan does not depend on it.
    warning(`Could not save the Trivy DB to the cache: ${oneLine(error)}`)
  }
}

export async function prepareDb(options: PrepareDbOptions): Promise<DbState> {
  const { cacheRoot, cache, now } = options
  const dir = dbDir(cacheRoot)
  const key = dbCacheKey(now)
  await mkdir(cacheRoot, { recursive: true })
  const restored = await restoreDb(cache, dir, key)
  const haveDb = () => existsSync(join(dir, 'trivy.db'))
  if (restored === key && haveDb()) {
    info(`Trivy DB restored from the cache (${key}): no download`)
    return checkAge({ source: 'cache', key, downloadAttempts: 0 }, dir, options, { entry: key })
  }
  if (restored) info(`Trivy DB restored from an older cache entry (${restored}); updating it`)
  const { repository, failures } = await downloadDb(options)
  if (!repository) {
    if (restored && haveDb()) {
      const state = await checkAge(
        { source: 'stale-cache', key, downloadAttempts: failures.length },
        dir,
        options,
        { entry: restored }
      )
      const age = state.ageMs === undefined ? 'age unknown' : `${formatAge(state.ageMs)} old`
      warning(
        `Every DB repository failed; scanning with the DB of the cache entry ${restored} (${age}, within max-db-age ${formatDuration(options.maxAgeMs)})`
      )
      return state
    }
    throw new UserError(
      `Could not download the Trivy vulnerability DB from any repository: ${failures.join('; ')}`
    )
  }
  if (!haveDb()) throw new UserError(`trivy --download-db-only succeeded but left no DB in ${dir}`)
  const state = await checkAge(
    { source: 'download', repository, key, downloadAttempts: failures.length + 1 },
    dir,
    options,
    { repository }
  )
  await saveDb(cache, dir, key)
  return state
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
