/**
 * The version of a publish, recorded in the manifest. From shipline.yml, `static-<12 hex>`: the git
 * object ids of the watched paths and everything else that decides what is published (the build
 * command, the directory, prefix, keep, entry points, cache rules, encryption), computed before the build,
 * so a bucket already holding it means nothing to build or upload. From a directory alone,
 * `site-<12 hex>` over its files and the same settings.
 */
import { createHash } from 'node:crypto'
import { toGitPath, gitPrefix } from '../git/changed.js'
import { gitTopLevel, pathObjectIds } from '../git/git.js'
import type { StaticConfig } from '../config/config.js'
import type { LocalFile } from './site.js'

export const STATIC_VERSION = /^(?:static|site)-[0-9a-f]{12}$/

/** What besides the files decides what the bucket ends up holding. */
export interface PublishSettings {
  prefix: string
  keep: number
  entryPoints: string[]
  cache: Array<{ match: string; cacheControl: string }>
  sse?: string
  sseKmsKeyId?: string
}

function settingsLines(settings: PublishSettings): string[] {
  return [
    `prefix ${settings.prefix}`,
    `keep ${settings.keep}`,
    ...[...settings.entryPoints].sort().map(path => `entry ${path}`),
    ...settings.cache.map(rule => `cache ${JSON.stringify([rule.match, rule.cacheControl])}`),
    `sse ${settings.sse ?? ''} ${settings.sseKmsKeyId ?? ''}`
  ]
}

function digest(lines: string[]): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 12)
}

/** The version of a configured site: pure, from the git ids of its watched paths. */
export function staticVersion(
  section: StaticConfig,
  ids: Record<string, string>,
  settings: PublishSettings
): string {
  return `static-${digest([
    'shipline-static-v1',
    `dir ${section.dir}`,
    `context ${section.context}`,
    `build ${section.build ?? ''}`,
    ...Object.keys(ids)
      .sort()
      .map(path => `path ${path} ${ids[path]}`),
    ...settingsLines(settings)
  ])}`
}

/** The version of a directory published as it is: pure, from its files. */
export function siteVersion(files: LocalFile[], settings: PublishSettings): string {
  return `site-${digest([
    'shipline-site-v1',
    ...files.map(file => `file ${file.path} ${file.sha256}`),
    ...settingsLines(settings)
  ])}`
}

/** The git object ids of the watched paths of `section` (working tree when they are dirty). */
export async function watchedIds(root: string, section: StaticConfig): Promise<Record<string, string>> {
  const top = await gitTopLevel(root)
  const prefix = await gitPrefix(top, root)
  const { ids } = await pathObjectIds(
    top,
    section.watch.map(path => toGitPath(prefix, path))
  )
  return Object.fromEntries(section.watch.map(path => [path, ids.get(toGitPath(prefix, path)) ?? 'missing']))
}
