import { describe, expect, it } from '@jest/globals'
import { newestSatisfying, parseConstraint, terraformRelease, versionsInIndex } from '../version.js'

describe('parseConstraint', () => {
  it.each<[string, Record<string, boolean>]>([
    ['1.9.8', { '1.9.8': true, '1.9.9': false, '1.9.7': false }],
    ['= 1.9.8', { '1.9.8': true, '1.10.0': false }],
    ['v1.9.8', { '1.9.8': true }],
    ['1.9', { '1.9.0': true, '1.9.1': false }],
    ['~> 1.9', { '1.9.0': true, '1.11.4': true, '2.0.0': false, '1.8.5': false }],
    ['~> 1.9.2', { '1.9.2': true, '1.9.8': true, '1.10.0': false, '1.9.1': false }],
    ['~> 1', { '1.0.0': true, '3.1.0': true, '0.15.5': false }],
    ['>= 1.6, < 2.0', { '1.6.0': true, '1.11.4': true, '2.0.0': false, '1.5.7': false }],
    ['>1.6,<=1.7', { '1.6.0': false, '1.6.1': true, '1.7.0': true, '1.7.1': false }],
    ['>= 1.6, != 1.7.0', { '1.7.0': false, '1.7.1': true }],
    ['>= 1.10', { '1.12.0-beta1': false, '1.12.0': true }],
    ['1.12.0-beta1', { '1.12.0-beta1': true, '1.12.0': false }],
    ['>= 1.12.0-alpha1', { '1.12.0-beta1': true, '1.12.0': true }]
  ])('%s', (text, expectations) => {
    const constraint = parseConstraint(text)
    expect(constraint).toBeDefined()
    for (const [version, expected] of Object.entries(expectations))
      expect([version, constraint?.satisfiedBy(version)]).toEqual([version, expected])
  })

  it.each(['', 'latest', '=> 1.9', '~ 1.9', '1.9.8.1', '>= 1.6 < 2.0', '^1.9', '1.x', '>= 1.6,'])(
    'rejects %j',
    text => {
      expect(parseConstraint(text)).toBeUndefined()
    }
  )

  it('names an exact version only when there is one', () => {
    expect(parseConstraint('1.11.4')?.exact).toBe('1.11.4')
    expect(parseConstraint('= 1.11.4')?.exact).toBe('1.11.4')
    expect(parseConstraint('1.11')?.exact).toBeUndefined()
    expect(parseConstraint('~> 1.11.4')?.exact).toBeUndefined()
    expect(parseConstraint('>= 1.11.4')?.exact).toBeUndefined()
  })

  it('never matches a version that is not one', () => {
    expect(parseConstraint('>= 1.0')?.satisfiedBy('dev')).toBe(false)
  })
})

describe('releases', () => {
  it('names the zip and checksums as releases.hashicorp.com does', () => {
    expect(
      terraformRelease('1.11.4', 'https://releases.hashicorp.com/terraform/', 'linux', 'x64')
    ).toMatchObject({
      tool: 'terraform',
      version: '1.11.4',
      archiveUrl: 'https://releases.hashicorp.com/terraform/1.11.4/terraform_1.11.4_linux_amd64.zip',
      checksumsUrl: 'https://releases.hashicorp.com/terraform/1.11.4/terraform_1.11.4_SHA256SUMS',
      archiveName: 'terraform_1.11.4_linux_amd64.zip',
      binary: 'terraform',
      pinnedSha256: '1ce994251c00281d6845f0f268637ba50c0005657eb3cf096b92f753b42ef4dc',
      signature: {
        url: 'https://releases.hashicorp.com/terraform/1.11.4/terraform_1.11.4_SHA256SUMS.sig',
        signer: "HashiCorp's key C874011F0AB405110D02105534365D9472D7468F"
      }
    })
    expect(terraformRelease('1.11.4', 'https://m', 'win32', 'x64').pinnedSha256).toBeUndefined()
    expect(terraformRelease('1.11.4', 'https://m', 'darwin', 'arm64').archiveName).toBe(
      'terraform_1.11.4_darwin_arm64.zip'
    )
    expect(terraformRelease('1.11.4', 'https://m', 'win32', 'x64').binary).toBe('terraform.exe')
    expect(() => terraformRelease('1.11.4', 'https://m', 'aix', 'ppc64')).toThrow(
      'Terraform publishes no build for aix/ppc64'
    )
  })

  it('picks the newest satisfying version', () => {
    const versions = versionsInIndex({
      versions: { '1.9.8': {}, '1.10.5': {}, '1.11.4': {}, '1.12.0-rc1': {}, junk: {} }
    })
    expect(versions).toEqual(['1.9.8', '1.10.5', '1.11.4', '1.12.0-rc1'])
    expect(newestSatisfying(versions, parseConstraint('~> 1.9') as never)).toBe('1.11.4')
    expect(newestSatisfying(versions, parseConstraint('~> 1.9.0') as never)).toBe('1.9.8')
    expect(newestSatisfying(versions, parseConstraint('>= 2') as never)).toBeUndefined()
    expect(versionsInIndex('nope')).toEqual([])
  })
})
