/**
 * Which live objects a prune deletes, pure: those labelled part-of this ApplySet that the current
 * manifests no longer hold. An object without the label (applied before ApplySets, or by someone
 * else), of another set, already being deleted, a Namespace or a CRD is never chosen.
 */
import { isMemberKind, kindOf, type MemberRef, PART_OF_LABEL } from './applyset.js'
import type { KubeObject } from './client.js'

/** The objects of one group-kind the cluster listed (list items carry no apiVersion/kind). */
export interface Listing {
  groupKind: string
  items: KubeObject[]
}

export interface PruneTarget {
  groupKind: string
  kind: string
  namespace?: string
  name: string
  uid?: string
}

const identity = (groupKind: string, namespace: string | undefined, name: string) =>
  `${groupKind}|${namespace ?? ''}|${name}`

export function planPrune(id: string, current: MemberRef[], listings: Listing[]): PruneTarget[] {
  const keep = new Set(current.map(ref => identity(ref.groupKind, ref.namespace, ref.name)))
  const targets = new Map<string, PruneTarget>()
  for (const { groupKind, items } of listings) {
    const kind = kindOf(groupKind)
    if (!isMemberKind({ kind })) continue
    for (const item of items) {
      const { name, namespace, labels, uid } = item.metadata
      const key = identity(groupKind, namespace, name)
      if (labels?.[PART_OF_LABEL] !== id || item.metadata.deletionTimestamp || keep.has(key)) continue
      targets.set(key, {
        groupKind,
        kind,
        ...(namespace ? { namespace } : {}),
        name,
        ...(uid ? { uid } : {})
      })
    }
  }
  return [...targets.values()].sort((a, b) =>
    identity(a.groupKind, a.namespace, a.name).localeCompare(identity(b.groupKind, b.namespace, b.name))
  )
}

/** `deployment.apps/hr-service (erp)`, as the log and the summary name a pruned object. */
export function pruneLabel(target: Pick<PruneTarget, 'groupKind' | 'namespace' | 'name'>): string {
  return `${target.groupKind.toLowerCase()}/${target.name}${target.namespace ? ` (${target.namespace})` : ''}`
}
