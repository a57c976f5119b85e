/**
 * SARIF 2.1.0 for GitHub code scanning, converted by Shipline from the judged findings (one run per
 * image, category `trivy-<name>` in `automationDetails.id`), in the shape `trivy --format sarif`
 * writes: one rule per id, results pointing at their rule, levels error/warning/note by severity and
 * a `security-severity` for GitHub's own severity. Informational only: the gate never reads it.
 */
import type { Finding, Severity } from './report.js'

export const SARIF_SCHEMA =
  'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json'

type Level = 'error' | 'warning' | 'note'

const LEVEL: Record<Severity, Level> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note'
}
/** The score GitHub maps back to the same severity, for findings without a CVSS score. */
const SEVERITY_SCORE: Record<Severity, number> = {
  CRITICAL: 9.5,
  HIGH: 8.0,
  MEDIUM: 5.5,
  LOW: 2.0,
  UNKNOWN: 0.0
}

export interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  defaultConfiguration: { level: Level }
  helpUri?: string
  help: { text: string; markdown: string }
  properties: { precision: 'very-high'; 'security-severity': string; tags: string[] }
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Level
  message: { text: string }
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: 'ROOTPATH' }
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number }
    }
    message: { text: string }
  }>
}

export interface SarifLog {
  version: '2.1.0'
  $schema: string
  runs: Array<{
    tool: {
      driver: {
        name: 'Trivy'
        fullName: string
        informationUri: string
        version?: string
        rules: SarifRule[]
      }
    }
    automationDetails: { id: string }
    results: SarifResult[]
    columnKind: 'utf16CodeUnits'
    originalUriBaseIds: { ROOTPATH: { uri: string } }
    properties: { imageName: string }
  }>
}

function ruleName(finding: Finding): string {
  if (finding.kind === 'misconfiguration') return 'Misconfiguration'
  if (finding.kind === 'secret') return 'Secret'
  return finding.resultClass === 'os-pkgs' ? 'OsPackageVulnerability' : 'LanguageSpecificPackageVulnerability'
}

function kindTag(finding: Finding): string {
  return finding.kind
}

function link(finding: Finding): string {
  return finding.url ? `[${finding.id}](${finding.url})` : finding.id
}

/** The artifact a finding is in: the image (without tag or digest) for OS packages, else the file. */
export function artifactUri(finding: Finding): string {
  if (finding.kind === 'vulnerability' && finding.resultClass === 'os-pkgs') {
    const withoutOs = finding.target.replace(/\s*\([^)]*\)\s*$/, '')
    const withoutDigest = withoutOs.split('@')[0]
    const slash = withoutDigest.lastIndexOf('/')
    const colon = withoutDigest.lastIndexOf(':')
    return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest
  }
  return (finding.kind === 'vulnerability' && finding.pkgPath) || finding.target
}

function helpLines(finding: Finding): string[] {
  if (finding.kind === 'vulnerability')
    return [
      `Vulnerability ${finding.id}`,
      `Severity: ${finding.severity}`,
      `Package: ${finding.pkgName ?? ''}`,
      `Fixed Version: ${finding.fixedVersion ?? ''}`,
      `Link: ${link(finding)}`
    ]
  if (finding.kind === 'misconfiguration')
    return [
      `Misconfiguration ${finding.id}`,
      `Severity: ${finding.severity}`,
      `Check: ${finding.title}`,
      `Message: ${finding.message ?? ''}`,
      `Link: ${link(finding)}`
    ]
  return [`Secret ${finding.id}`, `Severity: ${finding.severity}`, `Title: ${finding.title}`]
}

function rule(finding: Finding): SarifRule {
  const lines = helpLines(finding)
  const score = finding.cvssScore ?? SEVERITY_SCORE[finding.severity]
  return {
    id: finding.id,
    name: ruleName(finding),
    shortDescription: { text: finding.title || finding.id },
    fullDescription: { text: finding.description ?? finding.title ?? finding.id },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    ...(finding.url ? { helpUri: finding.url } : {}),
    help: {
      text: [...lines, finding.description ?? ''].join('\n').trim(),
      markdown: [`**${lines[0]}**`, ...lines.slice(1).map(line => `- ${line}`), '', finding.description ?? '']
        .join('\n')
        .trim()
    },
    properties: {
      precision: 'very-high',
      'security-severity': score.toFixed(1),
      tags: [kindTag(finding), 'security', finding.severity]
    }
  }
}

function resultMessage(finding: Finding): string {
  if (finding.kind === 'vulnerability')
    return [
      `Package: ${finding.pkgName ?? ''}`,
      `Installed Version: ${finding.installedVersion ?? ''}`,
      ...helpLines(finding).filter(line => !line.startsWith('Package:'))
    ].join('\n')
  return [`Artifact: ${finding.target}`, ...helpLines(finding)].join('\n')
}

function result(finding: Finding, ruleIndex: number): SarifResult {
  const uri = artifactUri(finding)
  const startLine = finding.startLine && finding.startLine > 0 ? finding.startLine : 1
  const endLine = finding.endLine && finding.endLine >= startLine ? finding.endLine : startLine
  return {
    ruleId: finding.id,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: resultMessage(finding) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
          region: { startLine, startColumn: 1, endLine, endColumn: 1 }
        },
        message: {
          text:
            finding.kind === 'vulnerability'
              ? `${uri}: ${finding.pkgName ?? ''}@${finding.installedVersion ?? ''}`
              : finding.target
        }
      }
    ]
  }
}

/** One SARIF log (one run) for one image's findings, in the category given. */
export function toSarif(
  findings: Finding[],
  options: { category: string; imageName: string; trivyVersion?: string }
): SarifLog {
  const rules: SarifRule[] = []
  const index = new Map<string, number>()
  const results = findings.map(finding => {
    let i = index.get(finding.id)
    if (i === undefined) {
      i = rules.push(rule(finding)) - 1
      index.set(finding.id, i)
    }
    return result(finding, i)
  })
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            fullName: 'Trivy Vulnerability Scanner',
            informationUri: 'https://github.com/aquasecurity/trivy',
            ...(options.trivyVersion ? { version: options.trivyVersion } : {}),
            rules
          }
        },
        automationDetails: { id: `${options.category}/` },
        results,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
        properties: { imageName: options.imageName }
      }
    ]
  }
}
