/**
 * Workload revisions, as `kubectl rollout history` and `kubectl rollout undo` see them: a
 * Deployment's revisions are its ReplicaSets (owner reference + `deployment.kubernetes.io/revision`),
 * a StatefulSet's or DaemonSet's are its ControllerRevisions. The previous revision's pod template
 * is what a rollback restores.
 */
import type { KubeClient, KubeObject } from './client.js'

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision'

export interface Revision {
  revision: number
  name: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  template: any
}

/** `a=1,b=2` from a selector's matchLabels (owner references narrow the result further). */
export function labelSelector(object: KubeObject): string | undefined {
  const labels = object.spec?.selector?.matchLabels as Record<string, string> | undefined
  if (!labels || Object.keys(labels).length === 0) return undefined
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',')
}

function ownedBy(owner: KubeObject) {
  return (object: KubeObject) =>
    (object.metadata.ownerReferences ?? []).some(ref => ref.uid === owner.metadata.uid)
}

/** Every revision of `live`, oldest first. */
export async function listRevisions(client: KubeClient, live: KubeObject): Promise<Revision[]> {
  const namespace = live.metadata.namespace
  const query = { labelSelector: labelSelector(live) }
  if (live.kind === 'Deployment') {
    const sets = await client.list('apps/v1', 'ReplicaSet', namespace, query)
    return sets
      .filter(ownedBy(live))
      .map(set => {
        const template = structuredClone(set.spec?.template ?? {})
        if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash']
        return {
          revision: Number(set.metadata.annotations?.[REVISION_ANNOTATION] ?? 0),
          name: set.metadata.name,
          template
        }
      })
      .sort((a, b) => a.revision - b.revision)
  }
  const revisions = await client.list('apps/v1', 'ControllerRevision', namespace, query)
  return revisions
    .filter(ownedBy(live))
    .map(revision => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const data = revision.data as any
      const template = structuredClone(data?.spec?.template ?? {})
      delete template.$patch
      return { revision: Number(revision.revision ?? 0), name: revision.metadata.name, template }
    })
    .sort((a, b) => a.revision - b.revision)
}

/** The revision `live` rolls out now. */
export function currentRevisionNumber(live: KubeObject, revisions: Revision[]): number | undefined {
  if (live.kind === 'Deployment') {
    const value = Number(live.metadata.annotations?.[REVISION_ANNOTATION])
    return Number.isFinite(value) && value > 0 ? value : undefined
  }
  if (live.kind === 'StatefulSet' && live.status?.updateRevision) {
    const match = revisions.find(revision => revision.name === live.status.updateRevision)
    if (match) return match.revision
  }
  return revisions.at(-1)?.revision
}

/** The revision before the current one, or undefined on a first rollout. */
export function previousRevision(live: KubeObject, revisions: Revision[]): Revision | undefined {
  const current = currentRevisionNumber(live, revisions)
  if (current === undefined) return undefined
  return revisions.filter(revision => revision.revision < current).at(-1)
}

/**
 * The manifest that restores `previous`: what was applied, with the previous pod template. Applied
 * with the same field manager, so the next deploy owns the same fields and does not conflict.
 */
export function rollbackManifest(applied: KubeObject, previous: Revision): KubeObject {
  const manifest = structuredClone(applied)
  manifest.spec = { ...manifest.spec, template: previous.template }
  return manifest
}
