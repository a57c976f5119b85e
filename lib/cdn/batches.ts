/**
 * Splitting paths into invalidation batches under CloudFront's limits: at most 3000 file paths and
 * 15 wildcard paths in progress per distribution. Each batch fits the limits on its own, and there
 * are as few batches as the limits allow.
 */
import { createHash } from 'node:crypto'
import { isWildcard } from './paths.js'

export const MAX_FILE_PATHS = 3000
export const MAX_WILDCARD_PATHS = 15

export interface Batch {
  paths: string[]
  callerReference: string
}

function chunk<T>(items: T[], size: number, count: number): T[][] {
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size))
}

/** Batches of `paths`, files and wildcards spread so each batch respects both limits. */
export function planBatches(paths: string[], referenceBase: string): Batch[] {
  const files = paths.filter(path => !isWildcard(path))
  const wildcards = paths.filter(isWildcard)
  const count = Math.max(
    Math.ceil(files.length / MAX_FILE_PATHS),
    Math.ceil(wildcards.length / MAX_WILDCARD_PATHS)
  )
  const fileChunks = chunk(files, MAX_FILE_PATHS, count)
  const wildcardChunks = chunk(wildcards, MAX_WILDCARD_PATHS, count)
  return fileChunks.map((fileChunk, i) => {
    const batchPaths = [...wildcardChunks[i], ...fileChunk]
    return { paths: batchPaths, callerReference: callerReference(referenceBase, i, batchPaths) }
  })
}

/**
 * A caller reference that is the same for the same run attempt and paths: CloudFront answers a
 * repeated CreateInvalidation with the invalidation it already made, so a retried step never
 * invalidates twice.
 */
export function callerReference(base: string, index: number, paths: string[]): string {
  const digest = createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 16)
  return `${base}-${index + 1}-${digest}`
}

/** The reference base from the GitHub run (`shipline-<run id>-<attempt>`), or a local one. */
export function defaultReferenceBase(env: NodeJS.ProcessEnv, now: number): string {
  if (env.GITHUB_RUN_ID) return `shipline-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`
  return `shipline-local-${now}`
}
