/**
 * Manifests as objects: parsing multi-document YAML, pinning images by digest in every pod
 * template (Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs, Pods), ordering
 * for apply (namespaces and CRDs first), and printing the result. Pure: no I/O.
 */
import { dump, loadAll } from 'js-yaml'
import { InputError, UserError } from '../core/errors.js'
import type { KubeObject } from './client.js'
import { entryMatches, type ImageEntry } from './images.js'

/** Kinds whose rollout deploy-eks waits for. */
export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number]

export function isWorkload(object: KubeObject): boolean {
  return object.apiVersion === 'apps/v1' && (WORKLOAD_KINDS as readonly string[]).includes(object.kind)
}

/** Parse every document of `text` (from `source`), flattening `List`s and dropping empty ones. */
export function parseManifests(text: string, source: string): KubeObject[] {
  let docs: unknown[]
  try {
    docs = loadAll(text)
  } catch (error) {
    throw new UserError(`${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  const objects: KubeObject[] = []
  const visit = (doc: unknown, index: number) => {
    if (doc === null || doc === undefined) return
    const object = doc as KubeObject
    if (
      typeof doc !== 'object' ||
      Array.isArray(doc) ||
      typeof object.kind !== 'string' ||
      typeof object.apiVersion !== 'string'
    )
      throw new UserError(
        `${source}: document ${index + 1} is not a Kubernetes object (it needs apiVersion and kind)`
      )
    if (/List$/.test(object.kind) && Array.isArray(object.items)) {
      for (const item of object.items as unknown[]) visit(item, index)
      return
    }
    if (!object.metadata || typeof object.metadata.name !== 'string' || object.metadata.name === '')
      throw new UserError(`${source}: ${object.kind} in document ${index + 1} has no metadata.name`)
    objects.push(object)
  }
  docs.forEach(visit)
  return objects
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PodSpec = { containers?: any[]; initContainers?: any[]; ephemeralContainers?: any[] }

/** The pod spec inside an object, for every kind that has one. */
export function podSpecOf(object: KubeObject): PodSpec | undefined {
  switch (object.kind) {
    case 'Pod':
      return object.spec
    case 'CronJob':
      return object.spec?.jobTemplate?.spec?.template?.spec
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return object.spec?.template?.spec
    case 'PodTemplate':
      return (object.template as { spec?: PodSpec } | undefined)?.spec
    default:
      return undefined
  }
}

/** `deployment/auth-service` (with ` in erp` when namespaced elsewhere than default). */
export function objectName(object: KubeObject): string {
  return `${object.kind.toLowerCase()}/${object.metadata.name}`
}

export interface Pinned {
  object: string
  namespace?: string
  container: string
  from: string
  to: string
}

export interface PinResult {
  objects: KubeObject[]
  pinned: Pinned[]
  /** Container images no entry pinned that carry no digest (worth a warning). */
  unpinned: Array<{ object: string; container: string; image: string }>
}

/**
 * Copies of `objects` with each container image that an entry matches replaced by the entry's
 * reference. An entry that matches nothing is an error (a typo would otherwise deploy nothing).
 */
export function pinImages(objects: KubeObject[], entries: ImageEntry[]): PinResult {
  const used = new Set<string>()
  const pinned: Pinned[] = []
  const unpinned: PinResult['unpinned'] = []
  const copies = objects.map(original => {
    const object = structuredClone(original)
    const spec = podSpecOf(object)
    if (!spec) return object
    for (const list of [spec.initContainers, spec.containers, spec.ephemeralContainers]) {
      if (!Array.isArray(list)) continue
      for (const container of list) {
        if (!container || typeof container.image !== 'string') continue
        const entry = entries.find(candidate => entryMatches(candidate, container.image))
        if (entry) {
          used.add(entry.name)
          pinned.push({
            object: objectName(object),
            namespace: object.metadata.namespace,
            container: String(container.name),
            from: container.image,
            to: entry.image
          })
          container.image = entry.image
        } else if (!container.image.includes('@')) {
          unpinned.push({
            object: objectName(object),
            container: String(container.name),
            image: container.image
          })
        }
      }
    }
    return object
  })
  const unused = entries.filter(entry => !used.has(entry.name))
  if (unused.length > 0)
    throw new InputError(
      'images',
      `${unused.map(entry => `"${entry.name}"`).join(', ')} ${unused.length === 1 ? 'matches' : 'match'} no container image in the manifests`,
      `names or repositories of images the manifests use (they use: ${[...new Set(allImages(objects))].join(', ') || 'none'})`
    )
  return { objects: copies, pinned, unpinned }
}

function allImages(objects: KubeObject[]): string[] {
  return objects.flatMap(object => {
    const spec = podSpecOf(object)
    return [spec?.initContainers, spec?.containers]
      .flatMap(list => (Array.isArray(list) ? list : []))
      .map(container => String(container?.image))
  })
}

/**
 * Apply order: what others depend on first (Helm's install order, in short): namespaces, CRDs,
 * policies and accounts, configuration and storage, RBAC, services, workloads, then the rest
 * (custom resources last, their CRDs being established by then).
 */
const ORDER = [
  'Namespace',
  'CustomResourceDefinition',
  'PriorityClass',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration'
]

function rank(object: KubeObject): number {
  const index = ORDER.indexOf(object.kind)
  return index === -1 ? ORDER.length : index
}

/** `objects` in apply order (stable within a kind). */
export function orderForApply(objects: KubeObject[]): KubeObject[] {
  return objects
    .map((object, index) => ({ object, index }))
    .sort((a, b) => rank(a.object) - rank(b.object) || a.index - b.index)
    .map(({ object }) => object)
}

/** Objects as one multi-document YAML stream. */
export function toYaml(objects: KubeObject[]): string {
  return objects.map(object => dump(object, { lineWidth: -1, noRefs: true })).join('---\n')
}
