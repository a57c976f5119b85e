/**
 * The content tag: `src-<12 hex>` of everything that decides what a build produces, namely the git
 * object ids of the watched paths and of the Dockerfile, the build context, the build args, the
 * platforms and the digests of the base images. Same sources → same tag, on any machine; the
 * registry holding the tag means the build can be skipped, and lacking it means it must be built.
 */
import { createHash } from 'node:crypto'
import { posix } from 'node:path'
import type { ServiceConfig } from '../config/config.js'
import { toGitPath, watchedPaths } from '../git/changed.js'
import { pathObjectIds } from '../git/git.js'

export const CONTENT_TAG = /^src-[0-9a-f]{12}$/

export interface ContentSources {
  context: string
  dockerfile: string
  /** Path (relative to the configuration's directory) → git object id, or `missing`. */
  ids: Record<string, string>
  buildArgs: Record<string, string>
  platforms: string[]
  /** Base image reference (as the Dockerfile names it, build args applied) → the digest it names. */
  bases?: Record<string, string>
}

/** The tag of `sources`; independent of the order of paths, build args and platforms. */
export function contentTag(sources: ContentSources): string {
  const lines = [
    'shipline-content-v1',
    `context ${sources.context}`,
    `dockerfile ${sources.dockerfile}`,
    ...Object.keys(sources.ids)
      .sort()
      .map(path => `path ${path} ${sources.ids[path]}`),
    ...Object.keys(sources.buildArgs)
      .sort()
      .map(name => `build-arg ${name}=${JSON.stringify(sources.buildArgs[name])}`),
    ...[...sources.platforms].sort().map(platform => `platform ${platform}`),
    ...Object.keys(sources.bases ?? {})
      .sort()
      .map(ref => `base ${ref} ${sources.bases?.[ref]}`)
  ]
  return `src-${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 12)}`
}

/** The sources of `service` read from git (the working tree when it has uncommitted changes there). */
export async function readContentSources(
  top: string,
  prefix: string,
  service: ServiceConfig,
  /** HEAD (null: no commit yet) and the repository's uncommitted files, when the caller has them. */
  known: { head?: string | null; dirtyFiles?: string[] } = {}
): Promise<{ sources: ContentSources; dirty: boolean }> {
  const dockerfile = posix.join(service.context, service.dockerfile)
  const paths = [...new Set([...watchedPaths(service), dockerfile])]
  const { ids, dirty } = await pathObjectIds(
    top,
    paths.map(path => toGitPath(prefix, path)),
    known
  )
  return {
    dirty,
    sources: {
      context: service.context,
      dockerfile,
      ids: Object.fromEntries(paths.map(path => [path, ids.get(toGitPath(prefix, path)) ?? 'missing'])),
      buildArgs: service.buildArgs,
      platforms: service.platforms
    }
  }
}
