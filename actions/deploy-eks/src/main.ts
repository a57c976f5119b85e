/**
 * deploy-eks: validate, render (images pinned by digest), connect, server-side apply in dependency
 * order, wait for every rollout at once; on failure, diagnose, roll back and wait again, then fail.
 */
import * as core from '@actions/core'
import type { EKSClient } from '@aws-sdk/client-eks'
import { type Clock, systemClock } from '../../../lib/core/clock.js'
import type { AwsCredentials } from '../../../lib/kube/eks-token.js'
import { UserError } from '../../../lib/core/errors.js'
import { actionInputSource, type InputSource, Inputs } from '../../../lib/core/inputs.js'
import type { KubeClient } from '../../../lib/kube/client.js'
import { group, info } from '../../../lib/core/log.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { type AppliedObject, applyAll, FIELD_MANAGER } from '../../../lib/kube/apply.js'
import { connect } from '../../../lib/kube/cluster.js'
import {
  collectDiagnostics,
  diagnosticsText,
  type WorkloadDiagnostics
} from '../../../lib/kube/diagnostics.js'
import { type DeployInputs, getInputs, OUTPUTS } from './inputs.js'
import { isWorkload } from '../../../lib/kube/manifests.js'
import { renderManifests } from '../../../lib/kube/render.js'
import {
  currentRevisionNumber,
  listRevisions,
  previousRevision,
  rollbackManifest
} from '../../../lib/kube/revisions.js'
import { defaultRunner, type Runner } from '../../../lib/kube/sources.js'
import { renderSummary, type WorkloadOutcome } from './summary.js'
import { type WaitResult, type WorkloadRef, waitForRollouts, workloadLabel } from '../../../lib/kube/wait.js'

export interface Deps {
  source?: InputSource
  clock?: Clock
  cwd?: string
  /** Runs `kubectl kustomize` (tests record the argv). */
  runCommand?: Runner
  eksClient?: EKSClient
  credentials?: () => Promise<AwsCredentials>
  tokenRefreshBeforeMs?: number
  /** Progress lines at most this often per workload (default 15 s). */
  progressEveryMs?: number
}

async function revisionOf(client: KubeClient, result: WaitResult): Promise<number | null> {
  if (!result.live) return null
  const revisions = result.live.kind === 'Deployment' ? [] : await listRevisions(client, result.live)
  return currentRevisionNumber(result.live, revisions) ?? null
}

interface RollbackPlan {
  result: WaitResult
  applied: AppliedObject
  restored?: number
  problem?: string
}

async function rollBack(
  client: KubeClient,
  plans: RollbackPlan[],
  inputs: DeployInputs,
  clock: Clock,
  progressEveryMs?: number
) {
  for (const plan of plans) {
    const live = await client.get(plan.result.ref.path)
    const previous = previousRevision(live, await listRevisions(client, live))
    if (!previous) {
      plan.problem = 'no previous revision to roll back to (first rollout)'
      continue
    }
    await client.apply(rollbackManifest(plan.applied.manifest, previous), FIELD_MANAGER)
    plan.restored = previous.revision
    info(`${workloadLabel(plan.result.ref)}: rolling back to revision ${previous.revision}`)
  }
  const restoring = plans.filter(plan => plan.restored !== undefined)
  const results = await waitForRollouts(
    client,
    restoring.map(plan => plan.result.ref),
    { clock, timeoutMs: inputs.timeoutMs, pollMs: inputs.pollMs, progressEveryMs }
  )
  restoring.forEach((plan, i) => {
    if (results[i].outcome !== 'done')
      plan.problem = `the rollback did not finish: ${results[i].state.message}`
  })
}

function overallStatus(outcomes: WorkloadOutcome[]): 'succeeded' | 'rolled-back' | 'failed' {
  if (outcomes.every(o => o.result === 'succeeded')) return 'succeeded'
  if (outcomes.every(o => o.result === 'succeeded' || o.result === 'rolled-back')) return 'rolled-back'
  return 'failed'
}

export async function run(deps: Deps = {}): Promise<void> {
  const {
    source = actionInputSource,
    clock = systemClock,
    cwd = process.cwd(),
    runCommand = defaultRunner
  } = deps
  const inputs = getInputs(new Inputs(source), cwd)
  const rendered = await renderManifests(inputs, runCommand)
  const { client, description } = await connect(inputs.cluster, {
    clock,
    eksClient: deps.eksClient,
    credentials: deps.credentials,
    tokenRefreshBeforeMs: deps.tokenRefreshBeforeMs
  })
  try {
    info(`Deploying ${rendered.objects.length} objects to ${description}`)
    const applied = await group('Server-side apply', () =>
      applyAll(client, rendered.objects, inputs.namespace, clock)
    )
    const workloads = applied.filter(entry => isWorkload(entry.manifest))
    const refs: WorkloadRef[] = workloads.map(entry => ({
      kind: entry.manifest.kind,
      name: entry.manifest.metadata.name,
      namespace: entry.manifest.metadata.namespace ?? inputs.namespace,
      path: entry.path
    }))
    info(
      `Waiting for ${refs.length} rollout${refs.length === 1 ? '' : 's'} (timeout ${inputs.timeoutMs / 1000}s)`
    )
    const results = await waitForRollouts(client, refs, {
      clock,
      timeoutMs: inputs.timeoutMs,
      pollMs: inputs.pollMs,
      progressEveryMs: deps.progressEveryMs
    })
    const failed = results.filter(result => result.outcome !== 'done')
    const diagnostics: WorkloadDiagnostics[] = []
    for (const result of failed) diagnostics.push(await collectDiagnostics(client, result))
    const revisions = await Promise.all(results.map(result => revisionOf(client, result)))
    const plans: RollbackPlan[] = failed.map(result => ({
      result,
      applied: workloads[results.indexOf(result)]
    }))
    if (failed.length && inputs.rollbackOnFailure)
      await group('Rollback', () => rollBack(client, plans, inputs, clock, deps.progressEveryMs))
    const outcomes: WorkloadOutcome[] = results.map((result, i) => {
      const plan = plans.find(p => p.result === result)
      const base = {
        kind: result.ref.kind,
        name: result.ref.name,
        namespace: result.ref.namespace,
        revision: revisions[i],
        message: result.state.message,
        durationMs: result.elapsedMs
      }
      if (!plan) return { ...base, result: 'succeeded' as const }
      if (!inputs.rollbackOnFailure) return { ...base, result: 'failed' as const }
      if (plan.problem)
        return { ...base, result: 'rollback-failed' as const, message: `${base.message}; ${plan.problem}` }
      return { ...base, result: 'rolled-back' as const, restoredRevision: plan.restored }
    })
    const status = overallStatus(outcomes)
    core.setOutput(OUTPUTS.status, status)
    core.setOutput(OUTPUTS.workloads, JSON.stringify(outcomes))
    await writeJobSummary(renderSummary(description, status, outcomes, diagnostics, applied.length))
    if (failed.length) {
      const text = diagnostics.map(diagnosticsText).join('\n')
      info(text)
      const restored = outcomes
        .filter(o => o.result === 'rolled-back')
        .map(o => `${o.kind.toLowerCase()}/${o.name} to revision ${o.restoredRevision}`)
      const rollbackText = !inputs.rollbackOnFailure
        ? 'rollback-on-failure is off'
        : restored.length === failed.length
          ? `rolled back ${restored.join(', ')}`
          : `rollback incomplete: ${outcomes
              .filter(o => o.result === 'rollback-failed')
              .map(o => `${o.kind.toLowerCase()}/${o.name}: ${o.message}`)
              .join('; ')}`
      throw new UserError(`${failed.length} of ${results.length} rollouts failed (${rollbackText}). ${text}`)
    }
    info(`All ${results.length} rollouts finished`)
  } finally {
    client.close()
  }
}
