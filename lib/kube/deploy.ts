/**
 * A deploy from rendered manifests to a result: connect, server-side apply in dependency order as
 * one ApplySet, wait for every rollout at once; on failure, diagnose, roll back and wait again; on
 * success, prune the set's members the manifests no longer hold. Returns what
 * happened; the caller reports it (outputs, summary, the failure).
 */
import type { EKSClient } from '@aws-sdk/client-eks'
import type { Clock } from '../core/clock.js'
import { oneLine, UserError } from '../core/errors.js'
import { group, info, toolOutput } from '../core/log.js'
import { type AppliedObject, applyAll, FIELD_MANAGER } from './apply.js'
import { type ApplySetParent, applySetId, applySetParent, labelMembers } from './applyset.js'
import type { KubeClient } from './client.js'
import { connect } from './cluster.js'
import { collectDiagnostics, diagnosticsText, type WorkloadDiagnostics } from './diagnostics.js'
import type { AwsCredentials } from './eks-token.js'
import { isWorkload } from './manifests.js'
import type { DeployOptions } from './options.js'
import {
  type DeployStatus,
  failureMessage,
  overallStatus,
  type RolloutFacts,
  type WorkloadOutcome,
  workloadOutcome
} from './outcome.js'
import { type PruneOutcome, pruneSet, recordComingMembers, type Recorded } from './prune.js'
import type { Rendered } from './render.js'
import { currentRevisionNumber, listRevisions, previousRevision, rollbackManifest } from './revisions.js'
import { type WaitResult, type WorkloadRef, waitForRollouts, workloadLabel } from './wait.js'

export interface DeployDeps {
  clock: Clock
  eksClient?: EKSClient
  credentials?: () => Promise<AwsCredentials>
  tokenRefreshBeforeMs?: number
  /** Progress lines at most this often per workload (default 15 s). */
  progressEveryMs?: number
}

export interface DeployResult {
  /** `EKS cluster prod in eu-west-1` or `kubeconfig context kind-kind`. */
  target: string
  status: DeployStatus
  outcomes: WorkloadOutcome[]
  diagnostics: WorkloadDiagnostics[]
  appliedCount: number
  /** What the ApplySet prune did (none when a rollout failed). */
  prune?: PruneOutcome
  /** The one-line error of a deploy with failed rollouts, or with objects that could not be pruned. */
  failure?: string
}

async function revisionOf(client: KubeClient, result: WaitResult): Promise<number | null> {
  if (!result.live) return null
  const revisions = result.live.kind === 'Deployment' ? [] : await listRevisions(client, result.live)
  return currentRevisionNumber(result.live, revisions) ?? null
}

interface Rollback {
  result: WaitResult
  applied: AppliedObject
  restored?: number
  problem?: string
}

/** How long and how often to wait for rollouts, and how often to say so. */
function waitOptions(options: DeployOptions, deps: DeployDeps) {
  return {
    clock: deps.clock,
    timeoutMs: options.timeoutMs,
    pollMs: options.pollMs,
    progressEveryMs: deps.progressEveryMs
  }
}

/** Roll each failed workload back to its previous revision, then wait for those rollouts. */
async function rollBack(client: KubeClient, rollbacks: Rollback[], options: DeployOptions, deps: DeployDeps) {
  for (const rollback of rollbacks) {
    try {
      const live = await client.get(rollback.result.ref.path)
      const previous = previousRevision(live, await listRevisions(client, live))
      if (!previous) {
        rollback.problem = 'no previous revision to roll back to (first rollout)'
        continue
      }
      await client.apply(rollbackManifest(rollback.applied.manifest, previous), FIELD_MANAGER)
      rollback.restored = previous.revision
      info(`${workloadLabel(rollback.result.ref)}: rolling back to revision ${previous.revision}`)
    } catch (error) {
      rollback.problem = `the rollback failed: ${oneLine(error)}`
    }
  }
  const restoring = rollbacks.filter(rollback => rollback.restored !== undefined)
  const results = await waitForRollouts(
    client,
    restoring.map(rollback => rollback.result.ref),
    waitOptions(options, deps)
  )
  restoring.forEach((rollback, i) => {
    if (results[i].outcome !== 'done') {
      rollback.problem = `the rollback did not finish: ${results[i].state.message}`
      rollback.restored = undefined
    }
  })
}

/** The workloads among the applied objects, as the rollout waiter names them. */
function workloadRefs(workloads: AppliedObject[], namespace: string): WorkloadRef[] {
  return workloads.map(entry => ({
    kind: entry.manifest.kind,
    name: entry.manifest.metadata.name,
    namespace: entry.manifest.metadata.namespace ?? namespace,
    path: entry.path
  }))
}

/** What one rollout came to: its wait, its revision, and its rollback if it had one. */
function rolloutFacts(
  result: WaitResult,
  revision: number | null,
  rollback: Rollback | undefined
): RolloutFacts {
  return {
    kind: result.ref.kind,
    name: result.ref.name,
    namespace: result.ref.namespace,
    revision,
    message: result.state.message,
    durationMs: result.elapsedMs,
    rolledOut: !rollback,
    ...(rollback ? { rollback: { restored: rollback.restored, problem: rollback.problem } } : {})
  }
}

/** Server-side apply of the members, labelled part-of the ApplySet, recorded in its parent first. */
async function applyAsSet(
  client: KubeClient,
  rendered: Rendered,
  parent: ApplySetParent,
  options: DeployOptions,
  clock: Clock
) {
  const objects = labelMembers(rendered.objects, applySetId(parent))
  let recorded: Recorded = { groupKinds: [], namespaces: [] }
  const applied = await applyAll(client, objects, options.namespace, clock, async () => {
    try {
      recorded = await recordComingMembers(client, parent, objects)
    } catch (error) {
      throw new UserError(
        `the ApplySet parent secret/${parent.name} (${parent.namespace}) could not be recorded, so nothing else was applied: ${oneLine(error)}`
      )
    }
  })
  return { applied, recorded }
}

/** Wait for every rollout; on failure, diagnose and roll back. */
async function rollOut(
  client: KubeClient,
  applied: AppliedObject[],
  options: DeployOptions,
  deps: DeployDeps
) {
  const workloads = applied.filter(entry => isWorkload(entry.manifest))
  const refs = workloadRefs(workloads, options.namespace)
  info(
    `Waiting for ${refs.length} rollout${refs.length === 1 ? '' : 's'} (timeout ${options.timeoutMs / 1000}s)`
  )
  const results = await waitForRollouts(client, refs, waitOptions(options, deps))
  const failed = results.filter(result => result.outcome !== 'done')
  const diagnostics: WorkloadDiagnostics[] = []
  for (const result of failed) diagnostics.push(await collectDiagnostics(client, result))
  const revisions = await Promise.all(results.map(result => revisionOf(client, result)))
  const rollbacks: Rollback[] = failed.map(result => ({
    result,
    applied: workloads[results.indexOf(result)]
  }))
  if (failed.length && options.rollbackOnFailure)
    await group('Rollback', () => rollBack(client, rollbacks, options, deps))

  const outcomes = results.map((result, i) => {
    const rollback = rollbacks.find(r => r.result === result)
    return workloadOutcome(rolloutFacts(result, revisions[i], rollback), options.rollbackOnFailure)
  })
  const text = diagnostics.map(diagnosticsText).join('\n')
  // Pod logs and events come from the cluster: shown as they are, never as workflow commands.
  if (failed.length) toolOutput(text)
  else info(`All ${results.length} rollouts finished`)
  return { outcomes, diagnostics, failure: failureMessage(outcomes, options.rollbackOnFailure, text) }
}

/** The one-line error of objects that could not be pruned. */
function pruneFailure(prune: PruneOutcome | undefined): string | undefined {
  if (!prune?.failures.length) return undefined
  return `every rollout finished, but ${prune.failures.length} of ${prune.targets.length} objects of ApplySet ${prune.parent} could not be pruned (the next deploy tries again): ${prune.failures.join('; ')}`
}

export async function deploy(
  rendered: Rendered,
  options: DeployOptions,
  deps: DeployDeps
): Promise<DeployResult> {
  const { clock } = deps
  const { client, description } = await connect(options.cluster, {
    clock,
    eksClient: deps.eksClient,
    credentials: deps.credentials,
    tokenRefreshBeforeMs: deps.tokenRefreshBeforeMs
  })
  try {
    info(`Deploying ${rendered.objects.length} objects to ${description}`)
    const parent = applySetParent(options.applyset, rendered.objects, options.namespace)
    const { applied, recorded } = await group('Server-side apply', () =>
      applyAsSet(client, rendered, parent, options, clock)
    )
    const rollout = await rollOut(client, applied, options, deps)
    // Only a deploy whose every rollout finished prunes: a failed one may be rolled back to objects it would delete.
    const prune = rollout.failure
      ? undefined
      : await group('Prune', () =>
          pruneSet(
            client,
            parent,
            recorded,
            applied.map(entry => entry.manifest),
            !options.prune
          )
        )
    return {
      target: description,
      status: overallStatus(rollout.outcomes),
      outcomes: rollout.outcomes,
      diagnostics: rollout.diagnostics,
      appliedCount: applied.length,
      prune,
      failure: rollout.failure ?? pruneFailure(prune)
    }
  } finally {
    client.close()
  }
}
