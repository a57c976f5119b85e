/**
 * A Kubernetes API server on loopback for rehearsals, the endpoint the EKS stand-in's DescribeCluster
 * names: discovery of the kinds the reference manifests use (the AWS Load Balancer Controller's
 * TargetGroupBinding included, as on the EKS cluster infra/ builds) and of the API groups, server-side
 * apply, GET, label-selected lists and DELETE (with its dependents, as pruning needs). Workloads roll
 * out at once: a changed pod template makes a new revision (a ReplicaSet, or a ControllerRevision)
 * and is counted as one rollout; an unchanged one is not. The
 * objects persist in a directory, so a second rehearsal finds the cluster as the first left it.
 * Tokens are accepted when they look like EKS's (`k8s-aws-v1.`); nothing else is authorised.
 */
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { matchesLabelSelector } from './label-selector.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any

interface Resource {
  name: string
  kind: string
  namespaced: boolean
}

const RESOURCES: Record<string, Resource[]> = {
  v1: [
    { name: 'namespaces', kind: 'Namespace', namespaced: false },
    { name: 'services', kind: 'Service', namespaced: true },
    { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
    { name: 'configmaps', kind: 'ConfigMap', namespaced: true },
    { name: 'secrets', kind: 'Secret', namespaced: true },
    { name: 'pods', kind: 'Pod', namespaced: true },
    { name: 'events', kind: 'Event', namespaced: true },
    { name: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true }
  ],
  'apps/v1': [
    { name: 'deployments', kind: 'Deployment', namespaced: true },
    { name: 'statefulsets', kind: 'StatefulSet', namespaced: true },
    { name: 'daemonsets', kind: 'DaemonSet', namespaced: true },
    { name: 'replicasets', kind: 'ReplicaSet', namespaced: true },
    { name: 'controllerrevisions', kind: 'ControllerRevision', namespaced: true }
  ],
  'autoscaling/v2': [{ name: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true }],
  'networking.k8s.io/v1': [
    { name: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true },
    { name: 'ingresses', kind: 'Ingress', namespaced: true }
  ],
  'policy/v1': [{ name: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true }],
  'batch/v1': [
    { name: 'jobs', kind: 'Job', namespaced: true },
    { name: 'cronjobs', kind: 'CronJob', namespaced: true }
  ],
  'rbac.authorization.k8s.io/v1': [
    { name: 'roles', kind: 'Role', namespaced: true },
    { name: 'rolebindings', kind: 'RoleBinding', namespaced: true }
  ],
  'elbv2.k8s.aws/v1beta1': [{ name: 'targetgroupbindings', kind: 'TargetGroupBinding', namespaced: true }]
}

const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet']
const REVISION = 'deployment.kubernetes.io/revision'

export interface Rollout {
  kind: string
  namespace: string
  name: string
  revision: number
  images: string[]
}

interface State {
  objects: Record<string, Obj>
  rollouts: Rollout[]
  resourceVersion: number
}

export interface KubeStandIn {
  url: string
  /** Every rollout so far (all rehearsals of this state). */
  rollouts(): Rollout[]
  /** The stored object at an API path, such as /apis/apps/v1/namespaces/erp/deployments/frontend. */
  object(path: string): Obj | undefined
  stop(): Promise<void>
}

const status = (code: number, reason: string, message: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  reason,
  message,
  code
})

function parsePath(
  path: string
): { apiVersion: string; namespace?: string; resource: Resource; name?: string } | undefined {
  const match =
    /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?$/.exec(path)
  if (!match) return undefined
  const apiVersion = match[1] ?? match[2]
  const resource = (RESOURCES[apiVersion] ?? []).find(r => r.name === match[4])
  if (!resource) return undefined
  return {
    apiVersion,
    namespace: match[3],
    resource,
    name: match[5] ? decodeURIComponent(match[5]) : undefined
  }
}

function key(apiVersion: string, kind: string, namespace: string | undefined, name: string): string {
  return `${apiVersion}|${kind}|${namespace ?? ''}|${name}`
}

function images(template: Obj): string[] {
  const spec = template?.spec ?? {}
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c: Obj) => String(c.image ?? ''))
}

function hash(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex')
    .slice(0, 10)
}

class Cluster {
  readonly state: State
  private readonly file: string

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true })
    this.file = join(dir, 'cluster.json')
    this.state = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as State)
      : { objects: {}, rollouts: [], resourceVersion: 1000 }
    for (const ns of ['default', 'kube-system'])
      this.state.objects[key('v1', 'Namespace', undefined, ns)] ??= {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: ns, uid: randomUUID() },
        status: { phase: 'Active' }
      }
  }

  save(): void {
    writeFileSync(this.file, `${JSON.stringify(this.state)}\n`)
  }

  namespaceExists(name: string): boolean {
    return Boolean(this.state.objects[key('v1', 'Namespace', undefined, name)])
  }

  apply(apiVersion: string, resource: Resource, namespace: string | undefined, name: string, body: Obj): Obj {
    const k = key(apiVersion, resource.kind, namespace, name)
    const previous = this.state.objects[k]
    const object = structuredClone(body)
    object.metadata = {
      ...object.metadata,
      name,
      ...(namespace ? { namespace } : {}),
      uid: previous?.metadata?.uid ?? randomUUID(),
      creationTimestamp: previous?.metadata?.creationTimestamp ?? new Date().toISOString(),
      resourceVersion: String(++this.state.resourceVersion),
      annotations: { ...(previous?.metadata?.annotations ?? {}), ...(object.metadata?.annotations ?? {}) }
    }
    if (WORKLOADS.includes(resource.kind)) this.rollOut(object, previous)
    else if (resource.kind === 'Namespace') object.status = { phase: 'Active' }
    this.state.objects[k] = object
    this.save()
    return object
  }

  /** Delete an object and what it owns (the garbage collector's Background propagation, at once). */
  remove(k: string): void {
    const uid = this.state.objects[k]?.metadata?.uid
    delete this.state.objects[k]
    for (const [other, object] of Object.entries(this.state.objects))
      if (object.metadata?.ownerReferences?.some((owner: Obj) => owner.uid === uid))
        delete this.state.objects[other]
    this.save()
  }

  private rollOut(object: Obj, previous: Obj | undefined): void {
    const changedSpec = !previous || hash(previous.spec) !== hash(object.spec)
    object.metadata.generation = (previous?.metadata?.generation ?? 0) + (changedSpec ? 1 : 0)
    const templateChanged = !previous || hash(previous.spec?.template) !== hash(object.spec?.template)
    const lastRevision = Number(previous?.metadata?.annotations?.[REVISION] ?? 0)
    const revision = templateChanged ? lastRevision + 1 : lastRevision
    if (templateChanged) this.newRevision(object, revision)
    if (object.kind === 'Deployment') object.metadata.annotations[REVISION] = String(revision)
    object.status = rolledOutStatus(object)
  }

  /** A changed pod template: one more rollout, and its revision object (ReplicaSet or ControllerRevision). */
  private newRevision(object: Obj, revision: number): void {
    const namespace = object.metadata.namespace
    this.state.rollouts.push({
      kind: object.kind,
      namespace,
      name: object.metadata.name,
      revision,
      images: images(object.spec?.template)
    })
    const owner = {
      apiVersion: 'apps/v1',
      kind: object.kind,
      name: object.metadata.name,
      uid: object.metadata.uid,
      controller: true
    }
    const labels = { ...(object.spec?.selector?.matchLabels ?? {}) }
    const templateHash = hash(object.spec?.template)
    const name = `${object.metadata.name}-${templateHash}`
    if (object.kind === 'Deployment') {
      this.state.objects[key('apps/v1', 'ReplicaSet', namespace, name)] = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name,
          namespace,
          uid: randomUUID(),
          labels: { ...labels, 'pod-template-hash': templateHash },
          annotations: { [REVISION]: String(revision) },
          ownerReferences: [owner]
        },
        spec: {
          replicas: object.spec?.replicas ?? 1,
          selector: object.spec?.selector,
          template: object.spec?.template
        }
      }
    } else {
      this.state.objects[key('apps/v1', 'ControllerRevision', namespace, name)] = {
        apiVersion: 'apps/v1',
        kind: 'ControllerRevision',
        metadata: { name, namespace, uid: randomUUID(), labels, ownerReferences: [owner] },
        revision,
        data: { spec: { template: { ...object.spec?.template, $patch: 'replace' } } }
      }
    }
  }
}

/** The status of a workload whose rollout finished at once: every replica updated and ready. */
function rolledOutStatus(object: Obj): Obj {
  const replicas = object.spec?.replicas ?? 1
  const revisionName = `${object.metadata.name}-${hash(object.spec?.template)}`
  const observedGeneration = object.metadata.generation
  if (object.kind === 'Deployment')
    return {
      observedGeneration,
      replicas,
      updatedReplicas: replicas,
      readyReplicas: replicas,
      availableReplicas: replicas,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "${revisionName}" has successfully progressed.`
        }
      ]
    }
  if (object.kind === 'StatefulSet')
    return {
      observedGeneration,
      replicas,
      readyReplicas: replicas,
      currentReplicas: replicas,
      updatedReplicas: replicas,
      availableReplicas: replicas,
      currentRevision: revisionName,
      updateRevision: revisionName
    }
  return {
    observedGeneration,
    desiredNumberScheduled: 1,
    currentNumberScheduled: 1,
    updatedNumberScheduled: 1,
    numberReady: 1,
    numberAvailable: 1
  }
}

interface Answer {
  code: number
  body: Obj
}

type Parsed = NonNullable<ReturnType<typeof parsePath>>

/** The discovery document of one API group version. */
function apiResources(apiVersion: string): Answer {
  const resources = RESOURCES[apiVersion]
  if (!resources)
    return {
      code: 404,
      body: status(404, 'NotFound', 'the server could not find the requested resource')
    }
  return { code: 200, body: { kind: 'APIResourceList', groupVersion: apiVersion, resources } }
}

/** A server-side apply (the only PATCH stood in for). */
function applyRequest(
  cluster: Cluster,
  req: http.IncomingMessage,
  url: URL,
  parsed: Parsed,
  body: string
): Answer {
  const { apiVersion, resource, namespace, name } = parsed
  if (!String(req.headers['content-type'] ?? '').startsWith('application/apply-patch'))
    return {
      code: 415,
      body: status(415, 'UnsupportedMediaType', 'only server-side apply is stood in for')
    }
  if (!url.searchParams.get('fieldManager'))
    return { code: 422, body: status(422, 'Invalid', 'fieldManager is required for apply requests') }
  if (resource.namespaced && !cluster.namespaceExists(namespace ?? 'default'))
    return { code: 404, body: status(404, 'NotFound', `namespaces "${namespace}" not found`) }
  const applied = cluster.apply(
    apiVersion,
    resource,
    resource.namespaced ? (namespace ?? 'default') : undefined,
    name as string,
    JSON.parse(body)
  )
  return { code: 200, body: applied }
}

/** The API groups and their preferred versions (GET /apis). */
function apiGroups(): Answer {
  const groups = Object.keys(RESOURCES)
    .filter(version => version.includes('/'))
    .map(groupVersion => {
      const [name, version] = groupVersion.split('/')
      return { name, versions: [{ groupVersion, version }], preferredVersion: { groupVersion, version } }
    })
  return { code: 200, body: { kind: 'APIGroupList', apiVersion: 'v1', groups } }
}

/** A DELETE (what pruning sends): gone with its dependents, unless preconditions.uid names another object. */
function deleteRequest(cluster: Cluster, parsed: Parsed, body: string): Answer {
  const { apiVersion, resource, namespace, name } = parsed
  const k = key(
    apiVersion,
    resource.kind,
    resource.namespaced ? (namespace ?? 'default') : undefined,
    name as string
  )
  const object = cluster.state.objects[k]
  if (!object) return { code: 404, body: status(404, 'NotFound', `${resource.name} "${name}" not found`) }
  const uid = (body ? JSON.parse(body) : {}).preconditions?.uid
  if (uid && uid !== object.metadata.uid)
    return {
      code: 409,
      body: status(
        409,
        'Conflict',
        `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${object.metadata.uid}`
      )
    }
  cluster.remove(k)
  return {
    code: 200,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name, kind: resource.name, uid: object.metadata.uid }
    }
  }
}

/** The objects of a kind (in a namespace, or in all), filtered by the labelSelector. */
function listObjects(cluster: Cluster, url: URL, { apiVersion, resource, namespace }: Parsed): Answer {
  const selector = url.searchParams.get('labelSelector')
  const items = Object.entries(cluster.state.objects)
    .filter(
      ([k]) =>
        k.startsWith(`${apiVersion}|${resource.kind}|${namespace ?? ''}|`) ||
        (!namespace && k.startsWith(`${apiVersion}|${resource.kind}|`))
    )
    .map(([, object]) => object)
    .filter(object => matchesLabelSelector(object.metadata?.labels ?? {}, selector))
  return { code: 200, body: { kind: `${resource.kind}List`, apiVersion, metadata: {}, items } }
}

/** The answer to one request: authorised by an EKS-shaped token, then routed by method and path. */
function answerRequest(cluster: Cluster, req: http.IncomingMessage, body: string): Answer {
  const url = new URL(req.url ?? '/', 'http://kube')
  const auth = String(req.headers.authorization ?? '')
  if (!/^Bearer k8s-aws-v1\.[A-Za-z0-9_-]+$/.test(auth))
    return { code: 401, body: status(401, 'Unauthorized', 'Unauthorized') }
  const path = url.pathname.replace(/\/$/, '')
  const group = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))$/.exec(path)
  if (req.method === 'GET' && group) return apiResources(group[1] ?? group[2])
  if (req.method === 'GET' && path === '/apis') return apiGroups()
  const parsed = parsePath(path)
  if (!parsed)
    return {
      code: 404,
      body: status(404, 'NotFound', `the server could not find the requested resource (${path})`)
    }
  const { apiVersion, resource, namespace, name } = parsed
  if (req.method === 'PATCH' && name) return applyRequest(cluster, req, url, parsed, body)
  if (req.method === 'GET' && name) {
    const object = cluster.state.objects[key(apiVersion, resource.kind, namespace, name)]
    return object
      ? { code: 200, body: object }
      : { code: 404, body: status(404, 'NotFound', `${resource.name} "${name}" not found`) }
  }
  if (req.method === 'GET') return listObjects(cluster, url, parsed)
  if (req.method === 'DELETE' && name) return deleteRequest(cluster, parsed, body)
  return { code: 405, body: status(405, 'MethodNotAllowed', `${req.method} is not stood in for`) }
}

export async function startKubeStandIn(options: { stateDir: string }): Promise<KubeStandIn> {
  const cluster = new Cluster(options.stateDir)
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      let answer: Answer
      try {
        answer = answerRequest(cluster, req, Buffer.concat(chunks).toString('utf8'))
      } catch (error) {
        answer = { code: 500, body: status(500, 'InternalError', (error as Error).message) }
      }
      res.writeHead(answer.code, { 'content-type': 'application/json' })
      res.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    rollouts: () => [...cluster.state.rollouts],
    object(path) {
      const parsed = parsePath(path)
      return parsed?.name
        ? cluster.state.objects[key(parsed.apiVersion, parsed.resource.kind, parsed.namespace, parsed.name)]
        : undefined
    },
    stop: () =>
      new Promise(done => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}
