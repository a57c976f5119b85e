import { describe, expect, it } from '@jest/globals'
import { classifier, classify, isHashedName } from '../cache-rules.js'
import { contentEncoding, contentType } from '../content-types.js'

describe('hashed asset names', () => {
  it.each([
    ['assets/index-BpK8Zz3c.js', true], // Vite
    ['assets/index-B-3kL_9a.css', true], // Vite, base64url with - and _
    ['assets/vendor-DiwrgTda.js', true], // Vite, no digit
    ['static/js/main.8a2b3c4d.chunk.js', true], // CRA
    ['main.3f2a1b9c.js', true], // webpack [contenthash:8]
    ['app.3f2a1b9c4d5e6f70.js', true],
    ['chunk-ABCD2345.js', true], // esbuild
    ['assets/index-BpK8Zz3c.js.br', true], // a variant of a hashed file
    ['my-component.js', false],
    ['polyfills-legacy.js', false],
    ['roboto-v30-latin-regular.woff2', false],
    ['bundle.2024final.js', false],
    ['report-20240115.pdf', false],
    ['icon-192x192.png', false],
    ['favicon.ico', false],
    ['index.html', false],
    ['app.deadbeef.js', false] // hex without a digit: taken as a word (the safe side)
  ])('%s → %s', (path, hashed) => expect(isHashedName(path)).toBe(hashed))
})

describe('content types and encodings', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', undefined],
    ['a/b.mjs', 'text/javascript; charset=utf-8', undefined],
    ['app.js.br', 'text/javascript; charset=utf-8', 'br'],
    ['style.css.gz', 'text/css; charset=utf-8', 'gzip'],
    ['release.tar.gz', 'application/gzip', undefined],
    ['logo.SVG', 'image/svg+xml; charset=utf-8', undefined],
    ['font.woff2', 'font/woff2', undefined],
    ['app.wasm', 'application/wasm', undefined],
    ['site.webmanifest', 'application/manifest+json; charset=utf-8', undefined],
    ['README', 'application/octet-stream', undefined],
    ['data.bin', 'application/octet-stream', undefined]
  ])('%s → %s, %s', (path, type, encoding) => {
    expect(contentType(path)).toBe(type)
    expect(contentEncoding(path)).toBe(encoding)
  })
})

describe('classes and Cache-Control', () => {
  const c = classifier(
    ['sw.js'],
    [
      { match: 'fonts/**', cacheControl: 'public, max-age=604800' },
      { match: 'vendor/*.js', cacheControl: 'public, max-age=31536000, immutable' }
    ]
  )
  it.each([
    ['index.html', 'entry', 'no-cache'],
    ['docs/guide.htm', 'entry', 'no-cache'],
    ['index.html.gz', 'entry', 'no-cache'],
    ['sw.js', 'entry', 'no-cache'],
    ['assets/index-BpK8Zz3c.js', 'immutable', 'public, max-age=31536000, immutable'],
    ['vendor/lib.js', 'immutable', 'public, max-age=31536000, immutable'],
    ['fonts/inter.woff2', 'other', 'public, max-age=604800'],
    ['favicon.ico', 'other', 'public, max-age=0, must-revalidate']
  ])('%s → %s, %s', (path, fileClass, cacheControl) => {
    const result = classify(c, path)
    expect(result.fileClass).toBe(fileClass)
    expect(result.headers.cacheControl).toBe(cacheControl)
  })
})
