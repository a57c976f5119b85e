/**
 * What a publish did (or, in a dry run, would do), for people: the job summary and the PR comment's
 * Frontend section (markdown), and the CLI's plan (one line per file). Pure.
 */
import { code, heading, table } from '../core/markdown.js'
import type { ObjectHeaders } from './cache-rules.js'
import type { S3Target } from './options.js'
import type { PublishResult } from './publish.js'

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`
}

export function bucketUrl(target: S3Target): string {
  return `s3://${target.bucket}/${target.prefix}`
}

function headerText(headers: ObjectHeaders): string {
  return [
    `Content-Type: ${headers.contentType}`,
    `Cache-Control: ${headers.cacheControl}`,
    ...(headers.contentEncoding ? [`Content-Encoding: ${headers.contentEncoding}`] : [])
  ].join('; ')
}

/** One sentence: what changed. */
export function headline(result: PublishResult): string {
  if (result.held) return `The bucket already holds version ${code(result.version)}: nothing to upload.`
  const verb = result.dryRun ? 'would upload' : 'uploaded'
  const pruneVerb = result.dryRun ? 'would prune' : 'pruned'
  return `Version ${code(result.version)}: ${verb} ${result.uploaded} file${result.uploaded === 1 ? '' : 's'} (${formatBytes(result.uploadedBytes)}), kept ${result.kept}, ${pruneVerb} ${result.pruned}; ${result.invalidate.length} path${result.invalidate.length === 1 ? '' : 's'} to invalidate.`
}

/** Markdown for the job summary (level 3) or the PR comment (level 4, fewer rows). */
export function renderPublishMarkdown(
  result: PublishResult,
  target: S3Target,
  options: { level?: number; rows?: number } = {}
): string {
  const level = options.level ?? 3
  const rows = options.rows ?? 50
  const title = `${result.dryRun ? 'Static publish plan for' : 'Static publish to'} ${code(bucketUrl(target))}`
  const parts = [heading(level, title), '', headline(result)]
  if (result.note) parts.push('', `⚠️ ${result.note}.`)
  const plan = result.plan
  if (!plan || result.held) return parts.join('\n')
  const uploads = [...plan.assets, ...plan.entries]
  if (uploads.length) {
    const shown = uploads
      .slice(0, rows)
      .map(({ file, reason }) => [
        code(file.path),
        reason,
        file.fileClass,
        code(file.headers.cacheControl),
        formatBytes(file.size)
      ])
    parts.push(
      '',
      table(
        ['Uploaded' + (result.dryRun ? ' (planned)' : ''), 'Why', 'Kind', 'Cache-Control', 'Size'],
        shown,
        true
      )
    )
    if (uploads.length > rows) parts.push('', `… and ${uploads.length - rows} more.`)
  }
  if (plan.prune.length) {
    const shown = plan.prune.slice(0, rows).map(p => code(p.path))
    parts.push(
      '',
      `Pruned (${plan.prune.length}): ${shown.join(', ')}${plan.prune.length > rows ? ', …' : ''}`
    )
  }
  if (plan.invalidate.length) {
    const shown = plan.invalidate.slice(0, rows).map(code)
    parts.push('', `Invalidated: ${shown.join(', ')}${plan.invalidate.length > rows ? ', …' : ''}`)
  } else parts.push('', 'Nothing to invalidate: no entry point or unhashed file changed.')
  return parts.join('\n')
}

/** The plan as plain lines: every file (upload or keep, with its headers), every prune and invalidation. */
export function renderPlanText(result: PublishResult, target: S3Target): string {
  const lines = [
    `${result.dryRun ? 'Plan for' : 'Published to'} ${bucketUrl(target)}: ${headline(result).replace(/`/g, '')}`
  ]
  if (result.note) lines.push(`note: ${result.note}`)
  const plan = result.plan
  if (plan) {
    const byPath = new Map<string, string>()
    for (const { file, reason } of [...plan.assets, ...plan.entries])
      byPath.set(
        file.path,
        `upload  ${file.path}  (${reason}, ${file.fileClass})  ${headerText(file.headers)}`
      )
    for (const file of plan.kept)
      byPath.set(file.path, `keep    ${file.path}  (${file.fileClass})  ${headerText(file.headers)}`)
    lines.push(...[...byPath.keys()].sort().map(path => byPath.get(path) as string))
    for (const pruned of plan.prune)
      lines.push(`prune   ${pruned.path}  (${pruned.reason}, ${pruned.fileClass})`)
    if (plan.entries.length)
      lines.push(
        `order: ${plan.assets.length} asset(s) first, then ${plan.entries.length} entry point(s), then prunes, then the manifest`
      )
  }
  for (const path of result.invalidate) lines.push(`invalidate ${path}`)
  return lines.join('\n')
}
