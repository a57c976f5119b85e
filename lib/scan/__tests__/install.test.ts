import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { installTool } from '../../core/install.js'
import { trivyRelease } from '../trivy-args.js'
import { makeRelease, serve, STANDIN_TRIVY, tempDir } from '../../../__fixtures__/trivy.js'

const VERSION = '0.72.0'
const release = makeRelease(VERSION)
const good = release.checksums
const tampered = release.checksums.replace(
  release.sha256,
  release.sha256.replace(/^./, c => (c === 'f' ? 'e' : 'f'))
)
let server: Awaited<ReturnType<typeof serve>>
let checksumsBody = good

beforeAll(async () => {
  server = await serve({})
})
afterAll(() => server.close())

function mirror(base: string, checksums: string) {
  // The server's file table is filled per test: the archive and a checksums file under v<version>/.
  return serve({
    [`${base}/v${VERSION}/${release.archiveName}`]: release.bytes,
    [`${base}/v${VERSION}/${release.checksumsName}`]: checksums
  })
}

let toolCache: string
beforeEach(() => {
  toolCache = tempDir('tool-cache-')
  process.env.RUNNER_TOOL_CACHE = toolCache
  process.env.RUNNER_TEMP = tempDir('runner-temp-')
  checksumsBody = good
})

describe('installTool with a Trivy release on a local mirror', () => {
  it('downloads, verifies the checksum, extracts and caches; the second install downloads nothing', async () => {
    const m = await mirror('/trivy', checksumsBody)
    try {
      const spec = trivyRelease(VERSION, `${m.url}/trivy`, 'linux', 'x64')
      const path = await installTool(spec)
      expect(path).toBe(join(toolCache, 'trivy', VERSION, process.arch, 'trivy'))
      expect(readFileSync(path, 'utf8')).toBe(readFileSync(STANDIN_TRIVY, 'utf8'))
      expect(statSync(path).mode & 0o111).not.toBe(0)
      expect(existsSync(`${join(toolCache, 'trivy', VERSION, process.arch)}.complete`)).toBe(true)
      expect(m.paths().sort()).toEqual(
        [`/trivy/v${VERSION}/${release.archiveName}`, `/trivy/v${VERSION}/${release.checksumsName}`].sort()
      )
      const again = await installTool(spec)
      expect(again).toBe(path)
      expect(m.paths()).toHaveLength(2)
    } finally {
      await m.close()
    }
  })

  it('refuses an archive whose checksum does not match, and caches nothing', async () => {
    const m = await mirror('/trivy', tampered)
    try {
      const spec = trivyRelease(VERSION, `${m.url}/trivy`, 'linux', 'x64')
      const expected = tampered.split('\n')[1].split(' ')[0]
      await expect(installTool(spec)).rejects.toThrow(
        `Checksum mismatch for ${release.archiveName}: expected ${expected}, got ${release.sha256}; refusing to install trivy`
      )
      expect(readdirSync(toolCache)).toEqual([])
    } finally {
      await m.close()
    }
  })

  it('refuses when the checksums file does not list the archive', async () => {
    const m = await mirror('/trivy', `${release.sha256}  trivy_${VERSION}_Linux-ARM64.tar.gz\n`)
    try {
      const spec = trivyRelease(VERSION, `${m.url}/trivy`, 'linux', 'x64')
      await expect(installTool(spec)).rejects.toThrow(
        `${spec.checksumsUrl} does not list ${release.archiveName}: refusing to install an unverified trivy`
      )
      expect(readdirSync(toolCache)).toEqual([])
    } finally {
      await m.close()
    }
  })

  it('says which file could not be downloaded', async () => {
    const spec = trivyRelease('0.99.0', `${server.url}/nowhere`, 'linux', 'x64')
    await expect(installTool(spec)).rejects.toThrow(
      `Could not download the checksums file ${spec.checksumsUrl}: Unexpected HTTP response: 404`
    )
    expect(readdirSync(toolCache)).toEqual([])
  })
})
