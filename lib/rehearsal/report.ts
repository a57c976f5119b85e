/**
 * What a rehearsal shows: one line per job (ran, failed or skipped and why; its environment; whether
 * it waits for an approval), the closing counts, and the --json document. Pure.
 */
import type { JobResult } from './graph.js'

export interface JobReport {
  /** deploy/plan; a matrix leg: deploy/images (auth-service). */
  id: string
  status: JobResult
  environment: string | null
  /** Whether the job waits for an approval (its environment is protected and it runs). */
  approval: boolean
  /** Why it was skipped, or what failed. */
  reason?: string
}

export interface Counts {
  approvals: number
  builds: number
  pushes: number
  rollouts: number
  invalidations: number
  /** Pull request comments created or updated on the GitHub stand-in. */
  comments: number
}

export interface RehearsalResult extends Counts {
  jobs: JobReport[]
  /** Whether the run would succeed (no job failed). */
  success: boolean
}

const WORD: Record<JobResult, string> = {
  success: 'ran',
  failure: 'failed',
  skipped: 'skipped',
  cancelled: 'cancelled'
}

export function jobLine(job: JobReport, width = 0): string {
  const parts = [`${WORD[job.status].padEnd(8)}${job.id.padEnd(width)}`]
  const notes: string[] = []
  if (job.environment)
    notes.push(`environment ${job.environment}${job.approval ? ', waits for an approval' : ''}`)
  if (job.reason) notes.push(job.reason)
  if (notes.length) parts.push(notes.join('; '))
  return parts.join('  ').trimEnd()
}

export function summaryLine(result: RehearsalResult): string {
  const count = (status: JobResult) => result.jobs.filter(job => job.status === status).length
  return [
    `${result.success ? 'The run would succeed' : 'The run would fail'}: ${result.jobs.length} job(s), ${count('success')} ran, ${count('skipped')} skipped, ${count('failure')} failed.`,
    `approvals ${result.approvals}, builds ${result.builds}, pushes ${result.pushes}, rollouts ${result.rollouts}, invalidations ${result.invalidations}, comments ${result.comments}`
  ].join('\n')
}

/** The --json document. */
export function jsonReport(result: RehearsalResult): string {
  return `${JSON.stringify(
    {
      jobs: result.jobs.map(({ id, status, environment, approval }) => ({
        id,
        status,
        environment,
        approval
      })),
      approvals: result.approvals,
      builds: result.builds,
      pushes: result.pushes,
      rollouts: result.rollouts,
      invalidations: result.invalidations,
      comments: result.comments
    },
    null,
    2
  )}\n`
}
