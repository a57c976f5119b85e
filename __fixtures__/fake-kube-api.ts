/**
 * A fake Kubernetes API server on 127.0.0.1 (node http) for deploy-eks tests and its benchmark.
 * It serves what deploy-eks uses: discovery, server-side apply PATCH (checking the content type,
 * field manager and force=false; answering conflicts and unknown namespaces as the API server
 * does; chosen applies fail with a 409 conflict, a 5xx or a reset connection), GET of objects and
 * lists (label selectors with =, ==, != and existence; field selectors), DELETE (preconditions,
 * propagation to owned objects, the Status it answers), ReplicaSets and ControllerRevisions kept
 * per template change as the controllers keep them, pods, events and logs.
 *
 * Rollouts replay realistic status sequences: the Deployment statuses are the recorded ones in
 * ../shared/fixtures/k8s (progressing, progress deadline exceeded, complete), adapted to the
 * workload's name, generation and replica count. What happens to a rollout depends on the images
 * of its pod template (or its name): complete after some time, exceed its progress deadline, or
 * never finish; with pods that fail to pull their image, crash in a loop, are OOM-killed or cannot
 * be scheduled, with the events and logs a cluster would show.
 *
 * Only node built-ins and js-yaml are imported, so the benchmark can load a transpiled copy.
 */
import { createHash, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { load } from 'js-yaml'
import { matchesLabelSelector } from '../lib/standins/label-selector.js'
import { sharedFixture } from './paths.js'

export type PodTrouble = 'image-pull' | 'crash-loop' | 'oom' | 'unschedulable'

export interface Behaviour {
  /** complete: finishes after `afterMs`; deadline: ProgressDeadlineExceeded after `afterMs`; stuck: never finishes. */
  rollout: 'complete' | 'deadline' | 'stuck'
  afterMs?: number
  pods?: PodTrouble
}

export interface FakeKubeOptions {
  /** The clock rollouts follow (tests pass their fake clock's now). */
  now?: () => number
  /** Whether a request's Authorization header is accepted (default: `Bearer fake-token`). */
  authorize?: (authorization: string | undefined, now: number) => boolean
  /** Rollout behaviour by a substring of a container image of the pod template. */
  images?: Record<string, Behaviour>
  /** Rollout behaviour by workload name (wins over images). */
  workloads?: Record<string, Behaviour>
  /** Fields owned by other managers: applying them is a conflict. */
  conflicts?: Array<{ kind: string; name: string; field: string; manager: string }>
  /** Particular applies of one object answered with a failure instead of being applied. */
  applyFaults?: ApplyFault[]
  /** Namespaces that exist before anything is applied (default default, kube-system). */
  namespaces?: string[]
  /** Where the recorded statuses are (default ../shared/fixtures/k8s from the working directory). */
  fixturesDir?: string
  /** A new generation stays unobserved this long after apply (default 1 ms). */
  observeDelayMs?: number
  /** Lines every crashed container's log ends with (what a hostile pod might print). */
  extraLogLines?: string[]
}

/**
 * The `nth` server-side apply of kind/name (1 = the first PATCH of it this server sees) and the
 * `times - 1` after it (default 1: only that request) fail: `conflict` with the 409 Status the API
 * server answers for a field owned by another manager, `status` with that code (InternalError for
 * 500, ServiceUnavailable otherwise), `reset` with the connection closed before any answer.
 */
export interface ApplyFault {
  kind: string
  name: string
  nth: number
  times?: number
  fail: { conflict: { field: string; manager: string } } | { status: 500 | 502 | 503 } | 'reset'
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  contentType?: string
  authorization?: string
  body?: string
  at: number
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any

interface Answer {
  code: number
  body: Obj
  text?: boolean
}

interface ResourceInfo {
  name: string
  kind: string
  namespaced: boolean
}

const BASE_RESOURCES: Record<string, ResourceInfo[]> = {
  v1: [
    { name: 'namespaces', kind: 'Namespace', namespaced: false },
    { name: 'pods', kind: 'Pod', namespaced: true },
    { name: 'pods/log', kind: 'Pod', namespaced: true },
    { name: 'services', kind: 'Service', namespaced: true },
    { name: 'configmaps', kind: 'ConfigMap', namespaced: true },
    { name: 'secrets', kind: 'Secret', namespaced: true },
    { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
    { name: 'events', kind: 'Event', namespaced: true },
    { name: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true },
    { name: 'persistentvolumes', kind: 'PersistentVolume', namespaced: false },
    { name: 'resourcequotas', kind: 'ResourceQuota', namespaced: true },
    { name: 'limitranges', kind: 'LimitRange', namespaced: true }
  ],
  'apps/v1': [
    { name: 'deployments', kind: 'Deployment', namespaced: true },
    { name: 'deployments/status', kind: 'Deployment', namespaced: true },
    { name: 'statefulsets', kind: 'StatefulSet', namespaced: true },
    { name: 'daemonsets', kind: 'DaemonSet', namespaced: true },
    { name: 'replicasets', kind: 'ReplicaSet', namespaced: true },
    { name: 'controllerrevisions', kind: 'ControllerRevision', namespaced: true }
  ],
  'batch/v1': [
    { name: 'jobs', kind: 'Job', namespaced: true },
    { name: 'cronjobs', kind: 'CronJob', namespaced: true }
  ],
  'networking.k8s.io/v1': [
    { name: 'ingresses', kind: 'Ingress', namespaced: true },
    { name: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true },
    { name: 'ingressclasses', kind: 'IngressClass', namespaced: false }
  ],
  'rbac.authorization.k8s.io/v1': [
    { name: 'roles', kind: 'Role', namespaced: true },
    { name: 'rolebindings', kind: 'RoleBinding', namespaced: true },
    { name: 'clusterroles', kind: 'ClusterRole', namespaced: false },
    { name: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false }
  ],
  'policy/v1': [{ name: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true }],
  'autoscaling/v2': [{ name: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true }],
  'apiextensions.k8s.io/v1': [
    { name: 'customresourcedefinitions', kind: 'CustomResourceDefinition', namespaced: false }
  ]
}

const DAEMONSET_NODES = 3
const LOG_LINES = 80

interface RolloutRecord {
  appliedAt: number
  behaviour: Behaviour
  revisionName: string
  previousRevisionName?: string
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 10)
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function status(code: number, reason: string, message: string, details?: Obj): Obj {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code
  }
}

/** The 409 the API server answers when an apply touches fields other managers own (structured-merge-diff's message). */
function conflictStatus(apiVersion: string, conflicts: Array<{ field: string; manager: string }>): Obj {
  const list = conflicts.map(c => `conflict with "${c.manager}" using ${apiVersion}: ${c.field}`)
  return status(
    409,
    'Conflict',
    `Apply failed with ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}: ${list.join('\n')}`,
    {
      causes: conflicts.map(c => ({
        reason: 'FieldManagerConflict',
        message: `conflict with "${c.manager}" using ${apiVersion}`,
        field: c.field
      }))
    }
  )
}

/** What a failing apply answers: a Status, or `reset` (no answer at all). */
function faultAnswer(fault: ApplyFault, apiVersion: string): { code: number; body: Obj } | 'reset' {
  if (fault.fail === 'reset') return 'reset'
  if ('conflict' in fault.fail) return { code: 409, body: conflictStatus(apiVersion, [fault.fail.conflict]) }
  const code = fault.fail.status
  return code === 500
    ? { code, body: status(500, 'InternalError', 'Internal error occurred: etcdserver: request timed out') }
    : {
        code,
        body: status(code, 'ServiceUnavailable', 'the server is currently unable to handle the request')
      }
}

export class FakeKubeApi {
  readonly requests: RecordedRequest[] = []
  /** Bearer tokens seen, in order of first use. */
  readonly tokensSeen: string[] = []
  /** Requests refused as unauthorized. */
  unauthorized = 0
  url = ''
  private server: http.Server | undefined
  private readonly objects = new Map<string, Obj>()
  private readonly rollouts = new Map<string, RolloutRecord>()
  /** Server-side applies seen per kind/name (what ApplyFault.nth counts). */
  private readonly appliesOf = new Map<string, number>()
  private readonly resources: Record<string, ResourceInfo[]> = clone(BASE_RESOURCES)
  private readonly namespaces: Set<string>
  private readonly fixtures: { progressing: Obj; deadline: Obj; complete: Obj }
  private resourceVersion = 1000
  private readonly now: () => number

  constructor(private readonly options: FakeKubeOptions = {}) {
    this.now = options.now ?? Date.now
    this.namespaces = new Set(options.namespaces ?? ['default', 'kube-system'])
    const dir = options.fixturesDir ?? sharedFixture('k8s')
    this.fixtures = {
      progressing: load(readFileSync(resolve(dir, 'deployment-progressing.yaml'), 'utf8')),
      deadline: load(readFileSync(resolve(dir, 'deployment-progress-deadline-exceeded.yaml'), 'utf8')),
      complete: JSON.parse(readFileSync(resolve(dir, 'deployment-complete-live.json'), 'utf8'))
    }
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        let answer: Answer | 'reset'
        try {
          answer = this.handle(req, Buffer.concat(chunks).toString('utf8'))
        } catch (error) {
          answer = { code: 500, body: status(500, 'InternalError', (error as Error).stack ?? String(error)) }
        }
        if (answer === 'reset') return void req.socket.destroy()
        res.writeHead(answer.code, { 'Content-Type': answer.text ? 'text/plain' : 'application/json' })
        res.end(answer.text ? String(answer.body) : JSON.stringify(answer.body))
      })
    })
    await new Promise<void>(done => this.server?.listen(0, '127.0.0.1', done))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>(done => (this.server ? this.server.close(() => done()) : done()))
  }

  /** A kubeconfig for this server with a bearer token. */
  kubeconfig(token = 'fake-token', namespace?: string): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: fake',
      '  cluster:',
      `    server: ${this.url}`,
      'contexts:',
      '- name: fake',
      '  context:',
      '    cluster: fake',
      '    user: deployer',
      ...(namespace ? [`    namespace: ${namespace}`] : []),
      'current-context: fake',
      'users:',
      '- name: deployer',
      '  user:',
      `    token: ${token}`,
      ''
    ].join('\n')
  }

  /** A stored object (what a GET would answer), by API path. */
  object(path: string): Obj | undefined {
    const parsed = this.parsePath(path)
    if (!parsed) return undefined
    const stored = this.objects.get(parsed.key)
    return stored ? this.withStatus(stored) : undefined
  }

  /** Requests of one method (and path prefix). */
  requestsOf(method: string, pathPrefix = ''): RecordedRequest[] {
    return this.requests.filter(r => r.method === method && r.path.startsWith(pathPrefix))
  }

  private handle(req: http.IncomingMessage, body: string): Answer | 'reset' {
    const url = new URL(req.url ?? '/', 'http://fake')
    const query = Object.fromEntries(url.searchParams.entries())
    const method = req.method ?? 'GET'
    const authorization = req.headers.authorization
    const now = this.now()
    this.requests.push({
      method,
      path: url.pathname,
      query,
      contentType: req.headers['content-type'],
      authorization,
      body: body || undefined,
      at: now
    })
    const token = authorization?.replace(/^Bearer /, '')
    if (token && !this.tokensSeen.includes(token)) this.tokensSeen.push(token)
    const authorize = this.options.authorize ?? (header => header === 'Bearer fake-token')
    if (!authorize(authorization, now)) {
      this.unauthorized++
      return { code: 401, body: status(401, 'Unauthorized', 'Unauthorized') }
    }
    const path = url.pathname
    if (method === 'GET' && path === '/api')
      return { code: 200, body: { kind: 'APIVersions', versions: ['v1'] } }
    if (method === 'GET' && path === '/apis') return { code: 200, body: this.groupList() }
    const base = this.baseOf(path)
    if (base && base.rest === '' && method === 'GET') {
      const list = this.resources[base.apiVersion]
      if (!list)
        return {
          code: 404,
          body: status(404, 'NotFound', 'the server could not find the requested resource')
        }
      return {
        code: 200,
        body: {
          kind: 'APIResourceList',
          apiVersion: 'v1',
          groupVersion: base.apiVersion,
          resources: list.map(r => ({ ...r, singularName: '', verbs: ['get', 'list', 'patch', 'delete'] }))
        }
      }
    }
    const parsed = this.parsePath(path)
    if (!parsed)
      return { code: 404, body: status(404, 'NotFound', 'the server could not find the requested resource') }
    if (parsed.subresource === 'log' && method === 'GET') return this.logs(parsed, query)
    if (method === 'PATCH' && parsed.name) return this.apply(parsed, req.headers['content-type'], query, body)
    if (method === 'DELETE' && parsed.name) return this.delete(parsed, query, body)
    if (method === 'GET' && parsed.name) {
      const stored = this.objects.get(parsed.key)
      if (!stored)
        return {
          code: 404,
          body: status(404, 'NotFound', `${parsed.resource.name} "${parsed.name}" not found`)
        }
      return { code: 200, body: this.withStatus(stored) }
    }
    if (method === 'GET')
      return {
        code: 200,
        body: {
          kind: `${parsed.resource.kind}List`,
          apiVersion: parsed.apiVersion,
          items: this.list(parsed, query)
        }
      }
    return { code: 405, body: status(405, 'MethodNotAllowed', `${method} is not supported by the fake`) }
  }

  private groupList(): Obj {
    const groups = Object.keys(this.resources)
      .filter(version => version.includes('/'))
      .map(version => {
        const [name, v] = version.split('/')
        return {
          name,
          versions: [{ groupVersion: version, version: v }],
          preferredVersion: { groupVersion: version, version: v }
        }
      })
    return { kind: 'APIGroupList', apiVersion: 'v1', groups }
  }

  private baseOf(path: string): { apiVersion: string; rest: string } | undefined {
    let match = /^\/api\/(v1)(\/.*)?$/.exec(path)
    if (match) return { apiVersion: match[1], rest: match[2] ?? '' }
    match = /^\/apis\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path)
    if (match) return { apiVersion: `${match[1]}/${match[2]}`, rest: match[3] ?? '' }
    return undefined
  }

  private parsePath(path: string) {
    const base = this.baseOf(path)
    if (!base) return undefined
    const segments = base.rest.split('/').filter(Boolean).map(decodeURIComponent)
    const resources = this.resources[base.apiVersion] ?? []
    let namespace: string | undefined
    if (segments[0] === 'namespaces' && segments.length >= 3) {
      namespace = segments[1]
      segments.splice(0, 2)
    }
    const resource = resources.find(r => r.name === segments[0])
    if (!resource) return undefined
    const name = segments[1]
    const subresource = segments[2]
    const key = `${base.apiVersion}|${resource.name}|${resource.namespaced ? (namespace ?? '') : ''}|${name ?? ''}`
    return { apiVersion: base.apiVersion, resource, namespace, name, subresource, key }
  }

  private apply(
    parsed: NonNullable<ReturnType<FakeKubeApi['parsePath']>>,
    contentType: string | undefined,
    query: Record<string, string>,
    body: string
  ) {
    if (contentType !== 'application/apply-patch+yaml')
      return {
        code: 415,
        body: status(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format: ${contentType}`
        )
      }
    if (!query.fieldManager)
      return {
        code: 422,
        body: status(
          422,
          'Invalid',
          'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch'
        )
      }
    if (query.force !== 'false')
      return { code: 400, body: status(400, 'BadRequest', 'the fake expects force=false') }
    const object = load(body) as Obj
    if (object.kind !== parsed.resource.kind || object.metadata?.name !== parsed.name)
      return {
        code: 400,
        body: status(400, 'BadRequest', 'the name or kind of the object does not match the URL')
      }
    const fault = this.faultOf(object.kind, parsed.name)
    if (fault) return faultAnswer(fault, object.apiVersion)
    if (parsed.resource.namespaced && !this.namespaces.has(parsed.namespace ?? ''))
      return {
        code: 404,
        body: status(404, 'NotFound', `namespaces "${parsed.namespace}" not found`, {
          name: parsed.namespace,
          kind: 'namespaces'
        })
      }
    const conflicts = (this.options.conflicts ?? []).filter(
      c => c.kind === object.kind && c.name === parsed.name
    )
    if (conflicts.length) return { code: 409, body: conflictStatus(object.apiVersion, conflicts) }
    const existing = this.objects.get(parsed.key)
    const now = this.now()
    let stored: Obj
    if (existing) {
      stored = existing
      const specChanged = JSON.stringify(existing.spec) !== JSON.stringify(object.spec)
      stored.metadata.labels = object.metadata.labels
      stored.metadata.annotations = {
        ...(object.metadata.annotations ?? {}),
        ...this.systemAnnotations(existing)
      }
      stored.spec = object.spec
      if (specChanged) stored.metadata.generation++
      stored.metadata.resourceVersion = String(++this.resourceVersion)
      if (specChanged) this.rolloutStarted(stored, now)
    } else {
      stored = {
        ...clone(object),
        metadata: {
          ...clone(object.metadata),
          namespace: parsed.resource.namespaced ? parsed.namespace : undefined,
          uid: randomUUID(),
          generation: 1,
          resourceVersion: String(++this.resourceVersion),
          creationTimestamp: new Date(now).toISOString().replace(/\.\d+Z$/, 'Z'),
          managedFields: [{ manager: query.fieldManager, operation: 'Apply', apiVersion: object.apiVersion }]
        }
      }
      this.objects.set(parsed.key, stored)
      if (object.kind === 'Namespace') this.namespaces.add(parsed.name as string)
      if (object.kind === 'CustomResourceDefinition') this.registerCrd(object)
      this.rolloutStarted(stored, now)
    }
    return { code: existing ? 200 : 201, body: this.withStatus(stored) }
  }

  /**
   * DELETE as the API server answers it: 404 when absent, 409 when preconditions.uid differs, else
   * gone with a Success Status; with propagationPolicy Background (or the default) its dependents
   * (the ReplicaSets and ControllerRevisions it owns) go too, as the garbage collector takes them.
   */
  private delete(
    parsed: NonNullable<ReturnType<FakeKubeApi['parsePath']>>,
    query: Record<string, string>,
    body: string
  ) {
    const stored = this.objects.get(parsed.key)
    const group = parsed.apiVersion.includes('/') ? parsed.apiVersion.split('/')[0] : ''
    const qualified = `${parsed.resource.name}${group ? `.${group}` : ''}`
    const details = { name: parsed.name, group, kind: parsed.resource.name }
    if (!stored)
      return { code: 404, body: status(404, 'NotFound', `${qualified} "${parsed.name}" not found`, details) }
    const options = body ? (JSON.parse(body) as Obj) : {}
    const uid = options.preconditions?.uid
    if (uid && uid !== stored.metadata.uid)
      return {
        code: 409,
        body: status(
          409,
          'Conflict',
          `Operation cannot be fulfilled on ${qualified} "${parsed.name}": Precondition failed: UID in precondition: ${uid}, UID in object meta: ${stored.metadata.uid}`,
          details
        )
      }
    const policy = options.propagationPolicy ?? query.propagationPolicy ?? 'Background'
    this.objects.delete(parsed.key)
    this.rollouts.delete(`${stored.metadata.namespace}/${stored.kind}/${stored.metadata.name}`)
    if (stored.kind === 'Namespace') this.namespaces.delete(parsed.name as string)
    if (policy !== 'Orphan')
      for (const [key, value] of this.objects)
        if (value.metadata.ownerReferences?.some((owner: Obj) => owner.uid === stored.metadata.uid))
          this.objects.delete(key)
    return {
      code: 200,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: { ...details, uid: stored.metadata.uid }
      }
    }
  }

  /** Counts this apply of kind/name; the fault it meets, if any. */
  private faultOf(kind: string, name: string): ApplyFault | undefined {
    const key = `${kind}/${name}`
    const nth = (this.appliesOf.get(key) ?? 0) + 1
    this.appliesOf.set(key, nth)
    return (this.options.applyFaults ?? []).find(
      f => f.kind === kind && f.name === name && nth >= f.nth && nth < f.nth + (f.times ?? 1)
    )
  }

  private systemAnnotations(object: Obj): Record<string, string> {
    const revision = object.metadata.annotations?.['deployment.kubernetes.io/revision']
    return revision ? { 'deployment.kubernetes.io/revision': revision } : {}
  }

  private registerCrd(crd: Obj): void {
    for (const version of crd.spec?.versions ?? []) {
      const key = `${crd.spec.group}/${version.name}`
      this.resources[key] ??= []
      this.resources[key].push({
        name: crd.spec.names.plural,
        kind: crd.spec.names.kind,
        namespaced: crd.spec.scope === 'Namespaced'
      })
    }
  }

  private behaviourOf(object: Obj): Behaviour {
    const byName = this.options.workloads?.[object.metadata.name]
    if (byName) return byName
    const images = (object.spec?.template?.spec?.containers ?? []).map((c: Obj) => String(c.image))
    for (const [needle, behaviour] of Object.entries(this.options.images ?? {}))
      if (images.some((image: string) => image.includes(needle))) return behaviour
    return { rollout: 'complete', afterMs: 0 }
  }

  private ownerRef(object: Obj) {
    return [
      {
        apiVersion: 'apps/v1',
        kind: object.kind,
        name: object.metadata.name,
        uid: object.metadata.uid,
        controller: true,
        blockOwnerDeletion: true
      }
    ]
  }

  /** A new template: record its revision (a ReplicaSet or ControllerRevision, reused when the template was seen before). */
  private rolloutStarted(object: Obj, now: number): void {
    if (object.apiVersion !== 'apps/v1' || !['Deployment', 'StatefulSet', 'DaemonSet'].includes(object.kind))
      return
    const ns = object.metadata.namespace
    const template = object.spec.template
    const templateHash = hash(template)
    const isDeployment = object.kind === 'Deployment'
    const resource = isDeployment ? 'replicasets' : 'controllerrevisions'
    const owned = [...this.objects.entries()].filter(
      ([key, value]) =>
        key.startsWith(`apps/v1|${resource}|${ns}|`) &&
        value.metadata.ownerReferences?.[0]?.uid === object.metadata.uid
    )
    const revisionOf = (value: Obj) =>
      Number(isDeployment ? value.metadata.annotations['deployment.kubernetes.io/revision'] : value.revision)
    const next = Math.max(0, ...owned.map(([, value]) => revisionOf(value))) + 1
    const previous = this.rollouts.get(`${ns}/${object.kind}/${object.metadata.name}`)
    const same = owned.find(([, value]) => {
      const stored = isDeployment ? clone(value.spec.template) : clone(value.data.spec.template)
      if (isDeployment) delete stored.metadata.labels['pod-template-hash']
      else delete stored.$patch
      return JSON.stringify(stored) === JSON.stringify(template)
    })
    let revisionName: string
    if (same) {
      revisionName = same[1].metadata.name
      if (isDeployment) same[1].metadata.annotations['deployment.kubernetes.io/revision'] = String(next)
      else same[1].revision = next
    } else {
      revisionName = `${object.metadata.name}-${templateHash}`
      const labels = {
        ...(template.metadata?.labels ?? {}),
        ...(isDeployment ? { 'pod-template-hash': templateHash } : {})
      }
      const metadata = {
        name: revisionName,
        namespace: ns,
        uid: randomUUID(),
        labels,
        ownerReferences: this.ownerRef(object),
        creationTimestamp: new Date(now).toISOString().replace(/\.\d+Z$/, 'Z'),
        ...(isDeployment ? { annotations: { 'deployment.kubernetes.io/revision': String(next) } } : {})
      }
      const stored = isDeployment
        ? {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            metadata,
            spec: {
              replicas: object.spec.replicas ?? 1,
              selector: {
                matchLabels: {
                  ...(object.spec.selector?.matchLabels ?? {}),
                  'pod-template-hash': templateHash
                }
              },
              template: { ...clone(template), metadata: { ...clone(template.metadata ?? {}), labels } }
            }
          }
        : {
            apiVersion: 'apps/v1',
            kind: 'ControllerRevision',
            metadata,
            revision: next,
            data: { spec: { template: { ...clone(template), $patch: 'replace' } } }
          }
      this.objects.set(`apps/v1|${resource}|${ns}|${revisionName}`, stored)
    }
    if (isDeployment) {
      object.metadata.annotations = {
        ...(object.metadata.annotations ?? {}),
        'deployment.kubernetes.io/revision': String(next)
      }
    }
    this.rollouts.set(`${ns}/${object.kind}/${object.metadata.name}`, {
      appliedAt: now,
      behaviour: this.behaviourOf(object),
      revisionName,
      previousRevisionName: previous?.revisionName
    })
  }

  private rolloutOf(object: Obj): RolloutRecord | undefined {
    return this.rollouts.get(`${object.metadata.namespace}/${object.kind}/${object.metadata.name}`)
  }

  /** Where a rollout is at now: not yet observed, progressing, failed (deadline) or complete. */
  private phaseOf(object: Obj): 'unobserved' | 'progressing' | 'deadline' | 'complete' {
    const rollout = this.rolloutOf(object)
    if (!rollout) return 'complete'
    const elapsed = this.now() - rollout.appliedAt
    if (elapsed < (this.options.observeDelayMs ?? 1)) return 'unobserved'
    const { rollout: kind, afterMs = 0 } = rollout.behaviour
    if (kind === 'stuck' || elapsed < afterMs) return 'progressing'
    return kind === 'deadline' ? 'deadline' : 'complete'
  }

  private withStatus(stored: Obj): Obj {
    const object = clone(stored)
    if (object.apiVersion !== 'apps/v1') return object
    const phase = this.phaseOf(stored)
    const generation = object.metadata.generation
    const rollout = this.rolloutOf(stored)
    const desired = object.spec?.replicas ?? 1
    if (object.kind === 'Deployment') {
      const fixture =
        phase === 'complete'
          ? this.fixtures.complete
          : phase === 'deadline'
            ? this.fixtures.deadline
            : this.fixtures.progressing
      const s = clone(fixture.status)
      for (const condition of s.conditions)
        condition.message = String(condition.message).replace(
          /guestbook-ui-[0-9a-f]+/,
          rollout?.revisionName ?? ''
        )
      s.observedGeneration = phase === 'unobserved' ? generation - 1 : generation
      if (phase === 'complete')
        Object.assign(s, {
          replicas: desired,
          updatedReplicas: desired,
          readyReplicas: desired,
          availableReplicas: desired
        })
      else
        Object.assign(s, {
          replicas: desired + 1,
          updatedReplicas: Math.max(1, desired - 1),
          readyReplicas: desired,
          availableReplicas: desired,
          unavailableReplicas: 1
        })
      object.status = s
    } else if (object.kind === 'StatefulSet') {
      const done = phase === 'complete'
      object.status = {
        observedGeneration: phase === 'unobserved' ? generation - 1 : generation,
        replicas: desired,
        readyReplicas: done ? desired : Math.max(0, desired - 1),
        currentReplicas: done ? desired : Math.max(0, desired - 1),
        updatedReplicas: done ? desired : 0,
        currentRevision: done
          ? rollout?.revisionName
          : (rollout?.previousRevisionName ?? rollout?.revisionName),
        updateRevision: rollout?.revisionName,
        availableReplicas: done ? desired : Math.max(0, desired - 1)
      }
    } else if (object.kind === 'DaemonSet') {
      const done = phase === 'complete'
      object.status = {
        observedGeneration: phase === 'unobserved' ? generation - 1 : generation,
        desiredNumberScheduled: DAEMONSET_NODES,
        currentNumberScheduled: DAEMONSET_NODES,
        updatedNumberScheduled: done ? DAEMONSET_NODES : 1,
        numberReady: done ? DAEMONSET_NODES : DAEMONSET_NODES - 1,
        numberAvailable: done ? DAEMONSET_NODES : DAEMONSET_NODES - 1,
        numberMisscheduled: 0
      }
    }
    return object
  }

  private matches(object: Obj, query: Record<string, string>): boolean {
    if (!matchesLabelSelector(object.metadata?.labels ?? {}, query.labelSelector)) return false
    const field = /^involvedObject\.name=(.+)$/.exec(query.fieldSelector ?? '')
    if (field && object.involvedObject?.name !== field[1]) return false
    return true
  }

  private list(
    parsed: NonNullable<ReturnType<FakeKubeApi['parsePath']>>,
    query: Record<string, string>
  ): Obj[] {
    let items: Obj[]
    if (parsed.resource.name === 'pods') items = this.pods(parsed.namespace)
    else if (parsed.resource.name === 'events') items = this.events(parsed.namespace)
    else {
      // A namespaced resource listed without a namespace lists every namespace's.
      const everywhere = parsed.resource.namespaced && parsed.namespace === undefined
      const prefix = `${parsed.apiVersion}|${parsed.resource.name}|${parsed.resource.namespaced ? (parsed.namespace ?? '') : ''}|`
      const all = `${parsed.apiVersion}|${parsed.resource.name}|`
      items = [...this.objects.entries()]
        .filter(([key]) => key.startsWith(everywhere ? all : prefix))
        .map(([, value]) => this.withStatus(value))
    }
    return items.filter(item => this.matches(item, query))
  }

  private workloads(namespace: string | undefined): Obj[] {
    return [...this.objects.values()].filter(
      o =>
        o.apiVersion === 'apps/v1' &&
        ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind) &&
        o.metadata.namespace === namespace
    )
  }

  /** The pods of each workload: ready ones, plus a troubled one of the new revision while the rollout has not completed. */
  private pods(namespace: string | undefined): Obj[] {
    const pods: Obj[] = []
    const now = this.now()
    for (const workload of this.workloads(namespace)) {
      const rollout = this.rolloutOf(workload)
      const phase = this.phaseOf(workload)
      const labels = clone(workload.spec.template.metadata?.labels ?? {})
      const revisionHash = rollout?.revisionName.slice(workload.metadata.name.length + 1) ?? 'x'
      const container = (workload.spec.template.spec.containers ?? [])[0] ?? { name: 'app', image: 'unknown' }
      const ready =
        phase === 'complete' ? (workload.spec.replicas ?? 1) : Math.max(0, (workload.spec.replicas ?? 1) - 1)
      for (let i = 0; i < ready; i++)
        pods.push(
          this.pod(
            workload,
            `${rollout?.revisionName ?? workload.metadata.name}-r${i}`,
            labels,
            revisionHash,
            container,
            'ready',
            now
          )
        )
      const trouble = rollout?.behaviour.pods
      if (phase !== 'complete' && trouble)
        pods.push(
          this.pod(workload, `${rollout?.revisionName}-x7k2p`, labels, revisionHash, container, trouble, now)
        )
    }
    return pods
  }

  private pod(
    workload: Obj,
    name: string,
    labels: Obj,
    revisionHash: string,
    container: Obj,
    state: PodTrouble | 'ready',
    now: number
  ): Obj {
    const time = (ago: number) => new Date(now - ago).toISOString().replace(/\.\d+Z$/, 'Z')
    const condition = (type: string, value: boolean, reason?: string, message?: string) => ({
      type,
      status: value ? 'True' : 'False',
      lastTransitionTime: time(60_000),
      ...(reason ? { reason } : {}),
      ...(message ? { message } : {})
    })
    const base = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: workload.metadata.namespace,
        labels: {
          ...labels,
          ...(workload.kind === 'Deployment'
            ? { 'pod-template-hash': revisionHash }
            : { 'controller-revision-hash': revisionHash })
        },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: workload.kind === 'Deployment' ? 'ReplicaSet' : workload.kind,
            name: workload.metadata.name,
            uid: 'x',
            controller: true
          }
        ]
      },
      spec: clone(workload.spec.template.spec)
    }
    const running = { running: { startedAt: time(120_000) } }
    const statusOf = (containerState: Obj, ready: boolean, extra: Obj = {}) => ({
      name: container.name,
      image: container.image,
      imageID: '',
      ready,
      started: ready,
      restartCount: 0,
      state: containerState,
      ...extra
    })
    switch (state) {
      case 'ready':
        return {
          ...base,
          status: {
            phase: 'Running',
            conditions: [condition('PodScheduled', true), condition('Ready', true)],
            containerStatuses: [statusOf(running, true)]
          }
        }
      case 'image-pull':
        return {
          ...base,
          status: {
            phase: 'Pending',
            conditions: [
              condition('PodScheduled', true),
              condition(
                'Ready',
                false,
                'ContainersNotReady',
                `containers with unready status: [${container.name}]`
              )
            ],
            containerStatuses: [
              statusOf(
                {
                  waiting: {
                    reason: 'ImagePullBackOff',
                    message: `Back-off pulling image "${container.image}"`
                  }
                },
                false
              )
            ]
          }
        }
      case 'crash-loop':
      case 'oom': {
        const oom = state === 'oom'
        const terminated = {
          exitCode: oom ? 137 : 1,
          reason: oom ? 'OOMKilled' : 'Error',
          startedAt: time(40_000),
          finishedAt: time(35_000),
          containerID: 'containerd://0123'
        }
        return {
          ...base,
          status: {
            phase: 'Running',
            conditions: [
              condition('PodScheduled', true),
              condition(
                'Ready',
                false,
                'ContainersNotReady',
                `containers with unready status: [${container.name}]`
              )
            ],
            containerStatuses: [
              statusOf(
                {
                  waiting: {
                    reason: 'CrashLoopBackOff',
                    message: `back-off 5m0s restarting failed container=${container.name} pod=${name}_${workload.metadata.namespace}`
                  }
                },
                false,
                {
                  restartCount: 6,
                  lastState: { terminated }
                }
              )
            ]
          }
        }
      }
      case 'unschedulable':
        return {
          ...base,
          status: {
            phase: 'Pending',
            conditions: [
              condition(
                'PodScheduled',
                false,
                'Unschedulable',
                '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.'
              )
            ]
          }
        }
    }
  }

  private events(namespace: string | undefined): Obj[] {
    const events: Obj[] = []
    const now = this.now()
    const event = (
      kind: string,
      name: string,
      type: string,
      reason: string,
      message: string,
      ago: number,
      count = 1
    ) => ({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.${hash([reason, message])}`, namespace },
      involvedObject: { kind, name, namespace },
      type,
      reason,
      message,
      count,
      firstTimestamp: new Date(now - ago - 60_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      lastTimestamp: new Date(now - ago).toISOString().replace(/\.\d+Z$/, 'Z'),
      source: { component: kind === 'Pod' ? 'kubelet' : `${workloadController(kind)}` }
    })
    for (const workload of this.workloads(namespace)) {
      const rollout = this.rolloutOf(workload)
      if (!rollout) continue
      events.push(
        event(
          workload.kind,
          workload.metadata.name,
          'Normal',
          'ScalingReplicaSet',
          `Scaled up replica set ${rollout.revisionName} to 1`,
          50_000
        )
      )
      const trouble = rollout.behaviour.pods
      if (!trouble || this.phaseOf(workload) === 'complete') continue
      const pod = `${rollout.revisionName}-x7k2p`
      const image = String(workload.spec.template.spec.containers?.[0]?.image)
      const container = String(workload.spec.template.spec.containers?.[0]?.name)
      if (trouble === 'image-pull') {
        events.push(event('Pod', pod, 'Normal', 'Pulling', `Pulling image "${image}"`, 40_000, 4))
        events.push(
          event(
            'Pod',
            pod,
            'Warning',
            'Failed',
            `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`,
            39_000,
            4
          )
        )
        events.push(event('Pod', pod, 'Warning', 'Failed', 'Error: ErrImagePull', 39_000, 4))
        events.push(event('Pod', pod, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, 10_000, 12))
        events.push(event('Pod', pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', 10_000, 12))
      } else if (trouble === 'crash-loop' || trouble === 'oom') {
        events.push(
          event(
            'Pod',
            pod,
            'Normal',
            'Pulled',
            `Container image "${image}" already present on machine`,
            30_000,
            6
          )
        )
        events.push(event('Pod', pod, 'Normal', 'Started', `Started container ${container}`, 30_000, 6))
        events.push(
          event(
            'Pod',
            pod,
            'Warning',
            'BackOff',
            `Back-off restarting failed container ${container} in pod ${pod}_${namespace}(x)`,
            5_000,
            25
          )
        )
      } else {
        events.push(
          event(
            'Pod',
            pod,
            'Warning',
            'FailedScheduling',
            '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
            20_000,
            3
          )
        )
      }
    }
    return events
  }

  private logs(parsed: NonNullable<ReturnType<FakeKubeApi['parsePath']>>, query: Record<string, string>) {
    const pod = this.pods(parsed.namespace).find(p => p.metadata.name === parsed.name)
    if (!pod) return { code: 404, body: status(404, 'NotFound', `pods "${parsed.name}" not found`) }
    const container = query.container
    const crashed = pod.status.containerStatuses?.find((c: Obj) => c.name === container)?.lastState
      ?.terminated
    if (query.previous === 'true' && !crashed)
      return {
        code: 400,
        body: status(
          400,
          'BadRequest',
          `previous terminated container "${container}" in pod "${parsed.name}" not found`
        )
      }
    const lines: string[] = []
    if (query.previous === 'true') {
      for (let i = 1; i <= LOG_LINES - 3; i++)
        lines.push(
          `2026-01-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z INFO  starting component ${i} of ${container}`
        )
      if (crashed.reason === 'OOMKilled')
        lines.push(
          'java.lang.OutOfMemoryError: Java heap space',
          '\tat com.erp.reporting.ReportBuilder.build(ReportBuilder.java:88)',
          'Killed'
        )
      else
        lines.push(
          'ERROR Application run failed',
          'org.postgresql.util.PSQLException: Connection to erp-db:5432 refused.',
          'Exiting with code 1'
        )
      lines.push(...(this.options.extraLogLines ?? []))
    } else lines.push(`(the current instance of ${container} has not started)`)
    const tail = Number(query.tailLines ?? lines.length)
    return { code: 200, body: lines.slice(-tail).join('\n') + '\n', text: true }
  }
}

function workloadController(kind: string): string {
  return kind === 'Deployment'
    ? 'deployment-controller'
    : kind === 'StatefulSet'
      ? 'statefulset-controller'
      : 'daemonset-controller'
}
