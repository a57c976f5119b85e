/**
 * Invalidation paths, normalised the way CloudFront wants them: a leading `/`, `*` only at the end,
 * at most 4000 characters, RFC 1738 unsafe and non-ASCII characters percent-encoded (and nothing
 * else, or CloudFront would not match the cached object), duplicates and wildcard-covered paths
 * dropped.
 */
import { InputError } from '../core/errors.js'

export const MAX_PATH_LENGTH = 4000
const INPUT = 'paths'

/** Characters RFC 1738 calls unsafe, plus controls; `%` only where it does not start an escape. */
const UNSAFE = /[\s"#<>{}|\\^~[\]`]|%(?![0-9A-Fa-f]{2})|[^\x20-\x7e]/gu

export function encodePath(path: string): string {
  return path.replace(UNSAFE, char =>
    [...Buffer.from(char, 'utf8')].map(b => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  )
}

export function isWildcard(path: string): boolean {
  return path.endsWith('*')
}

/** Validate and encode one path; throws an InputError naming the offending path. */
export function normalizePath(raw: string): string {
  const path = raw.trim()
  if (!path.startsWith('/'))
    throw new InputError(INPUT, `"${path}" does not start with "/"`, 'paths such as /index.html or /static/*')
  const star = path.indexOf('*')
  if (star !== -1 && star !== path.length - 1)
    throw new InputError(
      INPUT,
      `"${path}" has "*" before its end`,
      'a single "*" as the last character, such as /static/*'
    )
  const encoded = encodePath(path)
  if (encoded.length > MAX_PATH_LENGTH)
    throw new InputError(
      INPUT,
      `a path is ${encoded.length} characters long once encoded`,
      `at most ${MAX_PATH_LENGTH} characters`
    )
  return encoded
}

/** Whether `wildcard` (ending in `*`) covers `path`. */
function covers(wildcard: string, path: string): boolean {
  return wildcard !== path && path.startsWith(wildcard.slice(0, -1))
}

/** All paths normalised, deduplicated, and without those a wildcard of the same request covers. */
export function normalizePaths(raw: string[]): string[] {
  const unique = [...new Set(raw.map(normalizePath))]
  const wildcards = unique.filter(isWildcard)
  return unique.filter(path => !wildcards.some(wildcard => covers(wildcard, path)))
}
