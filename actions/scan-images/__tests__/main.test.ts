/**
 * scan-images end to end with a recorded-output stand-in `trivy` (it records argv and timings and
 * writes a real Trivy report to --output), run through the shared action harness (real @actions/core
 * outputs and summary files), and @actions/cache replaced at the module boundary (it needs the
 * Actions cache service).
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ActionRun, runWithInputs } from '../../../__fixtures__/action-run.js'
import { writeOciArchive } from '../../../__fixtures__/oci-archive.js'
import { INJECTION, runnerCommands } from '../../../__fixtures__/workflow-commands.js'
import { fakeClock } from '../../../lib/core/clock.js'
import { installTool, type ToolRelease } from '../../../lib/core/install.js'
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
type RunSummary = Awaited<ReturnType<typeof run>>

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

beforeEach(() => {
  work = tempDir('scan-work-')
  runnerTemp = tempDir('scan-runner-')
  log = join(runnerTemp, 'calls.jsonl')
  restoreCache.mockReset().mockResolvedValue(undefined)
  saveCache.mockReset().mockResolvedValue(1)
  isFeatureAvailable.mockReset().mockReturnValue(true)
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

/** What the run showed the user (outputs, summary, log, the error line) and what run() returned. */
type ScanRun = ActionRun & { result?: RunSummary }

/**
 * Run the action through the shared harness: `inputs` as INPUT_* (output-dir under the work
 * directory unless given), `env` over the stand-in's defaults; Trivy is the stand-in unless `installTrivy` installs one.
 */
async function scan(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  { installTrivy }: { installTrivy?: (spec: ToolRelease) => Promise<string> } = {}
): Promise<ScanRun> {
  let result: RunSummary | undefined
  const run_ = await runWithInputs(
    async () => {
      result = await run({
        cwd: work,
        clock: fakeClock(NOW),
        platform: 'linux',
        arch: 'x64',
        installTrivy: installTrivy ?? (async () => STANDIN_TRIVY)
      })
    },
    { 'output-dir': join(work, 'out'), ...inputs },
    {
      RUNNER_TEMP: runnerTemp,
      STANDIN_LOG: log,
      STANDIN_DEFAULT_FIXTURE: fixture('trivy-image-sle-micro-no-vulns.json'),
      ...env
    }
  )
  return { ...run_, result }
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
    writeOciArchive(join(work, 'build', 'hr-service.tar'))
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
    const ran = await scan({ images: images.join('\n'), concurrency: '1' }, env)
    expect(ran.errors).toEqual([
      'Scan policy failed for 2 of 3 images: auth-service (2 CRITICAL); finance-service (1 HIGH)'
    ])
    expect(ran.exitCode).toBe(1)

    expect(calls().map(c => c.argv)).toEqual([
      ['image', '--download-db-only', '--cache-dir', root(), '--db-repository', MIRROR, '--no-progress'],
      scanArgv(root(), 'auth-service', [images[0]]),
      scanArgv(root(), 'hr-service', ['--input', join(work, 'build', 'hr-service.tar')]),
      scanArgv(root(), 'finance-service', [images[2]])
    ])
    // Trivy runs in its cache directory: no trivy.yaml or .trivyignore of the repository applies.
    expect(new Set(calls().map(c => c.cwd))).toEqual(new Set([root()]))

    const out = ran.outputs
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

    const summary = ran.summary
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
    const ran = await scan({ images: images.join('\n'), concurrency: '2' }, { STANDIN_SLEEP_MS: '150' })
    expect(ran.result?.passed).toBe(true)
    expect(downloads()).toHaveLength(1)
    expect(scans()).toHaveLength(5)
    for (const call of scans()) expect(call.argv).toContain('--skip-db-update')
    const dirs = new Set(scans().map(c => c.argv[c.argv.indexOf('--cache-dir') + 1]))
    expect(dirs).toEqual(new Set([root(), join(root(), 'workers', '1')]))
    expect(readFileSync(join(root(), 'workers', '1', 'db', 'trivy.db'), 'utf8')).toBe(
      `stand-in DB from ${MIRROR}\n`
    )
    expect(ran.outputs.passed).toBe('true')
  })

  // What holds under load: never more than the limit at once; with scans long enough that their
  // starts cannot drift apart by a whole scan, more than one at a time (never `=== limit`: a loaded
  // machine may start the third process after the first has finished).
  const overlapOf = (spans: number[][]) =>
    Math.max(...spans.map(([start]) => spans.filter(([s, e]) => s <= start && start < e).length))

  it('never runs more than concurrency=1 scan at once', async () => {
    const images = Array.from({ length: 4 }, (_, i) => `erp/svc-${i}:1`)
    await scan({ images: images.join('\n'), concurrency: '1' }, { STANDIN_SLEEP_MS: '50' })
    const spans = scans().map(c => [c.start, c.end])
    expect(spans).toHaveLength(4)
    expect(overlapOf(spans)).toBe(1)
  })

  it.each([
    [3, '10'],
    [3, '1000']
  ])('never runs more than concurrency=%i scans at once (scans of %s ms)', async (limit, sleep) => {
    const images = Array.from({ length: 6 }, (_, i) => `erp/svc-${i}:1`)
    // Reaching the limit: the first `limit` scans wait for each other at a barrier, which only
    // opens when that many run at once (any load only makes it slower). Never above the limit:
    // the recorded spans of the scans (each inside its pool slot) never overlap more than that.
    const ran = await scan(
      { images: images.join('\n'), concurrency: String(limit) },
      {
        STANDIN_SLEEP_MS: sleep,
        STANDIN_BARRIER_DIR: join(runnerTemp, 'barrier'),
        STANDIN_BARRIER_COUNT: String(limit)
      }
    )
    expect(ran.result?.results.map(r => r.error)).toEqual(images.map(() => undefined))
    const spans = scans().map(c => [c.start, c.end])
    expect(spans).toHaveLength(6)
    expect(overlapOf(spans)).toBeLessThanOrEqual(limit)
  })

  it('falls back to the next DB repository when the first fails', async () => {
    const ran = await scan({ images: 'erp/a:1' }, { STANDIN_FAIL_REPOS: MIRROR })
    expect(downloads().map(c => [c.argv[5], c.exitCode])).toEqual([
      [MIRROR, 1],
      [GHCR, 0]
    ])
    expect(ran.result?.db).toEqual({ source: 'download', repository: GHCR, key: KEY, downloadAttempts: 2 })
    expect(scans()).toHaveLength(1)
  })

  it('fails with every repository named when none works, before any scan', async () => {
    const ran = await scan(
      { images: 'erp/a:1', 'db-repositories': 'registry.internal/trivy-db\nghcr.io/aquasecurity/trivy-db:2' },
      { STANDIN_FAIL_REPOS: `registry.internal/trivy-db,${GHCR}` }
    )
    expect(ran.errors).toHaveLength(1)
    expect(ran.errors[0]).toMatch(
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
    const ran = await scan({ images: 'erp/a:1\nerp/b:1' })
    expect(downloads()).toHaveLength(0)
    expect(scans()).toHaveLength(2)
    expect(saveCache).not.toHaveBeenCalled()
    expect(ran.result?.db.source).toBe('cache')
  })

  it('updates an older cached DB; scans with it when every repository fails', async () => {
    restoreCache.mockImplementation(async paths => {
      mkdirSync(paths[0], { recursive: true })
      writeFileSync(join(paths[0], 'trivy.db'), 'yesterday\n')
      return 'shipline-trivy-db-v2-2025-06-14'
    })
    const ran = await scan({ images: 'erp/a:1' }, { STANDIN_FAIL_REPOS: `${MIRROR},${GHCR}` })
    expect(ran.result?.db.source).toBe('stale-cache')
    expect(downloads()).toHaveLength(2)
    expect(scans()).toHaveLength(1)
  })

  it('refuses a DB older than max-db-age (every repository failed, an old cache entry), naming its age and the input', async () => {
    restoreCache.mockImplementation(async paths => {
      mkdirSync(paths[0], { recursive: true })
      writeFileSync(join(paths[0], 'trivy.db'), 'five days ago\n')
      return 'shipline-trivy-db-v2-2025-06-10'
    })
    const ran = await scan({ images: 'erp/a:1' }, { STANDIN_FAIL_REPOS: `${MIRROR},${GHCR}` })
    expect(ran.errors).toEqual([
      'The only Trivy vulnerability DB is 5 days old (the cache entry shipline-trivy-db-v2-2025-06-10; every DB repository failed), older than max-db-age (48h): make a DB repository reachable, or raise the input max-db-age to scan with it'
    ])
    expect(ran.exitCode).toBe(1)
    expect(scans()).toHaveLength(0)
    expect(ran.outputs).toEqual({})
  })

  it('scans with an old DB that max-db-age allows, and says how old it is', async () => {
    restoreCache.mockImplementation(async paths => {
      mkdirSync(paths[0], { recursive: true })
      writeFileSync(join(paths[0], 'trivy.db'), 'five days ago\n')
      return 'shipline-trivy-db-v2-2025-06-10'
    })
    const ran = await scan(
      { images: 'erp/a:1', 'max-db-age': '168h' },
      { STANDIN_FAIL_REPOS: `${MIRROR},${GHCR}` }
    )
    expect(ran.errors).toEqual([])
    expect(ran.result?.db.source).toBe('stale-cache')
    expect(ran.log).toContain(
      '::warning::Every DB repository failed; scanning with the DB of the cache entry shipline-trivy-db-v2-2025-06-10 (5 days old, within max-db-age 168h)'
    )
    expect(scans()).toHaveLength(1)
  })

  it('refuses a freshly downloaded DB that its metadata dates older than max-db-age (a stale mirror)', async () => {
    const ran = await scan({ images: 'erp/a:1' }, { STANDIN_DB_UPDATED_AT: '2025-06-01T06:00:00.123456789Z' })
    expect(ran.errors).toEqual([
      `The only Trivy vulnerability DB is 14 days old (downloaded from ${MIRROR}, updated 2025-06-01T06:00:00.123Z), older than max-db-age (48h): make a DB repository reachable, or raise the input max-db-age to scan with it`
    ])
    expect(scans()).toHaveLength(0)
  })

  it('scans without the cache service, and keeps going when saving fails', async () => {
    isFeatureAvailable.mockReturnValue(false)
    await scan({ images: 'erp/a:1' })
    expect(restoreCache).not.toHaveBeenCalled()
    expect(downloads()).toHaveLength(1)
    isFeatureAvailable.mockReturnValue(true)
    saveCache.mockRejectedValue(
      new Error('Unable to reserve cache with key, another job may be creating this cache')
    )
    const again = await scan({ images: 'erp/a:1' })
    expect(again.errors).toEqual([])
    expect(again.result).toMatchObject({ passed: true })
  })

  it('an image that cannot be scanned fails the step; the others are still scanned and reported', async () => {
    const ran = await scan(
      { images: 'erp/a:1\nerp/missing:1\nerp/c:1', 'fail-on-findings': 'false' },
      { STANDIN_FAIL_TARGETS: 'erp/missing:1' }
    )
    expect(ran.errors).toEqual([
      'Scan policy failed for 1 of 3 images: missing (not scanned: trivy exited with code 1: FATAL run error: image scan error: erp/missing:1: MANIFEST_UNKNOWN: manifest unknown)'
    ])
    expect(scans()).toHaveLength(3)
    expect(Object.keys(JSON.parse(ran.outputs['report-paths']))).toEqual(['erp/a:1', 'erp/c:1'])
    expect(ran.summary).toContain('| `missing` | ⚠️ not scanned | – |')
  })

  it('fail-on-findings: false reports the failure without failing the step', async () => {
    const ran = await scan(
      { images: 'erp/a:1', 'fail-on-findings': 'false' },
      { STANDIN_DEFAULT_FIXTURE: fixture('trivy-repo-secrets.json') }
    )
    expect(ran.result?.passed).toBe(false)
    expect(ran.outputs.passed).toBe('false')
    expect(ran.exitCode).toBe(0)
    expect(ran.log).toContain(
      '::warning::Scan policy failed for 1 of 1 image: a (1 CRITICAL, 1 HIGH) (not failing the step: fail-on-findings is false)'
    )
  })

  it("reads the repository's .trivyignore by default and TRIVY_* filters in the environment never reach Trivy", async () => {
    writeFileSync(join(work, '.trivyignore'), 'CVE-2019-14697\n')
    const ran = await scan(
      { images: 'erp/a:1' },
      {
        STANDIN_DEFAULT_FIXTURE: fixture('trivy-image-alpine-3.9.json'),
        TRIVY_SEVERITY: 'LOW',
        TRIVY_USERNAME: 'ci'
      }
    )
    expect(ran.result?.passed).toBe(true)
    expect(ran.result?.results[0].judgement?.ignored).toHaveLength(2)
    expect(scans()[0].trivyEnv).toEqual(['TRIVY_USERNAME'])
    expect(ran.summary).toContain('ignore files: `.trivyignore`')
  })

  it("shows Trivy's log as it is, but nothing in it can issue a workflow command", async () => {
    const ran = await scan({ images: 'erp/a:1' }, { STANDIN_EXTRA_OUTPUT: INJECTION.join('\n') })
    expect(ran.errors).toEqual([])
    for (const line of INJECTION) expect(ran.log).toContain(line)
    expect(runnerCommands(ran.stdout).filter(c => !/^::(?:end)?group::/.test(c))).toEqual([])
    expect(ran.outputs.passed).toBe('true')
  })

  it('prints one ::error:: line through runAction', async () => {
    const ran = await scan(
      { images: 'erp/a:1' },
      { STANDIN_DEFAULT_FIXTURE: fixture('trivy-config-dockerfile-misconfig.json') }
    )
    expect(ran.stdout).toContain('::error::Scan policy failed for 1 of 1 image: a (1 HIGH)\n')
    expect(ran.errors).toEqual(['Scan policy failed for 1 of 1 image: a (1 HIGH)'])
    expect(ran.exitCode).toBe(1)
  })
})

describe('scan-images installing Trivy from a mirror', () => {
  it('installs the verified archive into the tool cache and scans with it', async () => {
    // The stand-in's archive is not Trivy's: it is verified against its own digest, pinned here as
    // Shipline pins the real one (lib/scan/__tests__/install.test.ts refuses it against the real pin).
    const release = makeRelease('0.72.0')
    const mirror = await serve({
      [`/mirror/v0.72.0/${release.archiveName}`]: release.bytes,
      [`/mirror/v0.72.0/${release.checksumsName}`]: release.checksums
    })
    const toolCache = tempDir('tool-cache-')
    try {
      const ran = await scan(
        { images: 'erp/a:1', 'trivy-base-url': `${mirror.url}/mirror` },
        { RUNNER_TOOL_CACHE: toolCache },
        { installTrivy: spec => installTool({ ...spec, pinnedSha256: release.sha256 }) }
      )
      expect(ran.errors).toEqual([])
      expect(ran.result?.passed).toBe(true)
      expect(existsSync(join(toolCache, 'trivy', '0.72.0', process.arch, 'trivy'))).toBe(true)
      expect(calls()).toHaveLength(2)
    } finally {
      await mirror.close()
    }
  })
})
