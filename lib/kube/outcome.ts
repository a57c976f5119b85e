/**
 * The outcome rules of a deploy, pure: what each workload's result is, given how its rollout and
 * its rollback went; the overall status; and the one-line failure message.
 */

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
  durationMs: number
}

export type DeployStatus = 'succeeded' | 'rolled-back' | 'failed'

/** How one workload's rollout went, and what its rollback did when it failed. */
export interface RolloutFacts {
  kind: string
  name: string
  namespace: string
  revision: number | null
  message: string
  durationMs: number
  rolledOut: boolean
  /** For a failed rollout with rollback on: the revision restored, or why the rollback failed. */
  rollback?: { restored?: number; problem?: string }
}

export function workloadOutcome(facts: RolloutFacts, rollbackOnFailure: boolean): WorkloadOutcome {
  const { rolledOut, rollback, ...base } = facts
  if (rolledOut) return { ...base, result: 'succeeded' }
  if (!rollbackOnFailure) return { ...base, result: 'failed' }
  if (rollback?.problem || rollback?.restored === undefined)
    return {
      ...base,
      result: 'rollback-failed',
      message: `${base.message}; ${rollback?.problem ?? 'no rollback was attempted'}`
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
