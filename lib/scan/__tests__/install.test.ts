/**
 * Installing Trivy from a release mirror on loopback: the pinned version by the digest in Shipline's
 * source (no checksums file asked), other versions by a checksums file whose Sigstore bundle is
 * Trivy's release workflow's (a Sigstore of the test's own: @sigstore/mock's CA and logs), HTTPS only,
 * and a tool-cache hit verified again before use.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { installTool } from '../../core/install.js'
import { DEFAULT_TRIVY_VERSION, PINNED_TRIVY, trivyRelease, type TrivyTrust } from '../trivy-args.js'
import { TRIVY_OIDC_ISSUER, trivySigningIdentity } from '../trivy-signature.js'
import { makeRelease, serve, STANDIN_TRIVY, tempDir } from '../../../__fixtures__/trivy.js'
import { type TestSigstore, testSigstore } from '../../../__fixtures__/sigstore.js'

const SIGNED = '0.69.0'
let sigstore: TestSigstore
let trust: TrivyTrust
let toolCache: string

beforeAll(async () => {
  sigstore = await testSigstore()
  trust = { trustedRoot: async () => sigstore.trustedRoot }
})

beforeEach(() => {
  toolCache = tempDir('tool-cache-')
  process.env.RUNNER_TOOL_CACHE = toolCache
  process.env.RUNNER_TEMP = tempDir('runner-temp-')
})

const servers: Array<{ close(): Promise<void> }> = []
afterAll(async () => {
  for (const server of servers) await server.close()
})

/** A mirror serving `files` under /trivy/v<version>/. */
async function mirror(version: string, files: Record<string, string | Buffer>) {
  const server = await serve(
    Object.fromEntries(Object.entries(files).map(([name, body]) => [`/trivy/v${version}/${name}`, body]))
  )
  servers.push(server)
  return server
}

/** The release files of `version` with a bundle signed as `identity` over `signedChecksums`. */
async function signedRelease(
  version: string,
  options: { identity?: string; tamperAfterSigning?: boolean } = {}
) {
  const release = makeRelease(version)
  const bundle = await sigstore.sign(
    Buffer.from(release.checksums),
    options.identity ?? trivySigningIdentity(version),
    TRIVY_OIDC_ISSUER
  )
  const served = options.tamperAfterSigning ? release.checksums.replace(/^0/, '1') : release.checksums
  return {
    release,
    files: {
      [release.archiveName]: release.bytes,
      [release.checksumsName]: served,
      [`${release.checksumsName}.sigstore.json`]: bundle
    }
  }
}

const cacheDir = (version: string) => join(toolCache, 'trivy', version, process.arch)

describe('the pinned Trivy version', () => {
  it('has a digest in the source for every platform Shipline installs Trivy on', () => {
    expect(Object.keys(PINNED_TRIVY[DEFAULT_TRIVY_VERSION]).sort()).toEqual(
      ['Linux-64bit', 'Linux-ARM64', 'macOS-64bit', 'macOS-ARM64'].sort()
    )
    for (const [platform, arch] of [
      ['linux', 'x64'],
      ['linux', 'arm64'],
      ['darwin', 'x64'],
      ['darwin', 'arm64']
    ])
      expect(trivyRelease(DEFAULT_TRIVY_VERSION, 'https://x', platform, arch).pinnedSha256).toMatch(
        /^[0-9a-f]{64}$/
      )
  })

  it('refuses an archive that is not the pinned one, without asking the mirror for a checksums file', async () => {
    const release = makeRelease(DEFAULT_TRIVY_VERSION)
    const m = await mirror(DEFAULT_TRIVY_VERSION, {
      [release.archiveName]: release.bytes,
      [release.checksumsName]: release.checksums
    })
    const spec = trivyRelease(DEFAULT_TRIVY_VERSION, `${m.url}/trivy`, 'linux', 'x64')
    await expect(installTool(spec)).rejects.toThrow(
      `Checksum mismatch for ${release.archiveName}: expected ${PINNED_TRIVY[DEFAULT_TRIVY_VERSION]['Linux-64bit']} (pinned in Shipline), got ${release.sha256}; refusing to install trivy`
    )
    expect(m.paths()).toEqual([`/trivy/v${DEFAULT_TRIVY_VERSION}/${release.archiveName}`])
    expect(readdirSync(toolCache)).toEqual([])
  })

  it('installs a pinned archive by its digest alone, and verifies the cached copy again on the next run', async () => {
    const release = makeRelease('0.70.0')
    const m = await mirror('0.70.0', { [release.archiveName]: release.bytes })
    const spec = trivyRelease('0.70.0', `${m.url}/trivy`, 'linux', 'x64', {
      pinned: { '0.70.0': { 'Linux-64bit': release.sha256 } }
    })
    const path = await installTool(spec)
    expect(path).toBe(join(cacheDir('0.70.0'), 'trivy'))
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(STANDIN_TRIVY, 'utf8'))
    expect(statSync(path).mode & 0o111).not.toBe(0)
    expect(await installTool(spec)).toBe(path)
    expect(m.paths()).toEqual([`/trivy/v0.70.0/${release.archiveName}`])
  })
})

describe('a Trivy version without a pinned digest', () => {
  it('installs when the checksums file carries a bundle by the release workflow of that version', async () => {
    const { release, files } = await signedRelease(SIGNED)
    const m = await mirror(SIGNED, files)
    const spec = trivyRelease(SIGNED, `${m.url}/trivy`, 'linux', 'x64', trust)
    const path = await installTool(spec)
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(STANDIN_TRIVY, 'utf8'))
    expect(existsSync(`${cacheDir(SIGNED)}.complete`)).toBe(true)
    expect(m.paths()).toEqual([
      `/trivy/v${SIGNED}/${release.checksumsName}`,
      `/trivy/v${SIGNED}/${release.checksumsName}.sigstore.json`,
      `/trivy/v${SIGNED}/${release.archiveName}`
    ])
  })

  it('refuses a bundle signed by any other workflow (a fork, another tag)', async () => {
    const forged =
      'https://github.com/attacker/trivy/.github/workflows/reusable-release.yaml@refs/tags/v0.69.0'
    const { files } = await signedRelease(SIGNED, { identity: forged })
    const m = await mirror(SIGNED, files)
    const spec = trivyRelease(SIGNED, `${m.url}/trivy`, 'linux', 'x64', trust)
    await expect(installTool(spec)).rejects.toThrow(
      new RegExp(
        `^${spec.checksumsUrl.replace(/[.?]/g, '\\$&')}\\.sigstore\\.json does not verify as signed by https://github\\.com/aquasecurity/trivy/\\.github/workflows/reusable-release\\.yaml@refs/tags/v0\\.69\\.0 \\(issuer https://token\\.actions\\.githubusercontent\\.com\\) over the checksums file: .+; refusing to install trivy$`
      )
    )
    expect(readdirSync(toolCache)).toEqual([])
    expect(m.paths().some(path => path.endsWith('.tar.gz'))).toBe(false)
  })

  it('refuses a checksums file changed after it was signed', async () => {
    const { files } = await signedRelease(SIGNED, { tamperAfterSigning: true })
    const m = await mirror(SIGNED, files)
    const spec = trivyRelease(SIGNED, `${m.url}/trivy`, 'linux', 'x64', trust)
    await expect(installTool(spec)).rejects.toThrow(
      /does not verify as signed by .*; refusing to install trivy$/
    )
    expect(readdirSync(toolCache)).toEqual([])
  })

  it('refuses when the mirror has no bundle, and says which file is missing', async () => {
    const { release, files } = await signedRelease(SIGNED)
    const m = await mirror(SIGNED, {
      [release.archiveName]: files[release.archiveName],
      [release.checksumsName]: files[release.checksumsName]
    })
    const spec = trivyRelease(SIGNED, `${m.url}/trivy`, 'linux', 'x64', trust)
    await expect(installTool(spec)).rejects.toThrow(
      `Could not download the signature ${spec.checksumsUrl}.sigstore.json: Unexpected HTTP response: 404`
    )
  })

  it('refuses a version from before signed bundles, downloading nothing', async () => {
    const m = await mirror('0.50.0', {})
    const spec = trivyRelease('0.50.0', `${m.url}/trivy`, 'linux', 'x64', trust)
    await expect(installTool(spec)).rejects.toThrow(
      `Trivy 0.50.0 has no digest pinned in Shipline and predates Trivy's signed release bundles (v0.68.1): use trivy-version ${DEFAULT_TRIVY_VERSION} (pinned) or 0.68.1 or later`
    )
    expect(m.paths()).toEqual([])
  })
})

describe('where Trivy may come from', () => {
  it('refuses a plain-HTTP mirror off loopback before any download', async () => {
    const spec = trivyRelease(SIGNED, 'http://mirror.example.com/trivy', 'linux', 'x64', trust)
    await expect(installTool(spec)).rejects.toThrow(
      `The trivy archive URL http://mirror.example.com/trivy/v${SIGNED}/trivy_${SIGNED}_Linux-64bit.tar.gz is plain HTTP (only https, or http on loopback for tests): refusing to download trivy`
    )
  })
})

describe('a tool-cache hit', () => {
  it('is verified again: a cached trivy that was replaced is removed and downloaded anew', async () => {
    const { release, files } = await signedRelease(SIGNED)
    const m = await mirror(SIGNED, files)
    const spec = trivyRelease(SIGNED, `${m.url}/trivy`, 'linux', 'x64', trust)
    const path = await installTool(spec)
    writeFileSync(path, '#!/bin/sh\necho owned\n')
    chmodSync(path, 0o755)

    expect(await installTool(spec)).toBe(path)

    expect(readFileSync(path, 'utf8')).toBe(readFileSync(STANDIN_TRIVY, 'utf8'))
    expect(m.paths().filter(p => p.endsWith(release.archiveName))).toHaveLength(2)
  })

  it('is not trusted when another installer cached it (no verified archive beside it)', async () => {
    const { release, files } = await signedRelease(SIGNED)
    const m = await mirror(SIGNED, files)
    const spec = trivyRelease(SIGNED, `${m.url}/trivy`, 'linux', 'x64', trust)
    const tc = await import('@actions/tool-cache')
    const planted = tempDir('planted-')
    writeFileSync(join(planted, 'trivy'), '#!/bin/sh\necho planted\n')
    await tc.cacheDir(planted, 'trivy', SIGNED)

    const path = await installTool(spec)

    expect(readFileSync(path, 'utf8')).toBe(readFileSync(STANDIN_TRIVY, 'utf8'))
    expect(m.paths().filter(p => p.endsWith(release.archiveName))).toHaveLength(1)
  })
})
