/**
 * The publish plan, a pure function of the local files and what the bucket holds (its manifest and
 * a listing): which files to upload (assets first, entry points last), which to keep, which objects
 * to prune, which paths to invalidate, and the manifest to write at the end.
 *
 * A file is kept only when the newest publish that holds its path recorded the same sha256 and the
 * same headers, and the listing still shows that object (same size and ETag): an object deleted or
 * overwritten behind Shipline's back is uploaded again.
 */
import type { FileClass, ObjectHeaders } from './cache-rules.js'
import type { Manifest, ManifestFile, Publish } from './manifest.js'
import type { LocalFile } from './site.js'

export interface SiteFile extends LocalFile {
  fileClass: FileClass
  headers: ObjectHeaders
}

export interface RemoteObject {
  size: number
  etag?: string
}

export interface RemoteState {
  /** The bucket's manifest; undefined when it has none. */
  manifest?: Manifest
  /** Every object under the prefix (path relative to the prefix → size and ETag). */
  objects: Map<string, RemoteObject>
  /** Set when the manifest could not be read (a dry run without access): the plan is an estimate. */
  unknownBecause?: string
}

export type UploadReason = 'new' | 'changed' | 'headers' | 'missing' | 'unverified'

export interface PlannedUpload {
  file: SiteFile
  reason: UploadReason
}

export interface PlannedPrune {
  path: string
  fileClass: FileClass
  /** expired: its publish is older than the last N; removed: an entry point the site no longer has. */
  reason: 'expired' | 'removed'
}

export interface PublishPlan {
  version: string
  /** Uploaded first: every file that is not an entry point. */
  assets: PlannedUpload[]
  /** Uploaded once every asset is there. */
  entries: PlannedUpload[]
  kept: SiteFile[]
  prune: PlannedPrune[]
  /** URL paths whose content changes: entry points and other unhashed files, uploaded or pruned. */
  invalidate: string[]
  /** The manifest written last (the new publish's ETags are filled in as uploads answer). */
  next: Manifest
  /** The bucket's newest publish is this version and nothing needs uploading. */
  alreadyPublished: boolean
  uploadBytes: number
  unknownBecause?: string
}

export interface PlanInput {
  version: string
  files: SiteFile[]
  remote: RemoteState
  /** Publishes whose assets stay (the new one included). */
  keep: number
  sse?: string
  publishedAt: string
}

function sameHeaders(a: ObjectHeaders & { sse?: string }, b: ObjectHeaders & { sse?: string }): boolean {
  return (
    a.contentType === b.contentType &&
    a.cacheControl === b.cacheControl &&
    (a.contentEncoding ?? '') === (b.contentEncoding ?? '') &&
    (a.sse ?? '') === (b.sse ?? '')
  )
}

/** Path → the record of the newest publish that holds it. */
function latestRecords(manifest: Manifest | undefined): Map<string, ManifestFile> {
  const latest = new Map<string, ManifestFile>()
  for (const publish of manifest?.publishes ?? [])
    for (const [path, record] of Object.entries(publish.files))
      if (!latest.has(path)) latest.set(path, record)
  return latest
}

function uploadReason(
  file: SiteFile,
  record: ManifestFile | undefined,
  remote: RemoteState,
  sse: string | undefined
): UploadReason | undefined {
  const object = remote.objects.get(file.path)
  if (remote.unknownBecause)
    return file.fileClass === 'immutable' && object?.size === file.size ? undefined : 'unverified'
  if (!record) return 'new'
  if (record.sha256 !== file.sha256) return 'changed'
  if (!sameHeaders(record, { ...file.headers, sse })) return 'headers'
  if (!object || object.size !== file.size || (record.etag && object.etag && record.etag !== object.etag))
    return 'missing'
  return undefined
}

function record(file: SiteFile, sse: string | undefined, etag?: string): ManifestFile {
  return {
    sha256: file.sha256,
    size: file.size,
    class: file.fileClass,
    ...file.headers,
    ...(etag ? { etag } : {}),
    ...(sse ? { sse } : {})
  }
}

/** `/path`, and `/dir/` too for a `dir/index.html` (what the browser asks for). */
export function urlPaths(path: string): string[] {
  const paths = [`/${path}`]
  const index = /(^|\/)index\.html?$/.exec(path)
  if (index) paths.push(`/${path.slice(0, index.index + index[1].length)}`)
  return paths
}

function prunes(previous: Publish[], next: Publish[], remote: RemoteState): PlannedPrune[] {
  const [current, ...older] = next
  const retained = new Set(Object.keys(current.files))
  for (const publish of older)
    for (const [path, file] of Object.entries(publish.files)) if (file.class !== 'entry') retained.add(path)
  const keptVersions = new Set(older.map(publish => publish.version))
  const result = new Map<string, PlannedPrune>()
  for (const publish of previous)
    for (const [path, file] of Object.entries(publish.files)) {
      if (retained.has(path) || result.has(path) || !remote.objects.has(path)) continue
      const reason = keptVersions.has(publish.version) && file.class === 'entry' ? 'removed' : 'expired'
      result.set(path, { path, fileClass: file.class, reason })
    }
  return [...result.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
}

export function planPublish(input: PlanInput): PublishPlan {
  const { remote, sse } = input
  const latest = latestRecords(remote.manifest)
  const uploads: PlannedUpload[] = []
  const kept: SiteFile[] = []
  const files: Record<string, ManifestFile> = {}
  for (const file of input.files) {
    const previous = latest.get(file.path)
    const reason = uploadReason(file, previous, remote, sse)
    if (reason) uploads.push({ file, reason })
    else kept.push(file)
    files[file.path] = record(file, sse, reason ? undefined : previous?.etag)
  }
  const previous = remote.manifest?.publishes ?? []
  const publish: Publish = { version: input.version, publishedAt: input.publishedAt, files }
  const publishes = [publish, ...previous.filter(p => p.version !== input.version)].slice(0, input.keep)
  const prune = remote.unknownBecause ? [] : prunes(previous, publishes, remote)
  const invalidate = new Set<string>()
  for (const { file } of uploads)
    if (file.fileClass !== 'immutable') urlPaths(file.path).forEach(p => invalidate.add(p))
  for (const pruned of prune)
    if (pruned.fileClass !== 'immutable') urlPaths(pruned.path).forEach(p => invalidate.add(p))
  return {
    version: input.version,
    assets: uploads.filter(upload => upload.file.fileClass !== 'entry'),
    entries: uploads.filter(upload => upload.file.fileClass === 'entry'),
    kept,
    prune,
    invalidate: [...invalidate].sort(),
    next: { format: 1, publishes },
    alreadyPublished: uploads.length === 0 && previous[0]?.version === input.version,
    uploadBytes: uploads.reduce((sum, upload) => sum + upload.file.size, 0),
    ...(remote.unknownBecause ? { unknownBecause: remote.unknownBecause } : {})
  }
}

/**
 * Whether the bucket already serves `version`: its newest publish is that version and every object
 * of it is still there as uploaded. Then there is nothing to build or upload.
 */
export function holdsVersion(remote: RemoteState, version: string): boolean {
  const newest = remote.manifest?.publishes[0]
  if (!newest || newest.version !== version || remote.unknownBecause) return false
  return Object.entries(newest.files).every(([path, file]) => {
    const object = remote.objects.get(path)
    return (
      object !== undefined &&
      object.size === file.size &&
      (!file.etag || !object.etag || file.etag === object.etag)
    )
  })
}
