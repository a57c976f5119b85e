/** kubectl's rollout rule over the recorded Deployment statuses and StatefulSet/DaemonSet cases. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { load } from 'js-yaml'
import type { KubeObject } from '../client.js'
import { rolloutState } from '../rollout-status.js'
import { sharedFixture } from '../../../__fixtures__/paths.js'

const FIXTURES = sharedFixture('k8s')
const fixture = (name: string) =>
  (name.endsWith('.json')
    ? JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8'))
    : load(readFileSync(resolve(FIXTURES, name), 'utf8'))) as KubeObject

function withStatus(
  base: KubeObject,
  patch: Record<string, unknown>,
  spec: Record<string, unknown> = {}
): KubeObject {
  return {
    ...base,
    metadata: { ...base.metadata, generation: 2 },
    spec: { ...base.spec, ...spec },
    status: { observedGeneration: 2, ...patch }
  }
}

const sts: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db', generation: 2 },
  spec: { replicas: 3 }
}
const ds: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent', generation: 2 },
  spec: {}
}

describe('rolloutState', () => {
  it.each([
    [
      'recorded: progressing',
      fixture('deployment-progressing.yaml'),
      'progressing',
      '1 old replicas are pending termination'
    ],
    [
      'recorded: progress deadline exceeded',
      fixture('deployment-progress-deadline-exceeded.yaml'),
      'failed',
      'deployment "guestbook-ui" exceeded its progress deadline (ReplicaSet "guestbook-ui-75dd4d49d5" has timed out progressing.)'
    ],
    [
      'recorded: complete',
      fixture('deployment-complete-live.json'),
      'done',
      'deployment "guestbook-ui" successfully rolled out'
    ],
    [
      'generation not yet observed',
      {
        ...fixture('deployment-complete-live.json'),
        metadata: { ...fixture('deployment-complete-live.json').metadata, generation: 6 }
      },
      'progressing',
      'waiting for deployment "guestbook-ui" spec update to be observed'
    ],
    [
      'updated but not available',
      withStatus(fixture('deployment-complete-live.json'), {
        replicas: 1,
        updatedReplicas: 1,
        availableReplicas: 0
      }),
      'progressing',
      '0 of 1 updated replicas are available'
    ],
    [
      'scaled to 3, 2 updated',
      withStatus(
        fixture('deployment-complete-live.json'),
        { replicas: 3, updatedReplicas: 2, availableReplicas: 2 },
        { replicas: 3 }
      ),
      'progressing',
      '2 out of 3 new replicas have been updated'
    ],
    [
      'statefulset: pods not ready',
      withStatus(sts, { readyReplicas: 2, updatedReplicas: 3 }),
      'progressing',
      '2 of 3 pods are ready'
    ],
    [
      'statefulset: revisions differ',
      withStatus(sts, {
        readyReplicas: 3,
        updatedReplicas: 2,
        currentRevision: 'db-1',
        updateRevision: 'db-2'
      }),
      'progressing',
      'waiting for the rolling update to finish: 2 pods at revision db-2'
    ],
    [
      'statefulset: complete',
      withStatus(sts, {
        readyReplicas: 3,
        updatedReplicas: 3,
        currentRevision: 'db-2',
        updateRevision: 'db-2'
      }),
      'done',
      'statefulset "db" rolling update complete'
    ],
    [
      'statefulset: partitioned',
      withStatus(
        sts,
        { readyReplicas: 3, updatedReplicas: 1, currentRevision: 'db-1', updateRevision: 'db-2' },
        { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }
      ),
      'done',
      'partitioned rollout of statefulset "db" complete'
    ],
    [
      'statefulset: OnDelete',
      withStatus(sts, {}, { updateStrategy: { type: 'OnDelete' } }),
      'done',
      'statefulset "db" uses OnDelete: pods update when deleted'
    ],
    [
      'daemonset: updating',
      withStatus(ds, { desiredNumberScheduled: 3, updatedNumberScheduled: 1, numberAvailable: 3 }),
      'progressing',
      '1 out of 3 new pods have been updated'
    ],
    [
      'daemonset: unavailable',
      withStatus(ds, { desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2 }),
      'progressing',
      '2 of 3 updated pods are available'
    ],
    [
      'daemonset: complete',
      withStatus(ds, {
        desiredNumberScheduled: 3,
        updatedNumberScheduled: 3,
        numberAvailable: 3,
        numberReady: 3
      }),
      'done',
      'daemonset "agent" successfully rolled out'
    ]
  ])('%s', (_name, object, state, message) => {
    expect(rolloutState(object as KubeObject)).toMatchObject({ state, message })
  })
})
