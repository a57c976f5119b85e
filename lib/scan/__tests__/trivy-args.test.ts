import { describe, expect, it } from '@jest/globals'
import { classify, nameTargets, sarifCategory, type ScanTarget, type UnnamedTarget } from '../targets.js'
import { dbDownloadArgs, scanArgs, trivyEnv, trivyRelease } from '../trivy-args.js'

const named = (lines: string[]) => nameTargets(lines.map(line => classify(line) as UnnamedTarget))

describe('image lines', () => {
  it.each([
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service:src-0123456789ab', 'image', 'auth-service'],
    ['localhost:5000/team/hr-service@sha256:' + 'a'.repeat(64), 'image', 'hr-service'],
    ['alpine', 'image', 'alpine'],
    ['ghcr.io/org/app:1.2.3@sha256:' + 'b'.repeat(64), 'image', 'app'],
    ['oci-archive:build/finance-service.tar', 'archive', 'finance-service'],
    ['./out/gateway.tar.gz', 'archive', 'gateway'],
    ['/tmp/images/Reporting_Service.tgz', 'archive', 'reporting_service'],
    ['dist/frontend.tar', 'archive', 'frontend']
  ])('%s is an %s named %s', (line, kind, name) => {
    const [target] = named([line])
    expect(target.kind).toBe(kind)
    expect(target.name).toBe(name)
    expect(sarifCategory(target)).toBe(`trivy-${name}`)
  })

  it('makes names unique in input order', () => {
    expect(named(['r1/api:1', 'r2/api:1', 'oci-archive:api.tar', 'web']).map(t => t.name)).toEqual([
      'api',
      'api-2',
      'api-3',
      'web'
    ])
  })

  it.each([
    ['Auth-Service:latest', '"Auth-Service:latest" is not an image reference'],
    ['https://ghcr.io/org/app:1', '"https://ghcr.io/org/app:1" is a URL, not an image reference'],
    ['app:1 extra', '"app:1 extra" contains spaces'],
    ['oci-archive:', '"oci-archive:" names no archive path'],
    ['app@sha256:123', '"app@sha256:123" is not an image reference']
  ])('%s is refused: %s', (line, problem) => {
    expect(classify(line)).toEqual({ line, problem })
  })
})

describe('trivy release', () => {
  it.each([
    ['linux', 'x64', 'trivy_0.72.0_Linux-64bit.tar.gz'],
    ['linux', 'arm64', 'trivy_0.72.0_Linux-ARM64.tar.gz'],
    ['darwin', 'arm64', 'trivy_0.72.0_macOS-ARM64.tar.gz']
  ])('%s/%s → %s with its checksums file', (platform, arch, archive) => {
    expect(trivyRelease('0.72.0', 'https://mirror.example/trivy/', platform, arch)).toMatchObject({
      tool: 'trivy',
      version: '0.72.0',
      archiveUrl: `https://mirror.example/trivy/v0.72.0/${archive}`,
      checksumsUrl: 'https://mirror.example/trivy/v0.72.0/trivy_0.72.0_checksums.txt',
      archiveName: archive,
      binary: 'trivy',
      pinnedSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      signature: { url: 'https://mirror.example/trivy/v0.72.0/trivy_0.72.0_checksums.txt.sigstore.json' }
    })
  })
  it('refuses platforms without a release archive', () => {
    expect(() => trivyRelease('0.72.0', 'https://x', 'win32', 'x64')).toThrow(
      'Trivy releases have no archive for win32/x64; supported: linux or darwin on x64 or arm64'
    )
  })
})

describe('argv', () => {
  const image: ScanTarget = { kind: 'image', line: 'r/app:1', ref: 'r/app:1', name: 'app' }
  const archive: ScanTarget = { kind: 'archive', line: 'oci-archive:a.tar', path: '/w/a.tar', name: 'a' }
  const options = {
    cacheDir: '/c/workers/1',
    output: '/o/app.json',
    scanners: ['vuln', 'secret'] as const,
    timeoutMs: 600_000
  }

  it('downloads the DB once from one repository', () => {
    expect(dbDownloadArgs('/c', 'mirror.gcr.io/aquasec/trivy-db')).toEqual([
      'image',
      '--download-db-only',
      '--cache-dir',
      '/c',
      '--db-repository',
      'mirror.gcr.io/aquasec/trivy-db',
      '--no-progress'
    ])
  })

  it('scans a reference with every severity, JSON, no DB update, exit code 0', () => {
    expect(scanArgs(image, { ...options, scanners: [...options.scanners] })).toEqual([
      'image',
      '--cache-dir',
      '/c/workers/1',
      '--skip-db-update',
      '--format',
      'json',
      '--output',
      '/o/app.json',
      '--severity',
      'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
      '--exit-code',
      '0',
      '--scanners',
      'vuln,secret',
      '--timeout',
      '600s',
      '--no-progress',
      'r/app:1'
    ])
  })

  it('scans an archive with --input', () => {
    expect(scanArgs(archive, { ...options, scanners: ['vuln'] }).slice(-3)).toEqual([
      '--no-progress',
      '--input',
      '/w/a.tar'
    ])
  })

  it('removes the TRIVY_* settings that would filter the report, keeps the others', () => {
    expect(
      trivyEnv({
        PATH: '/bin',
        TRIVY_SEVERITY: 'CRITICAL',
        trivy_ignore_unfixed: 'true',
        TRIVY_IGNOREFILE: 'x',
        TRIVY_FORMAT: 'sarif',
        TRIVY_USERNAME: 'u',
        TRIVY_INSECURE: 'true'
      })
    ).toEqual({ PATH: '/bin', TRIVY_USERNAME: 'u', TRIVY_INSECURE: 'true' })
  })
})
