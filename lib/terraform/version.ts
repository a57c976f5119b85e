/**
 * Terraform version constraints (the `required_version` syntax: `1.9.8`, `~> 1.9`, `>= 1.6, < 2.0`,
 * `!= 1.7.0`) evaluated with semver, and the names of a release's files.
 */
import semver from 'semver'
import { UserError } from '../core/errors.js'
import type { ToolRelease } from '../core/install.js'
import { HASHICORP_KEY, type SigningKey, verifyHashicorpSignature } from './signature.js'

export interface VersionConstraint {
  text: string
  /** Whether `version` (such as `1.9.8` or `1.10.0-beta1`) satisfies every part. */
  satisfiedBy(version: string): boolean
  /** The one version it allows, when it names exactly one (`1.9.8`, `= 1.9.8`). */
  exact?: string
}

const PART = /^(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+){0,2})(-[0-9A-Za-z.-]+)?$/

/** The constraint, or undefined when `text` is not one. */
export function parseConstraint(text: string): VersionConstraint | undefined {
  const tests: Array<(v: string) => boolean> = []
  const parts = text.split(',').map(part => part.trim())
  let exact: string | undefined
  let namesPrerelease = false
  for (const part of parts) {
    const match = PART.exec(part)
    if (!match) return undefined
    const [, op = '=', numbers, pre = ''] = match
    const segments = numbers.split('.').map(Number)
    const full = `${[...segments, 0, 0].slice(0, 3).join('.')}${pre}`
    if (!semver.valid(full)) return undefined
    if (pre) namesPrerelease = true
    switch (op) {
      case '=':
        tests.push(v => semver.eq(v, full))
        if (parts.length === 1 && segments.length === 3) exact = full
        break
      case '!=':
        tests.push(v => !semver.eq(v, full))
        break
      case '>':
        tests.push(v => semver.gt(v, full))
        break
      case '>=':
        tests.push(v => semver.gte(v, full))
        break
      case '<':
        tests.push(v => semver.lt(v, full))
        break
      case '<=':
        tests.push(v => semver.lte(v, full))
        break
      case '~>': {
        // Only the right-most given component may grow: ~> 1.2.3 is >= 1.2.3, < 1.3.0;
        // ~> 1.2 is >= 1.2.0, < 2.0.0; ~> 1 is >= 1.0.0.
        const upper =
          segments.length === 3
            ? semver.inc(full, 'minor')
            : segments.length === 2
              ? semver.inc(full, 'major')
              : undefined
        tests.push(v => semver.gte(v, full) && (upper === null || upper === undefined || semver.lt(v, upper)))
        break
      }
    }
  }
  return {
    text,
    exact,
    satisfiedBy(version: string): boolean {
      const v = semver.valid(version)
      if (!v) return false
      // As Terraform does, a pre-release only matches a constraint that names a pre-release.
      if (semver.prerelease(v) && !namesPrerelease) return false
      return tests.every(test => test(v))
    }
  }
}

/** The newest of `versions` that satisfies `constraint` (pre-releases only when it names one). */
export function newestSatisfying(
  versions: Iterable<string>,
  constraint: VersionConstraint
): string | undefined {
  let best: string | undefined
  for (const version of versions) {
    if (!constraint.satisfiedBy(version)) continue
    if (!best || semver.gt(version, best)) best = version
  }
  return best
}

const OS: Record<string, string> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  sunos: 'solaris'
}
const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' }

/**
 * SHA-256 of the archives of the Terraform versions Shipline pins (1.11.4, the default of
 * provision-infra), as in HashiCorp's terraform_1.11.4_SHA256SUMS. That file could not be downloaded
 * here; each value is quoted verbatim, and identically, by independent public sources:
 * hashicorp/homebrew-tap Formula/terraform.rb (darwin_amd64, darwin_arm64, linux_amd64, linux_arm,
 * linux_arm64), a Python installer's TF_ZIP_HASH table (those and linux_386), the Arch Linux
 * terraform-bin PKGBUILD and a Nix flake (linux_amd64, linux_arm64, darwin_arm64). windows_amd64 was
 * found nowhere, so Windows (and any other platform) goes by HashiCorp's signature instead.
 */
export const PINNED_TERRAFORM: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '1.11.4': {
    darwin_amd64: 'a56d5002b9f7647291faccc3dd1a70350e60fb61e4c45037629508b8fdc2575b',
    darwin_arm64: '867e0808fa971217043e25b7a792b10720c79b1546f8a68479b74f138be73e18',
    linux_386: '8e4bd232ce8b0cde2a90132a9c4d25665791c7a48bbb159f5cd4988265d10372',
    linux_amd64: '1ce994251c00281d6845f0f268637ba50c0005657eb3cf096b92f753b42ef4dc',
    linux_arm: '3cf072a049ab0178e9cbec47a14712ba7f38cc8ef061f3a7c0ff57b83d320edd',
    linux_arm64: 'a43d1d0da9b9bab214a8305a39db0e40869572594ccf50c416a7756499143633'
  }
}

export interface TerraformTrust {
  /** The key that signs SHA256SUMS (HashiCorp's; tests give their own). */
  key?: SigningKey
  /** Digests pinned per version and platform (Shipline's; tests give their own). */
  pinned?: Readonly<Record<string, Readonly<Record<string, string>>>>
}

/**
 * The release files of Terraform `version` for this machine, under `baseUrl` (releases.hashicorp.com
 * layout), and how the archive is verified: the digest pinned here for the pinned versions, else
 * SHA256SUMS whose `.sig` is HashiCorp's.
 */
export function terraformRelease(
  version: string,
  baseUrl: string,
  platform: string = process.platform,
  arch: string = process.arch,
  trust: TerraformTrust = {}
): ToolRelease {
  const os = OS[platform]
  const cpu = ARCH[arch]
  if (!os || !cpu) throw new UserError(`Terraform publishes no build for ${platform}/${arch}`)
  const base = `${baseUrl.replace(/\/+$/, '')}/${version}`
  const archiveName = `terraform_${version}_${os}_${cpu}.zip`
  const checksumsUrl = `${base}/terraform_${version}_SHA256SUMS`
  const signatureUrl = `${checksumsUrl}.sig`
  const key = trust.key ?? HASHICORP_KEY
  return {
    tool: 'terraform',
    version,
    archiveUrl: `${base}/${archiveName}`,
    checksumsUrl,
    archiveName,
    binary: platform === 'win32' ? 'terraform.exe' : 'terraform',
    pinnedSha256: (trust.pinned ?? PINNED_TERRAFORM)[version]?.[`${os}_${cpu}`],
    signature: {
      url: signatureUrl,
      signer: `HashiCorp's key ${key.fingerprint}`,
      verify: (sums, signature) => verifyHashicorpSignature(sums, signature, signatureUrl, key)
    }
  }
}

/** The versions listed by a releases index (`<base>/index.json`: `{"versions": {"1.9.8": …}}`). */
export function versionsInIndex(index: unknown): string[] {
  if (typeof index !== 'object' || index === null) return []
  const versions = (index as { versions?: unknown }).versions
  if (typeof versions !== 'object' || versions === null) return []
  return Object.keys(versions).filter(v => semver.valid(v))
}
