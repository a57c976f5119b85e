/**
 * The installer against a local HTTP server serving a real zip and its SHA256SUMS (the layout of
 * releases.hashicorp.com), with a temporary RUNNER_TOOL_CACHE / RUNNER_TEMP. No network, no real
 * terraform.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { resolveTerraform } from '../install.js'
import { parseConstraint, terraformRelease, type VersionConstraint } from '../version.js'
import { startFileServer, type TestServer } from '../../../__fixtures__/http-servers.js'
import { pathWithoutTerraform } from '../../../__fixtures__/terraform-sandbox.js'
import { makeZip, writeZip } from '../../../__fixtures__/zip.js'

let dir: string
let env: NodeJS.ProcessEnv
let server: TestServer | undefined
const saved = { ...process.env }

function fakeTerraform(version: string): string {
  return `#!/bin/sh\necho '{"terraform_version":"${version}","platform":"linux_amd64"}'\n`
}

function constraint(text: string): VersionConstraint {
  const parsed = parseConstraint(text)
  if (!parsed) throw new Error(`bad constraint ${text}`)
  return parsed
}

/** Files of a release: zip and SHA256SUMS (optionally tampered), under /terraform/<version>/. */
function release(
  version: string,
  options: { tamper?: boolean; unlisted?: boolean } = {}
): Record<string, Buffer> {
  const names = terraformRelease(version, 'http://x/terraform')
  const zip = makeZip([
    { name: 'terraform', content: fakeTerraform(version), mode: 0o755 },
    { name: 'LICENSE.txt', content: 'MPL' }
  ])
  let digest = createHash('sha256').update(zip).digest('hex')
  if (options.tamper) digest = digest.replace(/^./, c => (c === '0' ? '1' : '0'))
  const listed = options.unlisted ? `terraform_${version}_plan9_amd64.zip` : names.archiveName
  const sums = `${'b'.repeat(64)}  terraform_${version}_darwin_arm64.zip\n${digest}  ${listed}\n`
  return {
    [`/terraform/${version}/${names.archiveName}`]: zip,
    [`/terraform/${version}/terraform_${version}_SHA256SUMS`]: Buffer.from(sums)
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

describe('installing terraform', () => {
  it('downloads the zip and SHA256SUMS, verifies, extracts and caches; the next run uses the cache', async () => {
    server = await startFileServer(release('1.11.4'))
    const first = await resolveTerraform(constraint('1.11.4'), `${server.url}/terraform`, env)
    expect(first.source).toBe('download')
    expect(first.version).toBe('1.11.4')
    expect(first.path.startsWith(join(dir, 'cache', 'terraform', '1.11.4'))).toBe(true)
    const ran = spawnSync(first.path, ['version', '-json'], { encoding: 'utf8' })
    expect(JSON.parse(ran.stdout)).toMatchObject({ terraform_version: '1.11.4' })
    expect(server.requests.map(r => r.url)).toEqual([
      '/terraform/1.11.4/terraform_1.11.4_SHA256SUMS',
      `/terraform/1.11.4/${terraformRelease('1.11.4', 'x').archiveName}`
    ])
    const second = await resolveTerraform(constraint('~> 1.11.0'), `${server.url}/terraform`, env)
    expect(second).toEqual({ path: first.path, version: '1.11.4', source: 'tool-cache' })
    expect(server.requests).toHaveLength(2)
  })

  it('refuses a zip whose checksum does not match, and caches nothing', async () => {
    server = await startFileServer(release('1.11.4', { tamper: true }))
    await expect(resolveTerraform(constraint('1.11.4'), `${server.url}/terraform`, env)).rejects.toThrow(
      /^Checksum mismatch for terraform_1\.11\.4_linux_(amd64|arm64)\.zip: expected [0-9a-f]{64}, got [0-9a-f]{64}; refusing to install terraform$/
    )
    expect(cachedVersions()).toEqual([])
  })

  it('refuses a zip that SHA256SUMS does not list', async () => {
    server = await startFileServer(release('1.11.4', { unlisted: true }))
    await expect(resolveTerraform(constraint('1.11.4'), `${server.url}/terraform`, env)).rejects.toThrow(
      /does not list terraform_1\.11\.4_linux_(amd64|arm64)\.zip: refusing to install an unverified terraform$/
    )
    expect(cachedVersions()).toEqual([])
  })

  it('says which URL failed when the release is not on the server', async () => {
    server = await startFileServer({})
    await expect(resolveTerraform(constraint('1.11.4'), `${server.url}/terraform`, env)).rejects.toThrow(
      `Could not download the checksums file ${server.url}/terraform/1.11.4/terraform_1.11.4_SHA256SUMS: Unexpected HTTP response: 404`
    )
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
      ...release('1.11.4')
    })
    const resolved = await resolveTerraform(constraint('>= 1.10, < 2.0'), `${server.url}/terraform`, env)
    expect(resolved.version).toBe('1.11.4')
    expect(server.requests[0].url).toBe('/terraform/index.json')
    await expect(resolveTerraform(constraint('~> 3.0'), `${server.url}/terraform/`, env)).rejects.toThrow(
      `No Terraform release in ${server.url}/terraform/index.json satisfies "~> 3.0"`
    )
  })

  it('uses a terraform on PATH that satisfies the constraint, without any download', async () => {
    writeFileSync(join(dir, 'bin', 'terraform'), fakeTerraform('1.10.2'))
    chmodSync(join(dir, 'bin', 'terraform'), 0o755)
    server = await startFileServer(release('1.11.4'))
    const pathEnv = { ...env, PATH: `${join(dir, 'bin')}${delimiter}${env.PATH}` }
    expect(await resolveTerraform(constraint('~> 1.10'), `${server.url}/terraform`, pathEnv)).toEqual({
      path: join(dir, 'bin', 'terraform'),
      version: '1.10.2',
      source: 'path'
    })
    expect(server.requests).toEqual([])
    const installed = await resolveTerraform(constraint('1.11.4'), `${server.url}/terraform`, pathEnv)
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
