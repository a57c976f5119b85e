/**
 * The scan gate: `judge(report, policy)` decides, from Trivy's JSON alone, whether an image passes.
 * Trivy runs with every severity and no filters, so nothing (a SARIF format, a trivy.yaml, a
 * TRIVY_SEVERITY variable) can hide a finding from the gate. Pure: the time is part of the policy.
 *
 * Order of the rules: ignore-unfixed drops vulnerabilities without a fix; the ignore files drop the
 * findings they match (until their expiry); what remains counts, and a remaining finding whose
 * severity is in the threshold, or UNKNOWN when `unknownSeverity` is `fail`, violates the policy.
 */
import { purlMatches, parsePurl } from './purl.js'
import { globMatch } from '../core/glob.js'
import type { IgnoreRule, IgnoreRules } from './ignore-file.js'
import {
  emptyCounts,
  type Finding,
  type Severity,
  type SeverityCounts,
  severityRank,
  type TrivyReport
} from './report.js'

export type UnknownSeverity = 'fail' | 'ignore'

export interface Policy {
  /** The severities that fail the gate (never UNKNOWN: that is `unknownSeverity`). */
  severities: Severity[]
  ignoreUnfixed: boolean
  unknownSeverity: UnknownSeverity
  ignores: IgnoreRules
  /** Epoch ms: ignore entries expire relative to this. */
  now: number
}

/** What the summary says about the policy. */
export interface PolicySummary {
  severities: Severity[]
  ignoreUnfixed: boolean
  unknownSeverity: UnknownSeverity
  ignoreFiles: string[]
}

export interface IgnoredFinding {
  finding: Finding
  /** `unfixed`, or the ignore entry's origin (and statement). */
  reason: string
}

export interface ExpiredIgnore {
  finding: Finding
  rule: IgnoreRule
}

export interface Judgement {
  artifact: string
  /** Findings that count (after ignore-unfixed and the ignore files), per severity, all kinds. */
  counts: SeverityCounts
  /** Counted vulnerabilities with a fixed version. */
  fixable: number
  /** Counted findings, most severe first. */
  findings: Finding[]
  /** Counted findings that fail the policy, most severe first. */
  violations: Finding[]
  ignored: IgnoredFinding[]
  /** Findings an ignore entry would have matched had it not expired: they count again. */
  expired: ExpiredIgnore[]
  passed: boolean
  policy: PolicySummary
}

export function summarizePolicy(policy: Policy): PolicySummary {
  return {
    severities: [...policy.severities].sort((a, b) => severityRank(a) - severityRank(b)),
    ignoreUnfixed: policy.ignoreUnfixed,
    unknownSeverity: policy.unknownSeverity,
    ignoreFiles: [...policy.ignores.files]
  }
}

export function violates(finding: Finding, policy: Pick<Policy, 'severities' | 'unknownSeverity'>): boolean {
  if (finding.severity === 'UNKNOWN') return policy.unknownSeverity === 'fail'
  return policy.severities.includes(finding.severity)
}

/** Most severe first; fixable before unfixed; then by id for a stable order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    Number(b.fixable) - Number(a.fixable) ||
    a.id.localeCompare(b.id) ||
    (a.pkgName ?? a.target).localeCompare(b.pkgName ?? b.target)
  )
}

function rulesFor(finding: Finding, ignores: IgnoreRules): IgnoreRule[] {
  if (finding.kind === 'vulnerability') return ignores.vulnerabilities
  if (finding.kind === 'misconfiguration') return ignores.misconfigurations
  return ignores.secrets
}

/** Whether `rule` matches `finding`, as Trivy matches: id (or alias), then paths, then purls. */
export function ruleMatches(rule: IgnoreRule, finding: Finding): boolean {
  if (rule.id !== undefined && rule.id !== finding.id && !finding.aliases.includes(rule.id)) return false
  if (rule.paths.length > 0) {
    const candidates = [finding.target, finding.pkgPath].filter((p): p is string => Boolean(p))
    if (!rule.paths.some(pattern => candidates.some(path => globMatch(pattern, path)))) return false
  }
  if (rule.purls.length > 0 && finding.purl) {
    const target = parsePurl(finding.purl)
    if (target && !rule.purls.some(pattern => purlMatches(pattern, target))) return false
  }
  return true
}

function describeRule(rule: IgnoreRule): string {
  return rule.statement ? `${rule.origin} (${rule.statement})` : rule.origin
}

export function judge(report: TrivyReport, policy: Policy): Judgement {
  const counts = emptyCounts()
  const findings: Finding[] = []
  const ignored: IgnoredFinding[] = []
  const expired: ExpiredIgnore[] = []
  for (const finding of report.findings) {
    if (policy.ignoreUnfixed && finding.kind === 'vulnerability' && !finding.fixable) {
      ignored.push({ finding, reason: 'unfixed' })
      continue
    }
    const matching = rulesFor(finding, policy.ignores).filter(rule => ruleMatches(rule, finding))
    const active = matching.find(rule => rule.expiresAt === undefined || rule.expiresAt > policy.now)
    if (active) {
      ignored.push({ finding, reason: describeRule(active) })
      continue
    }
    if (matching.length > 0) expired.push({ finding, rule: matching[0] })
    counts[finding.severity]++
    findings.push(finding)
  }
  findings.sort(compareFindings)
  const violations = findings.filter(finding => violates(finding, policy))
  return {
    artifact: report.artifactName,
    counts,
    fixable: findings.filter(f => f.kind === 'vulnerability' && f.fixable).length,
    findings,
    violations,
    ignored,
    expired,
    passed: violations.length === 0,
    policy: summarizePolicy(policy)
  }
}
