import { describe, expect, it } from '@jest/globals'
import { blocksClosed } from '../../core/budget.js'
import { imageStatus, type ImageBuildResult, renderPipelineComment } from '../pipeline-comment.js'
import { MAX_COMMENT_CHARS } from '../pr-comment.js'
import type { ScanResult } from '../../scan/findings-markdown.js'
import { noIgnores } from '../../scan/ignore-file.js'
import { judge, type Policy } from '../../scan/policy.js'
import { parseTrivyReport } from '../../scan/report.js'
import { renderPlanComment } from '../../terraform/plan-comment.js'
import { renderPlanVariants } from '../../terraform/plan-variants.js'
import { largePlan } from '../../../__fixtures__/large-plan.js'
import { fixtureText } from '../../../__fixtures__/trivy.js'

const image = (service: string, built = true) => ({
  service,
  built,
  tags: ['src-0123456789ab'],
  image: `r/${service}@sha256:x`
})

describe('renderPipelineComment', () => {
  it('orders the three sections and lists services alphabetically', () => {
    const body = renderPipelineComment({
      environment: 'staging',
      plan: 'PLAN',
      images: [image('b'), image('a', false)],
      scan: { full: 'FULL', short: 'SHORT' }
    })
    expect(body.indexOf('### 1. Infrastructure plan')).toBeLessThan(body.indexOf('### 2. Images'))
    expect(body.indexOf('### 2. Images')).toBeLessThan(body.indexOf('### 3. Scan findings'))
    expect(body.indexOf('| `a` |')).toBeLessThan(body.indexOf('| `b` |'))
    expect(body).toContain('FULL')
  })

  it('drops scan details before cutting the plan, and stays within the limit', () => {
    const input = {
      environment: 'p',
      plan: 'P'.repeat(1000),
      images: [image('a')],
      scan: { full: 'F'.repeat(5000), short: 'SHORT' }
    }
    const fitsShort = renderPipelineComment(input, 2000)
    expect(fitsShort).toContain('SHORT')
    expect(fitsShort).toContain('P'.repeat(1000))
    expect(fitsShort.length).toBeLessThanOrEqual(2000)
    const cut = renderPipelineComment({ ...input, plan: 'P'.repeat(5000) }, 2000)
    expect(cut.length).toBeLessThanOrEqual(2000)
    expect(cut).toContain('the plan is cut here to fit GitHub’s limit')
  })

  it('adds a Frontend section after the scan findings when the static publish was planned', () => {
    const without = renderPipelineComment({ environment: 'p', plan: 'PLAN', images: [] })
    expect(without).not.toContain('Frontend')
    const body = renderPipelineComment({
      environment: 'p',
      plan: 'PLAN',
      images: [],
      frontend: '#### Static publish plan for `s3://b/`\n\nwould upload 2 files\n'
    })
    expect(body.indexOf('### 3. Scan findings')).toBeLessThan(body.indexOf('### 4. Frontend'))
    expect(body).toContain('would upload 2 files')
  })

  it('cuts a ready plan section between blocks, never inside a code block or <details>', () => {
    const plan = renderPlanComment(largePlan(300), { maxChars: 65_536 }).markdown
    const body = renderPipelineComment({ environment: 'p', plan, images: [image('a')] }, 20_000)
    expect(body.length).toBeLessThanOrEqual(20_000)
    expect(blocksClosed(body)).toBe(true)
    expect(body).toContain(
      '… the plan is cut here to fit GitHub’s limit: the job summary of the Terraform plan job has the whole plan.'
    )
  })
})

// ---- one budget at real sizes ----------------------------------------------------------------

const policy: Policy = {
  severities: ['CRITICAL', 'HIGH'],
  ignoreUnfixed: false,
  unknownSeverity: 'fail',
  ignores: noIgnores(),
  now: Date.UTC(2025, 0, 1)
}
const TAG = 'src-0123456789ab'

/** Nine services as scan-images names their reports; two fail (CRITICAL musl, HIGH Werkzeug). */
const REPORTS: Array<[string, string]> = [
  ['auth-service', 'trivy-image-alpine-3.9.json'],
  ['finance-service', 'trivy-repo-pip.json'],
  ['hr-service', 'trivy-image-ubuntu-18.04.json'],
  ['operation-service', 'trivy-image-distroless-base.json'],
  ['gateway-service', 'trivy-image-sle-micro-no-vulns.json'],
  ['discovery-server', 'trivy-image-ubuntu-18.04.json'],
  ['config-server', 'trivy-image-distroless-base.json'],
  ['reporting-service', 'trivy-repo-npm.json']
]
const scanResults: ScanResult[] = REPORTS.map(([service, file]) => ({
  image: `${service}-${TAG}.oci.json`,
  name: `${service}-${TAG}.oci`,
  judgement: judge(parseTrivyReport(fixtureText(file), file), policy)
}))
const images: ImageBuildResult[] = [
  ...REPORTS.map(([service]) => ({
    service,
    built: true,
    tags: [`123456789012.dkr.ecr.eu-west-1.amazonaws.com/${service}:${TAG}`],
    image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/${service}@sha256:${'a'.repeat(64)}`,
    scan: 'success' as const
  })),
  { service: 'frontend', built: false, tags: ['src-ba9876543210'], image: 'r/frontend@sha256:b' }
]

describe.each<[string, number, { destroys: number; replaces: number }]>([
  ['300 changes', 300, { destroys: 2, replaces: 2 }],
  ['3,000 changes', 3000, { destroys: 15, replaces: 12 }],
  ['8,000 changes', 8000, { destroys: 40, replaces: 32 }]
])('the comment of a plan of %s with failing CRITICAL findings', (_, changes, expected) => {
  const plan = largePlan(changes)
  const risky = (plan.resource_changes ?? []).filter(rc => rc.change.actions.includes('delete'))
  const body = renderPipelineComment({
    environment: 'production',
    commit: 'ec26c3e57ca3d8f0',
    planVariants: renderPlanVariants(plan).variants,
    infraResult: 'success',
    images,
    imagesResult: 'failure',
    scanResults
  })

  it('fits GitHub’s limit with room for the marker', () => {
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS - 200)
  })

  it('never leaves a code block or <details> open', () => expect(blocksClosed(body)).toBe(true))

  it('keeps every destroy and replacement', () => {
    expect(risky.filter(rc => rc.change.actions.length === 1)).toHaveLength(expected.destroys)
    expect(risky.filter(rc => rc.change.actions.length === 2)).toHaveLength(expected.replaces)
    for (const rc of risky) expect(body).toContain(`\`${rc.address}\``)
  })

  it('keeps the failing CRITICAL and HIGH findings, never a “top 0”', () => {
    const scan = body.slice(body.indexOf('### 3. Scan findings'))
    expect(scan).toContain('#### ❌ Trivy scan: 2 of 8 images fail the policy')
    expect(scan).toContain('[CVE-2019-14697]')
    expect(scan).toContain('[CVE-2019-14806]')
    expect(scan).not.toContain('top 0')
  })

  it('says the failed image job, and the status of every image as it happened', () => {
    expect(body).toContain('⚠️ The image builds failed: see the workflow run for its log.')
    expect(body).toContain(
      '| `auth-service` | 🔨 new content: built; ❌ fails the scan policy, so it would not be pushed |'
    )
    expect(body).toContain(
      '| `finance-service` | 🔨 new content: built; ❌ fails the scan policy, so it would not be pushed |'
    )
    expect(body).toContain('| `gateway-service` | 🔨 new content: built and scanned, pushed on merge |')
    expect(body).toContain('| `frontend` | ♻️ the registry already holds this content: reused |')
  })

  it('cuts the plan first (its details and lists), says what it left out and where the whole plan is', () => {
    const planSection = body.slice(body.indexOf('### 1.'), body.indexOf('### 2.'))
    expect(planSection).toMatch(
      /> Cut to fit this section's share of GitHub's 65,536-character comment limit: [^\n]+\. The job summary of the Terraform plan job has the whole plan\./
    )
    const scan = body.slice(body.indexOf('### 3.'))
    for (const [service] of REPORTS.slice(2))
      if (service !== 'gateway-service')
        expect(scan).toMatch(
          new RegExp(`<summary>${service}-${TAG}\\.oci: \\d+ findings? within the policy</summary>`)
        )
  })
})

describe('the budget at small sizes', () => {
  const variants = renderPlanVariants(largePlan(3000)).variants
  it.each<[number, boolean]>([
    [20_000, false],
    [14_000, true],
    [8_000, false],
    [5_000, false]
  ])('a 3,000-change plan and nine images within %i characters (scan kept whole: %s)', (limit, scanWhole) => {
    const body = renderPipelineComment(
      { environment: 'production', planVariants: variants, images, scanResults },
      limit
    )
    expect(body.length).toBeLessThanOrEqual(limit)
    expect(blocksClosed(body)).toBe(true)
    const plan = body.slice(0, body.indexOf('### 2.'))
    expect(plan).toContain('**:warning: 27 resources will be destroyed or replaced:**')
    expect(plan).toContain('The job summary of the Terraform plan job has the whole plan.')
    const scan = body.slice(body.indexOf('### 3.'))
    expect(scan).toContain('#### ❌ Trivy scan: 2 of 8 images fail the policy')
    expect(scan).toContain('[CVE-2019-14697]')
    expect(scan).toContain('[CVE-2019-14806]')
    expect(scan).not.toContain('top 0')
    const note =
      '_The findings of 5 images within the policy are left out to fit; they are in the job summary of the image’s “Build and scan” job._'
    if (scanWhole) expect(scan).not.toContain(note)
    else expect(scan).toContain(note)
    expect(scan.includes(`<summary>hr-service-${TAG}.oci: 5 findings within the policy</summary>`)).toBe(
      scanWhole
    )
  })
})

describe('the Frontend section shares the budget', () => {
  it('a publish plan of thousands of files is cut between blocks, with where the whole is', () => {
    const frontend = `#### Static publish plan for \`s3://b/\`\n\n${Array.from({ length: 3000 }, (_, i) => `- upload \`assets/app-${i}.js\``).join('\n')}\n`
    const body = renderPipelineComment({ environment: 'p', plan: 'PLAN', images, scanResults, frontend })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS - 200)
    expect(blocksClosed(body)).toBe(true)
    expect(body).toContain('### 4. Frontend\n\n#### Static publish plan for `s3://b/`')
    expect(body).toContain(
      '_The rest of the publish plan is left out to fit; the job summary of the frontend job has all of it._'
    )
    expect(body).toContain('[CVE-2019-14697]')
  })
})

describe('imageStatus: what happened, never “scanned” when it was not', () => {
  const built = { service: 'a', built: true, tags: [TAG], image: 'r/a@sha256:x' }
  const passed = scanResults.find(r => r.name.startsWith('gateway-service'))!
  const failed = scanResults.find(r => r.name.startsWith('auth-service'))!
  it.each<[string, ImageBuildResult, ScanResult | undefined, string]>([
    ['reused', { ...built, built: false }, undefined, '♻️ the registry already holds this content: reused'],
    ['scan passed', built, passed, '🔨 new content: built and scanned, pushed on merge'],
    [
      'scan failed the policy',
      built,
      failed,
      '🔨 new content: built; ❌ fails the scan policy, so it would not be pushed'
    ],
    [
      'scan errored',
      built,
      { image: 'a', name: 'a', error: 'trivy exited with code 1' },
      '🔨 new content: built; ⚠️ could not be scanned, so it would not be pushed'
    ],
    [
      'scan step skipped',
      { ...built, scan: 'skipped' },
      undefined,
      '🔨 new content: built; ⚠️ not scanned, so it would not be pushed'
    ],
    [
      'scan outcome unknown',
      built,
      undefined,
      '🔨 new content: built; ⚠️ not scanned, so it would not be pushed'
    ],
    [
      'scan step failed without a report',
      { ...built, scan: 'failure' },
      undefined,
      '🔨 new content: built; ⚠️ the scan failed without a report (see its job log), so it would not be pushed'
    ],
    [
      'scan step cancelled',
      { ...built, scan: 'cancelled' },
      undefined,
      '🔨 new content: built; ⚠️ the scan was cancelled, so it would not be pushed'
    ]
  ])('%s', (_, img, scan, text) => expect(imageStatus(img, scan, true).text).toBe(text))
})
