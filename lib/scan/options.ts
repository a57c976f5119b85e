/** What a scan needs, read from inputs (scan-images', or the CLI's flags), validated before anything runs. */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../core/errors.js'
import { type Inputs, parseInputFile } from '../core/inputs.js'
import { directoryInput, fileInput, GiB, MiB, quoted } from '../core/paths.js'
import { insecureUrlProblem } from '../core/url.js'
import { type IgnoreRules, mergeIgnores, parseIgnoreFile } from './ignore-file.js'
import { imageArchiveProblem } from './image-archive.js'
import type { UnknownSeverity } from './policy.js'
import { type Severity, SEVERITIES } from './report.js'
import { classify, nameTargets, type ScanTarget } from './targets.js'
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_TRIVY_BASE_URL,
  DEFAULT_TRIVY_VERSION,
  type Scanner,
  SCANNERS
} from './trivy-args.js'

export const SCAN_INPUTS = {
  images: 'images',
  severity: 'severity',
  ignoreUnfixed: 'ignore-unfixed',
  unknownSeverity: 'unknown-severity',
  ignoreFiles: 'ignore-files',
  failOnFindings: 'fail-on-findings',
  concurrency: 'concurrency',
  scanners: 'scanners',
  timeout: 'timeout',
  outputDir: 'output-dir',
  trivyVersion: 'trivy-version',
  trivyBaseUrl: 'trivy-base-url',
  dbRepositories: 'db-repositories',
  cacheDb: 'cache-db',
  maxDbAge: 'max-db-age'
} as const

const INPUTS = SCAN_INPUTS

/** The ignore files read when `ignore-files` is empty, each only if it exists (as Trivy does). */
export const DEFAULT_IGNORE_FILES = ['.trivyignore', '.trivyignore.yaml']
export const DEFAULT_SEVERITY = ['CRITICAL', 'HIGH']

export interface PolicyOptions {
  severities: Severity[]
  ignoreUnfixed: boolean
  unknownSeverity: UnknownSeverity
  ignores: IgnoreRules
}

export interface ScanOptions extends PolicyOptions {
  targets: ScanTarget[]
  failOnFindings: boolean
  concurrency: number
  scanners: Scanner[]
  timeoutMs: number
  outputDir: string
  trivyVersion: string
  trivyBaseUrl: string
  dbRepositories: string[]
  cacheDb: boolean
  /** The oldest vulnerability DB a scan may use. */
  maxDbAgeMs: number
}

/** The names the policy readers report errors under (the CLI names its flags). */
export interface PolicyInputNames {
  severity: string
  ignoreUnfixed: string
  unknownSeverity: string
  ignoreFiles: string
}

const GATED = SEVERITIES.filter(s => s !== 'UNKNOWN')
const SHORT_LIST = { maxLines: 16, maxLineLength: 16 }
const MAX_IGNORE_FILE_BYTES = 1 * MiB
const MAX_ARCHIVE_BYTES = 64 * GiB
const ACCEPTED_IGNORE_FILES =
  'paths of existing .trivyignore or .trivyignore.yaml files of at most 1 MiB, in the workspace'
const ACCEPTED_ARCHIVE =
  'an image archive (docker save or OCI layout; .tar, .tar.gz or .tgz) of at most 64 GiB, in the workspace or RUNNER_TEMP'
const ACCEPTED_OUTPUT_DIR = 'a directory in the workspace or RUNNER_TEMP (created when missing)'

export function readSeverities(inputs: Inputs, name: string): Severity[] {
  const values = inputs.list(name, { default: DEFAULT_SEVERITY, ...SHORT_LIST }).map(v => v.toUpperCase())
  for (const value of values) {
    if (value === 'UNKNOWN')
      throw new InputError(
        name,
        'UNKNOWN is set by unknown-severity, not here',
        `a list of ${GATED.join(', ')}`
      )
    if (!(GATED as readonly string[]).includes(value))
      throw new InputError(
        name,
        `"${value}" is not a severity`,
        `a comma-separated list of ${GATED.join(', ')}`
      )
  }
  return [...new Set(values)] as Severity[]
}

/**
 * Ignore files: the named ones must exist; with none named, the defaults are read when present.
 * Each is a regular file of at most 1 MiB in the workspace `cwd`.
 */
export function readIgnoreFiles(files: string[], name: string, cwd: string): IgnoreRules {
  const named = files.length > 0
  const paths = named ? files : DEFAULT_IGNORE_FILES.filter(file => existsSync(resolve(cwd, file)))
  return mergeIgnores(
    paths.map(file =>
      parseInputFile(
        name,
        fileInput(name, file, {
          root: cwd,
          accepted: ACCEPTED_IGNORE_FILES,
          maxBytes: MAX_IGNORE_FILE_BYTES
        }),
        text => parseIgnoreFile(text, file),
        {
          unreadable: ACCEPTED_IGNORE_FILES,
          invalid: 'the .trivyignore or .trivyignore.yaml formats of Trivy'
        },
        file,
        MAX_IGNORE_FILE_BYTES
      )
    )
  )
}

export function readPolicyOptions(
  inputs: Inputs,
  names: PolicyInputNames = INPUTS,
  cwd = process.cwd()
): PolicyOptions {
  return {
    severities: readSeverities(inputs, names.severity),
    ignoreUnfixed: inputs.boolean(names.ignoreUnfixed, false),
    unknownSeverity: inputs.oneOf(names.unknownSeverity, ['fail', 'ignore'] as const, 'fail'),
    ignores: readIgnoreFiles(inputs.multiline(names.ignoreFiles), names.ignoreFiles, cwd)
  }
}

/** An image archive: a regular file of at most 64 GiB in the workspace or RUNNER_TEMP, and an image archive. */
function readArchive(path: string, cwd: string, env: NodeJS.ProcessEnv): string {
  const full = fileInput(INPUTS.images, path, {
    root: cwd,
    alsoUnder: [env.RUNNER_TEMP],
    accepted: ACCEPTED_ARCHIVE,
    maxBytes: MAX_ARCHIVE_BYTES
  })
  const problem = imageArchiveProblem(full)
  if (problem) throw new InputError(INPUTS.images, `${quoted(path)} ${problem}`, ACCEPTED_ARCHIVE)
  return full
}

function readTargets(inputs: Inputs, cwd: string, env: NodeJS.ProcessEnv): ScanTarget[] {
  const lines = inputs.multiline(INPUTS.images, { required: true, maxLines: 256, maxLineLength: 1024 })
  const accepted =
    'one image per line: a reference such as registry/repo:tag or repo@sha256:…, or an archive as oci-archive:PATH or ./PATH.tar'
  const seen = new Set<string>()
  const classified = lines.map(line => {
    const target = classify(line)
    if ('problem' in target) throw new InputError(INPUTS.images, target.problem, accepted)
    if (seen.has(line)) throw new InputError(INPUTS.images, `"${line}" is listed twice`, accepted)
    seen.add(line)
    if (target.kind === 'archive') return { ...target, path: readArchive(target.path, cwd, env) }
    return target
  })
  return nameTargets(classified)
}

const VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/
/** An OCI repository for the DB: host[:port]/path[:tag], no scheme. */
const DB_REPOSITORY =
  /^[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*(?::\d{1,5})?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+(?::[\w][\w.-]{0,127})?$/

function readScanners(inputs: Inputs): Scanner[] {
  const scanners = inputs.list(INPUTS.scanners, { default: ['vuln', 'secret'], ...SHORT_LIST })
  for (const scanner of scanners)
    if (!(SCANNERS as readonly string[]).includes(scanner))
      throw new InputError(
        INPUTS.scanners,
        `${quoted(scanner)} is not a scanner Shipline judges`,
        SCANNERS.join(', ')
      )
  return [...new Set(scanners)] as Scanner[]
}

/** Where reports go: a directory (created when missing) in the workspace or RUNNER_TEMP. */
function readOutputDir(inputs: Inputs, cwd: string, env: NodeJS.ProcessEnv): string {
  return directoryInput(INPUTS.outputDir, inputs.string(INPUTS.outputDir, { default: '.shipline/scan' }), {
    root: cwd,
    alsoUnder: [env.RUNNER_TEMP],
    accepted: ACCEPTED_OUTPUT_DIR,
    mayBeMissing: true
  })
}

function readDbRepositories(inputs: Inputs): string[] {
  const repositories = inputs.list(INPUTS.dbRepositories, {
    default: DEFAULT_DB_REPOSITORIES,
    maxLines: 16,
    maxLineLength: 512
  })
  for (const repository of repositories)
    if (!DB_REPOSITORY.test(repository))
      throw new InputError(
        INPUTS.dbRepositories,
        `"${repository}" is not an OCI repository`,
        'repositories such as mirror.gcr.io/aquasec/trivy-db, one per line, without a scheme'
      )
  return [...new Set(repositories)]
}

/** Every scan option; `cwd` is the workspace, `env` gives RUNNER_TEMP (where archives and reports may be too). */
export function readScanOptions(
  inputs: Inputs,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env
): ScanOptions {
  const targets = readTargets(inputs, cwd, env)
  const policy = readPolicyOptions(inputs, INPUTS, cwd)
  const failOnFindings = inputs.boolean(INPUTS.failOnFindings, true)
  const concurrency = inputs.integer(INPUTS.concurrency, 2, { min: 1, max: 16 })
  const scanners = readScanners(inputs)
  const timeoutMs = inputs.duration(INPUTS.timeout, '10m', { min: 10_000, max: 6 * 3_600_000 })
  const outputDir = readOutputDir(inputs, cwd, env)
  const versionText = inputs.string(INPUTS.trivyVersion, { default: DEFAULT_TRIVY_VERSION })
  const version = VERSION.exec(versionText)
  if (!version)
    throw new InputError(
      INPUTS.trivyVersion,
      `"${versionText}" is not a pinned version`,
      `a release version such as ${DEFAULT_TRIVY_VERSION}`
    )
  const trivyBaseUrl = inputs
    .string(INPUTS.trivyBaseUrl, { default: DEFAULT_TRIVY_BASE_URL })
    .replace(/\/+$/, '')
  const url = URL.canParse(trivyBaseUrl) ? new URL(trivyBaseUrl) : undefined
  if (!url || insecureUrlProblem(trivyBaseUrl) || url.search || url.hash)
    throw new InputError(
      INPUTS.trivyBaseUrl,
      `"${trivyBaseUrl}" is not an https base URL`,
      `the HTTPS URL under which v<version>/ holds the release files, such as ${DEFAULT_TRIVY_BASE_URL} (plain http only on loopback)`
    )
  const dbRepositories = readDbRepositories(inputs)
  return {
    targets,
    ...policy,
    failOnFindings,
    concurrency,
    scanners,
    timeoutMs,
    outputDir,
    trivyVersion: version[1],
    trivyBaseUrl,
    dbRepositories,
    cacheDb: inputs.boolean(INPUTS.cacheDb, true),
    maxDbAgeMs: inputs.duration(INPUTS.maxDbAge, '48h', { min: 3_600_000, max: 30 * 24 * 3_600_000 })
  }
}
