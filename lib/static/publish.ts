/**
 * A publish from decision to result: the version (before any build), what the bucket holds, the
 * build when the bucket lacks that version, the site scan, the plan (pure), then the uploads in a
 * safe order: every asset, then the entry points, then the prunes, then the manifest. A failure
 * before the entry points leaves the previous ones serving; a failure after leaves every entry
 * point that was replaced pointing at assets that are there.
 */
import { existsSync } from 'node:fs'
import type { S3Client } from '@aws-sdk/client-s3'
import type { Clock } from '../core/clock.js'
import { InputError, UserError } from '../core/errors.js'
import { run } from '../core/exec.js'
import { info, warning } from '../core/log.js'
import { pathKind } from '../core/paths.js'
import { mapWithLimit } from '../core/pool.js'
import { classifier, classify } from './cache-rules.js'
import type { PublishOptions } from './options.js'
import {
  holdsVersion,
  planPublish,
  type PlannedUpload,
  type PublishPlan,
  type RemoteState,
  type SiteFile
} from './plan.js'
import { scanSite } from './site.js'
import { type PublishSettings, siteVersion, staticVersion, watchedIds } from './version.js'

export interface PublishDeps {
  clock: Clock
  env: NodeJS.ProcessEnv
  /** Runs the build command (default: `sh -c COMMAND` in its directory, output streamed). */
  build?: (command: string, cwd: string) => Promise<void>
  /** An S3 client to use instead of one made from the options (benchmarks count its requests). */
  client?: S3Client
  multipartThreshold?: number
  partSize?: number
}

export interface PublishResult {
  version: string
  /** The bucket already held this version: nothing was built, scanned or uploaded. */
  held: boolean
  built: boolean
  dryRun: boolean
  plan?: PublishPlan
  /** Counts of what was done (what would be done, in a dry run). */
  uploaded: number
  uploadedBytes: number
  kept: number
  pruned: number
  invalidate: string[]
  /** Why the bucket could not be read in a dry run (the plan then assumes what it says). */
  note?: string
}

function settingsOf(options: PublishOptions): PublishSettings {
  return {
    prefix: options.target.prefix,
    keep: options.keep,
    entryPoints: options.entryPoints,
    cache: options.cache,
    ...(options.target.sse ? { sse: options.target.sse } : {}),
    ...(options.target.sseKmsKeyId ? { sseKmsKeyId: options.target.sseKmsKeyId } : {})
  }
}

async function shellBuild(command: string, cwd: string): Promise<void> {
  await run('sh', ['-c', command], { cwd, groupTitle: `Build the static site: ${command}` })
}

/** The site's files, classified; every refusal names the input before anything is uploaded. */
export async function readSite(options: PublishOptions): Promise<SiteFile[]> {
  const accepted = 'a directory with the built site (run the build first, or set static.build)'
  const kind = pathKind(options.dirInput, options.dir, accepted)
  if (kind === 'missing')
    throw new InputError(options.dirInput, `"${options.dirShown}" does not exist`, accepted)
  if (kind !== 'directory')
    throw new InputError(options.dirInput, `"${options.dirShown}" is not a directory`, accepted)
  const files = await scanSite(options.dirInput, options.dir, options.workspace)
  if (files.length === 0) throw new InputError(options.dirInput, `"${options.dirShown}" is empty`, accepted)
  const reserved = files.find(file => file.path.startsWith('.shipline/'))
  if (reserved)
    throw new InputError(
      options.dirInput,
      `"${reserved.path}" is under .shipline/, where Shipline keeps its manifest in the bucket`,
      'a site without a .shipline directory'
    )
  const paths = new Set(files.map(file => file.path))
  for (const entry of options.entryPoints)
    if (!paths.has(entry))
      throw new InputError(
        'entry-points',
        `"${entry}" is not a file of ${options.dirShown}`,
        `files of the site, relative to ${options.dirShown}, such as index.html`
      )
  if (!paths.has('index.html') && options.entryPoints.length === 0)
    warning(`${options.dirShown} has no index.html: only its .html files are entry points`)
  const c = classifier(options.entryPoints, options.cache)
  return files.map(file => {
    const { fileClass, headers } = classify(c, file.path)
    return { ...file, fileClass, headers }
  })
}

async function readBucket(
  options: PublishOptions,
  ctx: import('./s3.js').S3Context,
  env: NodeJS.ProcessEnv
): Promise<{ remote: RemoteState; note?: string }> {
  const { hasCredentialSource, readRemote } = await import('./s3.js')
  const empty = (unknownBecause: string) => ({
    remote: { objects: new Map(), unknownBecause },
    note: `${unknownBecause}: the plan assumes an empty bucket`
  })
  if (options.dryRun && !options.target.endpoint && !hasCredentialSource(env, existsSync))
    return empty('no AWS credentials were found')
  try {
    return { remote: await readRemote(ctx) }
  } catch (error) {
    if (!options.dryRun) throw error
    const message = (error as Error).message
    if (/does not exist/.test(message))
      return {
        remote: { objects: new Map() },
        note: `${message.replace(/: check bucket.*$/, '')}: the plan assumes an empty bucket`
      }
    return empty(`the bucket could not be read (${message})`)
  }
}

function summarize(version: string, plan: PublishPlan, extra: Partial<PublishResult>): PublishResult {
  return {
    version,
    held: false,
    built: false,
    dryRun: false,
    plan,
    uploaded: plan.assets.length + plan.entries.length,
    uploadedBytes: plan.uploadBytes,
    kept: plan.kept.length,
    pruned: plan.prune.length,
    invalidate: plan.invalidate,
    ...extra
  }
}

export async function publishStatic(options: PublishOptions, deps: PublishDeps): Promise<PublishResult> {
  const settings = settingsOf(options)
  const configured = options.config
  // Without a build, the site is checked before the first request; with one, after the build.
  const ready = options.build ? undefined : await readSite(options)
  const early = configured
    ? staticVersion(configured.section, await watchedIds(configured.root, configured.section), settings)
    : undefined
  const s3 = await import('./s3.js')
  const ctx = {
    client: deps.client ?? (await s3.createS3Client(options.target)),
    target: options.target,
    clock: deps.clock,
    multipartThreshold: deps.multipartThreshold,
    partSize: deps.partSize
  }
  const { remote, note } = await readBucket(options, ctx, deps.env)
  if (early && options.build && holdsVersion(remote, early)) {
    const files = Object.keys(remote.manifest?.publishes[0]?.files ?? {}).length
    info(`The bucket already holds version ${early} (${files} files): nothing to build or upload`)
    return {
      version: early,
      held: true,
      built: false,
      dryRun: options.dryRun,
      uploaded: 0,
      uploadedBytes: 0,
      kept: files,
      pruned: 0,
      invalidate: []
    }
  }
  if (options.build) await (deps.build ?? shellBuild)(options.build.command, options.build.cwd)
  const files = ready ?? (await readSite(options))
  const version = early ?? siteVersion(files, settings)
  const plan = planPublish({
    version,
    files,
    remote,
    keep: options.keep,
    sse: options.target.sse,
    publishedAt: new Date(deps.clock.now()).toISOString()
  })
  const built = Boolean(options.build)
  if (options.dryRun) return summarize(version, plan, { built, dryRun: true, ...(note ? { note } : {}) })
  await execute(ctx, plan, options.concurrency)
  return summarize(version, plan, { built, held: plan.alreadyPublished })
}

async function uploadAll(
  ctx: import('./s3.js').S3Context,
  plan: PublishPlan,
  uploads: PlannedUpload[],
  concurrency: number,
  what: string
): Promise<void> {
  const { uploadFile } = await import('./s3.js')
  const files = plan.next.publishes[0].files
  const results = await mapWithLimit(uploads, concurrency, async ({ file }) => {
    const etag = await uploadFile(ctx, file)
    if (etag) files[file.path].etag = etag
  })
  const failures = results
    .map((result, i) => ({ result, path: uploads[i].file.path }))
    .filter(({ result }) => result.status === 'rejected')
  if (failures.length === 0) return
  const first = (failures[0].result as PromiseRejectedResult).reason as Error
  throw new UserError(
    `${failures.length} of ${uploads.length} ${what} upload(s) failed (${failures
      .slice(0, 3)
      .map(f => f.path)
      .join(
        ', '
      )}${failures.length > 3 ? ', …' : ''}): ${first.message}${what === 'asset' ? '; no entry point was replaced, the previous ones still serve' : ''}`
  )
}

/** Assets, then entry points, then prunes, then the manifest: each step only once the one before is complete. */
async function execute(
  ctx: import('./s3.js').S3Context,
  plan: PublishPlan,
  concurrency: number
): Promise<void> {
  const { deleteObjects, writeManifest } = await import('./s3.js')
  if (plan.assets.length) {
    info(`Uploading ${plan.assets.length} asset(s)`)
    await uploadAll(ctx, plan, plan.assets, concurrency, 'asset')
  }
  if (plan.entries.length) {
    info(`Uploading ${plan.entries.length} entry point(s): ${plan.entries.map(u => u.file.path).join(', ')}`)
    await uploadAll(ctx, plan, plan.entries, concurrency, 'entry point')
  }
  if (plan.prune.length) {
    info(`Pruning ${plan.prune.length} object(s) no kept publish needs`)
    await deleteObjects(
      ctx,
      plan.prune.map(p => p.path)
    )
  }
  if (plan.assets.length || plan.entries.length || plan.prune.length || !plan.alreadyPublished)
    await writeManifest(ctx, plan.next)
}
