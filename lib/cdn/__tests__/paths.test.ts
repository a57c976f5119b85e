import { describe, expect, it } from '@jest/globals'
import { encodePath, normalizePath, normalizePaths } from '../paths.js'

describe('encodePath', () => {
  it.each([
    ['/index.html', '/index.html'],
    ['/a b.html', '/a%20b.html'],
    ['/caf\u00e9.html', '/caf%C3%A9.html'],
    ['/{x}|y^z~[1]`', '/%7Bx%7D%7Cy%5Ez%7E%5B1%5D%60'],
    ['/quote"and<angle>#hash', '/quote%22and%3Cangle%3E%23hash'],
    ['/already%20encoded', '/already%20encoded'],
    ['/100%', '/100%25'],
    ['/search?q=1&lang=en', '/search?q=1&lang=en'],
    ['/images/*', '/images/*'],
    ['/\u65e5\u672c', '/%E6%97%A5%E6%9C%AC']
  ])('%s → %s', (raw, encoded) => {
    expect(encodePath(raw)).toBe(encoded)
  })
})

describe('normalizePath', () => {
  it.each([
    [
      'index.html',
      'Input "paths": "index.html" does not start with "/"; accepted: paths such as /index.html or /static/*'
    ],
    [
      '/static/*/app.js',
      'Input "paths": "/static/*/app.js" has "*" before its end; accepted: a single "*" as the last character, such as /static/*'
    ],
    [
      '/**',
      'Input "paths": "/**" has "*" before its end; accepted: a single "*" as the last character, such as /static/*'
    ],
    [
      `/${'a'.repeat(4000)}`,
      'Input "paths": a path is 4001 characters long once encoded; accepted: at most 4000 characters'
    ],
    [
      `/${'\u00e9'.repeat(700)}`,
      'Input "paths": a path is 4201 characters long once encoded; accepted: at most 4000 characters'
    ]
  ])('refuses %j', (raw, message) => {
    expect(() => normalizePath(raw)).toThrow(message)
  })

  it('accepts a path of exactly 4000 characters', () => {
    expect(normalizePath(`/${'a'.repeat(3999)}`)).toHaveLength(4000)
  })
})

describe('normalizePaths', () => {
  it.each([
    ['drops exact duplicates', ['/a', '/a', '/b'], ['/a', '/b']],
    ['drops duplicates that only differ in encoding', ['/a b', '/a%20b'], ['/a%20b']],
    [
      'drops files under a wildcard',
      ['/static/*', '/static/app.js', '/index.html'],
      ['/static/*', '/index.html']
    ],
    ['drops narrower wildcards', ['/static/js/*', '/static/*'], ['/static/*']],
    ['keeps everything out of /* but /*', ['/index.html', '/*', '/static/*'], ['/*']],
    ['wildcards are prefixes, not directories', ['/images*', '/images-old/x.png'], ['/images*']],
    ['is case-sensitive like CloudFront', ['/Static/*', '/static/a.js'], ['/Static/*', '/static/a.js']],
    ['keeps order of first appearance', ['/b', '/a', '/b'], ['/b', '/a']]
  ])('%s', (_name, raw, expected) => {
    expect(normalizePaths(raw)).toEqual(expected)
  })
})
