/**
 * The reviewed plan and its checksum.
 *
 * plan-sha256 is the SHA-256 of the plan file's bytes. A plan file holds everything
 * `terraform apply PLANFILE` executes: the planned changes, a snapshot of the configuration (every
 * provisioner's command among it), the variables, the state it was planned against and the provider
 * lock file. So two plans with equal checksums apply alike, and a plan made again (even on an
 * unchanged state) has another checksum: only the very file that was reviewed is applied.
 *
 * Apply reads the file once, checks the checksum of what it read, writes those bytes to a private
 * directory and applies that copy, so the file cannot be swapped between the check and the apply.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../core/errors.js'

export function planFileSha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export async function readPlanFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    throw new UserError(`Cannot read the plan file ${path} (${(error as NodeJS.ErrnoException).code})`)
  }
}

export interface ReviewedPlan {
  /** The private copy to show and apply. */
  path: string
  sha256: string
  remove(): Promise<void>
}

/**
 * A private copy of `planFile` when its checksum is `expected`; otherwise a UserError, and nothing
 * is copied. `tempDir` is where the copy goes (RUNNER_TEMP in a job).
 */
export async function reviewedPlan(
  planFile: string,
  expected: string,
  tempDir = tmpdir()
): Promise<ReviewedPlan> {
  const bytes = await readPlanFile(planFile)
  const sha256 = planFileSha256(bytes)
  if (sha256 !== expected)
    throw new UserError(
      `The plan is not the one reviewed: plan-sha256 is ${expected} but the plan file ${planFile} has ${sha256}; nothing was applied. Plan again and review the new plan`
    )
  const dir = await mkdtemp(join(tempDir, 'shipline-plan-'))
  const path = join(dir, 'reviewed.tfplan')
  await writeFile(path, bytes, { mode: 0o400 })
  return { path, sha256, remove: () => rm(dir, { recursive: true, force: true }) }
}
