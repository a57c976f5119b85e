import { describe, expect, it } from '@jest/globals'
import { failureLine, renderScanFindings, type ScanResult } from '../findings-markdown.js'
import { noIgnores, parseTrivyIgnore } from '../ignore-file.js'
import { judge, type Policy } from '../policy.js'
import { parseTrivyReport } from '../report.js'
import { fixtureText } from '../../../__fixtures__/trivy.js'

const base: Policy = {
  severities: ['CRITICAL', 'HIGH'],
  ignoreUnfixed: false,
  unknownSeverity: 'fail',
  ignores: noIgnores(),
  now: Date.UTC(2025, 0, 1)
}

function result(name: string, file: string, policy: Partial<Policy> = {}): ScanResult {
  return {
    image: `erp/${name}:1`,
    name,
    judgement: judge(parseTrivyReport(fixtureText(file), file), { ...base, ...policy })
  }
}

describe('renderScanFindings', () => {
  it('renders the headline, the policy, one row per image and the failing findings with links', () => {
    const md = renderScanFindings([
      result('auth-service', 'trivy-image-alpine-3.9.json'),
      result('hr-service', 'trivy-image-sle-micro-no-vulns.json'),
      { image: 'erp/gone:1', name: 'gone', error: 'trivy exited with code 1: manifest unknown' }
    ])
    expect(md.split('\n').slice(0, 9)).toEqual([
      '### ❌ Trivy scan: 2 of 3 images fail the policy',
      '',
      'Policy: fails on **CRITICAL**, **HIGH**; UNKNOWN severity **fails** the gate; unfixed vulnerabilities are **counted**; no ignore file.',
      '',
      '| Image | Result | CRITICAL | HIGH | MEDIUM | LOW | UNKNOWN | Fixable | Ignored |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| `auth-service` | ❌ fail | 2 | 0 | 4 | 0 | 0 | 6 | 0 |',
      '| `hr-service` | ✅ pass | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      '| `gone` | ⚠️ not scanned | – | – | – | – | – | – | – |'
    ])
    expect(md).toContain('<details open><summary>auth-service: 2 findings failing the policy</summary>')
    expect(md).toContain(
      '| CRITICAL | [CVE-2019-14697](https://avd.aquasec.com/nvd/cve-2019-14697) | musl-utils | 1.1.20-r4 | 1.1.20-r5 | musl libc through 1.1.23 has an x87 floating-point stack adjustment imbalance, related to… |'
    )
    expect(md).toContain('**gone** could not be scanned: trivy exited with code 1: manifest unknown')
    expect(md).not.toContain('hr-service:')
  })

  it('lists passing findings collapsed, the top N only, checks and secrets with their line', () => {
    const md = renderScanFindings(
      [result('infra', 'trivy-action-config-terraform-misconfig.json', { severities: ['CRITICAL'] })],
      {
        top: 3,
        level: 2
      }
    )
    expect(md.startsWith('## ✅ Trivy scan: the image passes the policy')).toBe(true)
    expect(md).toContain('<details><summary>infra: 8 findings within the policy, top 3</summary>')
    expect(md).toContain(
      '| HIGH | [AWS-0086](https://avd.aquasec.com/misconfig/aws-0086) | main.tf:8 |  |  | S3 Access block should block public ACL |'
    )
    expect(md).toContain('…and 5 more in the report.')
    const secrets = renderScanFindings([result('app', 'trivy-repo-secrets.json')])
    expect(secrets).toContain('| CRITICAL | aws-access-key-id | deploy.sh:3 |  |  | AWS Access Key ID |')
  })

  it('says which ignore entries expired, and the policy options in force', () => {
    const ignores = parseTrivyIgnore('CVE-2019-14697 exp:2024-12-31\n', '.trivyignore')
    const md = renderScanFindings([
      result('auth', 'trivy-image-alpine-3.9.json', {
        ignores,
        ignoreUnfixed: true,
        unknownSeverity: 'ignore'
      })
    ])
    expect(md).toContain(
      'UNKNOWN severity is **ignored** by the gate; unfixed vulnerabilities are **ignored**; ignore files: `.trivyignore`.'
    )
    expect(md).toContain(
      'Ignore entries that expired and count again: `CVE-2019-14697` (.trivyignore:1, expired 2024-12-31)'
    )
  })

  it('escapes cells and refuses links that are not https', () => {
    const report = parseTrivyReport(
      JSON.stringify({
        SchemaVersion: 2,
        Results: [
          {
            Target: 'x',
            Vulnerabilities: [
              {
                VulnerabilityID: 'CVE-<1>',
                Severity: 'HIGH',
                Title: 'a | b <script>',
                PrimaryURL: 'javascript:alert(1)',
                PkgName: 'p'
              }
            ]
          }
        ]
      }),
      'mem'
    )
    const md = renderScanFindings([{ image: 'i', name: 'i', judgement: judge(report, base) }])
    expect(md).toContain('| HIGH | CVE-&lt;1&gt; | p |  | no fix | a \\| b &lt;script&gt; |')
    expect(md).not.toContain('javascript:')
  })

  describe('shorter, for a share of a comment', () => {
    const results = [
      result('auth-service', 'trivy-image-alpine-3.9.json'),
      result('hr-service', 'trivy-image-ubuntu-18.04.json')
    ]
    const at = { fullAt: 'in the job summary' }

    it('failingOnly: the failing findings stay; the passing images’ are named as left out, and where', () => {
      const md = renderScanFindings(results, { ...at, failingOnly: true })
      expect(md).toContain('<details open><summary>auth-service: 2 findings failing the policy</summary>')
      expect(md).not.toContain('<summary>hr-service')
      expect(md).toContain(
        '_The findings of 1 image within the policy are left out to fit; they are in the job summary._'
      )
    })

    it('top 0: no empty table and no “top 0”, but how many and where they are', () => {
      const md = renderScanFindings(results, { ...at, failingOnly: true, top: 0 })
      expect(md).toContain(
        '**auth-service**: 2 findings failing the policy, not listed here: in the job summary.'
      )
      expect(md).not.toContain('top 0')
      expect(md).not.toContain('<details')
    })

    it('top 1: the most severe failing finding, and the count of the rest', () => {
      const md = renderScanFindings(results, { ...at, top: 1 })
      expect(md).toContain('<summary>auth-service: 2 findings failing the policy, top 1</summary>')
      expect(md).toContain('| CRITICAL | [CVE-2019-14697]')
      expect(md).toContain('…and 1 more in the job summary.')
    })

    it('compact: the headline, the policy and the failing images by name', () => {
      expect(renderScanFindings(results, { ...at, compact: true, level: 4 })).toBe(
        [
          '#### ❌ Trivy scan: 1 of 2 images fail the policy',
          'Policy: fails on **CRITICAL**, **HIGH**; UNKNOWN severity **fails** the gate; unfixed vulnerabilities are **counted**; no ignore file.',
          'Failing: `auth-service`. The table of images and their findings are left out to fit; every finding is in the job summary.'
        ].join('\n\n')
      )
    })
  })

  it('renders an empty list', () => {
    expect(renderScanFindings([])).toBe('### Trivy scan\n\nNo image was scanned.')
  })
})

describe('failureLine', () => {
  it('names each failing image with its failing counts', () => {
    expect(
      failureLine([
        result('a', 'trivy-repo-secrets.json'),
        result('b', 'trivy-repo-npm.json'),
        result('c', 'trivy-repo-pip.json')
      ])
    ).toBe('Scan policy failed for 2 of 3 images: a (1 CRITICAL, 1 HIGH); c (1 HIGH)')
  })
})
