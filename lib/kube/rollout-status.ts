/**
 * Whether a workload's rollout is done, by the rules of `kubectl rollout status`: the controller
 * has observed the latest generation, every replica is updated, no old replica is left, and the
 * updated ones are available. A Deployment whose Progressing condition says
 * ProgressDeadlineExceeded has failed. Pure: it reads a live object.
 */
import type { KubeObject } from './client.js'

export interface RolloutState {
  state: 'progressing' | 'done' | 'failed'
  message: string
  desired: number
  updated: number
  ready: number
}

function n(value: unknown): number {
  return typeof value === 'number' ? value : 0
}

function observed(object: KubeObject): boolean {
  const generation = n(object.metadata.generation)
  const observedGeneration = n(object.status?.observedGeneration)
  return observedGeneration > 0 && generation <= observedGeneration
}

function deploymentState(object: KubeObject): RolloutState {
  const name = object.metadata.name
  const status = object.status ?? {}
  const desired = object.spec?.replicas ?? 1
  const counts = { desired, updated: n(status.updatedReplicas), ready: n(status.readyReplicas) }
  if (!observed(object))
    return {
      state: 'progressing',
      message: `waiting for deployment "${name}" spec update to be observed`,
      ...counts
    }
  const progressing = (status.conditions ?? []).find((c: { type?: string }) => c.type === 'Progressing')
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return {
      state: 'failed',
      message: `deployment "${name}" exceeded its progress deadline (${progressing.message ?? 'ProgressDeadlineExceeded'})`,
      ...counts
    }
  const replicas = n(status.replicas)
  const available = n(status.availableReplicas)
  if (counts.updated < desired)
    return {
      state: 'progressing',
      message: `${counts.updated} out of ${desired} new replicas have been updated`,
      ...counts
    }
  if (replicas > counts.updated)
    return {
      state: 'progressing',
      message: `${replicas - counts.updated} old replicas are pending termination`,
      ...counts
    }
  if (available < counts.updated)
    return {
      state: 'progressing',
      message: `${available} of ${counts.updated} updated replicas are available`,
      ...counts
    }
  return { state: 'done', message: `deployment "${name}" successfully rolled out`, ...counts }
}

function statefulSetState(object: KubeObject): RolloutState {
  const name = object.metadata.name
  const status = object.status ?? {}
  const desired = object.spec?.replicas ?? 1
  const counts = { desired, updated: n(status.updatedReplicas), ready: n(status.readyReplicas) }
  const strategy = object.spec?.updateStrategy?.type ?? 'RollingUpdate'
  if (strategy !== 'RollingUpdate')
    return {
      state: 'done',
      message: `statefulset "${name}" uses ${strategy}: pods update when deleted`,
      ...counts
    }
  if (!observed(object))
    return {
      state: 'progressing',
      message: `waiting for statefulset "${name}" spec update to be observed`,
      ...counts
    }
  if (counts.ready < desired)
    return { state: 'progressing', message: `${counts.ready} of ${desired} pods are ready`, ...counts }
  const partition = object.spec?.updateStrategy?.rollingUpdate?.partition
  if (typeof partition === 'number' && partition > 0) {
    if (counts.updated < desired - partition)
      return {
        state: 'progressing',
        message: `${counts.updated} of ${desired - partition} pods above the partition are updated`,
        ...counts
      }
    return { state: 'done', message: `partitioned rollout of statefulset "${name}" complete`, ...counts }
  }
  if (status.updateRevision !== status.currentRevision)
    return {
      state: 'progressing',
      message: `waiting for the rolling update to finish: ${counts.updated} pods at revision ${status.updateRevision}`,
      ...counts
    }
  return { state: 'done', message: `statefulset "${name}" rolling update complete`, ...counts }
}

function daemonSetState(object: KubeObject): RolloutState {
  const name = object.metadata.name
  const status = object.status ?? {}
  const desired = n(status.desiredNumberScheduled)
  const counts = { desired, updated: n(status.updatedNumberScheduled), ready: n(status.numberReady) }
  const strategy = object.spec?.updateStrategy?.type ?? 'RollingUpdate'
  if (strategy !== 'RollingUpdate')
    return {
      state: 'done',
      message: `daemonset "${name}" uses ${strategy}: pods update when deleted`,
      ...counts
    }
  if (!observed(object))
    return {
      state: 'progressing',
      message: `waiting for daemonset "${name}" spec update to be observed`,
      ...counts
    }
  if (counts.updated < desired)
    return {
      state: 'progressing',
      message: `${counts.updated} out of ${desired} new pods have been updated`,
      ...counts
    }
  const available = n(status.numberAvailable)
  if (available < desired)
    return {
      state: 'progressing',
      message: `${available} of ${desired} updated pods are available`,
      ...counts
    }
  return { state: 'done', message: `daemonset "${name}" successfully rolled out`, ...counts }
}

export function rolloutState(object: KubeObject): RolloutState {
  switch (object.kind) {
    case 'Deployment':
      return deploymentState(object)
    case 'StatefulSet':
      return statefulSetState(object)
    case 'DaemonSet':
      return daemonSetState(object)
    default:
      return { state: 'done', message: `${object.kind} has no rollout`, desired: 0, updated: 0, ready: 0 }
  }
}
