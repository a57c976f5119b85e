/**
 * The publish manifest: one object in the bucket (`<prefix>.shipline/publish-manifest.json`) that
 * records the last N publishes, newest first, each with its version and every file it published:
 * sha256, size, the ETag S3 answered, its class and headers. It is written after a publish's uploads
 * and prunes, so it never names an object that was not there.
 */
import { UserError } from '../core/errors.js'
import type { FileClass, ObjectHeaders } from './cache-rules.js'

export const MANIFEST_PATH = '.shipline/publish-manifest.json'
export const MANIFEST_FORMAT = 1

export interface ManifestFile extends ObjectHeaders {
  sha256: string
  size: number
  class: FileClass
  /** The ETag S3 answered when the file was uploaded (to notice an object changed behind our back). */
  etag?: string
  /** The server-side encryption it was uploaded with (`AES256`, `aws:kms`, …), when one was asked for. */
  sse?: string
}

export interface Publish {
  version: string
  publishedAt: string
  /** Path relative to the prefix → what was published there. */
  files: Record<string, ManifestFile>
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT
  publishes: Publish[]
}

export function emptyManifest(): Manifest {
  return { format: MANIFEST_FORMAT, publishes: [] }
}

/** The manifest of `text`; a manifest this version cannot read is an error, never silently ignored. */
export function parseManifest(text: string, where: string): Manifest {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UserError(`${where} is not JSON: delete it to publish everything again`)
  }
  const manifest = data as Partial<Manifest>
  if (!manifest || typeof manifest !== 'object' || !Array.isArray(manifest.publishes))
    throw new UserError(`${where} is not a Shipline publish manifest: delete it to publish everything again`)
  if (manifest.format !== MANIFEST_FORMAT)
    throw new UserError(
      `${where} has format ${String(manifest.format)}, which this Shipline does not read (it reads ${MANIFEST_FORMAT}): upgrade Shipline`
    )
  for (const publish of manifest.publishes)
    if (typeof publish?.version !== 'string' || !publish.files || typeof publish.files !== 'object')
      throw new UserError(
        `${where} has a publish without a version or files: delete it to publish everything again`
      )
  return manifest as Manifest
}

export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest)}\n`
}
