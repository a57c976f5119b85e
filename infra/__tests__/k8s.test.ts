import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ENVIRONMENTS, INFRA_DIR, defaultOf, loadInfra } from './hcl.js'
import { find, ofKind, podLabels, podSpec, render, type Container, type K8sObject } from './kustomize.js'

const { root } = await loadInfra()
const SERVICES = defaultOf(root, 'services') as string[]
const DATABASE_SERVICES = defaultOf(root, 'database_services') as string[]
const NAMESPACE = defaultOf(root, 'k8s_namespace') as string
const APP_PORT = defaultOf(root, 'app_port') as number

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

describe.each(ENVIRONMENTS)('kustomize overlay %s', environment => {
  const objects = render(join(INFRA_DIR, 'k8s', 'overlays', environment))
  const deployments = ofKind(objects, 'Deployment')

  it('renders a Deployment, Service, HPA and PDB for every service', () => {
    expect(deployments.map(d => d.metadata.name).sort()).toEqual([...SERVICES].sort())
    for (const kind of ['Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ServiceAccount'])
      expect(
        ofKind(objects, kind)
          .map(o => o.metadata.name)
          .sort()
      ).toEqual([...SERVICES].sort())
    for (const name of SERVICES) {
      const hpa = find(objects, 'HorizontalPodAutoscaler', name).spec as {
        scaleTargetRef: { kind: string; name: string }
      }
      expect(hpa.scaleTargetRef).toMatchObject({ kind: 'Deployment', name })
      expect(find(objects, 'PodDisruptionBudget', name).spec).toMatchObject({
        selector: { matchLabels: { 'app.kubernetes.io/name': name } }
      })
    }
  })

  it('the namespace is labelled for Pod Security Standards restricted, and holds everything', () => {
    const namespace = find(objects, 'Namespace', NAMESPACE)
    expect(namespace.metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted'
    })
    expect(objects.filter(o => o.kind !== 'Namespace' && o.metadata.namespace !== NAMESPACE)).toEqual([])
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

  it('every container has /health probes on its port, requests and limits, and its service image', () => {
    for (const deployment of deployments) {
      const name = deployment.metadata.name
      const [container, ...sidecars] = podSpec(deployment).containers
      expect(sidecars).toEqual([])
      // A registry-less repository name that deploy-eks pins to REGISTRY/name@sha256:...
      expect(container?.image).toMatch(new RegExp(`^${name}(:[\\w.-]+)?$`))
      expect(container?.ports).toEqual([{ name: 'http', containerPort: APP_PORT, protocol: 'TCP' }])
      const probes = [container?.readinessProbe, container?.livenessProbe, container?.startupProbe]
      for (const probe of probes.filter((p, i) => i < 2 || p !== undefined))
        expect(probe?.httpGet).toEqual({ path: '/health', port: 'http' })
      for (const kind of ['requests', 'limits'] as const)
        expect(Object.keys(container?.resources?.[kind] ?? {}).sort()).toEqual(['cpu', 'memory'])
      expect(podLabels(deployment)).toMatchObject({
        'app.kubernetes.io/name': name,
        'app.kubernetes.io/part-of': 'erp'
      })
    }
  })

  it('default-deny NetworkPolicies with the allowed flows', () => {
    const policies = ofKind(objects, 'NetworkPolicy')
    expect(find(objects, 'NetworkPolicy', 'default-deny-all').spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress', 'Egress']
    })
    const alb = find(objects, 'NetworkPolicy', 'allow-alb-ingress').spec as Record<string, unknown>
    expect(JSON.stringify(alb.podSelector)).toContain('["gateway-service","frontend"]')
    expect(JSON.stringify(alb.ingress)).toMatch(/"cidr":"10\.\d+\.0\.0\/16"/)
    const gateway = find(objects, 'NetworkPolicy', 'allow-gateway-to-services').spec
    expect(JSON.stringify(gateway)).toContain('"app.kubernetes.io/name":"gateway-service"')
    const database = find(objects, 'NetworkPolicy', 'allow-database-egress').spec
    expect(JSON.stringify(database)).toContain('"port":5432')
    const databasePods = deployments.filter(d => podLabels(d)['shipline.io/database-access'] === 'true')
    expect(databasePods.map(d => d.metadata.name).sort()).toEqual([...DATABASE_SERVICES].sort())
    expect(policies.length).toBeGreaterThanOrEqual(6)
  })

  it('TargetGroupBindings tie the gateway and frontend Services to the Terraform target groups', () => {
    const bindings = ofKind(objects, 'TargetGroupBinding')
    expect(bindings.map(b => b.metadata.name).sort()).toEqual(['frontend', 'gateway-service'])
    for (const binding of bindings) {
      const spec = binding.spec as {
        targetGroupARN: string
        targetType: string
        serviceRef: { name: string; port: number }
      }
      expect(spec.targetType).toBe('ip')
      expect(spec.targetGroupARN).toMatch(/^arn:aws:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\//)
      const service = find(objects, 'Service', spec.serviceRef.name).spec as { ports: { port: number }[] }
      expect(service.ports.map(p => p.port)).toContain(spec.serviceRef.port)
    }
  })

  it('IRSA annotations on the services that need AWS, naming the roles Terraform creates', () => {
    const annotated = ofKind(objects, 'ServiceAccount').filter(
      (sa: K8sObject) => sa.metadata.annotations?.['eks.amazonaws.com/role-arn'] !== undefined
    )
    expect(annotated.map(sa => sa.metadata.name).sort()).toEqual([...DATABASE_SERVICES].sort())
    for (const sa of annotated)
      expect(sa.metadata.annotations?.['eks.amazonaws.com/role-arn']).toMatch(
        new RegExp(`^arn:aws:iam::\\d{12}:role/erp-${environment}-${sa.metadata.name}$`)
      )
  })

  it('gives every service the Cognito settings of infra-outputs.env, to validate JWTs with', () => {
    const env = Object.fromEntries(
      readFileSync(join(INFRA_DIR, 'k8s', 'overlays', environment, 'infra-outputs.env'), 'utf8')
        .split('\n')
        .filter(line => line.includes('='))
        .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
    )
    const signIn = find(objects, 'ConfigMap', 'sign-in')
    expect(signIn.metadata.namespace).toBe(NAMESPACE)
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
    expect(text).not.toMatch(/VPC_CIDR|IRSA_ROLE_PREFIX|TARGET_GROUP_ARN|COGNITO_[A-Z_]+":"COGNITO_/)
    // The only ConfigMap applied is the sign-in settings; infra-outputs itself is local-config.
    expect(ofKind(objects, 'ConfigMap').map(c => c.metadata.name)).toEqual(['sign-in'])
  })
})
