import { describe, expect, it } from '@jest/globals'
import { noIgnores, parseTrivyIgnore, parseTrivyIgnoreYaml } from '../ignore-file.js'
import { judge, type Policy } from '../policy.js'
import { parseTrivyReport, type Severity, SEVERITIES } from '../report.js'
import { fixtureJson, fixtureText, JSON_FIXTURES } from '../../../__fixtures__/trivy.js'

const NOW = Date.UTC(2025, 5, 15)

function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    severities: ['CRITICAL', 'HIGH'],
    ignoreUnfixed: false,
    unknownSeverity: 'fail',
    ignores: noIgnores(),
    now: NOW,
    ...overrides
  }
}

function judged(name: string, overrides: Partial<Policy> = {}) {
  return judge(parseTrivyReport(fixtureText(name), name), policy(overrides))
}

/** Expectations read from the fixture's own arrays, independently of the parser under test. */
function fromArrays(name: string) {
  const data = fixtureJson(name)
  const entries: Array<{ Severity?: string; Status?: string; kind: string }> = []
  for (const result of data.Results ?? []) {
    for (const v of result.Vulnerabilities ?? []) entries.push({ ...v, kind: 'vuln' })
    for (const m of result.Misconfigurations ?? [])
      if (m.Status === 'FAIL') entries.push({ ...m, kind: 'misconf' })
    for (const s of result.Secrets ?? []) entries.push({ ...s, kind: 'secret' })
  }
  const counts = Object.fromEntries(
    SEVERITIES.map(s => [s, entries.filter(e => (e.Severity || 'UNKNOWN') === s).length])
  )
  return {
    counts,
    violations: entries.filter(e => e.Severity === 'CRITICAL' || e.Severity === 'HIGH' || !e.Severity).length,
    fixable: entries.filter(e => e.kind === 'vuln' && e.Status === 'fixed').length,
    total: entries.length
  }
}

// Verified by hand with jq on each file (group_by(.Severity) over the Results' arrays).
const HAND_COUNTED: Record<
  string,
  { counts: Partial<Record<Severity, number>>; violations: number; fixable: number }
> = {
  'trivy-action-config-terraform-misconfig.json': {
    counts: { HIGH: 5, MEDIUM: 1, LOW: 2 },
    violations: 5,
    fixable: 0
  },
  'trivy-config-dockerfile-misconfig.json': { counts: { HIGH: 1 }, violations: 1, fixable: 0 },
  'trivy-image-alpine-3.9.json': { counts: { CRITICAL: 2, MEDIUM: 4 }, violations: 2, fixable: 6 },
  'trivy-image-distroless-base.json': { counts: { MEDIUM: 2, LOW: 2 }, violations: 0, fixable: 2 },
  'trivy-image-sle-micro-no-vulns.json': { counts: {}, violations: 0, fixable: 0 },
  'trivy-image-ubuntu-18.04.json': { counts: { MEDIUM: 4, LOW: 1 }, violations: 0, fixable: 4 },
  'trivy-repo-npm.json': { counts: { MEDIUM: 1 }, violations: 0, fixable: 1 },
  'trivy-repo-pip.json': { counts: { HIGH: 1, MEDIUM: 1 }, violations: 1, fixable: 2 },
  'trivy-repo-secrets.json': { counts: { CRITICAL: 1, HIGH: 1 }, violations: 2, fixable: 0 }
}

describe('judge on every recorded Trivy report', () => {
  it('covers every JSON fixture of the folder', () => {
    expect(JSON_FIXTURES).toEqual(Object.keys(HAND_COUNTED).sort())
  })

  it.each(JSON_FIXTURES)('%s: counts match the arrays of the report and the hand count', name => {
    const j = judged(name)
    const expected = fromArrays(name)
    const hand = HAND_COUNTED[name]
    expect(j.counts).toEqual(expected.counts)
    expect(j.counts).toEqual({ CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0, ...hand.counts })
    expect(j.findings).toHaveLength(expected.total)
    expect(j.violations).toHaveLength(expected.violations)
    expect(j.violations).toHaveLength(hand.violations)
    expect(j.fixable).toBe(expected.fixable)
    expect(j.fixable).toBe(hand.fixable)
    expect(j.passed).toBe(hand.violations === 0)
    expect(j.ignored).toEqual([])
    expect(j.artifact).toBe(fixtureJson(name).ArtifactName)
  })

  it('orders findings most severe first, fixable first', () => {
    const j = judged('trivy-image-alpine-3.9.json')
    expect(j.violations.map(f => [f.id, f.pkgName, f.severity])).toEqual([
      ['CVE-2019-14697', 'musl', 'CRITICAL'],
      ['CVE-2019-14697', 'musl-utils', 'CRITICAL']
    ])
    expect(j.findings.map(f => f.severity)).toEqual([
      'CRITICAL',
      'CRITICAL',
      'MEDIUM',
      'MEDIUM',
      'MEDIUM',
      'MEDIUM'
    ])
  })

  it('reads each kind of finding with its fields', () => {
    const [secret] = judged('trivy-repo-secrets.json').violations
    expect(secret).toMatchObject({
      kind: 'secret',
      id: 'aws-access-key-id',
      severity: 'CRITICAL',
      target: 'deploy.sh',
      startLine: 3
    })
    const [check] = judged('trivy-config-dockerfile-misconfig.json').violations
    expect(check).toMatchObject({
      kind: 'misconfiguration',
      id: 'DS-0002',
      target: 'Dockerfile',
      url: 'https://avd.aquasec.com/misconfig/ds-0002'
    })
    const [vuln] = judged('trivy-repo-pip.json').violations
    expect(vuln).toMatchObject({
      kind: 'vulnerability',
      id: 'CVE-2019-14806',
      pkgName: 'Werkzeug',
      installedVersion: '0.11',
      fixedVersion: '0.15.3',
      fixable: true,
      url: 'https://avd.aquasec.com/nvd/cve-2019-14806'
    })
  })
})

describe('policy options', () => {
  it('severity threshold: MEDIUM added makes passing images fail', () => {
    expect(
      judged('trivy-image-ubuntu-18.04.json', { severities: ['CRITICAL', 'HIGH', 'MEDIUM'] }).violations
    ).toHaveLength(4)
    expect(judged('trivy-repo-pip.json', { severities: ['CRITICAL'] }).passed).toBe(true)
  })

  it('ignore-unfixed drops vulnerabilities whose status is not fixed, and says why', () => {
    const j = judged('trivy-image-distroless-base.json', {
      ignoreUnfixed: true,
      severities: ['MEDIUM', 'LOW']
    })
    expect(j.counts).toEqual({ CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 2, UNKNOWN: 0 })
    expect(j.ignored.map(i => [i.finding.id, i.finding.pkgName, i.reason])).toEqual([
      ['CVE-2019-1551', 'libssl1.1', 'unfixed'],
      ['CVE-2019-1551', 'openssl', 'unfixed']
    ])
    const ubuntu = judged('trivy-image-ubuntu-18.04.json', { ignoreUnfixed: true })
    expect(ubuntu.counts.LOW).toBe(0)
    expect(ubuntu.counts.MEDIUM).toBe(4)
  })

  it('falls back to FixedVersion when a report has no Status', () => {
    const report = parseTrivyReport(
      JSON.stringify({
        SchemaVersion: 2,
        Results: [
          {
            Target: 'x',
            Vulnerabilities: [
              { VulnerabilityID: 'CVE-1', Severity: 'HIGH', FixedVersion: '1.2' },
              { VulnerabilityID: 'CVE-2', Severity: 'HIGH' }
            ]
          }
        ]
      }),
      'mem'
    )
    const j = judge(report, policy({ ignoreUnfixed: true }))
    expect(j.violations.map(f => f.id)).toEqual(['CVE-1'])
  })

  it.each([
    ['fail', false, 1],
    ['ignore', true, 0]
  ] as Array<['fail' | 'ignore', boolean, number]>)(
    'UNKNOWN severity (also empty) with unknown-severity %s',
    (unknownSeverity, passed, n) => {
      const report = parseTrivyReport(
        JSON.stringify({
          SchemaVersion: 2,
          Results: [
            {
              Target: 't',
              Vulnerabilities: [
                { VulnerabilityID: 'CVE-U', Severity: 'UNKNOWN' },
                { VulnerabilityID: 'CVE-E', Severity: '' },
                { VulnerabilityID: 'CVE-L', Severity: 'LOW' }
              ]
            }
          ]
        }),
        'mem'
      )
      const j = judge(report, policy({ unknownSeverity }))
      expect(j.counts.UNKNOWN).toBe(2)
      expect(j.passed).toBe(passed)
      expect(j.violations).toHaveLength(n * 2)
      expect(j.policy.unknownSeverity).toBe(unknownSeverity)
    }
  )

  it('.trivyignore ids apply to every kind, until their expiry date', () => {
    const ignores = parseTrivyIgnore(
      [
        '# accepted until the base image moves',
        'CVE-2019-14697 exp:2025-07-01',
        'aws-access-key-id',
        'DS-0002 exp:2025-06-01'
      ].join('\n'),
      '.trivyignore'
    )
    const alpine = judged('trivy-image-alpine-3.9.json', { ignores })
    expect(alpine.passed).toBe(true)
    expect(alpine.ignored.map(i => i.reason)).toEqual(['.trivyignore:2', '.trivyignore:2'])
    const secrets = judged('trivy-repo-secrets.json', { ignores })
    expect(secrets.violations.map(f => f.id)).toEqual(['mysecret'])
    // DS-0002 expired on 2025-06-01, before NOW: it counts again and the judgement says so.
    const docker = judged('trivy-config-dockerfile-misconfig.json', { ignores })
    expect(docker.passed).toBe(false)
    expect(docker.expired.map(e => [e.finding.id, e.rule.expires, e.rule.origin])).toEqual([
      ['DS-0002', '2025-06-01', '.trivyignore:4']
    ])
    // The day the CVE entry expires, it stops applying (00:00 UTC).
    expect(judged('trivy-image-alpine-3.9.json', { ignores, now: Date.UTC(2025, 6, 1) }).passed).toBe(false)
  })

  it('.trivyignore.yaml matches by id, paths, purls, with statements and expiry', () => {
    const ignores = parseTrivyIgnoreYaml(
      `vulnerabilities:
  - id: CVE-2019-14697
    purls: ["pkg:apk/alpine/musl"]
    statement: musl is not reachable
  - id: CVE-2019-14806
    paths: ["**/requirements.txt"]
    expired_at: 2030-01-01
misconfigurations:
  - id: AWS-0086
    paths: ["main.tf"]
  - id: AWS-0087
    paths: ["other/*.tf"]
secrets:
  - paths: ["deploy.sh"]
    statement: test credentials
`,
      '.trivyignore.yaml'
    )
    const alpine = judged('trivy-image-alpine-3.9.json', { ignores })
    // The purl names musl only: musl-utils still fails.
    expect(alpine.violations.map(f => f.pkgName)).toEqual(['musl-utils'])
    expect(alpine.ignored.map(i => i.reason)).toEqual([
      '.trivyignore.yaml vulnerabilities[0] (musl is not reachable)'
    ])
    expect(judged('trivy-repo-pip.json', { ignores }).passed).toBe(true)
    const terraform = judged('trivy-action-config-terraform-misconfig.json', { ignores })
    expect(terraform.violations.map(f => f.id)).toEqual(['AWS-0087', 'AWS-0091', 'AWS-0093', 'AWS-0132'])
    const secrets = judged('trivy-repo-secrets.json', { ignores })
    expect(secrets.passed).toBe(true)
    expect(secrets.ignored).toHaveLength(2)
  })
})

describe('parseTrivyReport', () => {
  it.each([
    ['{', 'mem is not valid JSON'],
    ['[]', 'mem is not a Trivy JSON report'],
    ['{"SchemaVersion": 1}', 'mem is not a Trivy JSON report'],
    ['{"SchemaVersion": 2, "Results": {}}', 'mem: Results is not an array'],
    [
      '{"SchemaVersion": 2, "Results": [{"Vulnerabilities": [{}]}]}',
      'mem: Results[0].Vulnerabilities has an entry without VulnerabilityID'
    ]
  ])('refuses %s', (text, message) => {
    expect(() => parseTrivyReport(text, 'mem')).toThrow(message)
  })
  it('accepts a report without Results (nothing found)', () => {
    expect(parseTrivyReport('{"SchemaVersion": 2, "ArtifactName": "a"}', 'mem').findings).toEqual([])
  })
})
