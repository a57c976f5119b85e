/**
 * A deploy from rendered manifests to a result: connect, server-side apply in dependency order as
 * one ApplySet, wait for every rollout at once; on failure, diagnose, roll back, wait again and read
 * what stays live; when every rollout finished, prune the set's members the manifests no longer
 * hold. Once the rollouts began nothing throws: it returns what happened, failures included, and
 * the caller reports it (outputs, summary, the failure).
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
import { readLiveState } from './live.js'
import {
  type DeployStatus,
  failureMessage,
  type LiveState,
  overallStatus,
  type RollbackFacts,
  rollbackProblem,
  type RolloutFacts,
  type WorkloadOutcome,
  workloadOutcome
} from './outcome.js'
import { type PruneOutcome, pruneSet, recordComingMembers, type Recorded } from './prune.js'
import type { Rendered } from './render.js'
import {
  currentRevisionNumber,
  listRevisions,
  previousRevision,
  type Revision,
  rollbackManifest
} from './revisions.js'
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

/** The revision a rollout came to; null when unknown (a failure to read it is not the deploy's failure). */
async function revisionOf(client: KubeClient, result: WaitResult): Promise<number | null> {
  if (!result.live) return null
  try {
    const revisions = result.live.kind === 'Deployment' ? [] : await listRevisions(client, result.live)
    return currentRevisionNumber(result.live, revisions) ?? null
  } catch {
    return null
  }
}

interface Rollback {
  result: WaitResult
  applied: AppliedObject
  facts: RollbackFacts
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

/** Apply one workload's previous revision; where that stopped, and why, goes into its facts. */
async function startRollback(client: KubeClient, rollback: Rollback): Promise<void> {
  const { facts } = rollback
  const label = workloadLabel(rollback.result.ref)
  let previous: Revision | undefined
  try {
    const live = await client.get(rollback.result.ref.path)
    previous = previousRevision(live, await listRevisions(client, live))
  } catch (error) {
    Object.assign(facts, { failedAt: 'prepare', error: oneLine(error) })
  }
  if (!previous) return
  facts.target = previous.revision
  info(`${label}: rolling back to revision ${previous.revision}`)
  try {
    await client.apply(rollbackManifest(rollback.applied.manifest, previous), FIELD_MANAGER)
  } catch (error) {
    Object.assign(facts, { failedAt: 'apply', error: oneLine(error) })
  }
}

/** Roll each failed workload back to its previous revision, then wait for those rollouts. Never throws. */
async function rollBack(client: KubeClient, rollbacks: Rollback[], options: DeployOptions, deps: DeployDeps) {
  for (const rollback of rollbacks) await startRollback(client, rollback)
  const restoring = rollbacks.filter(({ facts }) => facts.target !== undefined && !facts.failedAt)
  const results = await waitForRollouts(
    client,
    restoring.map(rollback => rollback.result.ref),
    waitOptions(options, deps)
  )
  restoring.forEach(({ facts }, i) => {
    if (results[i].outcome === 'done') facts.restored = facts.target
    else Object.assign(facts, { failedAt: 'wait', error: results[i].state.message })
  })
  for (const { result, facts } of rollbacks)
    if (facts.restored === undefined) info(`${workloadLabel(result.ref)}: ${rollbackProblem(facts)}`)
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
  rollback: Rollback | undefined,
  live: LiveState | undefined
): RolloutFacts {
  return {
    kind: result.ref.kind,
    name: result.ref.name,
    namespace: result.ref.namespace,
    revision,
    message: result.state.message,
    durationMs: result.elapsedMs,
    rolledOut: !rollback,
    ...(rollback ? { rollback: rollback.facts } : {}),
    ...(live ? { live } : {})
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

/**
 * After the wait: diagnose each failed rollout, roll it back when asked to, then read what each
 * one runs now. Every step records its failure instead of throwing, so the caller can report.
 */
async function settleFailures(
  client: KubeClient,
  results: WaitResult[],
  workloads: AppliedObject[],
  options: DeployOptions,
  deps: DeployDeps
) {
  const failed = results.filter(result => result.outcome !== 'done')
  const diagnostics: WorkloadDiagnostics[] = []
  for (const result of failed) diagnostics.push(await collectDiagnostics(client, result))
  const rollbacks: Rollback[] = failed.map(result => ({
    result,
    applied: workloads[results.indexOf(result)],
    facts: {}
  }))
  if (failed.length && options.rollbackOnFailure)
    await group('Rollback', () => rollBack(client, rollbacks, options, deps))
  const live = new Map<WaitResult, LiveState>()
  for (const result of failed) live.set(result, await readLiveState(client, result.ref.path))
  return { failed, diagnostics, rollbacks, live }
}

/** Wait for every rollout; settle the failed ones; what each came to. */
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
  const revisions = await Promise.all(results.map(result => revisionOf(client, result)))
  const { failed, diagnostics, rollbacks, live } = await settleFailures(
    client,
    results,
    workloads,
    options,
    deps
  )
  const outcomes = results.map((result, i) => {
    const rollback = rollbacks.find(r => r.result === result)
    const facts = rolloutFacts(result, revisions[i], rollback, live.get(result))
    return workloadOutcome(facts, options.rollbackOnFailure)
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

/** Prune after every rollout finished; a failure to is reported, never thrown (the rollouts are done). */
async function pruneAfterRollouts(
  client: KubeClient,
  parent: ApplySetParent,
  recorded: Recorded,
  applied: AppliedObject[],
  options: DeployOptions
): Promise<{ prune?: PruneOutcome; failure?: string }> {
  try {
    const manifests = applied.map(entry => entry.manifest)
    const prune = await group('Prune', () => pruneSet(client, parent, recorded, manifests, !options.prune))
    return { prune, failure: pruneFailure(prune) }
  } catch (error) {
    return {
      failure: `every rollout finished, but the ApplySet secret/${parent.name} (${parent.namespace}) could not be pruned (the next deploy tries again): ${oneLine(error)}`
    }
  }
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
    const pruned = rollout.failure ? {} : await pruneAfterRollouts(client, parent, recorded, applied, options)
    return {
      target: description,
      status: overallStatus(rollout.outcomes),
      outcomes: rollout.outcomes,
      diagnostics: rollout.diagnostics,
      appliedCount: applied.length,
      prune: pruned.prune,
      failure: rollout.failure ?? pruned.failure
    }
  } finally {
    client.close()
  }
}
