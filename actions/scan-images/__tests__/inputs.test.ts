/** Every bad input is one `::error::` line naming the input, and nothing happened before it. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { recordInputSource } from '../../../lib/core/inputs.js'
import { tempDir } from '../../../__fixtures__/trivy.js'

const restoreCache = jest.fn<() => Promise<string | undefined>>()
const saveCache = jest.fn<() => Promise<number>>()
const isFeatureAvailable = jest.fn(() => true)
jest.unstable_mockModule('@actions/cache', () => ({ restoreCache, saveCache, isFeatureAvailable }))

const { run } = await import('../src/main.js')
const { runAction } = await import('../../../lib/core/action.js')
const { getInputs } = await import('../src/inputs.js')
const { Inputs } = await import('../../../lib/core/inputs.js')

let work: string
let runnerTemp: string
let outputFile: string

beforeEach(() => {
  work = tempDir('scan-inputs-')
  runnerTemp = tempDir('scan-inputs-runner-')
  outputFile = join(runnerTemp, 'github_output')
  writeFileSync(outputFile, '')
  process.env.GITHUB_OUTPUT = outputFile
  process.env.GITHUB_STEP_SUMMARY = join(runnerTemp, 'summary.md')
  writeFileSync(join(work, 'bad-date.trivyignore'), 'CVE-2024-1 exp:2024-02-30\n')
  writeFileSync(join(work, 'bad.trivyignore.yaml'), 'vulnerabilities:\n  - statement: no id\n')
  writeFileSync(join(work, 'a-file'), 'x')
  restoreCache.mockReset()
  saveCache.mockReset()
})

afterEach(() => {
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_STEP_SUMMARY
  process.exitCode = undefined
})

const accepted = {
  images:
    'one image per line: a reference such as registry/repo:tag or repo@sha256:…, or an archive as oci-archive:PATH or ./PATH.tar',
  severity: 'a comma-separated list of CRITICAL, HIGH, MEDIUM, LOW',
  ignoreFiles: 'the .trivyignore or .trivyignore.yaml formats of Trivy'
}

const CASES: Array<[string, Record<string, string>, string]> = [
  ['no images', { images: '' }, 'Input "images": is required but was empty; accepted: one value per line'],
  [
    'images of comments only',
    { images: '# none\n' },
    'Input "images": is required but was empty; accepted: one value per line'
  ],
  [
    'an upper-case reference',
    { images: 'erp/Auth:1' },
    `Input "images": "erp/Auth:1" is not an image reference; accepted: ${accepted.images}`
  ],
  [
    'a URL',
    { images: 'https://ghcr.io/erp/a:1' },
    `Input "images": "https://ghcr.io/erp/a:1" is a URL, not an image reference; accepted: ${accepted.images}`
  ],
  [
    'a missing archive',
    { images: 'oci-archive:build/none.tar' },
    `Input "images": the archive "build/none.tar" does not exist; accepted: ${accepted.images}`
  ],
  [
    'an image listed twice',
    { images: 'erp/a:1\nerp/b:1\nerp/a:1' },
    `Input "images": "erp/a:1" is listed twice; accepted: ${accepted.images}`
  ],
  [
    'an unknown severity',
    { severity: 'CRITICAL,SEVERE' },
    `Input "severity": "SEVERE" is not a severity; accepted: ${accepted.severity}`
  ],
  [
    'UNKNOWN in severity',
    { severity: 'HIGH,UNKNOWN' },
    'Input "severity": UNKNOWN is set by unknown-severity, not here; accepted: a list of CRITICAL, HIGH, MEDIUM, LOW'
  ],
  [
    'ignore-unfixed not a boolean',
    { 'ignore-unfixed': 'yes' },
    'Input "ignore-unfixed": "yes" is not a boolean; accepted: true or false'
  ],
  [
    'unknown-severity warn',
    { 'unknown-severity': 'warn' },
    'Input "unknown-severity": "warn" is not allowed; accepted: fail, ignore'
  ],
  [
    'a missing ignore file',
    { 'ignore-files': '.trivyignore' },
    'Input "ignore-files": ".trivyignore" cannot be read; accepted: paths of existing .trivyignore or .trivyignore.yaml files'
  ],
  [
    'an ignore file with a bad date',
    { 'ignore-files': 'bad-date.trivyignore' },
    `Input "ignore-files": bad-date.trivyignore:1: "exp:2024-02-30" is not a date (expected exp:YYYY-MM-DD); accepted: ${accepted.ignoreFiles}`
  ],
  [
    'a YAML ignore entry without id, paths or purls',
    { 'ignore-files': 'bad.trivyignore.yaml' },
    `Input "ignore-files": bad.trivyignore.yaml: vulnerabilities[0]: an entry needs an id, paths or purls; accepted: ${accepted.ignoreFiles}`
  ],
  [
    'fail-on-findings not a boolean',
    { 'fail-on-findings': 'never' },
    'Input "fail-on-findings": "never" is not a boolean; accepted: true or false'
  ],
  [
    'concurrency 0',
    { concurrency: '0' },
    'Input "concurrency": "0" is not a whole number in range; accepted: an integer from 1 to 16'
  ],
  [
    'concurrency in words',
    { concurrency: 'two' },
    'Input "concurrency": "two" is not a whole number in range; accepted: an integer from 1 to 16'
  ],
  [
    'concurrency too high',
    { concurrency: '64' },
    'Input "concurrency": "64" is not a whole number in range; accepted: an integer from 1 to 16'
  ],
  [
    'an unknown scanner',
    { scanners: 'vuln,license' },
    'Input "scanners": "license" is not a scanner Shipline judges; accepted: vuln, secret, misconfig'
  ],
  [
    'a timeout that is no duration',
    { timeout: 'forever' },
    'Input "timeout": "forever" is not a duration; accepted: a duration such as 90s, 15m, 1h or 1h30m'
  ],
  [
    'a timeout too short',
    { timeout: '1s' },
    'Input "timeout": "1s" is too short; accepted: a duration such as 90s, 15m, 1h or 1h30m, at least 10s'
  ],
  [
    'an output-dir that is a file',
    { 'output-dir': 'a-file' },
    'Input "output-dir": "<work>/a-file" is a file; accepted: a directory path (created when missing)'
  ],
  [
    'trivy-version latest',
    { 'trivy-version': 'latest' },
    'Input "trivy-version": "latest" is not a pinned version; accepted: a release version such as 0.72.0'
  ],
  [
    'trivy-base-url not http',
    { 'trivy-base-url': 'ftp://mirror.example/trivy' },
    'Input "trivy-base-url": "ftp://mirror.example/trivy" is not an https base URL; accepted: the HTTPS URL under which v<version>/ holds the release files, such as https://github.com/aquasecurity/trivy/releases/download (plain http only on loopback)'
  ],
  [
    'trivy-base-url on plain HTTP off loopback',
    { 'trivy-base-url': 'http://mirror.example/trivy' },
    'Input "trivy-base-url": "http://mirror.example/trivy" is not an https base URL; accepted: the HTTPS URL under which v<version>/ holds the release files, such as https://github.com/aquasecurity/trivy/releases/download (plain http only on loopback)'
  ],
  [
    'a DB repository with a scheme',
    { 'db-repositories': 'mirror.gcr.io/aquasec/trivy-db\nhttps://ghcr.io/aquasecurity/trivy-db' },
    'Input "db-repositories": "https://ghcr.io/aquasecurity/trivy-db" is not an OCI repository; accepted: repositories such as mirror.gcr.io/aquasec/trivy-db, one per line, without a scheme'
  ],
  [
    'cache-db not a boolean',
    { 'cache-db': 'sometimes' },
    'Input "cache-db": "sometimes" is not a boolean; accepted: true or false'
  ]
]

describe('bad inputs', () => {
  it('has at least 15 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(15))

  it.each(CASES)('%s', async (_name, overrides, message) => {
    const installTrivy = jest.fn(async () => '/nonexistent/trivy')
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      await runAction(async () => {
        await run({
          inputs: recordInputSource({ images: 'erp/auth-service:1', 'output-dir': 'out', ...overrides }),
          cwd: work,
          env: { ...process.env, RUNNER_TEMP: runnerTemp },
          platform: 'linux',
          arch: 'x64',
          installTrivy
        })
      })
      const written = stdout.mock.calls.map(c => String(c[0])).join('')
      expect(written).toBe(`::error::${message.replace('<work>', work)}\n`)
    } finally {
      stdout.mockRestore()
    }
    expect(process.exitCode).toBe(1)
    // Nothing happened: no install, no cache call, no directory, no output, no summary.
    expect(installTrivy).not.toHaveBeenCalled()
    expect(restoreCache).not.toHaveBeenCalled()
    expect(saveCache).not.toHaveBeenCalled()
    expect(existsSync(join(work, 'out'))).toBe(false)
    expect(existsSync(join(runnerTemp, 'shipline-trivy'))).toBe(false)
    expect(readFileSync(outputFile, 'utf8')).toBe('')
    expect(existsSync(join(runnerTemp, 'summary.md'))).toBe(false)
  })
})

describe('good inputs', () => {
  it('reads defaults', () => {
    const inputs = getInputs(new Inputs(recordInputSource({ images: 'erp/a:1' })), work)
    expect(inputs).toMatchObject({
      severities: ['CRITICAL', 'HIGH'],
      ignoreUnfixed: false,
      unknownSeverity: 'fail',
      failOnFindings: true,
      concurrency: 2,
      scanners: ['vuln', 'secret'],
      timeoutMs: 600_000,
      outputDir: join(work, '.shipline/scan'),
      trivyVersion: '0.72.0',
      trivyBaseUrl: 'https://github.com/aquasecurity/trivy/releases/download',
      dbRepositories: ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'],
      cacheDb: true
    })
    expect(inputs.ignores.files).toEqual([])
  })

  it('normalises: lower-case severities, v-prefixed version, archive paths made absolute, both default ignore files', () => {
    mkdirSync(join(work, 'build'))
    writeFileSync(join(work, 'build', 'a.tar'), '')
    writeFileSync(join(work, '.trivyignore'), 'CVE-1\n')
    writeFileSync(join(work, '.trivyignore.yaml'), 'secrets:\n  - id: x\n')
    const inputs = getInputs(
      new Inputs(
        recordInputSource({
          images: './build/a.tar\nerp/b:1',
          severity: 'critical, medium',
          'trivy-version': 'v0.70.0'
        })
      ),
      work
    )
    expect(inputs.severities).toEqual(['CRITICAL', 'MEDIUM'])
    expect(inputs.trivyVersion).toBe('0.70.0')
    expect(inputs.targets).toEqual([
      { kind: 'archive', line: './build/a.tar', path: join(work, 'build', 'a.tar'), name: 'a' },
      { kind: 'image', line: 'erp/b:1', ref: 'erp/b:1', name: 'b' }
    ])
    expect(inputs.ignores.files).toEqual(['.trivyignore', '.trivyignore.yaml'])
    expect(inputs.ignores.secrets.map(r => r.id)).toEqual(['CVE-1', 'x'])
  })
})
