/**
 * How each service of `shipline.yml` runs: its port and health path, probes, resources, replicas,
 * environment, secrets, what reaches it and what it reaches. Terraform reads the same keys from the
 * file (infra/services.tf: repositories, target groups, roles); `shipline manifests` writes the
 * Kubernetes objects from them (lib/kube/generate.ts). Every default is here, and README'd in
 * infra/README.md ("Services").
 */
import { DEFAULT_NAMESPACE, DEFAULT_PORT, DEFAULT_HEALTH_PATH } from './schema.js'

export interface Probe {
  path: string
  initialDelaySeconds: number
  periodSeconds: number
  timeoutSeconds: number
  failureThreshold: number
}

export type ProbeKind = 'startup' | 'readiness' | 'liveness'

export interface Quantities {
  cpu: string
  memory: string
}

export type EnvVar =
  | { name: string; value: string }
  /** A value of the Terraform output kustomize_env, filled in by the infra-outputs component. */
  | { name: string; infraOutput: string }

export interface ServiceRuntime {
  name: string
  /** Shipline writes the service's Kubernetes objects (false: the user keeps their own). */
  manifests: boolean
  port: number
  /** HTTP path of the probes (unless a probe names its own) and of the load balancer's health check. */
  health: string
  probes: Partial<Record<ProbeKind, Probe>>
  resources: { requests: Quantities; limits: Quantities }
  replicas: { min: number; max: number; targetCpu: number; maxUnavailable: number }
  env: EnvVar[]
  secrets: Array<{ name: string; secret: string; key: string }>
  /**
   * Through the load balancer: undefined (not at all), [] (the default route: every path no other
   * service takes) or the path patterns it forwards.
   */
  expose?: string[]
  database: boolean
  /** Services this one sends requests to (egress here, ingress there); itself when its replicas talk to each other. */
  calls: string[]
  /** HTTPS out of the cluster (also implied by database: its IAM role is assumed through STS). */
  internet: boolean
}

export interface RuntimeConfig {
  namespace: string
  /** In the order of the file. */
  services: ServiceRuntime[]
}

export const DEFAULT_PROBES: Record<ProbeKind, Omit<Probe, 'path'>> = {
  // Up to 3 minutes to start (a JVM service with a cold cache), before liveness may restart it.
  startup: { initialDelaySeconds: 0, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 36 },
  // Out of the Service's endpoints after 30 s of failures, back in after one success.
  readiness: { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
  // Restarted after a minute of failures: slower than readiness, so a busy pod is drained, not killed.
  liveness: { initialDelaySeconds: 0, periodSeconds: 20, timeoutSeconds: 2, failureThreshold: 3 }
}

export const DEFAULT_RESOURCES = {
  requests: { cpu: '250m', memory: '512Mi' },
  limits: { cpu: '1', memory: '1Gi' }
}

export const DEFAULT_REPLICAS = { min: 2, max: 6, targetCpu: 70, maxUnavailable: 1 }

/** Variables a database service gets from Terraform's outputs: the PostgreSQL host:port and its secret. */
export const DATABASE_ENV = ['DATABASE_ENDPOINT', 'DATABASE_SECRET_ARN']

/** Names of the namespace-wide NetworkPolicies; a service's own policy is named like the service. */
export const SHARED_POLICIES = ['default-deny-all', 'allow-dns-egress']

/**
 * A name for a service's Kubernetes objects and its IAM role (PROJECT-ENVIRONMENT-NAME, 64 at most).
 * Terraform asks one more character (an ECR repository name has at least 2; infra/variables.tf).
 */
export const KUBERNETES_NAME = /^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$/

type RawProbe = boolean | ({ path?: string } & Record<string, number | string | undefined>)
type RawQuantities = { cpu?: string | number; memory?: string | number }

export interface RawRuntime {
  workload?: string
  port?: number
  health?: string
  probes?: Partial<Record<ProbeKind, RawProbe>>
  resources?: { requests?: RawQuantities; limits?: RawQuantities }
  replicas?: { min?: number; max?: number; 'target-cpu'?: number; 'max-unavailable'?: number }
  env?: Record<string, string | number | boolean | { 'infra-output': string }>
  secrets?: Record<string, { secret: string; key: string }>
  expose?: boolean | { paths: string[] }
  database?: boolean
  calls?: string[]
  internet?: boolean
  manifests?: boolean
}

/** Keys that only shape the generated manifests: refused with manifests: false, where they would do nothing. */
const MANIFEST_ONLY_KEYS = ['probes', 'resources', 'replicas', 'env', 'secrets', 'calls', 'internet'] as const

const CPU_UNITS: Record<string, number> = { m: 1e-3, '': 1 }
const MEMORY_UNITS: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
}

/** A Kubernetes quantity (schema-checked already) as a number, to compare requests with limits. */
export function quantity(text: string, kind: 'cpu' | 'memory'): number {
  const [, number, unit] = /^([0-9.]+)([A-Za-z]*)$/.exec(text) ?? []
  const factor = (kind === 'cpu' ? CPU_UNITS : MEMORY_UNITS)[unit ?? '']
  return factor === undefined ? Number.NaN : Number(number) * factor
}

function probeOf(kind: ProbeKind, raw: RawProbe | undefined, health: string): Probe | undefined {
  if (raw === false) return undefined
  const set = raw === true || raw === undefined ? {} : raw
  const defaults = DEFAULT_PROBES[kind]
  return {
    path: set.path ?? health,
    initialDelaySeconds: (set['initial-delay-seconds'] as number | undefined) ?? defaults.initialDelaySeconds,
    periodSeconds: (set['period-seconds'] as number | undefined) ?? defaults.periodSeconds,
    timeoutSeconds: (set['timeout-seconds'] as number | undefined) ?? defaults.timeoutSeconds,
    failureThreshold: (set['failure-threshold'] as number | undefined) ?? defaults.failureThreshold
  }
}

function quantitiesOf(raw: RawQuantities | undefined, defaults: Quantities): Quantities {
  return { cpu: String(raw?.cpu ?? defaults.cpu), memory: String(raw?.memory ?? defaults.memory) }
}

function runtimeOf(name: string, raw: RawRuntime): ServiceRuntime {
  const health = raw.health ?? DEFAULT_HEALTH_PATH
  const probes: Partial<Record<ProbeKind, Probe>> = {}
  for (const kind of ['startup', 'readiness', 'liveness'] as const) {
    const probe = probeOf(kind, raw.probes?.[kind], health)
    if (probe) probes[kind] = probe
  }
  const expose =
    raw.expose === undefined || raw.expose === false ? undefined : raw.expose === true ? [] : raw.expose.paths
  return {
    name,
    manifests: raw.manifests ?? true,
    port: raw.port ?? DEFAULT_PORT,
    health,
    probes,
    resources: {
      requests: quantitiesOf(raw.resources?.requests, DEFAULT_RESOURCES.requests),
      limits: quantitiesOf(raw.resources?.limits, DEFAULT_RESOURCES.limits)
    },
    replicas: {
      min: raw.replicas?.min ?? DEFAULT_REPLICAS.min,
      max: raw.replicas?.max ?? Math.max(DEFAULT_REPLICAS.max, raw.replicas?.min ?? 0),
      targetCpu: raw.replicas?.['target-cpu'] ?? DEFAULT_REPLICAS.targetCpu,
      maxUnavailable: raw.replicas?.['max-unavailable'] ?? DEFAULT_REPLICAS.maxUnavailable
    },
    env: Object.entries(raw.env ?? {}).map(([envName, value]): EnvVar =>
      typeof value === 'object'
        ? { name: envName, infraOutput: value['infra-output'] }
        : { name: envName, value: String(value) }
    ),
    secrets: Object.entries(raw.secrets ?? {}).map(([envName, ref]) => ({ name: envName, ...ref })),
    ...(expose ? { expose } : {}),
    database: raw.database ?? false,
    calls: raw.calls ?? [],
    internet: raw.internet ?? false
  }
}

/** What is wrong with one service beyond the schema: `key.path: message` lines. */
function serviceProblems(service: ServiceRuntime, raw: RawRuntime): string[] {
  const at = (key: string) => `services.${service.name}${key ? `.${key}` : ''}`
  const problems: string[] = []
  if (!service.manifests) {
    for (const key of MANIFEST_ONLY_KEYS)
      if (raw[key] !== undefined)
        problems.push(`${at(key)}: has no effect with manifests: false (Shipline writes no manifests for it)`)
    return problems
  }
  if (!KUBERNETES_NAME.test(service.name))
    problems.push(
      `${at('')}: invalid name for its Kubernetes objects; expected 1 to 40 lower-case letters, digits and "-", starting with a letter and not ending with "-" (or manifests: false)`
    )
  if (SHARED_POLICIES.includes(service.name))
    problems.push(`${at('')}: invalid name; ${service.name} is the name of a shared NetworkPolicy`)
  if (raw.workload !== undefined && raw.workload !== `deployment/${service.name}`)
    problems.push(
      `${at('workload')}: expected deployment/${service.name} (the generated Deployment), got "${raw.workload}"; set manifests: false to keep your own manifests`
    )
  const set = [...Object.keys(raw.env ?? {}), ...Object.keys(raw.secrets ?? {})]
  if (set.includes('PORT'))
    problems.push(`${at('env.PORT')}: is set from port (${service.port}); set port instead`)
  for (const name of DATABASE_ENV)
    if (service.database && set.includes(name))
      problems.push(`${at(`env.${name}`)}: is set by database: true (the Terraform output ${name})`)
  for (const name of Object.keys(raw.secrets ?? {}))
    if (name in (raw.env ?? {}))
      problems.push(`${at(`secrets.${name}`)}: is also set in env; expected each variable once`)
  if (service.replicas.min > service.replicas.max)
    problems.push(
      `${at('replicas.max')}: expected at least replicas.min (${service.replicas.min}), got ${service.replicas.max}`
    )
  for (const kind of ['cpu', 'memory'] as const) {
    const { requests, limits } = service.resources
    if (quantity(requests[kind], kind) > quantity(limits[kind], kind))
      problems.push(
        `${at(`resources.requests.${kind}`)}: expected at most the limit (${limits[kind]}), got ${requests[kind]}`
      )
  }
  return problems
}

/** What is wrong between services: who is exposed where, who calls whom. */
function systemProblems(services: ServiceRuntime[]): string[] {
  const problems: string[] = []
  const byName = new Map(services.map(s => [s.name, s]))
  const defaults = services.filter(s => s.expose?.length === 0).map(s => s.name)
  if (defaults.length > 1)
    problems.push(
      `services.${defaults[1]}.expose: expected one service with expose: true (every other path), got ${defaults.join(' and ')}; give one of them paths`
    )
  const pathOwner = new Map<string, string>()
  for (const service of services)
    for (const path of service.expose ?? []) {
      const owner = pathOwner.get(path)
      if (owner)
        problems.push(`services.${service.name}.expose.paths: ${path} is already forwarded to ${owner}`)
      else pathOwner.set(path, service.name)
    }
  for (const service of services)
    service.calls.forEach((callee, i) => {
      const at = `services.${service.name}.calls[${i}]`
      const target = byName.get(callee)
      if (!target)
        problems.push(
          `${at}: expected a service of this file (${[...byName.keys()].join(', ')}), got "${callee}"`
        )
      else if (!target.manifests)
        problems.push(
          `${at}: expected a service with generated manifests, got "${callee}" (manifests: false)`
        )
    })
  return problems
}

/** The runtime of every service, defaults applied; `problems` lists what is wrong, one line each. */
export function runtimeConfig(
  raw: { services: Record<string, RawRuntime>; kubernetes?: { namespace?: string } },
  file: string
): { runtime: RuntimeConfig; problems: string[] } {
  const services = Object.entries(raw.services).map(([name, s]) => runtimeOf(name, s))
  const problems = [
    ...services.flatMap(s => serviceProblems(s, raw.services[s.name] as RawRuntime)),
    ...systemProblems(services)
  ]
  return {
    runtime: { namespace: raw.kubernetes?.namespace ?? DEFAULT_NAMESPACE, services },
    problems: problems.map(p => `${file}: ${p}`)
  }
}
