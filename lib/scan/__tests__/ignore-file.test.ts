import { describe, expect, it } from '@jest/globals'
import { globMatch } from '../../core/glob.js'
import { parseDate, parseIgnoreFile, parseTrivyIgnore, parseTrivyIgnoreYaml } from '../ignore-file.js'
import { parsePurl, purlMatches } from '../purl.js'

describe('.trivyignore', () => {
  it('reads ids, exp: dates and skips comments and blank lines (Trivy testdata format)', () => {
    const rules = parseTrivyIgnore(
      '# vulnerabilities\nCVE-2019-0001\n\nCVE-2019-0004 exp:2020-01-01\nCVE-2019-0006 exp:9999-01-01 key2:value2\n  # misconfigurations\nAVD-ID-0300\n',
      '.trivyignore'
    )
    expect(rules.vulnerabilities.map(r => [r.id, r.expires, r.origin])).toEqual([
      ['CVE-2019-0001', undefined, '.trivyignore:2'],
      ['CVE-2019-0004', '2020-01-01', '.trivyignore:4'],
      ['CVE-2019-0006', '9999-01-01', '.trivyignore:5'],
      ['AVD-ID-0300', undefined, '.trivyignore:7']
    ])
    expect(rules.vulnerabilities[1].expiresAt).toBe(Date.UTC(2020, 0, 1))
    expect(rules.secrets).toBe(rules.vulnerabilities)
    expect(rules.misconfigurations).toBe(rules.vulnerabilities)
  })

  it.each([
    ['CVE-1 exp:2024-13-01', '.trivyignore:1: "exp:2024-13-01" is not a date (expected exp:YYYY-MM-DD)'],
    ['CVE-1\nCVE-2 exp:tomorrow', '.trivyignore:2: "exp:tomorrow" is not a date (expected exp:YYYY-MM-DD)'],
    ['CVE-1 exp:2023-02-29', '.trivyignore:1: "exp:2023-02-29" is not a date (expected exp:YYYY-MM-DD)']
  ])('refuses %j', (text, message) => {
    expect(() => parseTrivyIgnore(text, '.trivyignore')).toThrow(message)
  })
})

describe('.trivyignore.yaml', () => {
  it('reads every section; licenses are accepted and not judged; ids are optional with paths or purls', () => {
    const rules = parseIgnoreFile(
      `vulnerabilities:
  - id: CVE-2019-0001
    paths: ["**/*-lock.json"]
  - purls: ["pkg:deb/ubuntu/linux-libc-dev"]
    statement: Kernel headers
  - id: CVE-2019-0005
    expired_at: 2023-01-01
  - id: CVE-2019-0006
    expired_at: "2020-01-01"
misconfigurations:
  - id: ID200
    paths: ["app/Dockerfile"]
secrets:
licenses:
  - id: MIT
`,
      'ci/.trivyignore.yml'
    )
    expect(rules.files).toEqual(['ci/.trivyignore.yml'])
    expect(rules.vulnerabilities.map(r => [r.id, r.paths, r.purls.length, r.expires, r.statement])).toEqual([
      ['CVE-2019-0001', ['**/*-lock.json'], 0, undefined, undefined],
      [undefined, [], 1, undefined, 'Kernel headers'],
      ['CVE-2019-0005', [], 0, '2023-01-01', undefined],
      ['CVE-2019-0006', [], 0, '2020-01-01', undefined]
    ])
    expect(rules.vulnerabilities[2].expiresAt).toBe(Date.UTC(2023, 0, 1))
    expect(rules.vulnerabilities[3].expiresAt).toBe(Date.UTC(2020, 0, 1))
    expect(rules.misconfigurations.map(r => r.origin)).toEqual(['ci/.trivyignore.yml misconfigurations[0]'])
    expect(rules.secrets).toEqual([])
  })

  it.each([
    ['vulnerabilities: [', 'f.yaml: not valid YAML'],
    [
      '- CVE-1',
      'f.yaml: expected a mapping with the keys vulnerabilities, misconfigurations, secrets, licenses'
    ],
    [
      'vulnerability:\n  - id: CVE-1',
      'f.yaml: unknown key "vulnerability" (expected vulnerabilities, misconfigurations, secrets, licenses)'
    ],
    ['vulnerabilities: CVE-1', 'f.yaml: vulnerabilities must be a list of entries'],
    ['vulnerabilities:\n  - CVE-1', 'f.yaml: vulnerabilities[0] must be a mapping'],
    [
      'vulnerabilities:\n  - statement: why',
      'f.yaml: vulnerabilities[0]: an entry needs an id, paths or purls'
    ],
    [
      'vulnerabilities:\n  - id: CVE-1\n    expires: 2025-01-01',
      'f.yaml: vulnerabilities[0]: unknown key "expires"'
    ],
    [
      'vulnerabilities:\n  - id: CVE-1\n    expired_at: soon',
      'f.yaml: vulnerabilities[0]: expired_at "soon" is not a date (expected YYYY-MM-DD)'
    ],
    [
      'secrets:\n  - id: x\n    paths: ["a/[b"]',
      'f.yaml: secrets[0].paths: "a/[b" is not a valid glob pattern'
    ],
    [
      'secrets:\n  - id: x\n    purls: ["pkg:npm/a"]',
      'f.yaml: secrets[0]: purls is only supported for vulnerabilities'
    ],
    [
      'vulnerabilities:\n  - id: x\n    purls: ["npm/a"]',
      'f.yaml: vulnerabilities[0].purls: "npm/a" is not a package URL'
    ],
    [
      'vulnerabilities:\n  - id: x\n    paths: "a"',
      'f.yaml: vulnerabilities[0].paths must be a list of strings'
    ]
  ])('refuses %j', (text, message) => {
    expect(() => parseTrivyIgnoreYaml(text, 'f.yaml')).toThrow(message)
  })

  it('an empty file ignores nothing', () => {
    expect(parseTrivyIgnoreYaml('', 'f.yaml').vulnerabilities).toEqual([])
  })
})

describe('globs (doublestar semantics)', () => {
  it.each([
    ['**/*-lock.json', 'package-lock.json', true],
    ['**/*-lock.json', 'app/web/package-lock.json', true],
    ['*-lock.json', 'app/package-lock.json', false],
    ['bar/package.json', 'bar/package.json', true],
    ['vendor/**', 'vendor/a/b.go', true],
    ['app/*/Dockerfile', 'app/api/Dockerfile', true],
    ['app/*/Dockerfile', 'app/api/v2/Dockerfile', false],
    ['**/{Dockerfile,Containerfile}', 'x/Containerfile', true],
    ['file?.txt', 'file1.txt', true],
    ['[ab].tf', 'c.tf', false],
    ['a.b', 'axb', false]
  ])('%s ~ %s → %s', (pattern, path, matched) => {
    expect(globMatch(pattern, path)).toBe(matched)
  })
})

describe('package URLs', () => {
  const target = parsePurl('pkg:apk/alpine/musl@1.1.20-r4?arch=x86_64&distro=3.9.4')!
  it.each([
    ['pkg:apk/alpine/musl', true],
    ['pkg:apk/alpine/musl@1.1.20-r4', true],
    ['pkg:apk/alpine/musl@1.1.20-r5', false],
    ['pkg:apk/alpine/musl?arch=x86_64', true],
    ['pkg:apk/alpine/musl?arch=aarch64', false],
    ['pkg:apk/alpine/musl-utils', false],
    ['pkg:deb/alpine/musl', false]
  ])('%s matches musl: %s', (pattern, matched) => {
    expect(purlMatches(parsePurl(pattern)!, target)).toBe(matched)
  })
  it('reads namespaces with several segments', () => {
    expect(parsePurl('pkg:golang/github.com/aquasecurity/bar@v1')).toMatchObject({
      type: 'golang',
      namespace: 'github.com/aquasecurity',
      name: 'bar',
      version: 'v1'
    })
  })
})

describe('parseDate', () => {
  it.each([
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2023-02-29', undefined],
    ['2024-2-1', undefined]
  ])('%s', (text, ms) => expect(parseDate(text)).toBe(ms))
})
