/**
 * Terraform version constraints (the `required_version` syntax: `1.9.8`, `~> 1.9`, `>= 1.6, < 2.0`,
 * `!= 1.7.0`) evaluated with semver, and the names of a release's files.
 */
import semver from 'semver'
import { UserError } from '../core/errors.js'
import type { ToolRelease } from '../core/install.js'

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

/** The release files of Terraform `version` for this machine, under `baseUrl` (releases.hashicorp.com layout). */
export function terraformRelease(
  version: string,
  baseUrl: string,
  platform: string = process.platform,
  arch: string = process.arch
): ToolRelease {
  const os = OS[platform]
  const cpu = ARCH[arch]
  if (!os || !cpu) throw new UserError(`Terraform publishes no build for ${platform}/${arch}`)
  const base = baseUrl.replace(/\/+$/, '')
  const archiveName = `terraform_${version}_${os}_${cpu}.zip`
  return {
    tool: 'terraform',
    version,
    archiveUrl: `${base}/${version}/${archiveName}`,
    checksumsUrl: `${base}/${version}/terraform_${version}_SHA256SUMS`,
    archiveName,
    binary: platform === 'win32' ? 'terraform.exe' : 'terraform'
  }
}

/** The versions listed by a releases index (`<base>/index.json`: `{"versions": {"1.9.8": …}}`). */
export function versionsInIndex(index: unknown): string[] {
  if (typeof index !== 'object' || index === null) return []
  const versions = (index as { versions?: unknown }).versions
  if (typeof versions !== 'object' || versions === null) return []
  return Object.keys(versions).filter(v => semver.valid(v))
}
