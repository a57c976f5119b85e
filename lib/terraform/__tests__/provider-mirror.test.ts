import { afterEach, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  MIRROR_ENV,
  TerraformSetupError,
  cliConfig,
  findProviderMirror,
  findRegistryDirs,
  findTerraform,
  implicitMirrorDirs,
  mirroredProviders,
  prepareTerraform,
  terraformEnv,
  terraformPlatform
} from '../provider-mirror.js'

const dirs: string[] = []
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-mirror-test-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** An unpacked mirror entry: HOST/NAMESPACE/TYPE/VERSION/PLATFORM/terraform-provider-TYPE_vVERSION_x5 */
function unpacked(mirror: string, source: string, version: string, platform: string): void {
  const [namespace, type] = source.split('/') as [string, string]
  const dir = join(mirror, 'registry.terraform.io', namespace, type, version, platform)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `terraform-provider-${type}_v${version}_x5`), '')
}

/** A packed mirror entry: HOST/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_PLATFORM.zip */
function packed(mirror: string, source: string, version: string, platform: string): void {
  const [namespace, type] = source.split('/') as [string, string]
  const dir = join(mirror, 'registry.terraform.io', namespace, type)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `terraform-provider-${type}_${version}_${platform}.zip`), '')
}

describe('terraformPlatform', () => {
  it.each([
    ['linux', 'x64', 'linux_amd64'],
    ['linux', 'arm64', 'linux_arm64'],
    ['darwin', 'arm64', 'darwin_arm64'],
    ['win32', 'x64', 'windows_amd64'],
    ['freebsd', 'ia32', 'freebsd_386']
  ])('%s %s is %s', (platform, arch, expected) => {
    expect(terraformPlatform(platform, arch)).toBe(expected)
  })
})

describe('mirroredProviders', () => {
  it('lists unpacked and packed packages of registry.terraform.io', () => {
    const mirror = scratch()
    unpacked(mirror, 'hashicorp/aws', '5.100.0', 'linux_amd64')
    packed(mirror, 'hashicorp/aws', '6.2.0', 'darwin_arm64')
    packed(mirror, 'hashicorp/tls', '4.0.6', 'linux_amd64')
    writeFileSync(join(mirror, 'registry.terraform.io', 'hashicorp', 'aws', 'README'), '')
    expect(mirroredProviders(mirror)).toEqual([
      { source: 'hashicorp/aws', version: '5.100.0', platform: 'linux_amd64' },
      { source: 'hashicorp/aws', version: '6.2.0', platform: 'darwin_arm64' },
      { source: 'hashicorp/tls', version: '4.0.6', platform: 'linux_amd64' }
    ])
  })

  it('is empty for a directory that is not a mirror', () => {
    expect(mirroredProviders(scratch())).toEqual([])
  })
})

describe('findRegistryDirs', () => {
  it('finds registry.terraform.io at depth 3 at most, in a stable order', () => {
    const root = scratch()
    mkdirSync(join(root, 'b', 'mirror', 'registry.terraform.io'), { recursive: true })
    mkdirSync(join(root, 'a', 'registry.terraform.io'), { recursive: true })
    mkdirSync(join(root, 'c', 'd', 'e', 'registry.terraform.io'), { recursive: true })
    expect(findRegistryDirs(root)).toEqual([
      join(root, 'a', 'registry.terraform.io'),
      join(root, 'b', 'mirror', 'registry.terraform.io')
    ])
    expect(findRegistryDirs(root, 4)).toContain(join(root, 'c', 'd', 'e', 'registry.terraform.io'))
  })
})

describe('implicitMirrorDirs', () => {
  it("are Terraform's local mirror directories under HOME and the XDG data directories", () => {
    expect(implicitMirrorDirs({ XDG_DATA_DIRS: '/usr/local/share:/usr/share' }, '/home/u')).toEqual([
      '/home/u/.terraform.d/plugins',
      '/home/u/.local/share/terraform/plugins',
      '/usr/local/share/terraform/plugins',
      '/usr/share/terraform/plugins'
    ])
  })
})

describe('findProviderMirror', () => {
  it(`takes ${MIRROR_ENV} when it holds hashicorp/aws for the platform`, () => {
    const mirror = scratch()
    unpacked(mirror, 'hashicorp/aws', '5.100.0', 'linux_amd64')
    const found = findProviderMirror({
      env: { [MIRROR_ENV]: mirror },
      platform: 'linux_amd64',
      searchRoots: []
    })
    expect(found).toEqual({
      dir: mirror,
      from: 'env',
      providers: [{ source: 'hashicorp/aws', version: '5.100.0', platform: 'linux_amd64' }]
    })
  })

  it(`says what ${MIRROR_ENV} lacks and how to make a mirror`, () => {
    const mirror = scratch()
    unpacked(mirror, 'hashicorp/aws', '5.100.0', 'linux_amd64')
    expect(() => findProviderMirror({ env: { [MIRROR_ENV]: mirror }, platform: 'darwin_arm64' })).toThrow(
      new TerraformSetupError(
        `${MIRROR_ENV}=${mirror} has no hashicorp/aws for darwin_arm64 (it holds hashicorp/aws only for 5.100.0 linux_amd64); make one where the network is reachable with \`terraform providers mirror -platform=darwin_arm64 DIR\` in a configuration that requires hashicorp/aws, then set ${MIRROR_ENV}=DIR`
      )
    )
  })

  it(`refuses a ${MIRROR_ENV} that is not a directory, without searching elsewhere`, () => {
    const missing = join(scratch(), 'nope')
    const other = scratch()
    unpacked(other, 'hashicorp/aws', '5.100.0', 'linux_amd64')
    expect(() =>
      findProviderMirror({ env: { [MIRROR_ENV]: missing }, platform: 'linux_amd64', candidates: [other] })
    ).toThrow(`${MIRROR_ENV}=${missing} is not a directory`)
  })

  it('searches the candidates, then the filesystem, for the first mirror that holds the provider', () => {
    const root = scratch()
    unpacked(join(root, 'opt', 'empty-mirror'), 'hashicorp/tls', '4.0.6', 'linux_amd64')
    unpacked(join(root, 'opt', 'tf-plugins'), 'hashicorp/aws', '5.100.0', 'linux_amd64')
    const found = findProviderMirror({
      env: {},
      platform: 'linux_amd64',
      candidates: [join(root, 'nowhere')],
      searchRoots: [root]
    })
    expect(found.dir).toBe(join(root, 'opt', 'tf-plugins'))
    expect(found.from).toBe('search')
  })

  it('says, when nothing is found, that the variable is unset, what was searched and how to provide a mirror', () => {
    const root = scratch()
    unpacked(join(root, 'opt', 'other'), 'hashicorp/tls', '4.0.6', 'linux_amd64')
    expect(() =>
      findProviderMirror({ env: {}, platform: 'linux_amd64', candidates: [], searchRoots: [root] })
    ).toThrow(
      `no Terraform provider mirror with hashicorp/aws for linux_amd64: ${MIRROR_ENV} is not set and the mirrors found lack it: ${join(root, 'opt', 'other')} (it holds no hashicorp/aws); make one where the network is reachable with \`terraform providers mirror -platform=linux_amd64 DIR\``
    )
    expect(() =>
      findProviderMirror({ env: {}, platform: 'linux_amd64', candidates: [], searchRoots: [scratch()] })
    ).toThrow(
      /no registry\.terraform\.io directory was found within 3 levels of \/ or in Terraform's local mirror directories/
    )
  })
})

describe('cliConfig and terraformEnv', () => {
  it('installs from the mirror only, never from a registry', () => {
    expect(cliConfig('/srv/tf "mirror"')).toBe(
      [
        '# Written by Shipline: providers come from the local mirror only; nothing is downloaded.',
        'provider_installation {',
        '  filesystem_mirror {',
        '    path = "/srv/tf \\"mirror\\""',
        '  }',
        '  direct {',
        '    exclude = ["*/*"]',
        '  }',
        '}',
        ''
      ].join('\n')
    )
  })

  it('points terraform at the configuration, quietly, with no plugin cache', () => {
    expect(
      terraformEnv(
        { PATH: '/bin', TF_CLI_CONFIG_FILE: '/root/.terraformrc', TF_PLUGIN_CACHE_DIR: '/c' },
        '/t/rc'
      )
    ).toEqual({ PATH: '/bin', TF_CLI_CONFIG_FILE: '/t/rc', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' })
  })
})

describe('findTerraform', () => {
  it('finds terraform on PATH', () => {
    const bin = scratch()
    writeFileSync(join(bin, 'terraform'), '#!/bin/sh\n')
    chmodSync(join(bin, 'terraform'), 0o755)
    expect(findTerraform({ PATH: `${join(bin, 'missing')}:${bin}` })).toBe(join(bin, 'terraform'))
  })

  it('says how to install it when it is not there', () => {
    expect(() => findTerraform({ PATH: scratch() })).toThrow(
      new TerraformSetupError(
        'terraform is not on PATH; install Terraform 1.11.4 (https://releases.hashicorp.com/terraform/1.11.4/) and put it on PATH'
      )
    )
  })
})

describe('prepareTerraform', () => {
  it('writes the CLI configuration into a temporary directory and removes it on cleanup', () => {
    const bin = scratch()
    writeFileSync(join(bin, 'terraform'), '#!/bin/sh\n')
    const mirror = scratch()
    unpacked(mirror, 'hashicorp/aws', '5.100.0', terraformPlatform())
    const setup = prepareTerraform({ env: { PATH: bin, [MIRROR_ENV]: mirror } })
    expect(setup.terraform).toBe(join(bin, 'terraform'))
    expect(setup.env.TF_CLI_CONFIG_FILE).toBe(setup.configFile)
    expect(readFileSync(setup.configFile, 'utf8')).toBe(cliConfig(mirror))
    setup.cleanup()
    expect(existsSync(setup.configFile)).toBe(false)
  })
})
