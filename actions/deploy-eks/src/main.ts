/**
 * deploy-eks: decide (inputs, manifests rendered with images pinned by digest) → execute (apply,
 * wait, roll back on failure, prune on success) → report (outputs, the job summary, the failure).
 */
import * as core from '@actions/core'
import type { EKSClient } from '@aws-sdk/client-eks'
import { type Clock, systemClock } from '../../../lib/core/clock.js'
import { UserError } from '../../../lib/core/errors.js'
import { actionInputSource, type InputSource, Inputs } from '../../../lib/core/inputs.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { groupOf } from '../../../lib/kube/applyset.js'
import { deploy, type DeployResult } from '../../../lib/kube/deploy.js'
import { renderDeploySummary } from '../../../lib/kube/deploy-summary.js'
import type { AwsCredentials } from '../../../lib/kube/eks-token.js'
import { renderManifests } from '../../../lib/kube/render.js'
import { defaultRunner, type Runner } from '../../../lib/kube/sources.js'
import { getInputs, OUTPUTS } from './inputs.js'

/** The objects the prune deleted (none when prune is false or a rollout failed), as the output lists them. */
function prunedObjects(prune: DeployResult['prune']) {
  return (prune?.deleted ?? []).map(({ groupKind, kind, namespace, name }) => ({
    kind,
    group: groupOf(groupKind),
    namespace,
    name
  }))
}

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

export async function run(deps: Deps = {}): Promise<void> {
  const {
    source = actionInputSource,
    clock = systemClock,
    cwd = process.cwd(),
    runCommand = defaultRunner
  } = deps
  const inputs = getInputs(new Inputs(source), cwd)
  const rendered = await renderManifests(inputs, runCommand)

  const result = await deploy(rendered, inputs, { ...deps, clock })

  core.setOutput(OUTPUTS.status, result.status)
  core.setOutput(OUTPUTS.workloads, JSON.stringify(result.outcomes))
  core.setOutput(OUTPUTS.pruned, JSON.stringify(prunedObjects(result.prune)))
  await writeJobSummary(renderDeploySummary(result))
  if (result.failure) throw new UserError(result.failure)
}
