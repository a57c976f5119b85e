/**
 * `terraform test` of infra/ and infra/bootstrap with the real Terraform and AWS provider (mocked):
 * every run block of their tests/*.tftest.hcl, the environment files once per environments/*.tfvars.
 * Each run block is a Jest test (it passed), and so is each of its assertions (its condition held),
 * printing terraform's diagnostic when it did not. Without terraform or the provider mirror, every
 * test fails with what is missing and how to provide it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { type Assertion, type Invocation, type RunBlock, invocations } from './tftest-files.js'
import {
  type Diagnostic,
  type RunOutcome,
  type TestReport,
  INFRA_DIR,
  INFRA_READS,
  cleanupTerraform,
  describeDiagnostic,
  initializedCopy,
  terraform,
  testReport
} from './terraform-tools.js'

const MODULES = ['', 'bootstrap']
const all = await invocations(INFRA_DIR, MODULES)
const reports = new Map<Invocation, TestReport>()
let setupError: Error | undefined

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items]
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker))
}

beforeAll(async () => {
  try {
    const copies: Record<string, string> = {
      '': await initializedCopy(INFRA_DIR, {
        nested: [join(INFRA_DIR, 'bootstrap')],
        alongside: INFRA_READS
      }),
      bootstrap: await initializedCopy(join(INFRA_DIR, 'bootstrap'))
    }
    // terraform test is CPU-bound: one at a time per spare core.
    await pool(all, availableParallelism() - 1, async invocation => {
      const args = ['test', '-json', '-no-color', `-filter=${invocation.file.path}`]
      if (invocation.varFile) args.push(`-var-file=${invocation.varFile}`)
      reports.set(invocation, testReport(await terraform(args, copies[invocation.module] as string)))
    })
  } catch (error) {
    setupError = error instanceof Error ? error : new Error(String(error))
  }
}, 30 * 60_000)

afterAll(cleanupTerraform)

function outcome(invocation: Invocation, run: RunBlock): RunOutcome {
  if (setupError) throw setupError
  const report = reports.get(invocation)
  if (!report) throw new Error(`terraform test did not run ${invocation.label}`)
  return report.runs.get(run.name) ?? { status: 'missing', diagnostics: [] }
}

const within = (invocation: Invocation, assertion: Assertion) => (d: Diagnostic) =>
  d.filename === invocation.file.path &&
  d.line !== undefined &&
  d.line >= assertion.startLine &&
  d.line <= assertion.endLine

/** The run's errors that no assertion of it explains (the plan failed, a resource was refused). */
function unexplained(invocation: Invocation, run: RunBlock, result: RunOutcome): Diagnostic[] {
  return result.diagnostics.filter(d => !run.assertions.some(a => within(invocation, a)(d)))
}

it('finds the run blocks of infra/tests and infra/bootstrap/tests, the environment files once per environment', () => {
  const labels = all.map(i => i.label)
  expect(labels).toEqual(
    expect.arrayContaining([
      'tests/environment.tftest.hcl with environments/production.tfvars',
      'tests/environment.tftest.hcl with environments/staging.tfvars',
      'tests/options.tftest.hcl',
      'bootstrap/tests/bootstrap.tftest.hcl'
    ])
  )
  expect(
    all.flatMap(i => i.file.runs).every(r => r.assertions.length > 0 || r.expectFailures.length > 0)
  ).toBe(true)
})

for (const invocation of all)
  describe(invocation.label, () => {
    it('loads, and tears down what its runs applied', () => {
      if (setupError) throw setupError
      const report = reports.get(invocation)
      expect(report?.fileDiagnostics.map(describeDiagnostic)).toEqual([])
    })

    for (const run of invocation.file.runs)
      describe(`run "${run.name}"`, () => {
        const expected = run.expectFailures.length ? `, failing only on ${run.expectFailures.join(', ')}` : ''
        it(`passes (${run.command}${expected})`, () => {
          const result = outcome(invocation, run)
          expect({ status: result.status, diagnostics: result.diagnostics.map(describeDiagnostic) }).toEqual({
            status: 'pass',
            diagnostics: []
          })
        })

        for (const assertion of run.assertions)
          it(assertion.title, () => {
            const result = outcome(invocation, run)
            const failures = result.diagnostics.filter(within(invocation, assertion))
            if (failures.length) throw new Error(failures.map(describeDiagnostic).join('\n'))
            if (result.status === 'pass' || result.status === 'fail') return
            const why = unexplained(invocation, run, result).map(describeDiagnostic)
            throw new Error(
              `not evaluated: run "${run.name}" ended with status ${result.status}${why.length ? `: ${why.join('\n')}` : ' (an earlier run block failed with an error)'}`
            )
          })
      })
  })
