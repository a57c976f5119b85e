/** What a scan needs, read from inputs (scan-images', or the CLI's flags), validated before anything runs. */
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { InputError } from '../core/errors.js'
import { type Inputs, parseInputFile } from '../core/inputs.js'
import { insecureUrlProblem } from '../core/url.js'
import { type IgnoreRules, mergeIgnores, parseIgnoreFile } from './ignore-file.js'
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
  cacheDb: 'cache-db'
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
}

/** The names the policy readers report errors under (the CLI names its flags). */
export interface PolicyInputNames {
  severity: string
  ignoreUnfixed: string
  unknownSeverity: string
  ignoreFiles: string
}

const GATED = SEVERITIES.filter(s => s !== 'UNKNOWN')

export function readSeverities(inputs: Inputs, name: string): Severity[] {
  const values = inputs.list(name, { default: DEFAULT_SEVERITY }).map(v => v.toUpperCase())
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

/** Ignore files: the named ones must exist; with none named, the defaults are read when present. */
export function readIgnoreFiles(files: string[], name: string, cwd: string): IgnoreRules {
  const named = files.length > 0
  const paths = named ? files : DEFAULT_IGNORE_FILES.filter(file => existsSync(resolve(cwd, file)))
  return mergeIgnores(
    paths.map(file =>
      parseInputFile(
        name,
        resolve(cwd, file),
        text => parseIgnoreFile(text, file),
        {
          unreadable: 'paths of existing .trivyignore or .trivyignore.yaml files',
          invalid: 'the .trivyignore or .trivyignore.yaml formats of Trivy'
        },
        file
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

function readTargets(inputs: Inputs, cwd: string): ScanTarget[] {
  const lines = inputs.multiline(INPUTS.images, { required: true })
  const accepted =
    'one image per line: a reference such as registry/repo:tag or repo@sha256:…, or an archive as oci-archive:PATH or ./PATH.tar'
  const seen = new Set<string>()
  const classified = lines.map(line => {
    const target = classify(line)
    if ('problem' in target) throw new InputError(INPUTS.images, target.problem, accepted)
    if (seen.has(line)) throw new InputError(INPUTS.images, `"${line}" is listed twice`, accepted)
    seen.add(line)
    if (target.kind === 'archive') {
      const full = isAbsolute(target.path) ? target.path : resolve(cwd, target.path)
      if (!existsSync(full))
        throw new InputError(INPUTS.images, `the archive "${target.path}" does not exist`, accepted)
      return { ...target, path: full }
    }
    return target
  })
  return nameTargets(classified)
}

const VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/
/** An OCI repository for the DB: host[:port]/path[:tag], no scheme. */
const DB_REPOSITORY =
  /^[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*(?::\d{1,5})?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+(?::[\w][\w.-]{0,127})?$/

export function readScanOptions(inputs: Inputs, cwd = process.cwd()): ScanOptions {
  const targets = readTargets(inputs, cwd)
  const policy = readPolicyOptions(inputs, INPUTS, cwd)
  const failOnFindings = inputs.boolean(INPUTS.failOnFindings, true)
  const concurrency = inputs.integer(INPUTS.concurrency, 2, { min: 1, max: 16 })
  const scanners = inputs.list(INPUTS.scanners, { default: ['vuln', 'secret'] })
  for (const scanner of scanners)
    if (!(SCANNERS as readonly string[]).includes(scanner))
      throw new InputError(
        INPUTS.scanners,
        `"${scanner}" is not a scanner Shipline judges`,
        SCANNERS.join(', ')
      )
  const timeoutMs = inputs.duration(INPUTS.timeout, '10m', { min: 10_000, max: 6 * 3_600_000 })
  const outputDir = resolve(cwd, inputs.string(INPUTS.outputDir, { default: '.shipline/scan' }))
  if (existsSync(outputDir) && !statSync(outputDir).isDirectory())
    throw new InputError(
      INPUTS.outputDir,
      `"${outputDir}" is a file`,
      'a directory path (created when missing)'
    )
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
  const dbRepositories = inputs.list(INPUTS.dbRepositories, { default: DEFAULT_DB_REPOSITORIES })
  for (const repository of dbRepositories)
    if (!DB_REPOSITORY.test(repository))
      throw new InputError(
        INPUTS.dbRepositories,
        `"${repository}" is not an OCI repository`,
        'repositories such as mirror.gcr.io/aquasec/trivy-db, one per line, without a scheme'
      )
  return {
    targets,
    ...policy,
    failOnFindings,
    concurrency,
    scanners: [...new Set(scanners)] as Scanner[],
    timeoutMs,
    outputDir,
    trivyVersion: version[1],
    trivyBaseUrl,
    dbRepositories: [...new Set(dbRepositories)],
    cacheDb: inputs.boolean(INPUTS.cacheDb, true)
  }
}
