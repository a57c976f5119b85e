/**
 * Content-Type from a file's extension: the types browsers need to be right (scripts, styles,
 * modules, wasm, fonts, images, manifests), text types with `charset=utf-8`, and
 * `application/octet-stream` for anything unknown. A precompressed variant (`app.js.br`) has the type
 * of what it decompresses to.
 */
import { posix } from 'node:path'

const TEXT = 'charset=utf-8'

/** Extension (lower case, without the dot) → Content-Type. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: `text/html; ${TEXT}`,
  htm: `text/html; ${TEXT}`,
  css: `text/css; ${TEXT}`,
  js: `text/javascript; ${TEXT}`,
  mjs: `text/javascript; ${TEXT}`,
  cjs: `text/javascript; ${TEXT}`,
  json: `application/json; ${TEXT}`,
  map: `application/json; ${TEXT}`,
  webmanifest: `application/manifest+json; ${TEXT}`,
  xml: `application/xml; ${TEXT}`,
  txt: `text/plain; ${TEXT}`,
  md: `text/markdown; ${TEXT}`,
  csv: `text/csv; ${TEXT}`,
  svg: `image/svg+xml; ${TEXT}`,
  wasm: 'application/wasm',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/vnd.microsoft.icon',
  bmp: 'image/bmp',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  eot: 'application/vnd.ms-fontobject',
  pdf: 'application/pdf',
  zip: 'application/zip',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  gz: 'application/gzip',
  tar: 'application/x-tar'
}

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream'

/** Precompressed variants: extension → Content-Encoding. */
export const ENCODINGS: Readonly<Record<string, string>> = { br: 'br', gz: 'gzip' }

const extension = (path: string) => posix.extname(path).slice(1).toLowerCase()

/**
 * The Content-Encoding of a precompressed variant (`app.js.br` → br), or undefined. Only a variant of
 * a web type is one: `release.tar.gz` is a gzip file to download, not a compressed tar to unpack.
 */
export function contentEncoding(path: string): string | undefined {
  const encoding = ENCODINGS[extension(path)]
  if (!encoding) return undefined
  const inner = extension(path.slice(0, path.lastIndexOf('.')))
  return inner in CONTENT_TYPES && !['gz', 'tar', 'zip'].includes(inner) ? encoding : undefined
}

/** The path a precompressed variant decompresses to (`app.js.br` → `app.js`); the path itself otherwise. */
export function decodedPath(path: string): string {
  return contentEncoding(path) ? path.slice(0, path.lastIndexOf('.')) : path
}

/** The Content-Type of `path`, looking through a `.br`/`.gz` suffix. */
export function contentType(path: string): string {
  return CONTENT_TYPES[extension(decodedPath(path))] ?? DEFAULT_CONTENT_TYPE
}
