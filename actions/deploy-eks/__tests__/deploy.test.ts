/**
 * deploy-eks end to end against the fake Kubernetes API: manifests rendered by the real
 * `kubectl kustomize`, server-side apply, concurrent rollout waits replaying recorded statuses,
 * diagnostics, rollback, and what the user sees (outputs, summary, the error line).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { DescribeClusterCommand, EKSClient } from '@aws-sdk/client-eks'
import { mockClient } from 'aws-sdk-client-mock'
import { join } from 'node:path'
import { FakeKubeApi, type FakeKubeOptions } from '../../../__fixtures__/fake-kube-api.js'
import { INJECTION, runnerCommands } from '../../../__fixtures__/workflow-commands.js'
import { fakeClock } from '../../../lib/core/clock.js'
import { decodeEksToken } from '../../../lib/kube/eks-token.js'
import { DIGEST, MANIFESTS, runDeploy, writeKubeconfig } from './helpers.js'

const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const GOOD = `${ECR}/auth-service@${DIGEST('a')}`
const BAD = `${ECR}/auth-service@${DIGEST('b')}`
const START = Date.parse('2026-01-01T09:00:00Z')

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

function plainInputs(kubeconfig: string, extra: Record<string, string> = {}) {
  return {
    kubeconfig,
    manifests: [join(MANIFESTS, 'plain/namespace.yml'), join(MANIFESTS, 'plain/gateway.yaml')].join('\n'),
    images: `gateway-service=${ECR}/gateway-service@${DIGEST('c')}`,
    ...extra
  }
}

describe('deploy-eks against a fake Kubernetes API', () => {
  it('renders with kubectl kustomize, applies in dependency order and waits for every rollout', async () => {
    const { clock, fake, kubeconfig } = await startFake({
      workloads: {
        'auth-service': { rollout: 'complete', afterMs: 40_000 },
        'discovery-server': { rollout: 'complete', afterMs: 25_000 }
      }
    })
    const result = await runDeploy(
      {
        kubeconfig,
        manifests: join(MANIFESTS, 'erp'),
        images: [`auth-service=${GOOD}`, `discovery-server=${ECR}/discovery-server@${DIGEST('d')}`].join('\n')
      },
      { clock }
    )
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.commands).toEqual([['kubectl', 'kustomize', join(MANIFESTS, 'erp')]])
    const applies = fake.requestsOf('PATCH')
    expect(applies.map(r => r.path)).toEqual([
      '/api/v1/namespaces/erp',
      // The ApplySet parent, in the manifests' namespace, once it exists and before its members.
      '/api/v1/namespaces/erp/secrets/shipline',
      '/api/v1/namespaces/erp/configmaps/erp-config',
      '/api/v1/namespaces/erp/services/auth-service',
      '/apis/apps/v1/namespaces/erp/daemonsets/log-agent',
      '/apis/apps/v1/namespaces/erp/deployments/auth-service',
      '/apis/apps/v1/namespaces/erp/statefulsets/discovery-server',
      '/apis/batch/v1/namespaces/erp/jobs/finance-db-migrate',
      '/apis/batch/v1/namespaces/erp/cronjobs/reporting-nightly'
    ])
    for (const apply of applies) {
      expect(apply.contentType).toBe('application/apply-patch+yaml')
      expect(apply.query).toEqual({ fieldManager: 'shipline', force: 'false' })
    }
    const deployment = fake.object('/apis/apps/v1/namespaces/erp/deployments/auth-service')
    expect(deployment.spec.template.spec.containers[0].image).toBe(GOOD)
    expect(result.outputs.status).toBe('succeeded')
    const workloads = JSON.parse(result.outputs.workloads)
    expect(
      workloads.map((w: { kind: string; name: string; result: string; revision: number }) => [
        w.kind,
        w.name,
        w.result,
        w.revision
      ])
    ).toEqual([
      ['DaemonSet', 'log-agent', 'succeeded', 1],
      ['Deployment', 'auth-service', 'succeeded', 1],
      ['StatefulSet', 'discovery-server', 'succeeded', 1]
    ])
    // All waited at once: the wait took as long as the slowest rollout (40 s), at 5 s polls.
    expect(clock.now() - START).toBe(40_000)
    expect(result.summary).toContain('### Deploy to')
    expect(result.summary).toContain('| `deployment/auth-service` | `erp` | ✅ succeeded | 1 |')
    // A progress line per workload at most every 15 s: at 0 s, 15 s, 30 s for auth-service.
    const progress = result.stdout
      .split('\n')
      .filter(line => line.startsWith('deployment/auth-service (erp):'))
    expect(progress).toHaveLength(4)
    expect(progress[0]).toContain('waiting for deployment "auth-service" spec update to be observed')
    expect(progress[1]).toMatch(
      /2\/2 ready, 1\/2 updated after 15s: 1 out of 2 new replicas have been updated/
    )
    expect(progress[3]).toContain('rolled out after 40s')
  })

  it('shows the pod logs of a failed rollout as they are, but nothing in them can issue a workflow command', async () => {
    const { clock, kubeconfig } = await startFake({
      images: { [DIGEST('b')]: { rollout: 'deadline', afterMs: 300_000, pods: 'crash-loop' } },
      extraLogLines: INJECTION
    })
    const inputs = {
      kubeconfig,
      manifests: join(MANIFESTS, 'erp/namespace.yaml') + '\n' + join(MANIFESTS, 'erp/auth-service.yaml'),
      images: `auth-service=${GOOD}`,
      namespace: 'erp'
    }
    expect((await runDeploy(inputs, { clock })).outputs.status).toBe('succeeded')
    const failed = await runDeploy({ ...inputs, images: `auth-service=${BAD}` }, { clock })
    expect(failed.outputs.status).toBe('rolled-back')
    for (const line of INJECTION) expect(failed.stdout).toContain(`    ${line.trimStart()}`)
    const commands = runnerCommands(failed.stdout).filter(
      c =>
        !/^::(?:add-mask::fake-token$|group::|endgroup::|error::|warning::deployment\/auth-service container)/.test(
          c
        )
    )
    expect(commands).toEqual([])
    // The one error line carries the logs too, as the data of one ::error:: command.
    expect(failed.errors).toHaveLength(1)
  })

  it('fails on ProgressDeadlineExceeded with the crash loop, events and last 50 log lines, rolls back and still fails', async () => {
    const { clock, fake, kubeconfig } = await startFake({
      images: { [DIGEST('b')]: { rollout: 'deadline', afterMs: 300_000, pods: 'crash-loop' } }
    })
    const inputs = {
      kubeconfig,
      manifests: join(MANIFESTS, 'erp/namespace.yaml') + '\n' + join(MANIFESTS, 'erp/auth-service.yaml'),
      images: `auth-service=${GOOD}`,
      namespace: 'erp'
    }
    const first = await runDeploy(inputs, { clock })
    expect(first.outputs.status).toBe('succeeded')
    const second = await runDeploy({ ...inputs, images: `auth-service=${BAD}` }, { clock })
    expect(second.exitCode).toBe(1)
    expect(second.outputs.status).toBe('rolled-back')
    const [workload] = JSON.parse(second.outputs.workloads)
    expect(workload).toMatchObject({
      kind: 'Deployment',
      name: 'auth-service',
      revision: 2,
      result: 'rolled-back',
      restoredRevision: 1
    })
    expect(second.errors).toHaveLength(1)
    const error = second.errors[0]
    expect(error).toMatch(
      /^::error::1 of 1 rollouts failed \(rolled back deployment\/auth-service to revision 1\)\. /
    )
    expect(error).toContain(
      'deployment "auth-service" exceeded its progress deadline (ReplicaSet "auth-service-'
    )
    expect(error).toMatch(
      /pod auth-service-[0-9a-f]{10}-x7k2p: container auth-service: CrashLoopBackOff \(last exit code 1 \(Error\), 6 restarts\)/
    )
    expect(error).toMatch(
      /Warning BackOff pod\/auth-service-[0-9a-f]{10}-x7k2p: Back-off restarting failed container auth-service/
    )
    expect(error).toContain('last 50 log lines of')
    expect(error).toContain('org.postgresql.util.PSQLException: Connection to erp-db:5432 refused.')
    expect(error).toContain('starting component 31 of auth-service')
    expect(error).not.toContain('starting component 30 of auth-service')
    // Logs were read from the crashed instance, 50 lines.
    const logRequest = fake.requestsOf('GET').find(r => r.path.endsWith('/log'))
    expect(logRequest?.query).toEqual({ container: 'auth-service', tailLines: '50', previous: 'true' })
    // The live Deployment runs the previous pod template again.
    const live = fake.object('/apis/apps/v1/namespaces/erp/deployments/auth-service')
    expect(live.spec.template.spec.containers[0].image).toBe(GOOD)
    expect(live.metadata.annotations['deployment.kubernetes.io/revision']).toBe('3')
    expect(second.summary).toContain('↩️ rolled back')
    expect(second.summary).toContain('2 → restored 1')
    expect(second.summary).toContain('#### Why `deployment/auth-service (erp)` failed')
    expect(second.summary).toContain('Exiting with code 1')
    expect(second.summary).toContain('CrashLoopBackOff')
  })

  it('reports ImagePullBackOff with the pull error event', async () => {
    const { clock, kubeconfig } = await startFake({
      images: { [DIGEST('c')]: { rollout: 'deadline', afterMs: 60_000, pods: 'image-pull' } }
    })
    const result = await runDeploy(plainInputs(kubeconfig, { 'rollback-on-failure': 'false' }), { clock })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('failed')
    expect(JSON.parse(result.outputs.workloads)[0]).toMatchObject({
      name: 'gateway-service',
      result: 'failed',
      revision: 1
    })
    const error = result.errors[0]
    expect(error).toContain('(rollback-on-failure is off)')
    expect(error).toContain(
      `container gateway: ImagePullBackOff: Back-off pulling image "${ECR}/gateway-service@${DIGEST('c')}"`
    )
    expect(error).toContain(`Warning Failed pod/`)
    expect(error).toContain(`failed to resolve reference "${ECR}/gateway-service@${DIGEST('c')}"`)
    expect(error).not.toContain('log lines')
    expect(result.summary).toContain('❌ failed')
  })

  it('reports OOMKilled and unschedulable pods with the scheduler reason', async () => {
    const { clock, kubeconfig } = await startFake({
      workloads: {
        'gateway-service': { rollout: 'stuck', pods: 'oom' },
        'hr-service': { rollout: 'stuck', pods: 'unschedulable' }
      }
    })
    const result = await runDeploy(
      {
        ...plainInputs(kubeconfig, { timeout: '2m', 'rollback-on-failure': 'false' }),
        manifests: join(MANIFESTS, 'plain')
      },
      { clock }
    )
    expect(result.exitCode).toBe(1)
    const error = result.errors[0]
    expect(error).toContain('2 of 2 rollouts failed')
    expect(error).toContain('did not finish within 2m')
    expect(error).toContain(
      'container gateway: OOMKilled, CrashLoopBackOff (last exit code 137 (OOMKilled), 6 restarts)'
    )
    expect(error).toContain('java.lang.OutOfMemoryError: Java heap space')
    expect(error).toContain(
      'Pending: Unschedulable: 0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.'
    )
    expect(error).toContain('Warning FailedScheduling pod/hr-service-')
  })

  it('times out after the timeout input and rolls back to the previous revision', async () => {
    const { clock, fake, kubeconfig } = await startFake({ images: { [DIGEST('e')]: { rollout: 'stuck' } } })
    const inputs = plainInputs(kubeconfig, { timeout: '3m', 'poll-interval': '10s' })
    expect((await runDeploy(inputs, { clock })).outputs.status).toBe('succeeded')
    const before = clock.now()
    const result = await runDeploy(
      { ...inputs, images: `gateway-service=${ECR}/gateway-service@${DIGEST('e')}` },
      { clock }
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(
      'deployment/gateway-service (erp): did not finish within 3m: 1 out of 2 new replicas have been updated'
    )
    expect(result.errors[0]).toContain('rolled back deployment/gateway-service to revision 1')
    expect(JSON.parse(result.outputs.workloads)[0]).toMatchObject({
      result: 'rolled-back',
      revision: 2,
      restoredRevision: 1
    })
    // 3 minutes of waiting, then the rollback's own short wait.
    expect(clock.now() - before).toBeGreaterThanOrEqual(180_000)
    expect(clock.now() - before).toBeLessThan(200_000)
    const live = fake.object('/apis/apps/v1/namespaces/erp/deployments/gateway-service')
    expect(live.spec.template.spec.containers[0].image).toBe(`${ECR}/gateway-service@${DIGEST('c')}`)
  })

  it('says rollback failed on a first rollout that has no previous revision', async () => {
    const { clock, kubeconfig } = await startFake({
      images: { [DIGEST('c')]: { rollout: 'deadline', afterMs: 10_000 } }
    })
    const result = await runDeploy(plainInputs(kubeconfig), { clock })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('failed')
    expect(JSON.parse(result.outputs.workloads)[0]).toMatchObject({ result: 'rollback-failed' })
    expect(result.errors[0]).toContain('rollback incomplete: deployment/gateway-service:')
    expect(result.errors[0]).toContain('no previous revision to roll back to (first rollout)')
  })

  it('shows everything when the rollback apply meets a 409 conflict: outputs, the live broken image and what to do', async () => {
    const image = '.spec.template.spec.containers[name="auth-service"].image'
    const { clock, fake, kubeconfig } = await startFake({
      images: { [DIGEST('b')]: { rollout: 'deadline', afterMs: 60_000, pods: 'crash-loop' } },
      // The first deploy and the rollout apply succeed; the rollback's own apply is the third.
      applyFaults: [
        {
          kind: 'Deployment',
          name: 'auth-service',
          nth: 3,
          fail: { conflict: { field: image, manager: 'kubectl-set' } }
        }
      ]
    })
    const inputs = {
      kubeconfig,
      manifests: join(MANIFESTS, 'erp/namespace.yaml') + '\n' + join(MANIFESTS, 'erp/auth-service.yaml'),
      images: `auth-service=${GOOD}`,
      namespace: 'erp'
    }
    expect((await runDeploy(inputs, { clock })).outputs.status).toBe('succeeded')
    const result = await runDeploy({ ...inputs, images: `auth-service=${BAD}` }, { clock })

    const conflict = `409 Conflict: Apply failed with 1 conflict: conflict with "kubectl-set" using apps/v1: ${image}`
    const live = fake.object('/apis/apps/v1/namespaces/erp/deployments/auth-service')
    const serving = live.spec.template.spec.containers[0].image
    expect(serving).toBe(BAD)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    const error = result.errors[0]
    expect(error).toMatch(
      /^::error::1 of 1 rollouts failed \(rollback incomplete: deployment\/auth-service: /
    )
    expect(error).toContain('deployment "auth-service" exceeded its progress deadline')
    expect(error).toContain(
      `the rollback to revision 1 failed: PATCH /apis/apps/v1/namespaces/erp/deployments/auth-service: ${conflict}`
    )
    expect(error).toContain(`revision 2 stays live (${serving})`)

    expect(result.outputs.status).toBe('failed')
    const [workload] = JSON.parse(result.outputs.workloads)
    expect(workload).toMatchObject({
      kind: 'Deployment',
      name: 'auth-service',
      namespace: 'erp',
      result: 'rollback-failed',
      revision: 2,
      live: { revision: 2, images: [serving] }
    })
    expect(workload.message).toContain(conflict)
    expect(workload).not.toHaveProperty('restoredRevision')

    const summary = result.summary
    expect(summary).toContain(`### Deploy to ${fake.url} (kubeconfig context fake): failed`)
    expect(summary).toContain('❌ rollback failed')
    expect(summary).toContain('#### ⚠️ `deployment/auth-service (erp)` still serves revision 2')
    expect(summary).toContain(`Live now: ${'`'}${serving}${'`'}`)
    expect(summary).toContain(
      `The rollback to revision 1 failed: PATCH /apis/apps/v1/namespaces/erp/deployments/auth-service: ${conflict}`
    )
    expect(summary).toContain(
      'What to do: restore revision 1 by hand with `kubectl rollout undo deployment/auth-service -n erp --to-revision=1`'
    )
    expect(summary).toContain('#### Why `deployment/auth-service (erp)` failed')
    expect(summary).toContain('Exiting with code 1')
  })

  it.each([
    {
      fail: { status: 500 as const },
      answer: () => '500 InternalError: Internal error occurred: etcdserver: request timed out'
    },
    {
      fail: 'reset' as const,
      answer: (url: string) => `Cannot reach the Kubernetes API at ${url}: ECONNRESET socket hang up`
    }
  ])(
    'reports a rollback apply that still fails after the retries ($fail) with outputs and what stays live',
    async ({ fail, answer }) => {
      const { clock, fake, kubeconfig } = await startFake({
        images: { [DIGEST('e')]: { rollout: 'stuck' } },
        // Every attempt of the rollback's apply fails (the client tries 4 times); the rollout's apply succeeds.
        applyFaults: [{ kind: 'Deployment', name: 'gateway-service', nth: 3, times: 4, fail }]
      })
      const inputs = plainInputs(kubeconfig, { timeout: '1m' })
      expect((await runDeploy(inputs, { clock })).outputs.status).toBe('succeeded')
      const result = await runDeploy(
        { ...inputs, images: `gateway-service=${ECR}/gateway-service@${DIGEST('e')}` },
        { clock }
      )
      const path = '/apis/apps/v1/namespaces/erp/deployments/gateway-service'
      expect(fake.requestsOf('PATCH', path)).toHaveLength(6)
      const serving = fake.object(path).spec.template.spec.containers[0].image
      expect(serving).toBe(`${ECR}/gateway-service@${DIGEST('e')}`)
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toContain(
        'rollback incomplete: deployment/gateway-service: did not finish within 1m'
      )
      expect(result.errors[0]).toContain(
        `the rollback to revision 1 failed: ${fail === 'reset' ? '' : `PATCH ${path}: `}${answer(fake.url)}`
      )
      expect(result.outputs.status).toBe('failed')
      expect(JSON.parse(result.outputs.workloads)[0]).toMatchObject({
        name: 'gateway-service',
        result: 'rollback-failed',
        live: { revision: 2, images: [serving] }
      })
      expect(result.summary).toContain('#### ⚠️ `deployment/gateway-service (erp)` still serves revision 2')
      expect(result.summary).toContain(`Live now: \`${serving}\``)
      expect(result.summary).toContain(`${answer(fake.url)}.`)
      expect(result.summary).toContain(
        'What to do: restore revision 1 by hand with `kubectl rollout undo deployment/gateway-service -n erp --to-revision=1`, then fix the failure and deploy again.'
      )
    }
  )

  it('still writes outputs and the summary when the cluster stops answering during the wait and the rollback', async () => {
    let revokeAt = Infinity
    const { clock, kubeconfig } = await startFake({
      images: { [DIGEST('e')]: { rollout: 'stuck' } },
      // The credentials stop working a moment after the rollout's apply.
      authorize: (header, now) => header === 'Bearer fake-token' && now < revokeAt
    })
    const inputs = plainInputs(kubeconfig, { 'poll-interval': '10s' })
    expect((await runDeploy(inputs, { clock })).outputs.status).toBe('succeeded')
    revokeAt = clock.now() + 5_000
    const result = await runDeploy(
      { ...inputs, images: `gateway-service=${ECR}/gateway-service@${DIGEST('e')}` },
      { clock }
    )
    const refused = '401 Unauthorized: Unauthorized (the cluster did not accept the credentials'
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(
      'rollback incomplete: deployment/gateway-service: the rollout could not be followed: GET /apis/apps/v1/namespaces/erp/deployments/gateway-service: ' +
        refused
    )
    expect(result.errors[0]).toContain('; the rollback failed: GET ')
    expect(result.outputs.status).toBe('failed')
    const [workload] = JSON.parse(result.outputs.workloads)
    expect(workload).toMatchObject({ result: 'rollback-failed', revision: 2 })
    expect(workload.live.unreadable).toContain(refused)
    expect(result.summary).toContain(
      '#### ⚠️ `deployment/gateway-service (erp)`: what it serves now is unknown'
    )
    expect(result.summary).toContain(`Live now: could not be read (GET `)
    expect(result.summary).toContain(
      'What to do: roll back by hand with `kubectl rollout undo deployment/gateway-service -n erp` once the cluster answers'
    )
  })

  it('rolls back a StatefulSet to its previous ControllerRevision', async () => {
    const { clock, fake, kubeconfig } = await startFake({ images: { [DIGEST('9')]: { rollout: 'stuck' } } })
    const inputs = {
      kubeconfig,
      manifests: [join(MANIFESTS, 'erp/namespace.yaml'), join(MANIFESTS, 'erp/discovery-server.yaml')].join(
        '\n'
      ),
      images: `discovery-server=${ECR}/discovery-server@${DIGEST('8')}`,
      namespace: 'erp',
      timeout: '1m'
    }
    expect((await runDeploy(inputs, { clock })).outputs.status).toBe('succeeded')
    const result = await runDeploy(
      { ...inputs, images: `discovery-server=${ECR}/discovery-server@${DIGEST('9')}` },
      { clock }
    )
    expect(result.outputs.status).toBe('rolled-back')
    expect(JSON.parse(result.outputs.workloads)[0]).toMatchObject({
      kind: 'StatefulSet',
      revision: 2,
      result: 'rolled-back',
      restoredRevision: 1
    })
    const live = fake.object('/apis/apps/v1/namespaces/erp/statefulsets/discovery-server')
    expect(live.spec.template.spec.containers[0].image).toBe(`${ECR}/discovery-server@${DIGEST('8')}`)
  })

  it('reports server-side apply conflicts with the field and its owner, and waits for nothing', async () => {
    const { clock, fake, kubeconfig } = await startFake({
      conflicts: [
        {
          kind: 'Deployment',
          name: 'gateway-service',
          field: '.spec.replicas',
          manager: 'kubectl-client-side-apply'
        },
        {
          kind: 'Deployment',
          name: 'gateway-service',
          field: '.spec.template.spec.containers[name="gateway"].image',
          manager: 'argocd-controller'
        }
      ]
    })
    const result = await runDeploy(plainInputs(kubeconfig), { clock })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::1 of 2 objects were not applied, so no rollout was awaited: server-side apply conflicts (another manager owns these fields; remove them from the manifests, or hand them to shipline once with kubectl apply --server-side --field-manager=shipline --force-conflicts): deployment.apps/gateway-service in erp: .spec.replicas is owned by "kubectl-client-side-apply", .spec.template.spec.containers[name="gateway"].image is owned by "argocd-controller"'
    ])
    expect(fake.requestsOf('GET', '/apis/apps/v1/namespaces/erp/deployments/')).toHaveLength(0)
    expect(result.outputs).toEqual({})
  })

  it('applies the Namespace before what lives in it, whatever the file order', async () => {
    const { clock, fake, kubeconfig } = await startFake()
    const result = await runDeploy(
      {
        kubeconfig,
        manifests: `${MANIFESTS}/plain/*.y*ml`,
        images: `gateway-service=${ECR}/gateway-service@${DIGEST('c')}`
      },
      { clock }
    )
    expect(result.errors).toEqual([])
    expect(fake.requestsOf('PATCH').map(r => r.path)).toEqual([
      '/api/v1/namespaces/erp',
      '/api/v1/namespaces/erp/secrets/shipline',
      '/apis/apps/v1/namespaces/erp/deployments/gateway-service'
    ])
  })

  it('authenticates to EKS with DescribeCluster and renews the STS token before it expires during a long wait', async () => {
    const clock = fakeClock(START)
    const rejectedStale: string[] = []
    fake = new FakeKubeApi({
      now: clock.now,
      workloads: { 'gateway-service': { rollout: 'complete', afterMs: 40 * 60_000 } },
      authorize: (header, now) => {
        const url = header?.startsWith('Bearer ') ? decodeEksToken(header.slice(7)) : undefined
        if (
          !url ||
          url.host !== 'sts.eu-west-1.amazonaws.com' ||
          url.searchParams.get('Action') !== 'GetCallerIdentity'
        )
          return false
        const date = url.searchParams.get('X-Amz-Date') ?? ''
        const signed = Date.parse(
          date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')
        )
        // The authenticator accepts a token for 15 minutes after X-Amz-Date.
        if (now - signed > 15 * 60_000) {
          rejectedStale.push(date)
          return false
        }
        return true
      }
    })
    await fake.start()
    const eks = mockClient(EKSClient)
    eks.on(DescribeClusterCommand, { name: 'erp-production' }).resolves({
      cluster: {
        name: 'erp-production',
        endpoint: fake.url,
        status: 'ACTIVE',
        version: '1.31',
        certificateAuthority: { data: '' }
      }
    })
    let credentialCalls = 0
    const result = await runDeploy(
      {
        'cluster-name': 'erp-production',
        'aws-region': 'eu-west-1',
        manifests: [join(MANIFESTS, 'plain/namespace.yml'), join(MANIFESTS, 'plain/gateway.yaml')].join('\n'),
        images: `gateway-service=${ECR}/gateway-service@${DIGEST('c')}`,
        timeout: '1h',
        'poll-interval': '30s'
      },
      {
        clock,
        eksClient: new EKSClient({ region: 'eu-west-1' }),
        credentials: async () => {
          credentialCalls++
          return { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }
        }
      }
    )
    eks.restore()
    expect(result.errors).toEqual([])
    expect(result.outputs.status).toBe('succeeded')
    expect(eks.commandCalls(DescribeClusterCommand)).toHaveLength(1)
    // 40 minutes of waiting with tokens renewed a minute before their 14-minute expiry: 4 tokens, none refused.
    expect(rejectedStale).toEqual([])
    expect(fake.unauthorized).toBe(0)
    expect(fake.tokensSeen).toHaveLength(4)
    expect(credentialCalls).toBe(4)
    expect(fake.tokensSeen.every(token => token.startsWith('k8s-aws-v1.'))).toBe(true)
    // Every token was masked before its first use.
    for (const token of fake.tokensSeen) expect(result.stdout).toContain(`::add-mask::${token}`)
  })
})
