/**
 * The scan findings as markdown: the job summary of scan-images, the output of
 * `shipline scan-report`, and the scan section of the pipeline's PR comment
 * (`renderScanFindings`). Pure.
 */
import { cell, code, details, heading, table } from '../core/markdown.js'
import type { Judgement, PolicySummary } from './policy.js'
import { type Finding, SEVERITIES } from './report.js'

export interface ScanResult {
  /** The image as listed (a reference or an archive path). */
  image: string
  /** Its short unique name (report file name, SARIF category `trivy-<name>`). */
  name: string
  /** Set when the scan produced a report. */
  judgement?: Judgement
  /** Set when the image could not be scanned: it fails the step. */
  error?: string
  reportPath?: string
  sarifPath?: string
}

export interface RenderOptions {
  /** Heading level of the title (default 3). */
  level?: number
  /** Findings listed per image (default 10); 0 lists none and says how many and where they are. */
  top?: number
  /** List findings only for the images that fail the policy (default: every image with findings). */
  failingOnly?: boolean
  /** Only the headline and the policy, then the failing images by name: no table, no findings. */
  compact?: boolean
  /** Where the findings left out are, for the note (default: in the report). */
  fullAt?: string
}

export function resultPassed(result: ScanResult): boolean {
  return !result.error && result.judgement?.passed === true
}

export function describePolicy(policy: PolicySummary): string {
  const parts = [
    `fails on ${policy.severities.length ? policy.severities.map(s => `**${s}**`).join(', ') : 'no severity'}`,
    `UNKNOWN severity ${policy.unknownSeverity === 'fail' ? '**fails** the gate' : 'is **ignored** by the gate'}`,
    `unfixed vulnerabilities ${policy.ignoreUnfixed ? 'are **ignored**' : 'are **counted**'}`,
    policy.ignoreFiles.length
      ? `ignore files: ${policy.ignoreFiles.map(f => code(f)).join(', ')}`
      : 'no ignore file'
  ]
  return `Policy: ${parts.join('; ')}.`
}

function safeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

function idCell(finding: Finding): string {
  return finding.url ? `[${cell(finding.id)}](${safeUrl(finding.url)})` : cell(finding.id)
}

function whereCell(finding: Finding): string {
  if (finding.kind === 'vulnerability') return cell(finding.pkgName ?? finding.target)
  const line = finding.startLine ? `:${finding.startLine}` : ''
  return cell(`${finding.target}${line}`)
}

function truncate(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function findingsTable(findings: Finding[]): string {
  return table(
    ['Severity', 'ID', 'Package / file', 'Installed', 'Fixed', 'Title'],
    findings.map(f => [
      cell(f.severity),
      idCell(f),
      whereCell(f),
      cell(f.installedVersion ?? ''),
      cell(f.kind === 'vulnerability' ? (f.fixedVersion ?? 'no fix') : ''),
      cell(truncate(f.title))
    ]),
    true
  )
}

function verdict(result: ScanResult): string {
  if (result.error) return '⚠️ not scanned'
  return result.judgement?.passed ? '✅ pass' : '❌ fail'
}

function countsRow(result: ScanResult): Array<string | number> {
  const j = result.judgement
  if (!j) return [...SEVERITIES.map(() => '–'), '–', '–']
  return [...SEVERITIES.map(s => j.counts[s]), j.fixable, j.ignored.length]
}

function imageDetails(
  result: ScanResult,
  options: Required<Pick<RenderOptions, 'top' | 'fullAt'>> & RenderOptions
) {
  if (result.error) return `**${cell(result.name)}** could not be scanned: ${cell(result.error)}`
  const j = result.judgement
  if (!j || j.findings.length === 0) return undefined
  const failing = j.violations.length > 0
  if (options.failingOnly && !failing) return undefined
  const shown = (failing ? j.violations : j.findings).slice(0, options.top)
  const total = failing ? j.violations.length : j.findings.length
  const what = failing
    ? `${total} finding${total === 1 ? '' : 's'} failing the policy`
    : `${total} finding${total === 1 ? '' : 's'} within the policy`
  if (shown.length === 0) return `**${cell(result.name)}**: ${what}, not listed here: ${options.fullAt}.`
  const more = total > shown.length ? `\n\n…and ${total - shown.length} more ${options.fullAt}.` : ''
  const expired = j.expired.length
    ? `\n\nIgnore entries that expired and count again: ${j.expired
        .slice(0, 10)
        .map(e => `${code(e.finding.id)} (${cell(e.rule.origin)}, expired ${e.rule.expires ?? ''})`)
        .join(', ')}.`
    : ''
  return details(
    `${cell(result.name)}: ${what}${shown.length < total ? `, top ${shown.length}` : ''}`,
    `${findingsTable(shown)}${more}${expired}`,
    failing
  )
}

/** The scan section: a headline, the policy, one row per image, then each image's top findings. */
export function renderScanFindings(results: ScanResult[], options: RenderOptions = {}): string {
  const level = options.level ?? 3
  const detailOptions = { ...options, top: options.top ?? 10, fullAt: options.fullAt ?? 'in the report' }
  if (results.length === 0) return `${heading(level, 'Trivy scan')}\n\nNo image was scanned.`
  const failing = results.filter(r => !resultPassed(r)).length
  const title =
    failing === 0
      ? `✅ Trivy scan: ${results.length === 1 ? 'the image passes' : `all ${results.length} images pass`} the policy`
      : `❌ Trivy scan: ${failing} of ${results.length} image${results.length === 1 ? '' : 's'} ${results.length === 1 ? 'fails' : 'fail'} the policy`
  const policy = results.find(r => r.judgement)?.judgement?.policy
  if (options.compact) {
    const failed = results.filter(r => !resultPassed(r)).map(r => code(r.name))
    return [
      heading(level, title),
      ...(policy ? [describePolicy(policy)] : []),
      `${failed.length ? `Failing: ${failed.join(', ')}. ` : ''}The table of images and their findings are left out to fit; every finding is ${detailOptions.fullAt}.`
    ].join('\n\n')
  }
  const rows = results.map(r =>
    [code(r.name), verdict(r), ...countsRow(r)].map(v => (typeof v === 'number' ? String(v) : v))
  )
  const parts = [
    heading(level, title),
    ...(policy ? [describePolicy(policy)] : []),
    table(['Image', 'Result', ...SEVERITIES, 'Fixable', 'Ignored'], rows, true),
    ...results.map(r => imageDetails(r, detailOptions)).filter((d): d is string => Boolean(d))
  ]
  const passingWithFindings = results.filter(r => resultPassed(r) && r.judgement?.findings.length).length
  if (options.failingOnly && passingWithFindings)
    parts.push(
      `_The findings of ${passingWithFindings} image${passingWithFindings === 1 ? '' : 's'} within the policy are left out to fit; they are ${detailOptions.fullAt}._`
    )
  return parts.join('\n\n')
}

/** One line for the step's error: which images failed and why. */
export function failureLine(results: ScanResult[]): string {
  const failed = results.filter(r => !resultPassed(r))
  const items = failed.map(r => {
    if (r.error) return `${r.name} (not scanned: ${r.error})`
    const j = r.judgement!
    const counts = SEVERITIES.map(s => [s, j.violations.filter(f => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')
    return `${r.name} (${counts})`
  })
  return `Scan policy failed for ${failed.length} of ${results.length} image${results.length === 1 ? '' : 's'}: ${items.join('; ')}`
}
