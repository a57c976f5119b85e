/**
 * deploy-eks prunes by ApplySet (KEP-3659) against the fake Kubernetes API: a service removed from
 * the manifests leaves the cluster once every rollout succeeded; objects without the set's label,
 * Namespaces and CRDs stay; a failed rollout or `prune: false` deletes nothing.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dump } from 'js-yaml'
import { FakeKubeApi, type FakeKubeOptions } from '../../../__fixtures__/fake-kube-api.js'
import { fakeClock } from '../../../lib/core/clock.js'
import { applySetId } from '../../../lib/kube/applyset.js'
import { DIGEST, KUBE_RUNNER_TEMP, runDeploy, writeKubeconfig } from './helpers.js'

const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const START = Date.parse('2026-01-01T09:00:00Z')
const PART_OF = 'applyset.kubernetes.io/part-of'
const PARENT = '/api/v1/namespaces/erp/secrets/shipline'

let fake: FakeKubeApi | undefined
afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

async function startFake(options: FakeKubeOptions = {}) {
  const clock = fakeClock(START)
  fake = new FakeKubeApi({ now: clock.now, ...options })
  await fake.start()
  return { clock, fake, kubeconfig: writeKubeconfig(fake.kubeconfig()) }
}

const meta = (name: string, namespace = 'erp') => ({ name, namespace, labels: { app: name } })

/** What `shipline manifests` generates for one service; `pdb` only for some. */
function service(name: string, pdb: boolean, namespace = 'erp'): object[] {
  const selector = { matchLabels: { app: name } }
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(name, namespace) },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(name, namespace),
      spec: { selector: { app: name }, ports: [{ port: 80 }] }
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(name, namespace),
      spec: {
        replicas: 2,
        selector,
        template: {
          metadata: { labels: { app: name } },
          spec: { containers: [{ name, image: `${ECR}/${name}:1` }] }
        }
      }
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta(name, namespace),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: 2,
        maxReplicas: 4
      }
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(name, namespace),
      spec: { podSelector: selector }
    },
    {
      apiVersion: 'elbv2.k8s.aws/v1beta1',
      kind: 'TargetGroupBinding',
      metadata: meta(name, namespace),
      spec: {
        serviceRef: { name, port: 80 },
        targetGroupARN: `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${name}/1`
      }
    },
    ...(pdb
      ? [
          {
            apiVersion: 'policy/v1',
            kind: 'PodDisruptionBudget',
            metadata: meta(name, namespace),
            spec: { minAvailable: 1, selector }
          }
        ]
      : [])
  ]
}

const COMMON = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'erp' } },
  {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'targetgroupbindings.elbv2.k8s.aws' },
    spec: {
      group: 'elbv2.k8s.aws',
      scope: 'Namespaced',
      names: { plural: 'targetgroupbindings', kind: 'TargetGroupBinding' },
      versions: [{ name: 'v1beta1', served: true, storage: true }]
    }
  }
]

/** A manifests file in RUNNER_TEMP holding the common objects and these services (in `namespace`). */
function manifests(services: Array<[string, boolean]>, namespace = 'erp'): string {
  const dir = mkdtempSync(join(KUBE_RUNNER_TEMP, 'prune-'))
  const common = [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }, COMMON[1]]
  const objects = [...common, ...services.flatMap(([name, pdb]) => service(name, pdb, namespace))]
  writeFileSync(join(dir, 'all.yaml'), objects.map(object => dump(object)).join('---\n'))
  return join(dir, 'all.yaml')
}

const images = (names: string[], digest = 'a') =>
  names.map(name => `${name}=${ECR}/${name}@${DIGEST(digest)}`).join('\n')

function inputs(kubeconfig: string, names: string[], extra: Record<string, string> = {}) {
  return {
    kubeconfig,
    manifests: manifests(names.map(name => [name, name === 'hr-service'])),
    images: images(names),
    namespace: 'erp',
    ...extra
  }
}

const HR_PATHS = [
  '/api/v1/namespaces/erp/serviceaccounts/hr-service',
  '/api/v1/namespaces/erp/services/hr-service',
  '/apis/apps/v1/namespaces/erp/deployments/hr-service',
  '/apis/autoscaling/v2/namespaces/erp/horizontalpodautoscalers/hr-service',
  '/apis/networking.k8s.io/v1/namespaces/erp/networkpolicies/hr-service',
  '/apis/elbv2.k8s.aws/v1beta1/namespaces/erp/targetgroupbindings/hr-service',
  '/apis/policy/v1/namespaces/erp/poddisruptionbudgets/hr-service'
]
const AUTH_PATHS = HR_PATHS.filter(path => !path.includes('poddisruption')).map(path =>
  path.replace('hr-service', 'auth-service')
)
const HR_PRUNED = [
  { kind: 'Deployment', group: 'apps', namespace: 'erp', name: 'hr-service' },
  { kind: 'HorizontalPodAutoscaler', group: 'autoscaling', namespace: 'erp', name: 'hr-service' },
  { kind: 'NetworkPolicy', group: 'networking.k8s.io', namespace: 'erp', name: 'hr-service' },
  { kind: 'PodDisruptionBudget', group: 'policy', namespace: 'erp', name: 'hr-service' },
  { kind: 'Service', group: '', namespace: 'erp', name: 'hr-service' },
  { kind: 'ServiceAccount', group: '', namespace: 'erp', name: 'hr-service' },
  { kind: 'TargetGroupBinding', group: 'elbv2.k8s.aws', namespace: 'erp', name: 'hr-service' }
]

/** A Deployment someone else applied (kubectl), without the ApplySet label. */
async function applyUnlabelled(api: FakeKubeApi, name: string): Promise<void> {
  const object = service(name, false)[2]
  const response = await fetch(
    `${api.url}/apis/apps/v1/namespaces/erp/deployments/${name}?fieldManager=kubectl&force=false`,
    {
      method: 'PATCH',
      headers: { Authorization: 'Bearer fake-token', 'Content-Type': 'application/apply-patch+yaml' },
      body: JSON.stringify(object)
    }
  )
  expect(response.status).toBe(201)
}

/** Deploy auth-service and hr-service, and let someone else apply `legacy` beside them. */
async function deployBoth(kubeconfig: string, clock: ReturnType<typeof fakeClock>, api: FakeKubeApi) {
  const first = await runDeploy(inputs(kubeconfig, ['auth-service', 'hr-service']), { clock })
  expect(first.errors).toEqual([])
  expect(first.outputs.pruned).toBe('[]')
  await applyUnlabelled(api, 'legacy')
  return first
}

describe('deploy-eks prunes what the manifests no longer hold', () => {
  it('labels every member, records the set in its parent Secret, and leaves Namespaces and CRDs out', async () => {
    const { clock, fake, kubeconfig } = await startFake()
    const first = await deployBoth(kubeconfig, clock, fake)
    const parent = fake.object(PARENT)
    const id = parent.metadata.labels['applyset.kubernetes.io/id']
    expect(id).toBe(applySetId({ name: 'shipline', namespace: 'erp' }))
    expect(id).toMatch(/^applyset-[A-Za-z0-9_-]{43}-v1$/)
    expect(parent.metadata.annotations).toEqual({
      'applyset.kubernetes.io/tooling': 'shipline/v1',
      'applyset.kubernetes.io/contains-group-kinds':
        'Deployment.apps,HorizontalPodAutoscaler.autoscaling,NetworkPolicy.networking.k8s.io,PodDisruptionBudget.policy,Service,ServiceAccount,TargetGroupBinding.elbv2.k8s.aws',
      'applyset.kubernetes.io/additional-namespaces': ''
    })
    for (const path of [...HR_PATHS, ...AUTH_PATHS])
      expect(fake.object(path).metadata.labels[PART_OF]).toBe(id)
    expect(fake.object('/api/v1/namespaces/erp').metadata.labels?.[PART_OF]).toBeUndefined()
    expect(
      fake.object('/apis/apiextensions.k8s.io/v1/customresourcedefinitions/targetgroupbindings.elbv2.k8s.aws')
        .metadata.labels?.[PART_OF]
    ).toBeUndefined()
    expect(first.summary).toContain('Nothing to prune in ApplySet `secret/shipline (erp)`.')
    expect(fake.requestsOf('DELETE')).toEqual([])
  })

  it('deletes a removed service’s objects (Background), keeps the other service and an unlabelled Deployment', async () => {
    const { clock, fake, kubeconfig } = await startFake()
    await deployBoth(kubeconfig, clock, fake)
    expect(await listReplicaSets(fake, 'hr-service')).toHaveLength(1)

    const second = await runDeploy(inputs(kubeconfig, ['auth-service']), { clock })
    expect(second.errors).toEqual([])
    expect(second.outputs.status).toBe('succeeded')
    expect(JSON.parse(second.outputs.pruned)).toEqual(HR_PRUNED)
    for (const path of HR_PATHS) expect(fake.object(path)).toBeUndefined()
    for (const path of AUTH_PATHS) expect(fake.object(path)).toBeDefined()
    expect(fake.object('/apis/apps/v1/namespaces/erp/deployments/legacy')).toBeDefined()
    expect(fake.object('/api/v1/namespaces/erp')).toBeDefined()
    // Background propagation: the garbage collector takes the Deployment's ReplicaSets.
    expect(await listReplicaSets(fake, 'hr-service')).toEqual([])
    expect(await listReplicaSets(fake, 'auth-service')).toHaveLength(1)
    const deletes = fake.requestsOf('DELETE')
    expect(deletes.map(r => r.path).sort()).toEqual([...HR_PATHS].sort())
    for (const request of deletes)
      expect(JSON.parse(request.body ?? '{}')).toMatchObject({
        kind: 'DeleteOptions',
        propagationPolicy: 'Background'
      })

    expect(second.stdout).toContain('deployment.apps/hr-service (erp) pruned')
    expect(second.summary).toContain('#### Pruned: 7 objects of ApplySet `secret/shipline (erp)`')
    expect(second.summary).toContain('| `Deployment.apps` | `erp` | `hr-service` |')
    expect(second.summary).toContain('| `TargetGroupBinding.elbv2.k8s.aws` | `erp` | `hr-service` |')
    // The parent now records only what the set holds: no PodDisruptionBudget any more.
    expect(fake.object(PARENT).metadata.annotations['applyset.kubernetes.io/contains-group-kinds']).toBe(
      'Deployment.apps,HorizontalPodAutoscaler.autoscaling,NetworkPolicy.networking.k8s.io,Service,ServiceAccount,TargetGroupBinding.elbv2.k8s.aws'
    )

    const third = await runDeploy(inputs(kubeconfig, ['auth-service']), { clock })
    expect(third.outputs.pruned).toBe('[]')
    expect(fake.requestsOf('DELETE')).toHaveLength(HR_PATHS.length)
  })

  it('prunes nothing after a failed rollout, and prunes on the next deploy that succeeds', async () => {
    const { clock, fake, kubeconfig } = await startFake({
      images: { [DIGEST('b')]: { rollout: 'deadline', afterMs: 60_000 } }
    })
    await deployBoth(kubeconfig, clock, fake)
    const failed = await runDeploy(
      { ...inputs(kubeconfig, ['auth-service']), images: images(['auth-service'], 'b') },
      { clock }
    )
    expect(failed.exitCode).toBe(1)
    expect(failed.outputs.status).toBe('rolled-back')
    expect(failed.outputs.pruned).toBe('[]')
    expect(fake.requestsOf('DELETE')).toEqual([])
    for (const path of HR_PATHS) expect(fake.object(path)).toBeDefined()
    expect(failed.summary).not.toContain('Pruned')
    expect(failed.stdout).not.toContain('pruned')

    const next = await runDeploy(inputs(kubeconfig, ['auth-service']), { clock })
    expect(next.errors).toEqual([])
    expect(JSON.parse(next.outputs.pruned)).toEqual(HR_PRUNED)
  })

  it('with prune: false deletes nothing, says what would go, and keeps recording it', async () => {
    const { clock, fake, kubeconfig } = await startFake()
    await deployBoth(kubeconfig, clock, fake)
    const dry = await runDeploy(inputs(kubeconfig, ['auth-service'], { prune: 'false' }), { clock })
    expect(dry.errors).toEqual([])
    expect(dry.outputs.pruned).toBe('[]')
    expect(fake.requestsOf('DELETE')).toEqual([])
    for (const path of HR_PATHS) expect(fake.object(path)).toBeDefined()
    expect(dry.stdout).toContain('deployment.apps/hr-service (erp) would be pruned (prune is false)')
    expect(dry.summary).toContain(
      '#### Would be pruned (prune is false): 7 objects of ApplySet `secret/shipline (erp)`'
    )
    expect(dry.summary).toContain('| `PodDisruptionBudget.policy` | `erp` | `hr-service` |')
    expect(dry.summary).not.toContain('legacy')
    // The set still records the PodDisruptionBudget kind, so a later prune finds it.
    const later = await runDeploy(inputs(kubeconfig, ['auth-service']), { clock })
    expect(JSON.parse(later.outputs.pruned)).toEqual(HR_PRUNED)
  })

  it("keeps each overlay's set apart: deploys to two namespaces of one cluster never prune each other", async () => {
    const { clock, fake, kubeconfig } = await startFake()
    const deployTo = (namespace: string, names: string[]) =>
      runDeploy(
        {
          kubeconfig,
          manifests: manifests(
            names.map(name => [name, false]),
            namespace
          ),
          images: images(names)
        },
        { clock }
      )
    expect((await deployTo('erp-staging', ['auth-service', 'hr-service'])).errors).toEqual([])
    const production = await deployTo('erp-production', ['auth-service'])
    expect(production.errors).toEqual([])
    expect(production.outputs.pruned).toBe('[]')
    expect(fake.requestsOf('DELETE')).toEqual([])
    expect(fake.object('/apis/apps/v1/namespaces/erp-staging/deployments/hr-service')).toBeDefined()
    expect(fake.object('/api/v1/namespaces/erp-staging/secrets/shipline')).toBeDefined()
    expect(fake.object('/api/v1/namespaces/erp-production/secrets/shipline')).toBeDefined()
    // Staging's own next deploy without hr-service prunes it there, and only there.
    const staging = await deployTo('erp-staging', ['auth-service'])
    expect(JSON.parse(staging.outputs.pruned).map((o: { namespace: string }) => o.namespace)).toEqual(
      Array(6).fill('erp-staging')
    )
    expect(fake.object('/apis/apps/v1/namespaces/erp-production/deployments/auth-service')).toBeDefined()
  })

  it('prunes a member that went to the default namespace (it named none) while the parent is in the manifests’ one', async () => {
    const { clock, fake, kubeconfig } = await startFake()
    const dir = mkdtempSync(join(KUBE_RUNNER_TEMP, 'prune-default-'))
    writeFileSync(
      join(dir, 'settings.yaml'),
      dump({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } })
    )
    const withSettings = {
      kubeconfig,
      manifests: `${manifests([['auth-service', false]])}\n${join(dir, 'settings.yaml')}`,
      images: images(['auth-service'])
    }
    expect((await runDeploy(withSettings, { clock })).errors).toEqual([])
    expect(fake.object('/api/v1/namespaces/default/configmaps/settings')).toBeDefined()
    expect(fake.object(PARENT).metadata.annotations['applyset.kubernetes.io/additional-namespaces']).toBe(
      'default'
    )
    const without = await runDeploy(
      { ...withSettings, manifests: manifests([['auth-service', false]]) },
      { clock }
    )
    expect(JSON.parse(without.outputs.pruned)).toEqual([
      { kind: 'ConfigMap', group: '', namespace: 'default', name: 'settings' }
    ])
    expect(fake.object('/api/v1/namespaces/default/configmaps/settings')).toBeUndefined()
    expect(fake.object(PARENT).metadata.annotations['applyset.kubernetes.io/additional-namespaces']).toBe('')
  })

  it('refuses a Secret of the applyset name that is not an ApplySet parent, before applying anything else', async () => {
    const { clock, fake, kubeconfig } = await startFake({ namespaces: ['default', 'erp'] })
    const response = await fetch(`${fake.url}${PARENT}?fieldManager=helm&force=false`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer fake-token', 'Content-Type': 'application/apply-patch+yaml' },
      body: JSON.stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'shipline', namespace: 'erp' }
      })
    })
    expect(response.status).toBe(201)
    const result = await runDeploy(inputs(kubeconfig, ['auth-service']), { clock })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::the ApplySet parent secret/shipline (erp) could not be recorded, so nothing else was applied: applyset: secret/shipline (erp) exists and is not a Shipline ApplySet parent (no applyset.kubernetes.io/id label); name another Secret with the applyset input'
    ])
    expect(fake.object('/apis/apps/v1/namespaces/erp/deployments/auth-service')).toBeUndefined()
  })
})

/** The ReplicaSets a Deployment owns, as a GET list answers. */
async function listReplicaSets(api: FakeKubeApi, deployment: string): Promise<string[]> {
  const response = await fetch(
    `${api.url}/apis/apps/v1/namespaces/erp/replicasets?labelSelector=app%3D${deployment}`,
    {
      headers: { Authorization: 'Bearer fake-token' }
    }
  )
  const list = (await response.json()) as { items: Array<{ metadata: { name: string } }> }
  return list.items.map(item => item.metadata.name)
}
