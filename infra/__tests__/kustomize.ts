/**
 * Renders kustomize overlays with `kubectl kustomize` (offline) and indexes the objects.
 * Pure helpers: no test runs here.
 */
import { execFileSync } from 'node:child_process'
import { loadAll } from 'js-yaml'

export interface K8sObject {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
  }
  spec?: Record<string, unknown>
  [key: string]: unknown
}

export interface Container {
  name: string
  image: string
  ports?: { name?: string; containerPort: number }[]
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> }
  readinessProbe?: Probe
  livenessProbe?: Probe
  startupProbe?: Probe
  securityContext?: Record<string, unknown> & { capabilities?: { drop?: string[]; add?: string[] } }
}

export interface Probe {
  httpGet?: { path: string; port: number | string }
}

export interface PodSpec {
  serviceAccountName?: string
  automountServiceAccountToken?: boolean
  securityContext?: Record<string, unknown> & { seccompProfile?: { type: string } }
  containers: Container[]
  volumes?: { name: string }[]
}

/** Every object `kubectl kustomize DIR` renders. */
export function render(dir: string): K8sObject[] {
  const output = execFileSync('kubectl', ['kustomize', dir], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024
  })
  return (loadAll(output) as (K8sObject | null)[]).filter((o): o is K8sObject => o !== null)
}

export function ofKind(objects: K8sObject[], kind: string): K8sObject[] {
  return objects.filter(o => o.kind === kind)
}

export function find(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find(o => o.kind === kind && o.metadata.name === name)
  if (!found) throw new Error(`${kind}/${name} not rendered`)
  return found
}

export function podSpec(workload: K8sObject): PodSpec {
  const template = (workload.spec as { template?: { spec?: PodSpec } } | undefined)?.template
  if (!template?.spec) throw new Error(`${workload.kind}/${workload.metadata.name} has no pod template`)
  return template.spec
}

export function podLabels(workload: K8sObject): Record<string, string> {
  const template = (workload.spec as { template?: { metadata?: { labels?: Record<string, string> } } })
    .template
  return template?.metadata?.labels ?? {}
}
