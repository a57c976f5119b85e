/**
 * The decisions of a run, as pure functions over the parsed workflow and the contexts: the order of
 * jobs by `needs`, what the status functions answer for a job, whether a job runs (and why not),
 * the legs of a matrix (include / exclude as GitHub expands them), a job's and a called workflow's
 * result, and a matrix job's outputs.
 */
import { UserError } from '../core/errors.js'
import { type Contexts, evaluate, type Status, truthy, type Value } from './expressions.js'

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface NeedsEntry {
  result: JobResult
  outputs: Record<string, string>
}

/** Job ids in an order where every job comes after the jobs it needs (file order otherwise). */
export function needsOrder(jobs: Array<{ id: string; needs: string[] }>): string[] {
  const ids = new Set(jobs.map(job => job.id))
  for (const job of jobs)
    for (const need of job.needs)
      if (!ids.has(need))
        throw new UserError(`jobs.${job.id} needs ${need}, which is not a job of the workflow`)
  const order: string[] = []
  const done = new Set<string>()
  const pending = [...jobs]
  while (pending.length) {
    const index = pending.findIndex(job => job.needs.every(need => done.has(need)))
    if (index < 0)
      throw new UserError(`jobs ${pending.map(job => job.id).join(', ')} need each other in a cycle`)
    const [job] = pending.splice(index, 1)
    order.push(job.id)
    done.add(job.id)
  }
  return order
}

/** Every job `id` needs, directly or through other jobs. */
export function ancestors(id: string, needsOf: (id: string) => string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (job: string) => {
    for (const need of needsOf(job))
      if (!seen.has(need)) {
        seen.add(need)
        visit(need)
      }
  }
  visit(id)
  return seen
}

/**
 * The status functions of a job's `if:`: success() when every needed job succeeded, failure() when
 * any ancestor failed, cancelled() when the run was cancelled.
 */
export function jobStatus(
  needs: string[],
  ancestorResults: JobResult[],
  results: Record<string, JobResult>,
  cancelled = false
): Status {
  return {
    success: !cancelled && needs.every(need => results[need] === 'success'),
    failure: ancestorResults.includes('failure'),
    cancelled
  }
}

const IMPLICIT = /^success\(\) && \(([\s\S]*)\)$/

/** The condition as written: the parser wraps one without a status function in `success() && (…)`. */
export function writtenCondition(condition: string): { text: string; implicitSuccess: boolean } {
  const match = IMPLICIT.exec(condition)
  if (condition === 'success()') return { text: '', implicitSuccess: true }
  return match ? { text: match[1], implicitSuccess: true } : { text: condition, implicitSuccess: false }
}

export interface Decision {
  run: boolean
  /** Why it does not run. */
  reason?: string
}

/** Whether a job runs, and why not: its `if:` evaluated with the status of the jobs it needs. */
export function decideJob(
  condition: string,
  contexts: Contexts,
  status: Status,
  needs: Record<string, JobResult>
): Decision {
  const written = writtenCondition(condition)
  const run = truthy(evaluate(condition, contexts, status))
  if (run) return { run }
  const unsuccessful = Object.entries(needs).filter(([, result]) => result !== 'success')
  if (written.implicitSuccess && unsuccessful.length)
    return {
      run,
      reason: `needs ${unsuccessful.map(([id, result]) => `${id} (${result})`).join(', ')}`
    }
  return { run, reason: `if: ${written.text} is false` }
}

export type MatrixLeg = Record<string, Value>

function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function isRecord(value: Value | undefined): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The legs of `strategy.matrix` as GitHub expands it: the product of its vectors, minus every
 * combination an `exclude` entry matches, then each `include` entry merged into every combination
 * whose original values it does not change, or added as a leg of its own when it fits none.
 */
export function expandMatrix(matrix: Value, where = 'strategy.matrix'): MatrixLeg[] {
  if (!isRecord(matrix)) throw new UserError(`${where} is not a mapping: ${JSON.stringify(matrix)}`)
  const { include = [], exclude = [], ...vectors } = matrix
  if (!Array.isArray(include) || !Array.isArray(exclude))
    throw new UserError(`${where}: include and exclude must be sequences`)
  let legs: MatrixLeg[] = [{}]
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values) || values.length === 0)
      throw new UserError(`${where}.${key} must be a non-empty sequence`)
    legs = legs.flatMap(leg => values.map(value => ({ ...leg, [key]: value })))
  }
  const keys = Object.keys(vectors)
  if (keys.length === 0) legs = []
  legs = legs.filter(
    leg =>
      !exclude.some(
        entry => isRecord(entry) && Object.entries(entry).every(([key, value]) => sameValue(leg[key], value))
      )
  )
  const originals = legs.map(leg => ({ ...leg }))
  for (const entry of include) {
    if (!isRecord(entry)) throw new UserError(`${where}.include entries must be mappings`)
    let matched = false
    originals.forEach((original, i) => {
      const fits = Object.entries(entry).every(
        ([key, value]) => !keys.includes(key) || sameValue(original[key], value)
      )
      if (fits) {
        matched = true
        Object.assign(legs[i], entry)
      }
    })
    if (!matched) legs.push({ ...entry })
  }
  if (legs.length === 0) throw new UserError(`${where} is empty: a matrix must produce at least one job`)
  return legs
}

/**
 * `images (auth-service)`: a matrix leg's name. The values of the matrix keys the job's `name:`
 * shows (GitHub's name for the leg), else every value of the leg, as GitHub lists them.
 */
export function legName(base: string, leg: MatrixLeg | undefined, jobName = ''): string {
  if (!leg || Object.keys(leg).length === 0) return base
  const named = [...jobName.matchAll(/matrix\.([A-Za-z_][A-Za-z0-9_-]*)/g)]
    .map(m => m[1])
    .filter(key => key in leg)
  const keys = named.length ? [...new Set(named)] : Object.keys(leg)
  const values = keys.map(key => (typeof leg[key] === 'string' ? leg[key] : JSON.stringify(leg[key])))
  return `${base} (${values.join(', ')})`
}

/** A job's result from its legs' results (a called workflow's from its jobs' results). */
export function combinedResult(results: JobResult[]): JobResult {
  if (results.length === 0) return 'skipped'
  if (results.includes('failure')) return 'failure'
  if (results.includes('cancelled')) return 'cancelled'
  if (results.every(result => result === 'skipped')) return 'skipped'
  return 'success'
}

/** A matrix job's outputs: each leg's non-empty outputs, later legs winning (GitHub keeps the last set). */
export function mergedOutputs(legs: Array<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const outputs of legs)
    for (const [name, value] of Object.entries(outputs)) if (value !== '' || !(name in out)) out[name] = value
  return out
}
