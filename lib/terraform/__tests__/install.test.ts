/**
 * The installer against a local HTTP server with the layout of releases.hashicorp.com: the pinned
 * version by the digest in Shipline's source, other versions by SHA256SUMS whose detached OpenPGP
 * signature (.sig) is by the signing key (HashiCorp's in production; a key made by the test here),
 * a temporary RUNNER_TOOL_CACHE / RUNNER_TEMP, and cache hits verified again. No network, no real
 * terraform.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import * as openpgp from 'openpgp'
import { resolveTerraform } from '../install.js'
import { HASHICORP_KEY, type SigningKey, verifyHashicorpSignature } from '../signature.js'
import {
  parseConstraint,
  PINNED_TERRAFORM,
  terraformRelease,
  type TerraformTrust,
  type VersionConstraint
} from '../version.js'
import { startFileServer, type TestServer } from '../../../__fixtures__/http-servers.js'
import { pathWithoutTerraform } from '../../../__fixtures__/terraform-sandbox.js'
import { makeZip, writeZip } from '../../../__fixtures__/zip.js'

let dir: string
let env: NodeJS.ProcessEnv
let server: TestServer | undefined
const saved = { ...process.env }
let releaseKey: SigningKey & { private: openpgp.PrivateKey }
let otherKey: openpgp.PrivateKey
let trust: TerraformTrust

async function testKey(name: string) {
  const { privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name, email: 'release@example.com' }],
    format: 'object'
  })
  return privateKey
}

beforeAll(async () => {
  const key = await testKey('Test Releases')
  releaseKey = {
    armored: key.toPublic().armor(),
    fingerprint: key.getFingerprint().toUpperCase(),
    private: key
  }
  otherKey = await testKey('Someone Else')
  trust = { key: releaseKey }
})

function fakeTerraform(version: string): string {
  return `#!/bin/sh\necho '{"terraform_version":"${version}","platform":"linux_amd64"}'\n`
}

function constraint(text: string): VersionConstraint {
  const parsed = parseConstraint(text)
  if (!parsed) throw new Error(`bad constraint ${text}`)
  return parsed
}

async function detachedSignature(data: Buffer, key: openpgp.PrivateKey): Promise<Buffer> {
  const signature = await openpgp.sign({
    message: await openpgp.createMessage({ binary: new Uint8Array(data) }),
    signingKeys: key,
    detached: true,
    format: 'binary'
  })
  return Buffer.from(signature as Uint8Array)
}

/** Files of a release: zip, SHA256SUMS and its .sig (optionally tampered, unlisted, signed by another key). */
async function release(
  version: string,
  options: { tamper?: boolean; unlisted?: boolean; signer?: openpgp.PrivateKey; noSignature?: boolean } = {}
): Promise<Record<string, Buffer>> {
  const names = terraformRelease(version, 'http://x/terraform')
  const zip = makeZip([
    { name: 'terraform', content: fakeTerraform(version), mode: 0o755 },
    { name: 'LICENSE.txt', content: 'MPL' }
  ])
  let digest = createHash('sha256').update(zip).digest('hex')
  if (options.tamper) digest = digest.replace(/^./, c => (c === '0' ? '1' : '0'))
  const listed = options.unlisted ? `terraform_${version}_plan9_amd64.zip` : names.archiveName
  const sums = Buffer.from(`${'b'.repeat(64)}  terraform_${version}_darwin_arm64.zip\n${digest}  ${listed}\n`)
  return {
    [`/terraform/${version}/${names.archiveName}`]: zip,
    [`/terraform/${version}/terraform_${version}_SHA256SUMS`]: sums,
    ...(options.noSignature
      ? {}
      : {
          [`/terraform/${version}/terraform_${version}_SHA256SUMS.sig`]: await detachedSignature(
            sums,
            options.signer ?? releaseKey.private
          )
        })
  }
}

beforeEach(() => {
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  dir = mkdtempSync(join(tmpdir(), 'shipline-install-'))
  mkdirSync(join(dir, 'cache'))
  mkdirSync(join(dir, 'temp'))
  mkdirSync(join(dir, 'bin'))
  // @actions/tool-cache reads these from process.env.
  process.env.RUNNER_TOOL_CACHE = join(dir, 'cache')
  process.env.RUNNER_TEMP = join(dir, 'temp')
  env = { ...process.env, PATH: pathWithoutTerraform() }
})

afterEach(async () => {
  jest.restoreAllMocks()
  await server?.close()
  server = undefined
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
  rmSync(dir, { recursive: true, force: true })
})

function cachedVersions(): string[] {
  const tool = join(dir, 'cache', 'terraform')
  return existsSync(tool) ? readdirSync(tool) : []
}

const ZIP = (version: string) => terraformRelease(version, 'x').archiveName
const urls = () => (server?.requests ?? []).map(r => r.url)

describe("HashiCorp's key, embedded", () => {
  it('is the key with the fingerprint HashiCorp publishes, with a signing subkey', async () => {
    const key = await openpgp.readKey({ armoredKey: HASHICORP_KEY.armored })
    expect(key.getFingerprint().toUpperCase()).toBe('C874011F0AB405110D02105534365D9472D7468F')
    expect(key.getUserIDs()).toEqual(['HashiCorp Security (hashicorp.com/security) <security@hashicorp.com>'])
    expect((await key.getSigningKey()).getFingerprint().toUpperCase()).toBe(
      '374EC75B485913604A831CC7C820C6D5CD27AB87'
    )
  })

  it('refuses SHA256SUMS signed by any other key', async () => {
    const sums = Buffer.from('x  terraform_9.9.9_linux_amd64.zip\n')
    await expect(
      verifyHashicorpSignature(
        sums,
        await detachedSignature(sums, otherKey),
        'terraform_9.9.9_SHA256SUMS.sig'
      )
    ).rejects.toThrow(
      /^terraform_9\.9\.9_SHA256SUMS\.sig is not a valid signature by HashiCorp's key C874011F0AB405110D02105534365D9472D7468F over the SHA256SUMS \(.+\): refusing to install terraform$/
    )
  })

  it('pins the digests of the default version for Linux and macOS on amd64 and arm64', () => {
    for (const platform of ['linux_amd64', 'linux_arm64', 'darwin_amd64', 'darwin_arm64'])
      expect(PINNED_TERRAFORM['1.11.4'][platform]).toMatch(/^[0-9a-f]{64}$/)
    expect(terraformRelease('1.11.4', 'https://x', 'linux', 'x64').pinnedSha256).toBe(
      '1ce994251c00281d6845f0f268637ba50c0005657eb3cf096b92f753b42ef4dc'
    )
  })
})

describe('installing terraform', () => {
  it("installs the pinned version by its digest alone: a zip that is not HashiCorp's is refused unasked-for SHA256SUMS", async () => {
    server = await startFileServer(await release('1.11.4'))
    await expect(resolveTerraform(constraint('1.11.4'), `${server.url}/terraform`, env)).rejects.toThrow(
      new RegExp(
        `^Checksum mismatch for terraform_1\\.11\\.4_linux_(amd64|arm64)\\.zip: expected ${PINNED_TERRAFORM['1.11.4'][`linux_${process.arch === 'arm64' ? 'arm64' : 'amd64'}`]} \\(pinned in Shipline\\), got [0-9a-f]{64}; refusing to install terraform$`
      )
    )
    expect(urls()).toEqual([`/terraform/1.11.4/${ZIP('1.11.4')}`])
    expect(cachedVersions()).toEqual([])
  })

  it('downloads SHA256SUMS and its signature, verifies both, extracts and caches; the next run verifies the cache again', async () => {
    server = await startFileServer(await release('1.9.8'))
    const first = await resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, env, trust)
    expect(first.source).toBe('download')
    expect(first.version).toBe('1.9.8')
    expect(first.path.startsWith(join(dir, 'cache', 'terraform', '1.9.8'))).toBe(true)
    const ran = spawnSync(first.path, ['version', '-json'], { encoding: 'utf8' })
    expect(JSON.parse(ran.stdout)).toMatchObject({ terraform_version: '1.9.8' })
    expect(urls()).toEqual([
      '/terraform/1.9.8/terraform_1.9.8_SHA256SUMS',
      '/terraform/1.9.8/terraform_1.9.8_SHA256SUMS.sig',
      `/terraform/1.9.8/${ZIP('1.9.8')}`
    ])
    const second = await resolveTerraform(constraint('~> 1.9.0'), `${server.url}/terraform`, env, trust)
    expect(second).toEqual({ path: first.path, version: '1.9.8', source: 'tool-cache' })
    expect(urls().slice(3)).toEqual([
      '/terraform/1.9.8/terraform_1.9.8_SHA256SUMS',
      '/terraform/1.9.8/terraform_1.9.8_SHA256SUMS.sig'
    ])
  })

  it('refuses SHA256SUMS whose signature is by another key, and downloads no zip', async () => {
    server = await startFileServer(await release('1.9.8', { signer: otherKey }))
    await expect(
      resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, env, trust)
    ).rejects.toThrow(
      `terraform_1.9.8_SHA256SUMS.sig is not a valid signature by HashiCorp's key ${releaseKey.fingerprint}`
    )
    expect(urls().some(url => url.endsWith('.zip'))).toBe(false)
    expect(cachedVersions()).toEqual([])
  })

  it('refuses SHA256SUMS without a signature', async () => {
    server = await startFileServer(await release('1.9.8', { noSignature: true }))
    await expect(
      resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, env, trust)
    ).rejects.toThrow(
      `Could not download the signature ${server.url}/terraform/1.9.8/terraform_1.9.8_SHA256SUMS.sig: Unexpected HTTP response: 404`
    )
  })

  it('refuses a zip whose checksum does not match the signed SHA256SUMS, and caches nothing', async () => {
    server = await startFileServer(await release('1.9.8', { tamper: true }))
    await expect(
      resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, env, trust)
    ).rejects.toThrow(
      new RegExp(
        `^Checksum mismatch for terraform_1\\.9\\.8_linux_(amd64|arm64)\\.zip: expected [0-9a-f]{64} \\(signed checksums file, HashiCorp's key ${releaseKey.fingerprint}\\), got [0-9a-f]{64}; refusing to install terraform$`
      )
    )
    expect(cachedVersions()).toEqual([])
  })

  it('refuses a zip that SHA256SUMS does not list', async () => {
    server = await startFileServer(await release('1.9.8', { unlisted: true }))
    await expect(
      resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, env, trust)
    ).rejects.toThrow(
      /does not list terraform_1\.9\.8_linux_(amd64|arm64)\.zip: refusing to install an unverified terraform$/
    )
    expect(cachedVersions()).toEqual([])
  })

  it('says which URL failed when the release is not on the server', async () => {
    server = await startFileServer({})
    await expect(
      resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, env, trust)
    ).rejects.toThrow(
      `Could not download the checksums file ${server.url}/terraform/1.9.8/terraform_1.9.8_SHA256SUMS: Unexpected HTTP response: 404`
    )
  })

  it('refuses a plain-HTTP release server off loopback before any download', async () => {
    await expect(
      resolveTerraform(constraint('1.9.8'), 'http://mirror.example.com/terraform', env, trust)
    ).rejects.toThrow(
      /^The terraform archive URL http:\/\/mirror\.example\.com\/terraform\/1\.9\.8\/terraform_1\.9\.8_linux_(amd64|arm64)\.zip is plain HTTP \(only https, or http on loopback for tests\): refusing to download terraform$/
    )
  })

  it('downloads anew a cached terraform that was replaced since it was verified', async () => {
    server = await startFileServer(await release('1.9.8'))
    const first = await resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, env, trust)
    writeFileSync(first.path, '#!/bin/sh\necho owned\n')
    chmodSync(first.path, 0o755)
    const again = await resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, env, trust)
    expect(again).toEqual({ path: first.path, version: '1.9.8', source: 'download' })
    expect(spawnSync(again.path, ['version', '-json'], { encoding: 'utf8' }).stdout).toContain('1.9.8')
    expect(urls().filter(url => url.endsWith('.zip'))).toHaveLength(2)
  })

  it('resolves a range to the newest stable release in index.json', async () => {
    const index = {
      name: 'terraform',
      versions: Object.fromEntries(
        ['1.9.8', '1.10.5', '1.11.4', '1.12.0-beta1', '2.0.0'].map(v => [v, { version: v }])
      )
    }
    server = await startFileServer({
      '/terraform/index.json': Buffer.from(JSON.stringify(index)),
      ...(await release('1.10.5'))
    })
    const resolved = await resolveTerraform(
      constraint('>= 1.10, < 1.11'),
      `${server.url}/terraform`,
      env,
      trust
    )
    expect(resolved.version).toBe('1.10.5')
    expect(server.requests[0].url).toBe('/terraform/index.json')
    await expect(
      resolveTerraform(constraint('~> 3.0'), `${server.url}/terraform/`, env, trust)
    ).rejects.toThrow(`No Terraform release in ${server.url}/terraform/index.json satisfies "~> 3.0"`)
  })

  it('uses a terraform on PATH that satisfies the constraint, without any download', async () => {
    writeFileSync(join(dir, 'bin', 'terraform'), fakeTerraform('1.10.2'))
    chmodSync(join(dir, 'bin', 'terraform'), 0o755)
    server = await startFileServer(await release('1.9.8'))
    const pathEnv = { ...env, PATH: `${join(dir, 'bin')}${delimiter}${env.PATH}` }
    expect(await resolveTerraform(constraint('~> 1.10'), `${server.url}/terraform`, pathEnv, trust)).toEqual({
      path: join(dir, 'bin', 'terraform'),
      version: '1.10.2',
      source: 'path'
    })
    expect(server.requests).toEqual([])
    const installed = await resolveTerraform(constraint('1.9.8'), `${server.url}/terraform`, pathEnv, trust)
    expect(installed.source).toBe('download')
  })
})

describe('the zip helper', () => {
  it('writes archives that unzip extracts with their permissions (used where there is no zip command)', () => {
    const zip = writeZip([{ name: 'terraform', content: fakeTerraform('9.9.9'), mode: 0o755 }])
    writeFileSync(join(dir, 'a.zip'), zip)
    mkdirSync(join(dir, 'out'))
    const unzip = spawnSync('unzip', ['-q', join(dir, 'a.zip')], { cwd: join(dir, 'out') })
    expect(unzip.status).toBe(0)
    const ran = spawnSync(join(dir, 'out', 'terraform'), ['version'], { encoding: 'utf8' })
    expect(ran.stdout).toContain('9.9.9')
  })
})
