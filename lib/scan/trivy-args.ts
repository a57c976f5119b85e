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
 * The release archive of `version` for this machine, as Trivy publishes it:
 * `<base>/v<version>/trivy_<version>_Linux-64bit.tar.gz`, listed in `trivy_<version>_checksums.txt`.
 */
export function trivyRelease(version: string, baseUrl: string, platform: string, arch: string): ToolRelease {
  const os = PLATFORMS[platform]
  const cpu = ARCHES[arch]
  if (!os || !cpu)
    throw new UserError(
      `Trivy releases have no archive for ${platform}/${arch}; supported: linux or darwin on x64 or arm64`
    )
  const base = `${baseUrl.replace(/\/+$/, '')}/v${version}`
  const archiveName = `trivy_${version}_${os}-${cpu}.tar.gz`
  return {
    tool: 'trivy',
    version,
    archiveUrl: `${base}/${archiveName}`,
    checksumsUrl: `${base}/trivy_${version}_checksums.txt`,
    archiveName,
    binary: 'trivy'
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
