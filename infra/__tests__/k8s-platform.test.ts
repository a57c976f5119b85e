/**
 * The cluster's platform components (k8s/platform): Falco and the Cluster Autoscaler, rendered by
 * `kubectl kustomize` for every environment and checked against what Terraform creates for them
 * (the alerts module's Falco metric filter, the autoscaling module's IRSA role and trust).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { load } from 'js-yaml'
import { loadConfig } from '../../lib/config/config.js'
import { ENVIRONMENTS, INFRA_DIR, defaultOf, loadInfra, loadTfvars, tfvarsPath } from './hcl.js'
import { find, ofKind, podSpec, render, type Container } from './kustomize.js'

const { root } = await loadInfra()

/** The services' namespace: kubernetes.namespace of the shipline.yml the environment's tfvars name. */
async function namespaceOf(environment: string): Promise<string> {
  const path = resolve(INFRA_DIR, String((await loadTfvars(tfvarsPath(environment))).shipline_config))
  return (await loadConfig(basename(path), dirname(path))).runtime.namespace
}
const PINNED = /^[a-z0-9.-]+(\/[a-z0-9._-]+)+:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64}$/

interface FalcoRule {
  rule?: string
  list?: string
  macro?: string
  items?: string[]
  condition?: string
  priority?: string
}

function envFile(path: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter(line => line.includes('='))
      .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  )
}

describe.each(ENVIRONMENTS)('platform manifests %s', environment => {
  const dir = join(INFRA_DIR, 'k8s', 'platform', environment)
  const objects = render(dir)
  const outputs = envFile(join(dir, 'platform-outputs.env'))

  it('platform-outputs.env holds the keys of terraform output platform_kustomize_env, for this environment', async () => {
    const tfvars = await loadTfvars(tfvarsPath(environment))
    expect(Object.keys(outputs)).toEqual(['CLUSTER_NAME', 'AWS_REGION', 'CLUSTER_AUTOSCALER_ROLE_ARN'])
    expect(outputs.CLUSTER_NAME).toBe(`erp-${environment}`)
    expect(outputs.AWS_REGION).toBe(tfvars.region ?? defaultOf(root, 'region'))
  })

  describe('Falco', () => {
    const daemonSet = find(objects, 'DaemonSet', 'falco')
    const pod = podSpec(daemonSet)
    const falco = pod.containers[0] as Container & { args: string[] }

    it('runs on every node in a namespace of its own, the only one allowed privileged pods', () => {
      expect(daemonSet.metadata.namespace).toBe('falco')
      expect(
        find(objects, 'Namespace', 'falco').metadata.labels?.['pod-security.kubernetes.io/enforce']
      ).toBe('privileged')
      expect((pod as unknown as { tolerations: unknown[] }).tolerations).toEqual([{ operator: 'Exists' }])
      expect((pod as unknown as { priorityClassName: string }).priorityClassName).toBe('system-node-critical')
    })

    it('is pinned by digest and uses the modern eBPF probe with the fewest capabilities, no API token', () => {
      expect(pod.containers).toHaveLength(1)
      expect(falco.image).toMatch(PINNED)
      expect(falco.image).toMatch(/^docker\.io\/falcosecurity\/falco:/)
      expect(falco.args).toEqual(expect.arrayContaining(['engine.kind=modern_ebpf', 'json_output=true']))
      expect(falco.securityContext).toEqual({
        privileged: false,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'], add: ['BPF', 'PERFMON', 'SYS_RESOURCE', 'SYS_PTRACE'] }
      })
      expect(pod.automountServiceAccountToken).toBe(false)
      const hostPaths = (pod.volumes as { name: string; hostPath?: { path: string } }[])
        .filter(v => v.hostPath)
        .map(v => v.hostPath?.path)
      expect(hostPaths.sort()).toEqual(['/etc', '/proc', '/run/containerd'])
      const mounts = (falco as unknown as { volumeMounts: { name: string; readOnly?: boolean }[] })
        .volumeMounts
      expect(
        mounts.filter(m => ['proc', 'etc', 'containerd', 'rules'].includes(m.name)).every(m => m.readOnly)
      ).toBe(true)
    })

    it('emits Warning and above only, the priorities the alerts module alarms on', () => {
      expect(falco.args).toEqual(expect.arrayContaining(['priority=warning']))
    })

    it('has rules for the application namespace, each Warning or Critical', async () => {
      const configMap = find(objects, 'ConfigMap', 'falco-rules') as unknown as {
        data: Record<string, string>
      }
      const entries = load(configMap.data['erp-rules.yaml'] as string) as FalcoRule[]
      const namespaces = entries.find(e => e.list === 'erp_namespaces')
      expect(namespaces?.items).toEqual([await namespaceOf(environment)])
      expect(entries.find(e => e.macro === 'erp_container')?.condition).toBe(
        'container and k8s.ns.name in (erp_namespaces)'
      )
      const rules = entries.filter(e => e.rule)
      expect(rules.map(r => r.rule)).toEqual([
        'Shell in an ERP container',
        'Package manager in an ERP container',
        'Network tool in an ERP container',
        'Credentials read in an ERP container'
      ])
      for (const rule of rules) {
        expect({ rule: rule.rule, scoped: rule.condition?.includes(' erp_container ') }).toEqual({
          rule: rule.rule,
          scoped: true
        })
        expect(['WARNING', 'CRITICAL']).toContain(rule.priority)
      }
      const mounted = (pod.volumes as { name: string; configMap?: { name: string } }[]).find(
        v => v.name === 'rules'
      )
      expect(mounted?.configMap?.name).toBe('falco-rules')
    })
  })

  describe('Cluster Autoscaler', () => {
    const deployment = find(objects, 'Deployment', 'cluster-autoscaler')
    const pod = podSpec(deployment)
    const container = pod.containers[0] as Container & {
      command: string[]
      env: { name: string; value: string }[]
    }

    it('runs as the service account the IRSA role trusts, with the role Terraform created', () => {
      const account = find(objects, 'ServiceAccount', 'cluster-autoscaler')
      expect(`${account.metadata.namespace}:${account.metadata.name}`).toBe('kube-system:cluster-autoscaler')
      expect(pod.serviceAccountName).toBe('cluster-autoscaler')
      expect(account.metadata.annotations?.['eks.amazonaws.com/role-arn']).toBe(
        outputs.CLUSTER_AUTOSCALER_ROLE_ARN
      )
      expect(outputs.CLUSTER_AUTOSCALER_ROLE_ARN).toMatch(
        new RegExp(`^arn:aws:iam::\\d{12}:role/erp-${environment}-cluster-autoscaler$`)
      )
    })

    it('may write no Service, Endpoints, Secret or RBAC object, and elects its leader with a lease', () => {
      const rules = [
        find(objects, 'ClusterRole', 'cluster-autoscaler'),
        find(objects, 'Role', 'cluster-autoscaler')
      ].flatMap(role => (role as unknown as { rules: { resources: string[]; verbs: string[] }[] }).rules)
      const writes = ['create', 'update', 'patch', 'delete', 'deletecollection', '*']
      const written = rules.filter(r => r.verbs.some(v => writes.includes(v))).flatMap(r => r.resources)
      expect(
        written.filter(r =>
          [
            'services',
            'endpoints',
            'endpointslices',
            'secrets',
            'roles',
            'rolebindings',
            'clusterroles',
            'clusterrolebindings',
            '*'
          ].includes(r)
        )
      ).toEqual([])
      expect(rules.flatMap(r => r.resources)).not.toContain('secrets')
      expect(container.command).toContain('--leader-elect-resource-lock=leases')
    })

    it("discovers only this cluster's node groups, in its region", () => {
      expect(container.command).toContain(
        `--node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/erp-${environment}`
      )
      expect(container.command).toContain('--cloud-provider=aws')
      expect(container.env).toEqual([{ name: 'AWS_REGION', value: outputs.AWS_REGION }])
    })

    it('is pinned by digest, follows the cluster minor version, and runs restricted', async () => {
      const tfvars = await loadTfvars(tfvarsPath(environment))
      expect(container.image).toMatch(PINNED)
      expect(container.image).toMatch(
        new RegExp(
          `^registry\\.k8s\\.io/autoscaling/cluster-autoscaler:v${String(tfvars.kubernetes_version).replace('.', '\\.')}\\.\\d+@`
        )
      )
      expect(pod.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' }
      })
      expect(container.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        privileged: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] }
      })
    })
  })

  it('leaves no placeholder and no local-config object behind', () => {
    expect(JSON.stringify(objects)).not.toMatch(
      /CLUSTER_AUTOSCALER_ROLE_ARN|CLUSTER_NAME|"value":"AWS_REGION"/
    )
    expect(ofKind(objects, 'ConfigMap').map(c => c.metadata.name)).toEqual(['falco-rules'])
  })
})
