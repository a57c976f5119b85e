/**
 * Every bad input is one `::error::` line naming the input, exit 1, no stack trace, quickly, and
 * nothing happened before it: no Trivy install, no cache call, no file or directory written. Run
 * through the shared action harness.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { expectCleanRefusal, plantHostileFiles, snapshot, timed } from '../../../__fixtures__/bad-inputs.js'
import { tar, writeOciArchive } from '../../../__fixtures__/oci-archive.js'
import { recordInputSource } from '../../../lib/core/inputs.js'
import { tempDir } from '../../../__fixtures__/trivy.js'

const restoreCache = jest.fn<() => Promise<string | undefined>>()
const saveCache = jest.fn<() => Promise<number>>()
const isFeatureAvailable = jest.fn(() => true)
jest.unstable_mockModule('@actions/cache', () => ({ restoreCache, saveCache, isFeatureAvailable }))

const { run } = await import('../src/main.js')
const { getInputs } = await import('../src/inputs.js')
const { Inputs } = await import('../../../lib/core/inputs.js')

let work: string
let runnerTemp: string
/** A second work directory, outside the first: what an input must not reach. */
const elsewhere = tempDir('scan-inputs-elsewhere-')
writeOciArchive(join(elsewhere, 'image.tar'))

beforeEach(() => {
  work = tempDir('scan-inputs-')
  runnerTemp = tempDir('scan-inputs-runner-')
  writeFileSync(join(work, 'bad-date.trivyignore'), 'CVE-2024-1 exp:2024-02-30\n')
  writeFileSync(join(work, 'bad.trivyignore.yaml'), 'vulnerabilities:\n  - statement: no id\n')
  writeFileSync(join(work, 'a-file'), 'x')
  // Hostile image archives (named *.tar) and ignore files (*.trivyignore) in the workspace.
  plantHostileFiles(join(work, 'hostile'), '.tar')
  plantHostileFiles(join(work, 'ignore'), '.trivyignore', 2 * 1024 * 1024)
  writeFileSync(join(work, 'hostile', 'text.tar'), 'this is a text file, not an image archive\n')
  writeFileSync(join(work, 'hostile', 'files.tar'), tar([['hello.txt', Buffer.from('hello')]]))
  writeFileSync(join(work, 'hostile', 'huge.tar'), '')
  truncateSync(join(work, 'hostile', 'huge.tar'), 64 * 1024 ** 3 + 1)
  mkdirSync(join(work, 'hostile', 'dir.tar'))
  symlinkSync(join(elsewhere, 'image.tar'), join(work, 'hostile', 'away.tar'))
  restoreCache.mockReset()
  saveCache.mockReset()
})

const accepted = {
  images:
    'one image per line: a reference such as registry/repo:tag or repo@sha256:…, or an archive as oci-archive:PATH or ./PATH.tar',
  archive:
    'an image archive (docker save or OCI layout; .tar, .tar.gz or .tgz) of at most 64 GiB, in the workspace or RUNNER_TEMP',
  severity: 'a comma-separated list of CRITICAL, HIGH, MEDIUM, LOW',
  ignoreFiles: 'the .trivyignore or .trivyignore.yaml formats of Trivy',
  ignorePaths: 'paths of existing .trivyignore or .trivyignore.yaml files of at most 1 MiB, in the workspace',
  outputDir: 'a directory in the workspace or RUNNER_TEMP (created when missing)'
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
    `Input "images": "build/none.tar" does not exist; accepted: ${accepted.archive}`
  ],
  [
    'an archive that is a named pipe',
    { images: './hostile/pipe.tar' },
    `Input "images": "./hostile/pipe.tar" is not a regular file; accepted: ${accepted.archive}`
  ],
  [
    'an archive that is a link to /dev/zero',
    { images: 'oci-archive:hostile/zero.tar' },
    `Input "images": "hostile/zero.tar" is outside the workspace and the runner temporary directory; accepted: ${accepted.archive}`
  ],
  [
    'an archive that is /dev/zero',
    { images: 'oci-archive:/dev/zero' },
    `Input "images": "/dev/zero" is outside the workspace and the runner temporary directory; accepted: ${accepted.archive}`
  ],
  [
    'an archive that is a directory',
    { images: './hostile/dir.tar' },
    `Input "images": "./hostile/dir.tar" is a directory; accepted: ${accepted.archive}`
  ],
  [
    'an archive under a file (ENOTDIR)',
    { images: './a-file/image.tar' },
    `Input "images": "./a-file/image.tar" goes through something that is not a directory; accepted: ${accepted.archive}`
  ],
  [
    'an archive with too long a name (ENAMETOOLONG)',
    { images: `./${'i'.repeat(300)}.tar` },
    `Input "images": "./${'i'.repeat(118)}…" (306 characters) is too long a path; accepted: ${accepted.archive}`
  ],
  [
    'an archive larger than 64 GiB',
    { images: './hostile/huge.tar' },
    `Input "images": "./hostile/huge.tar" is 68719476737 bytes, more than the 64 GiB allowed; accepted: ${accepted.archive}`
  ],
  [
    'a text file handed over as an archive',
    { images: './hostile/text.tar' },
    `Input "images": "./hostile/text.tar" is not a tar archive; accepted: ${accepted.archive}`
  ],
  [
    'a tar archive that holds no image',
    { images: './hostile/files.tar' },
    `Input "images": "./hostile/files.tar" holds no image (neither index.json nor manifest.json); accepted: ${accepted.archive}`
  ],
  [
    'a text file handed over as a gzip archive',
    { images: './hostile/plain.tar' },
    `Input "images": "./hostile/plain.tar" is not a tar archive; accepted: ${accepted.archive}`
  ],
  [
    'an archive outside the workspace and RUNNER_TEMP',
    { images: `oci-archive:${join(elsewhere, 'image.tar')}` },
    `Input "images": "${join(elsewhere, 'image.tar')}" is outside the workspace and the runner temporary directory; accepted: ${accepted.archive}`
  ],
  [
    'an archive through a link out of the workspace',
    { images: './hostile/away.tar' },
    `Input "images": "./hostile/away.tar" is outside the workspace and the runner temporary directory; accepted: ${accepted.archive}`
  ],
  [
    'images with a NUL character',
    { images: 'erp/a:1\u0000' },
    'Input "images": contains a NUL character; accepted: text without NUL characters'
  ],
  [
    'more than 256 images',
    { images: Array.from({ length: 257 }, (_, i) => `erp/svc-${i}:1`).join('\n') },
    'Input "images": has 257 lines; accepted: at most 256 lines of at most 1024 characters each'
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
    `Input "ignore-files": ".trivyignore" does not exist; accepted: ${accepted.ignorePaths}`
  ],
  [
    'an ignore file that is a named pipe',
    { 'ignore-files': 'ignore/pipe.trivyignore' },
    `Input "ignore-files": "ignore/pipe.trivyignore" is not a regular file; accepted: ${accepted.ignorePaths}`
  ],
  [
    'an ignore file that is a link to /dev/zero',
    { 'ignore-files': 'ignore/zero.trivyignore' },
    `Input "ignore-files": "ignore/zero.trivyignore" is outside the workspace; accepted: ${accepted.ignorePaths}`
  ],
  [
    'an ignore file that is a directory',
    { 'ignore-files': 'ignore/directory.trivyignore' },
    `Input "ignore-files": "ignore/directory.trivyignore" is a directory; accepted: ${accepted.ignorePaths}`
  ],
  [
    'an ignore file larger than 1 MiB',
    { 'ignore-files': 'ignore/big.trivyignore' },
    `Input "ignore-files": "ignore/big.trivyignore" is 2097152 bytes, more than the 1 MiB allowed; accepted: ${accepted.ignorePaths}`
  ],
  [
    'an ignore file outside the workspace',
    { 'ignore-files': '/etc/hostname' },
    `Input "ignore-files": "/etc/hostname" is outside the workspace; accepted: ${accepted.ignorePaths}`
  ],
  [
    'an ignore file under a file (ENOTDIR)',
    { 'ignore-files': 'a-file/.trivyignore' },
    `Input "ignore-files": "a-file/.trivyignore" goes through something that is not a directory; accepted: ${accepted.ignorePaths}`
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
    `Input "output-dir": "a-file" is a file; accepted: ${accepted.outputDir}`
  ],
  [
    'an output-dir outside the workspace',
    { 'output-dir': '../scan-reports' },
    `Input "output-dir": "../scan-reports" is outside the workspace and the runner temporary directory; accepted: ${accepted.outputDir}`
  ],
  [
    'an absolute output-dir elsewhere',
    { 'output-dir': join(elsewhere, 'reports') },
    `Input "output-dir": "${join(elsewhere, 'reports')}" is outside the workspace and the runner temporary directory; accepted: ${accepted.outputDir}`
  ],
  [
    'an output-dir through a link out of the workspace',
    { 'output-dir': 'hostile/escape.tar/reports' },
    `Input "output-dir": "hostile/escape.tar/reports" is outside the workspace and the runner temporary directory; accepted: ${accepted.outputDir}`
  ],
  [
    'an output-dir under a file (ENOTDIR)',
    { 'output-dir': 'a-file/reports' },
    `Input "output-dir": "a-file/reports" goes through something that is not a directory; accepted: ${accepted.outputDir}`
  ],
  [
    'an output-dir that is a named pipe',
    { 'output-dir': 'hostile/pipe.tar' },
    `Input "output-dir": "hostile/pipe.tar" is not a directory; accepted: ${accepted.outputDir}`
  ],
  [
    'an output-dir with too long a name (ENAMETOOLONG)',
    { 'output-dir': 'o'.repeat(300) },
    `Input "output-dir": "${'o'.repeat(120)}…" (300 characters) is too long a path; accepted: ${accepted.outputDir}`
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
    'a severity list of more than 16 items',
    { severity: Array.from({ length: 17 }, () => 'HIGH').join(',') },
    'Input "severity": has 17 items; accepted: at most 16 items of at most 16 characters each'
  ],
  [
    'more than 16 DB repositories',
    { 'db-repositories': Array.from({ length: 17 }, (_, i) => `mirror${i}.example/trivy-db`).join('\n') },
    'Input "db-repositories": has 17 items; accepted: at most 16 items of at most 512 characters each'
  ],
  [
    'max-db-age not a duration',
    { 'max-db-age': 'a week' },
    'Input "max-db-age": "a week" is not a duration; accepted: a duration such as 90s, 15m, 1h or 1h30m'
  ],
  [
    'max-db-age over 30 days',
    { 'max-db-age': '721h' },
    'Input "max-db-age": "721h" is too long; accepted: a duration such as 90s, 15m, 1h or 1h30m, at most 2592000s'
  ],
  [
    'cache-db not a boolean',
    { 'cache-db': 'sometimes' },
    'Input "cache-db": "sometimes" is not a boolean; accepted: true or false'
  ]
]

describe('bad inputs', () => {
  it('has at least 38 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(38))

  it.each(CASES)('%s', async (_name, overrides, message) => {
    const installTrivy = jest.fn(async () => '/nonexistent/trivy')
    const before = { work: snapshot(work), temp: snapshot(runnerTemp), elsewhere: snapshot(elsewhere) }
    const { result, ms } = await timed(() =>
      runWithInputs(
        async () => {
          await run({ cwd: work, platform: 'linux', arch: 'x64', installTrivy })
        },
        { images: 'erp/auth-service:1', 'output-dir': 'out', ...overrides },
        { RUNNER_TEMP: runnerTemp }
      )
    )
    expectCleanRefusal(result, ms, message)
    // Nothing happened: no install, no cache call, no directory, no file, no output, no summary.
    expect(result.stdout).toBe(`::error::${message}\n`)
    expect(installTrivy).not.toHaveBeenCalled()
    expect(restoreCache).not.toHaveBeenCalled()
    expect(saveCache).not.toHaveBeenCalled()
    expect(existsSync(join(work, 'out'))).toBe(false)
    expect({ work: snapshot(work), temp: snapshot(runnerTemp), elsewhere: snapshot(elsewhere) }).toEqual(
      before
    )
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
    writeOciArchive(join(work, 'build', 'a.tar'))
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
