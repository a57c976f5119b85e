/**
 * The overlays of infra/k8s as `kubectl kustomize` renders them, against the shipline.yml that
 * Terraform reads (each environment's tfvars name it in shipline_config): the services, their
 * settings and flows come from that file, the generated base is what `shipline manifests` makes
 * of it, and the Terraform outputs fill every placeholder.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { loadConfig } from '../../lib/config/config.js'
import type { ServiceRuntime } from '../../lib/config/runtime.js'
import { generateManifests } from '../../lib/kube/generate.js'
import { generatedChanges } from '../../lib/kube/generated-files.js'
import { REPO_ROOT } from '../../__fixtures__/paths.js'
import { ENVIRONMENTS, INFRA_DIR, loadTfvars, tfvarsPath } from './hcl.js'
import { find, ofKind, podLabels, podSpec, render, type Container, type K8sObject } from './kustomize.js'

/** The shipline.yml of an environment's tfvars, as the repository root names it. */
async function configOf(environment: string) {
  const path = resolve(INFRA_DIR, String((await loadTfvars(tfvarsPath(environment))).shipline_config))
  return loadConfig(basename(path), dirname(path))
}

/** Pod Security Standards "restricted" requirements a container breaks. */
function restrictedViolations(c: Container, podRunAsNonRoot: unknown): string[] {
  const sc = c.securityContext ?? {}
  const problems: string[] = []
  if (sc.allowPrivilegeEscalation !== false) problems.push('allowPrivilegeEscalation')
  if (sc.privileged === true) problems.push('privileged')
  if (sc.runAsNonRoot !== true && podRunAsNonRoot !== true) problems.push('runAsNonRoot')
  if (!sc.capabilities?.drop?.includes('ALL')) problems.push('capabilities.drop ALL')
  if ((sc.capabilities?.add ?? []).some(cap => cap !== 'NET_BIND_SERVICE')) problems.push('capabilities.add')
  if (sc.readOnlyRootFilesystem !== true) problems.push('readOnlyRootFilesystem')
  return problems
}

type Peer = {
  podSelector?: { matchExpressions?: Array<{ values: string[] }> }
  ipBlock?: { cidr: string; except?: string[] }
}
type PolicyRule = { from?: Peer[]; to?: Peer[]; ports: Array<{ protocol: string; port: number }> }
type PolicySpec = {
  podSelector: unknown
  policyTypes: string[]
  ingress?: PolicyRule[]
  egress?: PolicyRule[]
}

/** The flows one service's own NetworkPolicy allows, as `peer:port` strings. */
function flows(objects: K8sObject[], name: string): { ingress: string[]; egress: string[] } {
  const policy = ofKind(objects, 'NetworkPolicy').find(p => p.metadata.name === name)
  const spec = (policy?.spec ?? {}) as Partial<PolicySpec>
  const describe = (rules: PolicyRule[] | undefined, side: 'from' | 'to') =>
    (rules ?? []).flatMap(rule =>
      (rule[side] ?? []).flatMap(peer => {
        const peers = peer.podSelector?.matchExpressions?.[0]?.values ?? [
          `${peer.ipBlock?.cidr}${peer.ipBlock?.except ? ` except ${peer.ipBlock.except.join(',')}` : ''}`
        ]
        return peers.flatMap(p => rule.ports.map(port => `${p}:${port.port}`))
      })
    )
  return { ingress: describe(spec.ingress, 'from').sort(), egress: describe(spec.egress, 'to').sort() }
}

describe('the generated base', () => {
  it('is what shipline manifests makes of the shipline.yml Terraform reads (run it after editing that file)', async () => {
    const config = await configOf('staging')
    const configFile = relative(REPO_ROOT, join(config.root, config.file))
    expect(configFile).toBe('examples/shipline.yml')
    const changes = generatedChanges(
      join(INFRA_DIR, 'k8s'),
      generateManifests({ ...config, file: configFile })
    )
    expect(changes).toEqual({ write: [], remove: [], foreign: [] })
  })

  it.each(ENVIRONMENTS)(
    '%s.tfvars reads the same shipline.yml as the other environments',
    async environment => {
      expect((await configOf(environment)).runtime).toEqual((await configOf('staging')).runtime)
    }
  )
})

describe.each(ENVIRONMENTS)('kustomize overlay %s', environment => {
  const objects = render(join(INFRA_DIR, 'k8s', 'overlays', environment))
  const deployments = ofKind(objects, 'Deployment')
  let runtime: Awaited<ReturnType<typeof configOf>>['runtime']
  let services: ServiceRuntime[]
  const names = () => services.map(s => s.name).sort()
  const service = (name: string) => services.find(s => s.name === name) as ServiceRuntime
  beforeAll(async () => {
    runtime = (await configOf(environment)).runtime
    services = runtime.services.filter(s => s.manifests)
  })

  it('renders a Deployment, Service, ServiceAccount, HPA and PDB for every service of shipline.yml', () => {
    expect(names()).toEqual([
      'auth-service',
      'config-server',
      'discovery-server',
      'finance-service',
      'frontend',
      'gateway-service',
      'hr-service',
      'operation-service',
      'reporting-service'
    ])
    expect(deployments.map(d => d.metadata.name).sort()).toEqual(names())
    for (const kind of ['Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ServiceAccount'])
      expect(
        ofKind(objects, kind)
          .map(o => o.metadata.name)
          .sort()
      ).toEqual(names())
    for (const { name, replicas } of services) {
      const hpa = find(objects, 'HorizontalPodAutoscaler', name).spec as {
        scaleTargetRef: { kind: string; name: string }
        metrics: unknown[]
      }
      expect(hpa.scaleTargetRef).toMatchObject({ kind: 'Deployment', name })
      expect(hpa.metrics).toEqual([
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: replicas.targetCpu } }
        }
      ])
      expect(find(objects, 'PodDisruptionBudget', name).spec).toEqual({
        maxUnavailable: replicas.maxUnavailable,
        selector: { matchLabels: { 'app.kubernetes.io/name': name } }
      })
    }
  })

  it('the HPAs scale as the overlay patches them: staging 1-3, production 2-6 and the edge 3-12', () => {
    const bounds = Object.fromEntries(
      ofKind(objects, 'HorizontalPodAutoscaler').map(h => {
        const spec = h.spec as { minReplicas: number; maxReplicas: number }
        return [h.metadata.name, `${spec.minReplicas}-${spec.maxReplicas}`]
      })
    )
    const edge = ['frontend', 'gateway-service']
    expect(bounds).toEqual(
      Object.fromEntries(
        names().map(n => [n, environment === 'staging' ? '1-3' : edge.includes(n) ? '3-12' : '2-6'])
      )
    )
  })

  it('the namespace of shipline.yml is labelled for Pod Security Standards restricted, and holds everything', () => {
    expect(runtime.namespace).toBe('erp')
    const namespace = find(objects, 'Namespace', runtime.namespace)
    expect(namespace.metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted'
    })
    expect(objects.filter(o => o.kind !== 'Namespace' && o.metadata.namespace !== runtime.namespace)).toEqual(
      []
    )
  })

  it('every pod is non-root, seccomp RuntimeDefault, read-only, all capabilities dropped, no token', () => {
    for (const deployment of deployments) {
      const pod = podSpec(deployment)
      expect({ name: deployment.metadata.name, seccomp: pod.securityContext?.seccompProfile?.type }).toEqual({
        name: deployment.metadata.name,
        seccomp: 'RuntimeDefault'
      })
      expect(pod.securityContext?.runAsNonRoot).toBe(true)
      expect(pod.automountServiceAccountToken).toBe(false)
      for (const container of pod.containers)
        expect({
          container: container.name,
          problems: restrictedViolations(container, pod.securityContext?.runAsNonRoot)
        }).toEqual({
          container: container.name,
          problems: []
        })
    }
  })

  it("every container probes its service's health path on its port, has requests and limits, and its service image", () => {
    for (const deployment of deployments) {
      const name = deployment.metadata.name
      const { port, health, resources } = service(name)
      const [container, ...sidecars] = podSpec(deployment).containers
      expect(sidecars).toEqual([])
      // A registry-less repository name that deploy-eks pins to REGISTRY/name@sha256:...
      expect(container?.image).toMatch(new RegExp(`^${name}(:[\\w.-]+)?$`))
      expect(container?.ports).toEqual([{ name: 'http', containerPort: port, protocol: 'TCP' }])
      const probes = [container?.readinessProbe, container?.livenessProbe, container?.startupProbe]
      for (const probe of probes.filter((p, i) => i < 2 || p !== undefined))
        expect(probe?.httpGet).toEqual({ path: health, port: 'http' })
      expect(container?.resources).toEqual(resources)
      for (const kind of ['requests', 'limits'] as const)
        expect(Object.keys(container?.resources?.[kind] ?? {}).sort()).toEqual(['cpu', 'memory'])
      expect(podLabels(deployment)).toMatchObject({
        'app.kubernetes.io/name': name,
        'app.kubernetes.io/part-of': 'erp'
      })
    }
  })

  it('the JVM services get three minutes to start; the frontend, static files, no startup probe', () => {
    for (const deployment of deployments) {
      const [container] = podSpec(deployment).containers
      const startup = container?.startupProbe as
        { periodSeconds?: number; failureThreshold?: number } | undefined
      if (deployment.metadata.name === 'frontend') expect(startup).toBeUndefined()
      else expect((startup?.periodSeconds ?? 0) * (startup?.failureThreshold ?? 0)).toBe(180)
    }
  })

  it('every pod spreads over the zones, then the nodes, counted per rollout', () => {
    for (const deployment of deployments) {
      const name = deployment.metadata.name
      const constraints = (podSpec(deployment) as { topologySpreadConstraints?: unknown[] })
        .topologySpreadConstraints
      expect(constraints).toEqual(
        ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map(topologyKey => ({
          maxSkew: 1,
          topologyKey,
          whenUnsatisfiable: 'ScheduleAnyway',
          labelSelector: { matchLabels: { 'app.kubernetes.io/name': name } },
          matchLabelKeys: ['pod-template-hash']
        }))
      )
    }
  })

  it('default-deny NetworkPolicies with the allowed flows of the architecture', () => {
    expect(find(objects, 'NetworkPolicy', 'default-deny-all').spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress', 'Egress']
    })
    expect(JSON.stringify(find(objects, 'NetworkPolicy', 'allow-dns-egress').spec)).toContain(
      '"k8s-app":"kube-dns"'
    )
    const vpc = /^10\.\d+\.0\.0\/16$/
    const all = Object.fromEntries(names().map(n => [n, flows(objects, n)]))
    // Load balancer -> gateway-service and frontend, on their ports, from the VPC only.
    const reachedFromVpc = names().filter(n => all[n]?.ingress.some(f => vpc.test(f.split(':')[0] as string)))
    expect(reachedFromVpc).toEqual(['frontend', 'gateway-service'])
    // gateway-service -> the backend services; every backend and platform service -> discovery and config.
    const backend = [
      'auth-service',
      'finance-service',
      'hr-service',
      'operation-service',
      'reporting-service'
    ]
    for (const name of backend) expect(all[name]?.ingress).toEqual([`gateway-service:${service(name).port}`])
    expect(all['gateway-service']?.egress).toEqual(
      expect.arrayContaining(
        [...backend, 'discovery-server', 'config-server'].map(n => `${n}:${service(n).port}`)
      )
    )
    for (const name of [...backend, 'gateway-service', 'config-server'])
      expect(all[name]?.egress).toContain(`discovery-server:${service('discovery-server').port}`)
    for (const name of [...backend, 'gateway-service', 'discovery-server'])
      expect(all[name]?.egress).toContain(`config-server:${service('config-server').port}`)
    // The database services -> PostgreSQL (5432) in the VPC; they and config-server -> HTTPS out.
    const databaseServices = services.filter(s => s.database).map(s => s.name)
    expect(databaseServices.sort()).toEqual(backend)
    expect(
      names().filter(n =>
        all[n]?.egress.some(f => vpc.test(f.split(':')[0] as string) && f.endsWith(':5432'))
      )
    ).toEqual(backend)
    expect(names().filter(n => all[n]?.egress.includes('0.0.0.0/0 except 169.254.169.254/32:443'))).toEqual(
      [...backend, 'config-server'].sort()
    )
    // Only the load balancer reaches the frontend, and it reaches nothing.
    expect(all.frontend?.ingress).toEqual([
      expect.stringMatching(new RegExp(`^10\\.\\d+\\.0\\.0/16:${service('frontend').port}$`))
    ])
    expect(all.frontend?.egress).toEqual([])
  })

  it('TargetGroupBindings tie the exposed Services to their Terraform target groups', () => {
    const bindings = ofKind(objects, 'TargetGroupBinding')
    expect(bindings.map(b => b.metadata.name).sort()).toEqual(
      services
        .filter(s => s.expose)
        .map(s => s.name)
        .sort()
    )
    expect(bindings.map(b => b.metadata.name).sort()).toEqual(['frontend', 'gateway-service'])
    for (const binding of bindings) {
      const spec = binding.spec as {
        targetGroupARN: string
        targetType: string
        serviceRef: { name: string; port: number }
      }
      expect(spec.targetType).toBe('ip')
      expect(spec.targetGroupARN).toMatch(
        new RegExp(
          `^arn:aws:elasticloadbalancing:[a-z0-9-]+:\\d{12}:targetgroup/erp-${environment}-${binding.metadata.name}/`
        )
      )
      const kubeService = find(objects, 'Service', spec.serviceRef.name).spec as { ports: { port: number }[] }
      expect(kubeService.ports.map(p => p.port)).toContain(spec.serviceRef.port)
    }
  })

  it('IRSA annotations on the services that need AWS, naming the roles Terraform creates', () => {
    const annotated = ofKind(objects, 'ServiceAccount').filter(
      (sa: K8sObject) => sa.metadata.annotations?.['eks.amazonaws.com/role-arn'] !== undefined
    )
    expect(annotated.map(sa => sa.metadata.name).sort()).toEqual(
      services
        .filter(s => s.database)
        .map(s => s.name)
        .sort()
    )
    for (const sa of annotated)
      expect(sa.metadata.annotations?.['eks.amazonaws.com/role-arn']).toMatch(
        new RegExp(`^arn:aws:iam::\\d{12}:role/erp-${environment}-${sa.metadata.name}$`)
      )
  })

  it('the database services are told where PostgreSQL and its secret are, from the Terraform outputs', () => {
    for (const deployment of deployments) {
      const env =
        (podSpec(deployment).containers[0] as { env?: Array<{ name: string; value?: string }> }).env ?? []
      const values = Object.fromEntries(env.map(e => [e.name, e.value]))
      expect(values.PORT).toBe(String(service(deployment.metadata.name).port))
      if (!service(deployment.metadata.name).database) {
        expect(Object.keys(values).filter(k => k.startsWith('DATABASE_'))).toEqual([])
        continue
      }
      expect(values.DATABASE_ENDPOINT).toMatch(
        new RegExp(`^erp-${environment}\\..+\\.rds\\.amazonaws\\.com:5432$`)
      )
      expect(values.DATABASE_SECRET_ARN).toMatch(/^arn:aws:secretsmanager:[a-z0-9-]+:\d{12}:secret:/)
    }
  })

  it('gives every service the Cognito settings of infra-outputs.env, to validate JWTs with', () => {
    const env = Object.fromEntries(
      readFileSync(join(INFRA_DIR, 'k8s', 'overlays', environment, 'infra-outputs.env'), 'utf8')
        .split('\n')
        .filter(line => line.includes('='))
        .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
    )
    const signIn = find(objects, 'ConfigMap', 'sign-in')
    expect(signIn.metadata.namespace).toBe(runtime.namespace)
    expect(signIn.data).toEqual({
      COGNITO_ISSUER_URL: env.COGNITO_ISSUER_URL,
      COGNITO_JWKS_URL: env.COGNITO_JWKS_URL,
      COGNITO_CLIENT_ID: env.COGNITO_CLIENT_ID,
      COGNITO_DOMAIN: env.COGNITO_DOMAIN
    })
    expect(env.COGNITO_ISSUER_URL).toMatch(
      /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[a-z0-9-]+_[A-Za-z0-9]+$/
    )
    expect(env.COGNITO_JWKS_URL).toBe(`${env.COGNITO_ISSUER_URL}/.well-known/jwks.json`)
    for (const deployment of deployments)
      expect({
        name: deployment.metadata.name,
        envFrom: (podSpec(deployment).containers[0] as { envFrom?: unknown }).envFrom
      }).toEqual({
        name: deployment.metadata.name,
        envFrom: [{ configMapRef: { name: 'sign-in' } }]
      })
  })

  it('leaves no placeholder and no local-config object behind', () => {
    const text = JSON.stringify(objects)
    expect(text).not.toMatch(
      /VPC_CIDR|IRSA_ROLE_PREFIX|TARGET_GROUP_ARN|"value":"DATABASE_(ENDPOINT|SECRET_ARN)"|COGNITO_[A-Z_]+":"COGNITO_/
    )
    // The only ConfigMap applied is the sign-in settings; infra-outputs itself is local-config.
    expect(ofKind(objects, 'ConfigMap').map(c => c.metadata.name)).toEqual(['sign-in'])
  })
})
