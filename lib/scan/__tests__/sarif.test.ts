import { describe, expect, it } from '@jest/globals'
import { noIgnores } from '../ignore-file.js'
import { judge } from '../policy.js'
import { parseTrivyReport } from '../report.js'
import { type SarifLog, type SarifResult, type SarifRule, toSarif } from '../sarif.js'
import { fixtureJson, fixtureText, JSON_FIXTURES } from '../../../__fixtures__/trivy.js'

function sarifOf(name: string, category = 'trivy-x') {
  const report = parseTrivyReport(fixtureText(name), name)
  const j = judge(report, {
    severities: ['CRITICAL', 'HIGH'],
    ignoreUnfixed: false,
    unknownSeverity: 'fail',
    ignores: noIgnores(),
    now: 0
  })
  return { sarif: toSarif(j.findings, { category, imageName: report.artifactName }), judgement: j }
}

const keys = (o: object) => Object.keys(o).sort()

describe('SARIF against the real trivy --format sarif of the same kind of report', () => {
  const real = fixtureJson<SarifLog>('trivy-action-config-terraform-misconfig.sarif')
  const ours = sarifOf('trivy-action-config-terraform-misconfig.json', 'trivy-infra').sarif

  it('has the document and run shape of Trivy, plus the category', () => {
    expect(ours.version).toBe(real.version)
    expect(ours.$schema).toBe(real.$schema)
    expect(ours.runs).toHaveLength(1)
    for (const key of keys(real.runs[0])) expect(ours.runs[0]).toHaveProperty(key)
    expect(ours.runs[0].automationDetails).toEqual({ id: 'trivy-infra/' })
    expect(ours.runs[0].columnKind).toBe(real.runs[0].columnKind)
    const { rules: _ours, ...oursDriver } = ours.runs[0].tool.driver
    const { rules: _real, ...realDriver } = real.runs[0].tool.driver
    expect(oursDriver).toEqual(realDriver)
  })

  it('has the same rules: ids, names, levels, links, descriptions, security-severity and tags', () => {
    const pick = (rule: SarifRule) => ({
      id: rule.id,
      name: rule.name,
      level: rule.defaultConfiguration.level,
      helpUri: rule.helpUri,
      short: rule.shortDescription.text,
      full: rule.fullDescription.text,
      severity: rule.properties['security-severity'],
      tags: rule.properties.tags,
      precision: rule.properties.precision
    })
    expect(ours.runs[0].tool.driver.rules.map(pick).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      real.runs[0].tool.driver.rules.map(pick).sort((a, b) => a.id.localeCompare(b.id))
    )
    for (const rule of ours.runs[0].tool.driver.rules) {
      expect(keys(rule)).toEqual(keys(real.runs[0].tool.driver.rules[0]))
      expect(keys(rule.help)).toEqual(['markdown', 'text'])
    }
  })

  it('has the same results: rule, level, file and region; each ruleIndex points at its rule', () => {
    const pick = (rules: SarifRule[]) => (result: SarifResult) => ({
      ruleId: result.ruleId,
      indexed: rules[result.ruleIndex].id,
      level: result.level,
      uri: result.locations[0].physicalLocation.artifactLocation.uri,
      uriBaseId: result.locations[0].physicalLocation.artifactLocation.uriBaseId,
      region: result.locations[0].physicalLocation.region,
      where: result.locations[0].message.text
    })
    const sort = (a: { ruleId: string }, b: { ruleId: string }) => a.ruleId.localeCompare(b.ruleId)
    expect(ours.runs[0].results.map(pick(ours.runs[0].tool.driver.rules)).sort(sort)).toEqual(
      real.runs[0].results.map(pick(real.runs[0].tool.driver.rules)).sort(sort)
    )
    for (const result of ours.runs[0].results) {
      expect(keys(result)).toEqual(keys(real.runs[0].results[0]))
      expect(keys(result.locations[0])).toEqual(keys(real.runs[0].results[0].locations[0]))
    }
  })
})

describe('SARIF of an image report, shaped like trivy image --format sarif (alpine 3.10 golden)', () => {
  const real = fixtureJson<SarifLog>('trivy-image-alpine-3.10.sarif')
  const { sarif: ours } = sarifOf('trivy-image-alpine-3.9.json', 'trivy-alpine')
  const run = ours.runs[0]

  it('one rule per vulnerability id, one result per package, as Trivy does', () => {
    const source = fixtureJson('trivy-image-alpine-3.9.json').Results![0].Vulnerabilities!
    expect(run.results).toHaveLength(source.length)
    expect(run.tool.driver.rules.map(r => r.id).sort()).toEqual(
      [...new Set<string>(source.map(v => v.VulnerabilityID))].sort()
    )
    // The golden has 4 results over 2 rules: the same one-rule-per-id layout.
    expect(real.runs[0].results).toHaveLength(4)
    expect(real.runs[0].tool.driver.rules).toHaveLength(2)
  })

  it('rules and results carry the keys and values of the golden for the same CVE', () => {
    const realRule = real.runs[0].tool.driver.rules.find(r => r.id === 'CVE-2019-1549')!
    const ourRule = run.tool.driver.rules.find(r => r.id === 'CVE-2019-1549')!
    for (const key of keys(ourRule)) expect(realRule).toHaveProperty(key)
    expect(ourRule).toMatchObject({
      name: realRule.name,
      shortDescription: realRule.shortDescription,
      fullDescription: realRule.fullDescription,
      defaultConfiguration: realRule.defaultConfiguration,
      helpUri: realRule.helpUri
    })
    expect(ourRule.properties).toEqual({
      precision: realRule.properties.precision,
      'security-severity': realRule.properties['security-severity'],
      tags: realRule.properties.tags
    })
    const realResult = real.runs[0].results[0]
    const ourResult = run.results.find(r => r.ruleId === 'CVE-2019-1549')!
    expect(keys(ourResult)).toEqual(keys(realResult))
    expect(ourResult.level).toBe(realResult.level)
    expect(ourResult.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'testdata/fixtures/images/alpine-39.tar.gz',
      uriBaseId: 'ROOTPATH'
    })
    expect(ourResult.locations[0].physicalLocation.region).toEqual(
      realResult.locations[0].physicalLocation.region
    )
    expect(ourResult.locations[0].message.text).toMatch(
      /^testdata\/fixtures\/images\/alpine-39\.tar\.gz: lib(crypto|ssl)1\.1@1\.1\.1b-r1$/
    )
    expect(realResult.locations[0].message.text).toMatch(
      /^testdata\/fixtures\/images\/alpine-310\.tar\.gz: libcrypto1\.1@1\.1\.1c-r0$/
    )
  })

  it('maps severities to levels as Trivy does: CRITICAL/HIGH error, MEDIUM warning, LOW/UNKNOWN note', () => {
    const levels = new Map(run.results.map(r => [r.ruleId, r.level]))
    expect(levels.get('CVE-2019-14697')).toBe('error')
    expect(levels.get('CVE-2019-1551')).toBe('warning')
    const secrets = sarifOf('trivy-repo-secrets.json').sarif.runs[0]
    expect(
      secrets.results.map(r => [r.ruleId, r.level, r.locations[0].physicalLocation.region.startLine])
    ).toEqual([
      ['aws-access-key-id', 'error', 3],
      ['mysecret', 'error', 7]
    ])
    expect(secrets.tool.driver.rules.map(r => r.name)).toEqual(['Secret', 'Secret'])
  })

  it.each(JSON_FIXTURES)(
    '%s: one result per counted finding, every ruleIndex valid, ids unique among rules',
    name => {
      const { sarif, judgement } = sarifOf(name)
      const r = sarif.runs[0]
      expect(r.results).toHaveLength(judgement.findings.length)
      expect(new Set(r.tool.driver.rules.map(x => x.id)).size).toBe(r.tool.driver.rules.length)
      for (const result of r.results) expect(r.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    }
  )
})
