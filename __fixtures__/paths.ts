/**
 * Where the tests find things: the repository root, its examples, and the real recorded outputs in
 * ../shared/fixtures (never edited; SOURCES.md there says where each came from).
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')

/** A path under the repository root. */
export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts)
}

/** A path under ../shared/fixtures, beside the checkout. */
export function sharedFixture(...parts: string[]): string {
  return join(REPO_ROOT, '..', 'shared', 'fixtures', ...parts)
}
