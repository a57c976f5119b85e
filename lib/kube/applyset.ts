/**
 * ApplySets as KEP-3659 defines them (what `kubectl apply --prune --applyset` writes): a parent
 * Secret labelled `applyset.kubernetes.io/id`, whose annotations record the tooling, the group-kinds
 * and the other namespaces of its members; each member labelled `applyset.kubernetes.io/part-of`
 * with the parent's id. Pure: ids, group-kinds, the parent manifest and member labels.
 * Namespaces and CustomResourceDefinitions are never members, so they are never pruned.
 */
import { createHash } from 'node:crypto'
import type { KubeObject } from './client.js'

export const PART_OF_LABEL = 'applyset.kubernetes.io/part-of'
export const ID_LABEL = 'applyset.kubernetes.io/id'
export const TOOLING_ANNOTATION = 'applyset.kubernetes.io/tooling'
export const GROUP_KINDS_ANNOTATION = 'applyset.kubernetes.io/contains-group-kinds'
export const NAMESPACES_ANNOTATION = 'applyset.kubernetes.io/additional-namespaces'
export const TOOLING = 'shipline/v1'

/** Kinds that are never part of the set (and never pruned): deleting them would delete everything in them. */
const NEVER_MEMBERS = new Set(['Namespace', 'CustomResourceDefinition'])

export interface ApplySetParent {
  name: string
  namespace: string
}

/** A member's identity: `Deployment.apps` plus namespace and name. */
export interface MemberRef {
  groupKind: string
  namespace?: string
  name: string
}

/** `applyset-<base64url(sha256(name.namespace.kind.group))>-v1`; the parent is a Secret (core group). */
export function applySetId(parent: ApplySetParent): string {
  const hashed = createHash('sha256').update(`${parent.name}.${parent.namespace}.Secret.`).digest('base64url')
  return `applyset-${hashed}-v1`
}

/** `Deployment.apps` for apps/v1 Deployment; `Service` for v1 Service (the annotation's format). */
export function groupKindOf(object: Pick<KubeObject, 'apiVersion' | 'kind'>): string {
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : ''
  return group ? `${object.kind}.${group}` : object.kind
}

/** The group of a group-kind (`apps` of `Deployment.apps`, empty for the core group). */
export function groupOf(groupKind: string): string {
  const dot = groupKind.indexOf('.')
  return dot < 0 ? '' : groupKind.slice(dot + 1)
}

export function kindOf(groupKind: string): string {
  const dot = groupKind.indexOf('.')
  return dot < 0 ? groupKind : groupKind.slice(0, dot)
}

export function isMemberKind(object: Pick<KubeObject, 'kind'>): boolean {
  return !NEVER_MEMBERS.has(object.kind)
}

export function memberRef(object: KubeObject): MemberRef {
  return {
    groupKind: groupKindOf(object),
    namespace: object.metadata.namespace,
    name: object.metadata.name
  }
}

/** The objects to apply, members labelled part-of the set (the manifests themselves are not changed). */
export function labelMembers(objects: KubeObject[], id: string): KubeObject[] {
  return objects.map(object => {
    if (!isMemberKind(object)) return object
    const labelled = structuredClone(object)
    labelled.metadata.labels = { ...(labelled.metadata.labels ?? {}), [PART_OF_LABEL]: id }
    return labelled
  })
}

const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map(entry => entry.trim())
    .filter(Boolean)

/** The group-kinds of a set's members and their namespaces: what a parent records. */
export interface MemberKinds {
  groupKinds: string[]
  namespaces: string[]
}

/** What a live parent records: its members' group-kinds and the namespaces besides its own. */
export function recordedInParent(parent: KubeObject | undefined): MemberKinds {
  const annotations = parent?.metadata.annotations ?? {}
  return {
    groupKinds: splitList(annotations[GROUP_KINDS_ANNOTATION]),
    namespaces: splitList(annotations[NAMESPACES_ANNOTATION])
  }
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort()

/** The parent Secret recording `groupKinds` and the member `namespaces` (its own left out). */
export function parentManifest(
  parent: ApplySetParent,
  groupKinds: string[],
  namespaces: string[]
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: parent.name,
      namespace: parent.namespace,
      labels: { [ID_LABEL]: applySetId(parent) },
      annotations: {
        [TOOLING_ANNOTATION]: TOOLING,
        [GROUP_KINDS_ANNOTATION]: sortedUnique(groupKinds).join(','),
        [NAMESPACES_ANNOTATION]: sortedUnique(namespaces.filter(ns => ns !== parent.namespace)).join(',')
      }
    }
  }
}

/** The group-kinds and namespaces of the members among `objects` (as applied, namespaces filled in). */
export function membersOf(objects: KubeObject[]): MemberKinds {
  const members = objects.filter(isMemberKind)
  return {
    groupKinds: sortedUnique(members.map(groupKindOf)),
    namespaces: sortedUnique(members.flatMap(object => object.metadata.namespace ?? []))
  }
}

/** Both sets together, sorted and without repeats. */
export function unionOf(a: MemberKinds, b: MemberKinds): MemberKinds {
  return {
    groupKinds: sortedUnique([...a.groupKinds, ...b.groupKinds]),
    namespaces: sortedUnique([...a.namespaces, ...b.namespaces])
  }
}

/**
 * Where the parent lives: in the namespace input's namespace when it names one, else in the one
 * namespace the members name (the manifests' target), else in `fallback` (the default namespace).
 */
export function applySetParent(
  applyset: { name: string; namespace?: string },
  objects: KubeObject[],
  fallback: string
): ApplySetParent {
  if (applyset.namespace) return { name: applyset.name, namespace: applyset.namespace }
  const named = membersOf(objects).namespaces
  return { name: applyset.name, namespace: named.length === 1 ? named[0] : fallback }
}
