/**
 * The outcome rules of a deploy, pure: what each workload's result is, given how its rollout and
 * its rollback went; what stays live and what the user should do when it failed; the overall
 * status; and the one-line failure message.
 */

/** What a workload runs after the deploy ended, read from the cluster; or why it could not be read. */
export type LiveState = { revision: number | null; images: string[] } | { unreadable: string }

export interface WorkloadOutcome {
  kind: string
  name: string
  namespace: string
  /** The revision this run rolled out (Deployment: its ReplicaSet revision; StatefulSet/DaemonSet: ControllerRevision). */
  revision: number | null
  result: 'succeeded' | 'failed' | 'rolled-back' | 'rollback-failed'
  message: string
  /** The revision a rollback restored. */
  restoredRevision?: number
  /** Why the rollback did not restore the previous revision. */
  rollbackProblem?: string
  /** What stays live after a failed rollout that was not rolled back. */
  live?: LiveState
  /** What the user should do about a failed rollout that was not rolled back. */
  nextStep?: string
  durationMs: number
}

export type DeployStatus = 'succeeded' | 'rolled-back' | 'failed'

/**
 * A rollback's course: the revision it aimed at (none on a first rollout), the revision it restored,
 * or where it stopped (reading the revisions, applying the previous template, waiting for it) and why.
 */
export interface RollbackFacts {
  target?: number
  restored?: number
  failedAt?: 'prepare' | 'apply' | 'wait'
  error?: string
}

/** How one workload's rollout went, and what its rollback did when it failed. */
export interface RolloutFacts {
  kind: string
  name: string
  namespace: string
  revision: number | null
  message: string
  durationMs: number
  rolledOut: boolean
  /** For a failed rollout with rollback on. */
  rollback?: RollbackFacts
  /** For a failed rollout: what the cluster runs now. */
  live?: LiveState
}

/** Why a rollback did not restore anything, in words. */
export function rollbackProblem(rollback: RollbackFacts | undefined): string {
  if (!rollback) return 'no rollback was attempted'
  const to = rollback.target === undefined ? '' : ` to revision ${rollback.target}`
  if (rollback.failedAt === 'wait') return `the rollback${to} did not finish: ${rollback.error}`
  if (rollback.failedAt) return `the rollback${to} failed: ${rollback.error}`
  if (rollback.target === undefined) return 'no previous revision to roll back to (first rollout)'
  return `the rollback${to} restored nothing`
}

/** `revision 2 stays live (image, image)`, or why that is unknown. */
export function liveText(live: LiveState | undefined): string {
  if (!live) return 'what is live now is unknown'
  if ('unreadable' in live) return `what is live now could not be read: ${live.unreadable}`
  const images = live.images.length ? ` (${live.images.join(', ')})` : ''
  return `${live.revision === null ? 'the failed revision' : `revision ${live.revision}`} stays live${images}`
}

/** What to do about a workload left on its failed revision. */
export function nextStep(facts: RolloutFacts, rollbackOnFailure: boolean): string {
  const workload = `${facts.kind.toLowerCase()}/${facts.name}`
  const undo = (revision?: number) =>
    `\`kubectl rollout undo ${workload} -n ${facts.namespace}${revision === undefined ? '' : ` --to-revision=${revision}`}\``
  const target = facts.rollback?.target
  if (!rollbackOnFailure || !facts.rollback)
    return `roll back by hand with ${undo()}, or fix the failure and deploy again`
  if (target === undefined)
    return facts.rollback?.failedAt
      ? `roll back by hand with ${undo()} once the cluster answers, or fix the failure and deploy again`
      : 'there is no earlier revision to return to: fix the failure and deploy again'
  if (facts.rollback?.failedAt === 'wait')
    return `follow the rollback with \`kubectl rollout status ${workload} -n ${facts.namespace}\`; if it stays stuck, fix the failure and deploy again`
  const conflict = /\b409 Conflict\b/.test(facts.rollback?.error ?? '')
    ? '; before the next deploy, settle the conflicting field (stop the other manager writing it, or hand it to shipline with `kubectl apply --server-side --field-manager=shipline --force-conflicts`)'
    : ''
  return `restore revision ${target} by hand with ${undo(target)}, then fix the failure and deploy again${conflict}`
}

export function workloadOutcome(facts: RolloutFacts, rollbackOnFailure: boolean): WorkloadOutcome {
  const { rolledOut, rollback, live, ...base } = facts
  if (rolledOut) return { ...base, result: 'succeeded' }
  const left = { live, nextStep: nextStep(facts, rollbackOnFailure) }
  if (!rollbackOnFailure)
    return { ...base, result: 'failed', message: `${base.message}; ${liveText(live)}`, ...left }
  if (rollback?.restored === undefined || rollback.failedAt) {
    const problem = rollbackProblem(rollback)
    return {
      ...base,
      result: 'rollback-failed',
      message: `${base.message}; ${problem}; ${liveText(live)}`,
      rollbackProblem: problem,
      ...left
    }
  }
  return { ...base, result: 'rolled-back', restoredRevision: rollback.restored }
}

export function overallStatus(outcomes: WorkloadOutcome[]): DeployStatus {
  if (outcomes.every(o => o.result === 'succeeded')) return 'succeeded'
  if (outcomes.every(o => o.result === 'succeeded' || o.result === 'rolled-back')) return 'rolled-back'
  return 'failed'
}

const label = (o: WorkloadOutcome) => `${o.kind.toLowerCase()}/${o.name}`

/** The error line of a deploy with failed rollouts, or undefined when every rollout finished. */
export function failureMessage(
  outcomes: WorkloadOutcome[],
  rollbackOnFailure: boolean,
  diagnostics: string
): string | undefined {
  const failed = outcomes.filter(o => o.result !== 'succeeded')
  if (failed.length === 0) return undefined
  const restored = outcomes.filter(o => o.result === 'rolled-back')
  const rollbackText = !rollbackOnFailure
    ? 'rollback-on-failure is off'
    : restored.length === failed.length
      ? `rolled back ${restored.map(o => `${label(o)} to revision ${o.restoredRevision}`).join(', ')}`
      : `rollback incomplete: ${outcomes
          .filter(o => o.result === 'rollback-failed')
          .map(o => `${label(o)}: ${o.message}`)
          .join('; ')}`
  return `${failed.length} of ${outcomes.length} rollouts failed (${rollbackText}). ${diagnostics}`
}
