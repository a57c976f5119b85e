/** The prune decision and the ApplySet identity, table-driven. */
import { describe, expect, it } from '@jest/globals'
import {
  applySetId,
  applySetParent,
  groupKindOf,
  type MemberRef,
  membersOf,
  parentManifest,
  PART_OF_LABEL
} from '../applyset.js'
import type { KubeObject } from '../client.js'
import { type Listing, planPrune } from '../prune-plan.js'

const ID = 'applyset-x-v1'
const item = (name: string, namespace?: string, labels: Record<string, string> = { [PART_OF_LABEL]: ID }) =>
  ({ apiVersion: '', kind: '', metadata: { name, namespace, labels, uid: `uid-${name}` } }) as KubeObject
const member = (groupKind: string, name: string, namespace?: string): MemberRef => ({
  groupKind,
  name,
  namespace
})

describe('planPrune', () => {
  const cases: Array<[string, MemberRef[], Listing[], string[]]> = [
    ['nothing listed, nothing pruned', [member('Deployment.apps', 'a', 'erp')], [], []],
    [
      'a member no longer in the manifests is pruned, the current one kept',
      [member('Deployment.apps', 'auth', 'erp')],
      [{ groupKind: 'Deployment.apps', items: [item('auth', 'erp'), item('hr', 'erp')] }],
      ['Deployment.apps erp/hr']
    ],
    [
      'an object without the part-of label is never pruned',
      [],
      [{ groupKind: 'Service', items: [item('legacy', 'erp', { app: 'legacy' })] }],
      []
    ],
    [
      "another set's member is never pruned",
      [],
      [{ groupKind: 'Service', items: [item('theirs', 'erp', { [PART_OF_LABEL]: 'applyset-other-v1' })] }],
      []
    ],
    [
      'the same name in another namespace is another object',
      [member('Service', 'auth', 'erp')],
      [{ groupKind: 'Service', items: [item('auth', 'erp'), item('auth', 'staging')] }],
      ['Service staging/auth']
    ],
    [
      'the same name of another group-kind is another object',
      [member('Service', 'hr', 'erp')],
      [{ groupKind: 'TargetGroupBinding.elbv2.k8s.aws', items: [item('hr', 'erp')] }],
      ['TargetGroupBinding.elbv2.k8s.aws erp/hr']
    ],
    [
      'Namespaces and CRDs are never pruned, even when labelled',
      [],
      [
        { groupKind: 'Namespace', items: [item('erp')] },
        { groupKind: 'CustomResourceDefinition.apiextensions.k8s.io', items: [item('x.example.com')] }
      ],
      []
    ],
    [
      'an object already being deleted is left to finish',
      [],
      [
        {
          groupKind: 'ConfigMap',
          items: [
            {
              ...item('going', 'erp'),
              metadata: { ...item('going', 'erp').metadata, deletionTimestamp: 'now' }
            }
          ]
        }
      ],
      []
    ],
    [
      'cluster-scoped members have no namespace; the order is by group-kind, namespace, name',
      [],
      [
        { groupKind: 'Service', items: [item('b', 'erp'), item('a', 'erp')] },
        { groupKind: 'ClusterRole.rbac.authorization.k8s.io', items: [item('reader')] }
      ],
      ['ClusterRole.rbac.authorization.k8s.io /reader', 'Service erp/a', 'Service erp/b']
    ]
  ]
  it.each(cases)('%s', (_name, current, listings, expected) => {
    const plan = planPrune(ID, current, listings)
    expect(plan.map(t => `${t.groupKind} ${t.namespace ?? ''}/${t.name}`)).toEqual(expected)
  })

  it('names the uid to delete with', () => {
    const [target] = planPrune(ID, [], [{ groupKind: 'Secret', items: [item('s', 'erp')] }])
    expect(target).toEqual({ groupKind: 'Secret', kind: 'Secret', namespace: 'erp', name: 's', uid: 'uid-s' })
  })
})

describe('ApplySet identity', () => {
  it("derives the id as kubectl does (kubectl's own test: Secret my-set in test)", () => {
    expect(applySetId({ name: 'my-set', namespace: 'test' })).toBe(
      'applyset-0eFHV8ySqp7XoShsGvyWFQD3s96yqwHmzc4e0HR1dsY-v1'
    )
  })

  it.each([
    ['apps/v1', 'Deployment', 'Deployment.apps'],
    ['v1', 'Service', 'Service'],
    ['elbv2.k8s.aws/v1beta1', 'TargetGroupBinding', 'TargetGroupBinding.elbv2.k8s.aws']
  ])('%s %s is group-kind %s', (apiVersion, kind, expected) => {
    expect(groupKindOf({ apiVersion, kind })).toBe(expected)
  })

  it('records sorted group-kinds and the namespaces besides its own, leaving out Namespaces', () => {
    const objects: KubeObject[] = [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'erp' } },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a', namespace: 'erp' } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'a', namespace: 'erp' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' } }
    ]
    const { groupKinds, namespaces } = membersOf(objects)
    const parent = parentManifest({ name: 'shipline', namespace: 'default' }, groupKinds, namespaces)
    expect(parent.metadata.annotations).toEqual({
      'applyset.kubernetes.io/tooling': 'shipline/v1',
      'applyset.kubernetes.io/contains-group-kinds': 'ConfigMap,Deployment.apps,Service',
      'applyset.kubernetes.io/additional-namespaces': 'erp'
    })
    expect(parent.metadata.labels).toEqual({
      'applyset.kubernetes.io/id': applySetId({ name: 'shipline', namespace: 'default' })
    })
  })

  const obj = (kind: string, namespace?: string): KubeObject => ({
    apiVersion: 'v1',
    kind,
    metadata: { name: 'x', namespace }
  })
  it.each<[string, string | undefined, KubeObject[], string]>([
    ['the namespace input wins', 'ops', [obj('Service', 'erp')], 'ops'],
    [
      "else the one namespace the members name (the overlay's)",
      undefined,
      [obj('Namespace'), obj('Service', 'erp')],
      'erp'
    ],
    [
      'else, members spanning namespaces, the default namespace',
      undefined,
      [obj('Service', 'a'), obj('Service', 'b')],
      'default'
    ],
    ['else, members naming none, the default namespace', undefined, [obj('Service')], 'default']
  ])('the parent: %s', (_name, given, objects, expected) => {
    expect(applySetParent({ name: 'shipline', namespace: given }, objects, 'default')).toEqual({
      name: 'shipline',
      namespace: expected
    })
  })
})
