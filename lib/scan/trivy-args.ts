/**
 * Everything Shipline passes to Trivy, as pure functions: the release to install, the argv of the
 * one DB download and of each scan, and the environment (Trivy settings that would filter the
 * report are removed, so the report always holds every finding and the policy stays Shipline's).
 */
import { UserError } from '../core/errors.js'
import { SEVERITIES } from './report.js'
import type { ScanTarget } from './targets.js'
import type { ToolRelease } from '../core/install.js'

export const DEFAULT_TRIVY_VERSION = '0.72.0'
export const DEFAULT_TRIVY_BASE_URL = 'https://github.com/aquasecurity/trivy/releases/download'
export const DEFAULT_DB_REPOSITORIES = ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']
export const SCANNERS = ['vuln', 'secret', 'misconfig'] as const
export type Scanner = (typeof SCANNERS)[number]

const PLATFORMS: Record<string, string> = { linux: 'Linux', darwin: 'macOS' }
const ARCHES: Record<string, string> = { x64: '64bit', arm64: 'ARM64' }

/**
 * SHA-256 of the archives of the Trivy versions Shipline pins (DEFAULT_TRIVY_VERSION), as in Trivy's
 * trivy_0.72.0_checksums.txt. That file could not be downloaded here; each value is quoted verbatim,
 * and identically, by several independent public sources found through the search corpus (a
 * generated PinnedRelease table "copied verbatim from trivy_0.72.0_checksums.txt", a Go tool's
 * expectedChecksums, a Makefile's trivy_*_SHA256SUM, a Rust tool's download table, shell installers).
 */
export const PINNED_TRIVY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '0.72.0': {
    'Linux-64bit': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
    'Linux-ARM64': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
    'macOS-64bit': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
    'macOS-ARM64': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016'
  }
}

/** Whether release `version` (`x.y.z`, maybe with a pre-release) is `floor` or later. */
function atLeast(version: string, floor: string): boolean {
  const parts = (v: string) => v.split('-')[0].split('.').map(Number)
  const [a, b] = [parts(version), parts(floor)]
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  return !version.includes('-')
}

/** The first release with a Sigstore bundle beside each asset (before it: .sig and .pem only). */
export const FIRST_BUNDLED_TRIVY = '0.68.1'

export interface TrivyTrust {
  /** Sigstore's trusted root (the public-good instance's through TUF; tests give their own). */
  trustedRoot?: () => Promise<import('@sigstore/protobuf-specs').TrustedRoot>
  /** Digests pinned per version and platform (Shipline's; tests give their own). */
  pinned?: Readonly<Record<string, Readonly<Record<string, string>>>>
}

/**
 * The release archive of `version` for this machine, as Trivy publishes it:
 * `<base>/v<version>/trivy_<version>_Linux-64bit.tar.gz`, listed in `trivy_<version>_checksums.txt`,
 * and how it is verified: the digest pinned here, else the checksums file whose Sigstore bundle
 * (`trivy_<version>_checksums.txt.sigstore.json`) is by Trivy's release workflow.
 */
export function trivyRelease(
  version: string,
  baseUrl: string,
  platform: string,
  arch: string,
  trust: TrivyTrust = {}
): ToolRelease {
  const os = PLATFORMS[platform]
  const cpu = ARCHES[arch]
  if (!os || !cpu)
    throw new UserError(
      `Trivy releases have no archive for ${platform}/${arch}; supported: linux or darwin on x64 or arm64`
    )
  const base = `${baseUrl.replace(/\/+$/, '')}/v${version}`
  const archiveName = `trivy_${version}_${os}-${cpu}.tar.gz`
  const checksumsUrl = `${base}/trivy_${version}_checksums.txt`
  const bundleUrl = `${checksumsUrl}.sigstore.json`
  const bundled = atLeast(version, FIRST_BUNDLED_TRIVY)
  return {
    tool: 'trivy',
    version,
    archiveUrl: `${base}/${archiveName}`,
    checksumsUrl,
    archiveName,
    binary: 'trivy',
    pinnedSha256: (trust.pinned ?? PINNED_TRIVY)[version]?.[`${os}-${cpu}`],
    signature: bundled
      ? {
          url: bundleUrl,
          signer: `Trivy's release workflow (Sigstore bundle, v${version})`,
          verify: async (checksums, bundle) => {
            const { verifyTrivyChecksums } = await import('./trivy-signature.js')
            await verifyTrivyChecksums(checksums, bundle, version, bundleUrl, trust.trustedRoot)
          }
        }
      : undefined,
    unverifiable: bundled
      ? undefined
      : `Trivy ${version} has no digest pinned in Shipline and predates Trivy's signed release bundles (v${FIRST_BUNDLED_TRIVY}): use trivy-version ${DEFAULT_TRIVY_VERSION} (pinned) or ${FIRST_BUNDLED_TRIVY} or later`
  }
}

/** The one vulnerability DB download of a step, into `cacheDir/db`. */
export function dbDownloadArgs(cacheDir: string, repository: string): string[] {
  return [
    'image',
    '--download-db-only',
    '--cache-dir',
    cacheDir,
    '--db-repository',
    repository,
    '--no-progress'
  ]
}

export interface ScanOptions {
  /** This worker's own cache directory (holding its copy of the DB). */
  cacheDir: string
  output: string
  scanners: Scanner[]
  timeoutMs: number
}

/** One image's scan: JSON with every severity, the DB never updated, Trivy's exit code never the gate. */
export function scanArgs(target: ScanTarget, options: ScanOptions): string[] {
  return [
    'image',
    '--cache-dir',
    options.cacheDir,
    '--skip-db-update',
    '--format',
    'json',
    '--output',
    options.output,
    '--severity',
    [...SEVERITIES].reverse().join(','),
    '--exit-code',
    '0',
    '--scanners',
    options.scanners.join(','),
    '--timeout',
    `${Math.max(1, Math.round(options.timeoutMs / 1000))}s`,
    '--no-progress',
    ...(target.kind === 'archive' ? ['--input', target.path] : [target.ref])
  ]
}

/** Trivy settings (flags as TRIVY_* variables) that would filter or redirect the report. */
const FILTERING_ENV = [
  'SEVERITY',
  'IGNORE_UNFIXED',
  'IGNORE_STATUS',
  'IGNOREFILE',
  'IGNORE_POLICY',
  'VEX',
  'SHOW_SUPPRESSED',
  'FORMAT',
  'TEMPLATE',
  'OUTPUT',
  'EXIT_CODE',
  'EXIT_ON_EOL',
  'CONFIG',
  'CACHE_DIR',
  'SKIP_DB_UPDATE',
  'DB_REPOSITORY',
  'SCANNERS',
  'PKG_TYPES',
  'VULN_TYPE',
  'SKIP_FILES',
  'SKIP_DIRS',
  'QUIET',
  'LIST_ALL_PKGS'
].map(name => `TRIVY_${name}`)

/** `env` without the TRIVY_* variables that could change what the report holds. */
export function trivyEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(env))
    if (!FILTERING_ENV.includes(key.toUpperCase())) out[key] = value
  return out
}
