/**
 * What kind of file each one is, and the headers it is served with:
 * - `entry`: what a browser navigates to (every `.html` file, and the configured entry points):
 *   `Cache-Control: no-cache`, uploaded after every asset, invalidated when it changes;
 * - `immutable`: a hashed asset (`app.3f2a1b9c.js`, Vite's `index-BpK8Zz3c.js`): a new content is a
 *   new name, so it is cached for a year, never invalidated, and kept for the last N publishes;
 * - `other`: the rest (`favicon.ico`, `robots.txt`): revalidated, replaced in place, invalidated when
 *   it changes, kept for the last N publishes.
 * A cache rule (first match wins) sets the Cache-Control of the files it matches; a rule whose
 * Cache-Control says `immutable` makes them immutable.
 */
import { posix } from 'node:path'
import { globToRegExp } from '../core/glob.js'
import { contentEncoding, contentType, decodedPath } from './content-types.js'

export type FileClass = 'entry' | 'immutable' | 'other'

export const CACHE_CONTROL: Readonly<Record<FileClass, string>> = {
  entry: 'no-cache',
  immutable: 'public, max-age=31536000, immutable',
  other: 'public, max-age=0, must-revalidate'
}

export interface CacheRule {
  /** A glob over the path relative to the site root (`fonts/**`, `*.png`). */
  match: string
  cacheControl: string
}

export interface ObjectHeaders {
  contentType: string
  cacheControl: string
  contentEncoding?: string
}

/** A token a bundler writes as a content hash: 8 to 64 characters, not a word or a number. */
export function isHashToken(token: string): boolean {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(token)) return false
  const digits = /[0-9]/.test(token)
  const lower = /[a-z]/.test(token)
  const upper = /[A-Z]/.test(token)
  if (!lower && !upper) return false // 20240115: a date, not a hash
  if (lower && upper) return true // base64url (Vite, Rollup)
  if (upper) return digits // base32 (esbuild: ABCD2345)
  return digits && /^[0-9a-f]+$/.test(token.replace(/[-_]/g, '')) // hex (webpack, CRA); not "2024final"
}

/**
 * Whether the file name carries a content hash: `name.<hash>.ext` (webpack, CRA's
 * `main.8a2b3c4d.chunk.js`) or `name-<hash>.ext` (Vite, Rollup, esbuild).
 */
export function isHashedName(path: string): boolean {
  const base = posix.basename(decodedPath(path))
  const dot = base.lastIndexOf('.')
  const stem = dot > 0 ? base.slice(0, dot) : base
  const dotted = stem.split('.').slice(1)
  if (dotted.some(isHashToken)) return true
  const last = stem.split('.')[0]
  const vite = /-([A-Za-z0-9_-]{8})$/.exec(last)
  if (vite && isHashToken(vite[1])) return true
  const dash = last.lastIndexOf('-')
  return dash > 0 && isHashToken(last.slice(dash + 1))
}

export function isHtml(path: string): boolean {
  return /\.html?$/i.test(decodedPath(path))
}

export interface Classifier {
  /** Entry points named by the user, relative to the site root. */
  entryPoints: ReadonlySet<string>
  rules: ReadonlyArray<{ rule: CacheRule; pattern: RegExp }>
}

export function classifier(entryPoints: string[], rules: CacheRule[]): Classifier {
  return {
    entryPoints: new Set(entryPoints),
    rules: rules.map(rule => ({ rule, pattern: globToRegExp(rule.match) ?? /(?!)/ }))
  }
}

/** The class and headers of the file at `path` (relative to the site root). */
export function classify(c: Classifier, path: string): { fileClass: FileClass; headers: ObjectHeaders } {
  const rule = c.rules.find(({ pattern }) => pattern.test(path) || pattern.test(decodedPath(path)))?.rule
  const entry = isHtml(path) || c.entryPoints.has(path) || c.entryPoints.has(decodedPath(path))
  const fileClass: FileClass = entry
    ? 'entry'
    : (rule && /\bimmutable\b/.test(rule.cacheControl)) || isHashedName(path)
      ? 'immutable'
      : 'other'
  const encoding = contentEncoding(path)
  return {
    fileClass,
    headers: {
      contentType: contentType(path),
      cacheControl: rule?.cacheControl ?? CACHE_CONTROL[fileClass],
      ...(encoding ? { contentEncoding: encoding } : {})
    }
  }
}
