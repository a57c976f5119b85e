/**
 * scan-images end to end with a recorded-output stand-in `trivy` (it records argv and timings and
 * writes a real Trivy report to --output), real @actions/core outputs and summary files, and
 * @actions/cache replaced at the module boundary (it needs the Actions cache service).
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fakeClock } from '../../../lib/core/clock.js'
import { recordInputSource } from '../../../lib/core/inputs.js'
import {
  fixture,
  fixtureText,
  makeRelease,
  serve,
  STANDIN_TRIVY,
  tempDir
} from '../../../__fixtures__/trivy.js'

const restoreCache =
  jest.fn<(paths: string[], key: string, restoreKeys?: string[]) => Promise<string | undefined>>()
const saveCache = jest.fn<(paths: string[], key: string) => Promise<number>>()
const isFeatureAvailable = jest.fn(() => true)
jest.unstable_mockModule('@actions/cache', () => ({ restoreCache, saveCache, isFeatureAvailable }))

const { run } = await import('../src/main.js')
const { runAction } = await import('../../../lib/core/action.js')

const NOW = Date.UTC(2025, 5, 15, 8, 30)
const KEY = 'shipline-trivy-db-v2-2025-06-15'
const MIRROR = 'mirror.gcr.io/aquasec/trivy-db:2'
const GHCR = 'ghcr.io/aquasecurity/trivy-db:2'

interface Call {
  argv: string[]
  cwd: string
  start: number
  end: number
  exitCode: number
  trivyEnv: string[]
}

let work: string
let runnerTemp: string
let log: string
let outputFile: string
let summaryFile: string
let stderr: jest.Spied<typeof process.stderr.write>

beforeEach(() => {
  work = tempDir('scan-work-')
  runnerTemp = tempDir('scan-runner-')
  log = join(runnerTemp, 'calls.jsonl')
  outputFile = join(runnerTemp, 'github_output')
  summaryFile = join(runnerTemp, 'step_summary.md')
  writeFileSync(outputFile, '')
  process.env.GITHUB_OUTPUT = outputFile
  process.env.GITHUB_STEP_SUMMARY = summaryFile
  restoreCache.mockReset().mockResolvedValue(undefined)
  saveCache.mockReset().mockResolvedValue(1)
  isFeatureAvailable.mockReset().mockReturnValue(true)
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
})

afterEach(() => {
  stderr.mockRestore()
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_STEP_SUMMARY
  process.exitCode = undefined
})

const root = () => join(runnerTemp, 'shipline-trivy')

function calls(): Call[] {
  if (!existsSync(log)) return []
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as Call)
}

const downloads = () => calls().filter(c => c.argv.includes('--download-db-only'))
const scans = () => calls().filter(c => !c.argv.includes('--download-db-only'))

function outputs(): Record<string, string> {
  const text = readFileSync(outputFile, 'utf8')
  const out: Record<string, string> = {}
  for (const match of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[match[1]] = match[3]
  return out
}

function deps(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return {
    inputs: recordInputSource({ 'output-dir': join(work, 'out'), ...inputs }),
    cwd: work,
    clock: fakeClock(NOW),
    env: {
      ...process.env,
      RUNNER_TEMP: runnerTemp,
      STANDIN_LOG: log,
      STANDIN_DEFAULT_FIXTURE: fixture('trivy-image-sle-micro-no-vulns.json'),
      ...env
    },
    platform: 'linux',
    arch: 'x64',
    installTrivy: async () => STANDIN_TRIVY
  }
}

function scanArgv(cacheDir: string, name: string, target: string[]): string[] {
  return [
    'image',
    '--cache-dir',
    cacheDir,
    '--skip-db-update',
    '--format',
    'json',
    '--output',
    join(work, 'out', `${name}.json`),
    '--severity',
    'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
    '--exit-code',
    '0',
    '--scanners',
    'vuln,secret',
    '--timeout',
    '600s',
    '--no-progress',
    ...target
  ]
}

const fixtures = (map: Record<string, string>) =>
  JSON.stringify(Object.fromEntries(Object.entries(map).map(([k, v]) => [k, fixture(v)])))

describe('scan-images', () => {
  it('downloads the DB once, scans each image with the exact argv, judges, writes outputs, SARIF and summary', async () => {
    mkdirSync(join(work, 'build'))
    writeFileSync(join(work, 'build', 'hr-service.tar'), 'archive bytes')
    const images = [
      'registry.example:5000/erp/auth-service:src-0123456789ab',
      'oci-archive:build/hr-service.tar',
      'ghcr.io/erp/finance-service:1.0'
    ]
    const env = {
      STANDIN_FIXTURES: fixtures({
        [images[0]]: 'trivy-image-alpine-3.9.json',
        [join(work, 'build', 'hr-service.tar')]: 'trivy-image-ubuntu-18.04.json',
        [images[2]]: 'trivy-repo-pip.json'
      })
    }
    await expect(run(deps({ images: images.join('\n'), concurrency: '1' }, env))).rejects.toThrow(
      'Scan policy failed for 2 of 3 images: auth-service (2 CRITICAL); finance-service (1 HIGH)'
    )

    expect(calls().map(c => c.argv)).toEqual([
      ['image', '--download-db-only', '--cache-dir', root(), '--db-repository', MIRROR, '--no-progress'],
      scanArgv(root(), 'auth-service', [images[0]]),
      scanArgv(root(), 'hr-service', ['--input', join(work, 'build', 'hr-service.tar')]),
      scanArgv(root(), 'finance-service', [images[2]])
    ])
    // Trivy runs in its cache directory: no trivy.yaml or .trivyignore of the repository applies.
    expect(new Set(calls().map(c => c.cwd))).toEqual(new Set([root()]))

    const out = outputs()
    expect(out.passed).toBe('false')
    expect(JSON.parse(out.counts)).toEqual({
      [images[0]]: { CRITICAL: 2, HIGH: 0, MEDIUM: 4, LOW: 0, UNKNOWN: 0 },
      [images[1]]: { CRITICAL: 0, HIGH: 0, MEDIUM: 4, LOW: 1, UNKNOWN: 0 },
      [images[2]]: { CRITICAL: 0, HIGH: 1, MEDIUM: 1, LOW: 0, UNKNOWN: 0 }
    })
    const reports = JSON.parse(out['report-paths'])
    expect(reports).toEqual({
      [images[0]]: join(work, 'out', 'auth-service.json'),
      [images[1]]: join(work, 'out', 'hr-service.json'),
      [images[2]]: join(work, 'out', 'finance-service.json')
    })
    expect(readFileSync(reports[images[0]], 'utf8')).toBe(fixtureText('trivy-image-alpine-3.9.json'))
    const sarifs = JSON.parse(out['sarif-paths'])
    expect(
      Object.values(sarifs).map(
        p => JSON.parse(readFileSync(p as string, 'utf8')).runs[0].automationDetails.id
      )
    ).toEqual(['trivy-auth-service/', 'trivy-hr-service/', 'trivy-finance-service/'])

    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('### ❌ Trivy scan: 2 of 3 images fail the policy')
    expect(summary).toContain('| `auth-service` | ❌ fail | 2 | 0 | 4 | 0 | 0 | 6 | 0 |')
    expect(summary).toContain('| `hr-service` | ✅ pass | 0 | 0 | 4 | 1 | 0 | 4 | 0 |')
    expect(summary).toContain(
      '| CRITICAL | [CVE-2019-14697](https://avd.aquasec.com/nvd/cve-2019-14697) | musl | 1.1.20-r4 | 1.1.20-r5 |'
    )
    expect(summary).toContain('UNKNOWN severity **fails** the gate')

    expect(restoreCache).toHaveBeenCalledTimes(1)
    expect(restoreCache).toHaveBeenCalledWith([join(root(), 'db')], KEY, ['shipline-trivy-db-v2-'])
    expect(saveCache).toHaveBeenCalledTimes(1)
    expect(saveCache).toHaveBeenCalledWith([join(root(), 'db')], KEY)
  })

  it('shares one DB download among N images, each parallel worker with its own cache directory', async () => {
    const images = Array.from({ length: 5 }, (_, i) => `registry.example/erp/svc-${i}:1`)
    const summary = await run(
      deps({ images: images.join('\n'), concurrency: '2' }, { STANDIN_SLEEP_MS: '150' })
    )
    expect(summary.passed).toBe(true)
    expect(downloads()).toHaveLength(1)
    expect(scans()).toHaveLength(5)
    for (const call of scans()) expect(call.argv).toContain('--skip-db-update')
    const dirs = new Set(scans().map(c => c.argv[c.argv.indexOf('--cache-dir') + 1]))
    expect(dirs).toEqual(new Set([root(), join(root(), 'workers', '1')]))
    expect(readFileSync(join(root(), 'workers', '1', 'db', 'trivy.db'), 'utf8')).toBe(
      `stand-in DB from ${MIRROR}\n`
    )
    expect(outputs().passed).toBe('true')
  })

  it.each([1, 3])('never runs more than concurrency=%i scans at once, and reaches it', async limit => {
    const images = Array.from({ length: 6 }, (_, i) => `erp/svc-${i}:1`)
    // Reaching the limit: the first `limit` scans wait for each other at a barrier, which only
    // opens when that many run at once (any load only makes it slower). Never above the limit:
    // the recorded spans of the scans (each inside its pool slot) never overlap more than that.
    const summary = await run(
      deps(
        { images: images.join('\n'), concurrency: String(limit) },
        {
          STANDIN_SLEEP_MS: '50',
          STANDIN_BARRIER_DIR: join(runnerTemp, 'barrier'),
          STANDIN_BARRIER_COUNT: String(limit)
        }
      )
    )
    expect(summary.results.map(r => r.error)).toEqual(images.map(() => undefined))
    const spans = scans().map(c => [c.start, c.end])
    expect(spans).toHaveLength(6)
    const overlap = Math.max(
      ...spans.map(([start]) => spans.filter(([s, e]) => s <= start && start < e).length)
    )
    expect(overlap).toBeLessThanOrEqual(limit)
  })

  it('falls back to the next DB repository when the first fails', async () => {
    const summary = await run(deps({ images: 'erp/a:1' }, { STANDIN_FAIL_REPOS: MIRROR }))
    expect(downloads().map(c => [c.argv[5], c.exitCode])).toEqual([
      [MIRROR, 1],
      [GHCR, 0]
    ])
    expect(summary.db).toEqual({ source: 'download', repository: GHCR, key: KEY, downloadAttempts: 2 })
    expect(scans()).toHaveLength(1)
  })

  it('fails with every repository named when none works, before any scan', async () => {
    await expect(
      run(
        deps(
          {
            images: 'erp/a:1',
            'db-repositories': 'registry.internal/trivy-db\nghcr.io/aquasecurity/trivy-db:2'
          },
          {
            STANDIN_FAIL_REPOS: `registry.internal/trivy-db,${GHCR}`
          }
        )
      )
    ).rejects.toThrow(
      /^Could not download the Trivy vulnerability DB from any repository: registry\.internal\/trivy-db: .*503 Service Unavailable; ghcr\.io\/aquasecurity\/trivy-db:2: .*503 Service Unavailable$/
    )
    expect(downloads()).toHaveLength(2)
    expect(scans()).toHaveLength(0)
    expect(saveCache).not.toHaveBeenCalled()
  })

  it('uses the DB of the day from the cache without downloading', async () => {
    restoreCache.mockImplementation(async paths => {
      mkdirSync(paths[0], { recursive: true })
      writeFileSync(join(paths[0], 'trivy.db'), 'cached DB\n')
      return KEY
    })
    const summary = await run(deps({ images: 'erp/a:1\nerp/b:1' }))
    expect(downloads()).toHaveLength(0)
    expect(scans()).toHaveLength(2)
    expect(saveCache).not.toHaveBeenCalled()
    expect(summary.db.source).toBe('cache')
  })

  it('updates an older cached DB; scans with it when every repository fails', async () => {
    restoreCache.mockImplementation(async paths => {
      mkdirSync(paths[0], { recursive: true })
      writeFileSync(join(paths[0], 'trivy.db'), 'yesterday\n')
      return 'shipline-trivy-db-v2-2025-06-14'
    })
    const summary = await run(deps({ images: 'erp/a:1' }, { STANDIN_FAIL_REPOS: `${MIRROR},${GHCR}` }))
    expect(summary.db.source).toBe('stale-cache')
    expect(downloads()).toHaveLength(2)
    expect(scans()).toHaveLength(1)
  })

  it('scans without the cache service, and keeps going when saving fails', async () => {
    isFeatureAvailable.mockReturnValue(false)
    await run(deps({ images: 'erp/a:1' }))
    expect(restoreCache).not.toHaveBeenCalled()
    expect(downloads()).toHaveLength(1)
    isFeatureAvailable.mockReturnValue(true)
    saveCache.mockRejectedValue(
      new Error('Unable to reserve cache with key, another job may be creating this cache')
    )
    await expect(run(deps({ images: 'erp/a:1' }))).resolves.toMatchObject({ passed: true })
  })

  it('an image that cannot be scanned fails the step; the others are still scanned and reported', async () => {
    await expect(
      run(
        deps(
          { images: 'erp/a:1\nerp/missing:1\nerp/c:1', 'fail-on-findings': 'false' },
          { STANDIN_FAIL_TARGETS: 'erp/missing:1' }
        )
      )
    ).rejects.toThrow(
      'Scan policy failed for 1 of 3 images: missing (not scanned: trivy exited with code 1: FATAL run error: image scan error: erp/missing:1: MANIFEST_UNKNOWN: manifest unknown)'
    )
    expect(scans()).toHaveLength(3)
    expect(Object.keys(JSON.parse(outputs()['report-paths']))).toEqual(['erp/a:1', 'erp/c:1'])
    expect(readFileSync(summaryFile, 'utf8')).toContain('| `missing` | ⚠️ not scanned | – |')
  })

  it('fail-on-findings: false reports the failure without failing the step', async () => {
    const summary = await run(
      deps(
        { images: 'erp/a:1', 'fail-on-findings': 'false' },
        { STANDIN_DEFAULT_FIXTURE: fixture('trivy-repo-secrets.json') }
      )
    )
    expect(summary.passed).toBe(false)
    expect(outputs().passed).toBe('false')
    expect(stderr.mock.calls.map(c => String(c[0])).join('')).toContain(
      'warning: Scan policy failed for 1 of 1 image: a (1 CRITICAL, 1 HIGH) (not failing the step: fail-on-findings is false)'
    )
  })

  it("reads the repository's .trivyignore by default and TRIVY_* filters in the environment never reach Trivy", async () => {
    writeFileSync(join(work, '.trivyignore'), 'CVE-2019-14697\n')
    const summary = await run(
      deps(
        { images: 'erp/a:1' },
        {
          STANDIN_DEFAULT_FIXTURE: fixture('trivy-image-alpine-3.9.json'),
          TRIVY_SEVERITY: 'LOW',
          TRIVY_USERNAME: 'ci'
        }
      )
    )
    expect(summary.passed).toBe(true)
    expect(summary.results[0].judgement?.ignored).toHaveLength(2)
    expect(scans()[0].trivyEnv).toEqual(['TRIVY_USERNAME'])
    expect(readFileSync(summaryFile, 'utf8')).toContain('ignore files: `.trivyignore`')
  })

  it('prints one ::error:: line through runAction', async () => {
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      await runAction(async () => {
        await run(
          deps(
            { images: 'erp/a:1' },
            { STANDIN_DEFAULT_FIXTURE: fixture('trivy-config-dockerfile-misconfig.json') }
          )
        )
      })
      const written = stdout.mock.calls.map(c => String(c[0])).join('')
      expect(written).toContain('::error::Scan policy failed for 1 of 1 image: a (1 HIGH)\n')
      expect(process.exitCode).toBe(1)
    } finally {
      stdout.mockRestore()
    }
  })
})

describe('scan-images installing Trivy from a mirror', () => {
  it('installs the verified archive into the tool cache and scans with it', async () => {
    const release = makeRelease('0.72.0')
    const mirror = await serve({
      [`/mirror/v0.72.0/${release.archiveName}`]: release.bytes,
      [`/mirror/v0.72.0/${release.checksumsName}`]: release.checksums
    })
    const toolCache = tempDir('tool-cache-')
    process.env.RUNNER_TOOL_CACHE = toolCache
    process.env.RUNNER_TEMP = runnerTemp
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const { installTrivy: _ignored, ...rest } = deps({
        images: 'erp/a:1',
        'trivy-base-url': `${mirror.url}/mirror`
      })
      const summary = await run(rest)
      expect(summary.passed).toBe(true)
      expect(existsSync(join(toolCache, 'trivy', '0.72.0', process.arch, 'trivy'))).toBe(true)
      expect(calls()).toHaveLength(2)
    } finally {
      stdout.mockRestore()
      await mirror.close()
    }
  })
})
