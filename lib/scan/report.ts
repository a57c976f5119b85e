/**
 * Trivy's JSON report (SchemaVersion 2) read into one flat list of findings: vulnerabilities,
 * failed misconfiguration checks and secrets, each with the fields the policy, the SARIF converter
 * and the summary need. Pure: text in, findings out.
 */
import { UserError } from '../core/errors.js'

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const
export type Severity = (typeof SEVERITIES)[number]
export type SeverityCounts = Record<Severity, number>

export type FindingKind = 'vulnerability' | 'misconfiguration' | 'secret'

export interface Finding {
  kind: FindingKind
  /** CVE/GHSA id, check id (`DS-0002`, `AWS-0086`) or secret rule id. */
  id: string
  /** Other ids the ignore files may use (a check's `AVD-…` id). */
  aliases: string[]
  severity: Severity
  /** The Result's Target: `image (alpine 3.9.4)`, `package-lock.json`, `main.tf`. */
  target: string
  /** The Result's Class: `os-pkgs`, `lang-pkgs`, `config`, `secret`. */
  resultClass: string
  title: string
  /** Only https links are kept (they end up in markdown). */
  url?: string
  description?: string
  pkgName?: string
  pkgPath?: string
  purl?: string
  installedVersion?: string
  fixedVersion?: string
  /** Vulnerabilities only: a fixed version exists (Trivy status `fixed`). */
  fixable: boolean
  startLine?: number
  endLine?: number
  /** Misconfigurations: what failed, in the check's words. */
  message?: string
  /** Vulnerabilities: the CVSS v3 score Trivy reports for the severity source, when there is one. */
  cvssScore?: number
}

export interface TrivyReport {
  /** Where the report came from (a file path or an image), for error messages. */
  source: string
  artifactName: string
  artifactType: string
  findings: Finding[]
}

export function emptyCounts(): SeverityCounts {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 }
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** Trivy treats an empty severity as UNKNOWN; so does Shipline, and anything unrecognised too. */
export function normalizeSeverity(value: unknown): Severity {
  const text = typeof value === 'string' ? value.toUpperCase() : ''
  return (SEVERITIES as readonly string[]).includes(text) ? (text as Severity) : 'UNKNOWN'
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined
const httpsUrl = (value: unknown): string | undefined => {
  const text = str(value)
  return text && /^https:\/\/[^\s<>"]+$/.test(text) ? text : undefined
}

function list(value: unknown, where: string): Json[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new UserError(`${where} is not an array`)
  return value.map((item, i) => {
    if (!isObject(item)) throw new UserError(`${where}[${i}] is not an object`)
    return item
  })
}

/** A Trivy JSON report from its text; a UserError names the source when it is not one. */
export function parseTrivyReport(text: string, source: string): TrivyReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${source} is not valid JSON: ${(error as Error).message}`)
  }
  return readTrivyReport(data, source)
}

export function readTrivyReport(data: unknown, source: string): TrivyReport {
  if (!isObject(data) || data.SchemaVersion !== 2)
    throw new UserError(
      `${source} is not a Trivy JSON report (expected an object with "SchemaVersion": 2, from trivy --format json)`
    )
  const findings: Finding[] = []
  list(data.Results, `${source}: Results`).forEach((result, r) => {
    const where = `${source}: Results[${r}]`
    const target = str(result.Target) ?? ''
    const resultClass = str(result.Class) ?? ''
    for (const v of list(result.Vulnerabilities, `${where}.Vulnerabilities`))
      findings.push(vulnerability(v, target, resultClass, where))
    for (const m of list(result.Misconfigurations, `${where}.Misconfigurations`)) {
      // Only failed checks are findings (PASS entries appear with --include-non-failures).
      if (m.Status === undefined || m.Status === 'FAIL')
        findings.push(misconfiguration(m, target, resultClass, where))
    }
    for (const s of list(result.Secrets, `${where}.Secrets`))
      findings.push(secret(s, target, resultClass, where))
  })
  return {
    source,
    artifactName: str(data.ArtifactName) ?? source,
    artifactType: str(data.ArtifactType) ?? '',
    findings
  }
}

function requireId(value: unknown, field: string, where: string): string {
  const id = str(value)
  if (!id) throw new UserError(`${where} has an entry without ${field}`)
  return id
}

function vulnerability(v: Json, target: string, resultClass: string, where: string): Finding {
  const status = str(v.Status)
  const fixedVersion = str(v.FixedVersion)
  const identifier = isObject(v.PkgIdentifier) ? v.PkgIdentifier : {}
  return {
    kind: 'vulnerability',
    id: requireId(v.VulnerabilityID, 'VulnerabilityID', `${where}.Vulnerabilities`),
    aliases: [],
    severity: normalizeSeverity(v.Severity),
    target,
    resultClass,
    title: str(v.Title) ?? str(v.Description)?.slice(0, 120) ?? '',
    description: str(v.Description),
    url: httpsUrl(v.PrimaryURL),
    pkgName: str(v.PkgName),
    pkgPath: str(v.PkgPath),
    purl: str(identifier.PURL),
    installedVersion: str(v.InstalledVersion),
    fixedVersion,
    // Trivy's --ignore-unfixed keeps status "fixed" only; reports without a status fall back to FixedVersion.
    fixable: status ? status === 'fixed' : fixedVersion !== undefined,
    cvssScore: cvssScore(v)
  }
}

function cvssScore(v: Json): number | undefined {
  if (!isObject(v.CVSS)) return undefined
  const sources = v.CVSS
  const preferred = [str(v.SeveritySource), 'nvd'].filter((s): s is string => Boolean(s))
  for (const name of preferred) {
    const entry = sources[name]
    if (isObject(entry) && num(entry.V3Score) !== undefined) return num(entry.V3Score)
  }
  for (const entry of Object.values(sources))
    if (isObject(entry) && num(entry.V3Score) !== undefined) return num(entry.V3Score)
  return undefined
}

function misconfiguration(m: Json, target: string, resultClass: string, where: string): Finding {
  const cause = isObject(m.CauseMetadata) ? m.CauseMetadata : {}
  const id = str(m.ID) ?? requireId(m.AVDID, 'ID', `${where}.Misconfigurations`)
  const avd = str(m.AVDID)
  return {
    kind: 'misconfiguration',
    id,
    aliases: avd && avd !== id ? [avd] : [],
    severity: normalizeSeverity(m.Severity),
    target,
    resultClass,
    title: str(m.Title) ?? id,
    description: str(m.Description),
    message: str(m.Message),
    url: httpsUrl(m.PrimaryURL),
    fixable: false,
    startLine: num(cause.StartLine),
    endLine: num(cause.EndLine)
  }
}

function secret(s: Json, target: string, resultClass: string, where: string): Finding {
  return {
    kind: 'secret',
    id: requireId(s.RuleID, 'RuleID', `${where}.Secrets`),
    aliases: [],
    severity: normalizeSeverity(s.Severity),
    target,
    resultClass,
    title: str(s.Title) ?? str(s.RuleID) ?? '',
    message: str(s.Match),
    fixable: false,
    startLine: num(s.StartLine),
    endLine: num(s.EndLine)
  }
}
