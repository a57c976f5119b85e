/** Which Trivy a scan runs: the pinned release, or the runner's when SHIPLINE_TRIVY names it. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { join } from 'node:path'
import { fixture, STANDIN_TRIVY, tempDir } from '../../../__fixtures__/trivy.js'
import { fakeClock } from '../../core/clock.js'
import { readScanOptions } from '../options.js'
import { Inputs, recordInputSource } from '../../core/inputs.js'
import { scanImages } from '../scan-images.js'

let work: string
let stderr: string
beforeEach(() => {
  work = tempDir('scan-trivy-')
  stderr = ''
  jest.spyOn(process.stderr, 'write').mockImplementation(chunk => {
    stderr += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

function options() {
  return readScanOptions(
    new Inputs(
      recordInputSource({ images: 'erp/a:1', 'output-dir': join(work, 'out'), 'cache-db': 'false' })
    ),
    work
  )
}
const env = (extra: Record<string, string>) => ({
  ...process.env,
  RUNNER_TEMP: join(work, 'temp'),
  STANDIN_DEFAULT_FIXTURE: fixture('trivy-image-sle-micro-no-vulns.json'),
  ...extra
})
const noInstall = async () => {
  throw new Error('the pinned Trivy must not be installed when SHIPLINE_TRIVY is set')
}

describe('the Trivy a scan runs', () => {
  it('is the one SHIPLINE_TRIVY names, unverified and said so, never an install', async () => {
    const result = await scanImages(options(), {
      clock: fakeClock(),
      env: env({ SHIPLINE_TRIVY: STANDIN_TRIVY }),
      installTrivy: noInstall
    })
    expect(result.passed).toBe(true)
    expect(result.results.map(r => r.error)).toEqual([undefined])
    expect(stderr).toContain(
      `Using the Trivy that SHIPLINE_TRIVY names (${STANDIN_TRIVY}): provided by the runner, not verified by Shipline`
    )
  })

  it.each([
    ['a relative path', 'bin/trivy'],
    ['a path that does not exist', '/nonexistent/trivy']
  ])('refuses %s in SHIPLINE_TRIVY before scanning', async (_, value) => {
    await expect(
      scanImages(options(), {
        clock: fakeClock(),
        env: env({ SHIPLINE_TRIVY: value }),
        installTrivy: noInstall
      })
    ).rejects.toThrow(
      `SHIPLINE_TRIVY="${value}" is not an executable file; set it to the absolute path of the runner's trivy, or unset it to install the pinned Trivy 0.72.0`
    )
  })
})
