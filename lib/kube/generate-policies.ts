/**
 * The NetworkPolicies of the namespace: everything denied, DNS allowed, then one policy per service
 * with exactly its flows, from shipline.yml (lib/config/runtime.ts):
 *   ingress  from the services that list it in `calls`, on its port; from the load balancer
 *            (the VPC's CIDR) when it is exposed
 *   egress   to the services it `calls`, on their ports; PostgreSQL (5432, in the VPC) with
 *            `database`; HTTPS anywhere but the instance metadata service with `internet` or
 *            `database` (its IAM role is assumed through STS)
 * VPC_CIDR is a placeholder the infra-outputs component fills with Terraform's output.
 */
import type { ServiceRuntime } from '../config/runtime.js'
import type { Manifest } from './generate-workload.js'

export const POSTGRES_PORT = 5432
export const HTTPS_PORT = 443
export const METADATA_CIDR = '169.254.169.254/32'
const NAME = 'app.kubernetes.io/name'

type Rule = Record<string, unknown>

export interface Policies {
  objects: Manifest[]
  /** Where each policy holds the VPC_CIDR placeholder, for the component's replacement. */
  vpcCidrFields: Array<{ policy: string; fieldPaths: string[] }>
}

const tcp = (port: number) => ({ protocol: 'TCP', port })
const pods = (names: string[]) => ({
  podSelector: { matchExpressions: [{ key: NAME, operator: 'In', values: names }] }
})

function sharedPolicies(): Manifest[] {
  return [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny-all' },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'allow-dns-egress' },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
                podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } }
              }
            ],
            ports: [
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 53 }
            ]
          }
        ]
      }
    }
  ]
}

function ingressRules(
  service: ServiceRuntime,
  services: ServiceRuntime[]
): { rules: Rule[]; cidr: number[] } {
  const callers = services.filter(s => s.calls.includes(service.name)).map(s => s.name)
  const rules: Rule[] = []
  const cidr: number[] = []
  if (callers.length > 0) rules.push({ from: [pods(callers)], ports: [tcp(service.port)] })
  if (service.expose) {
    cidr.push(rules.length)
    rules.push({ from: [{ ipBlock: { cidr: 'VPC_CIDR' } }], ports: [tcp(service.port)] })
  }
  return { rules, cidr }
}

function egressRules(service: ServiceRuntime, services: ServiceRuntime[]): { rules: Rule[]; cidr: number[] } {
  const callees = service.calls.map(name => services.find(s => s.name === name) as ServiceRuntime)
  const ports = [...new Set(callees.map(s => s.port))]
  const rules: Rule[] = ports.map(port => ({
    to: [pods(callees.filter(s => s.port === port).map(s => s.name))],
    ports: [tcp(port)]
  }))
  const cidr: number[] = []
  if (service.database) {
    cidr.push(rules.length)
    rules.push({ to: [{ ipBlock: { cidr: 'VPC_CIDR' } }], ports: [tcp(POSTGRES_PORT)] })
  }
  if (service.internet || service.database)
    rules.push({
      to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [METADATA_CIDR] } }],
      ports: [tcp(HTTPS_PORT)]
    })
  return { rules, cidr }
}

/** The policies of the generated services (`services` holds only those). */
export function networkPolicies(services: ServiceRuntime[]): Policies {
  const objects = sharedPolicies()
  const vpcCidrFields: Policies['vpcCidrFields'] = []
  for (const service of services) {
    const ingress = ingressRules(service, services)
    const egress = egressRules(service, services)
    if (ingress.rules.length === 0 && egress.rules.length === 0) continue
    objects.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: service.name, labels: { [NAME]: service.name } },
      spec: {
        podSelector: { matchLabels: { [NAME]: service.name } },
        policyTypes: [
          ...(ingress.rules.length ? ['Ingress'] : []),
          ...(egress.rules.length ? ['Egress'] : [])
        ],
        ...(ingress.rules.length ? { ingress: ingress.rules } : {}),
        ...(egress.rules.length ? { egress: egress.rules } : {})
      }
    })
    const fieldPaths = [
      ...ingress.cidr.map(i => `spec.ingress.${i}.from.0.ipBlock.cidr`),
      ...egress.cidr.map(i => `spec.egress.${i}.to.0.ipBlock.cidr`)
    ]
    if (fieldPaths.length) vpcCidrFields.push({ policy: service.name, fieldPaths })
  }
  return { objects, vpcCidrFields }
}
