/**
 * removedServices: which for_each keys a plan removes as a whole, and what each takes with it. The
 * addresses and names are those the real plan of infra/ (environments/staging.tfvars, the example
 * shipline.yml) has for gateway-service (exposed) and reporting-service (database: true).
 */
import { describe, expect, it } from '@jest/globals'
import type { PlanJson, ResourceChange } from '../plan-json.js'
import { removedServices, stringKeys } from '../removed-services.js'
import { sentence } from '../removed-services-section.js'
import { renderPlanComment, SUMMARY_LIMIT } from '../plan-comment.js'
import { blocksClosed } from '../../core/budget.js'

const NAMES: Record<string, Record<string, unknown>> = {
  'module.ecr.aws_ecr_repository.this["gateway-service"]': { name: 'gateway-service', force_delete: false },
  'module.ecr.aws_ecr_repository.this["reporting-service"]': {
    name: 'reporting-service',
    force_delete: true
  },
  'module.alb.aws_lb_target_group.this["gateway-service"]': { name: 'erp-staging-gateway-service' },
  'module.alb.aws_lb_listener_rule.forward["gateway-service"]': { priority: 10 },
  'module.eks.aws_iam_role.irsa["reporting-service"]': { name: 'erp-staging-reporting-service' }
}

const typeOf = (address: string) =>
  address
    .replace(/\[[^\]]*\]/g, '')
    .split('.')
    .at(-2) as string

function change(address: string, actions: string[], extra: Partial<ResourceChange> = {}): ResourceChange {
  return {
    address,
    mode: /(^|\.)data\./.test(address) ? 'data' : 'managed',
    type: typeOf(address),
    index: stringKeys(address).at(-1),
    change: {
      actions,
      before: actions.includes('create') && actions.length === 1 ? null : (NAMES[address] ?? {})
    },
    ...extra
  }
}

const gateway = [
  'module.alb.aws_lb_listener_rule.forward["gateway-service"]',
  'module.alb.aws_lb_target_group.this["gateway-service"]',
  'module.alerts.aws_cloudwatch_metric_alarm.unhealthy_targets["gateway-service"]',
  'module.ecr.aws_ecr_lifecycle_policy.this["gateway-service"]',
  'module.ecr.aws_ecr_repository.this["gateway-service"]',
  'module.ecr.aws_ecr_repository_policy.this["gateway-service"]'
]
const reporting = [
  'module.ecr.aws_ecr_lifecycle_policy.this["reporting-service"]',
  'module.ecr.aws_ecr_repository.this["reporting-service"]',
  'module.ecr.aws_ecr_repository_policy.this["reporting-service"]',
  'module.eks.aws_iam_role.irsa["reporting-service"]',
  'module.eks.aws_iam_role_policy.irsa["reporting-service"]'
]
const stays = [
  'module.ecr.aws_ecr_repository.this["auth-service"]',
  'module.eks.aws_iam_role.irsa["auth-service"]'
]

/** A prior state holding the ECR repositories of these services (what the previous apply made). */
function priorState(...services: string[]): Record<string, unknown> {
  return {
    format_version: '1.0',
    values: {
      root_module: {
        child_modules: [
          {
            address: 'module.ecr',
            resources: services.map(s => ({
              address: `module.ecr.aws_ecr_repository.this["${s}"]`,
              mode: 'managed',
              type: 'aws_ecr_repository',
              index: s
            }))
          }
        ]
      }
    }
  }
}

function plan(changes: ResourceChange[], prior?: Record<string, unknown>): PlanJson {
  return { format_version: '1.2', resource_changes: changes, ...(prior ? { prior_state: prior } : {}) }
}

const deletes = (addresses: string[]) => addresses.map(a => change(a, ['delete']))
const noops = (addresses: string[]) => addresses.map(a => change(a, ['no-op']))

/** What a reader needs of the result: the source, and each service's resources by type. */
function seen(p: PlanJson) {
  const result = removedServices(p)
  return {
    source: result.source,
    services: Object.fromEntries(
      result.services.map(s => [s.name, s.byType.map(g => `${g.type} ${g.addresses.length}`)])
    )
  }
}

describe('removedServices', () => {
  const all = ['auth-service', 'gateway-service', 'reporting-service']
  it.each<[string, PlanJson, ReturnType<typeof seen>]>([
    [
      'a service whose every resource is destroyed, the others unchanged',
      plan([...deletes(gateway), ...noops(stays)], priorState(...all)),
      {
        source: 'registry',
        services: {
          'gateway-service': [
            'aws_ecr_repository 1',
            'aws_lb_target_group 1',
            'aws_cloudwatch_metric_alarm 1',
            'aws_ecr_lifecycle_policy 1',
            'aws_ecr_repository_policy 1',
            'aws_lb_listener_rule 1'
          ]
        }
      }
    ],
    [
      'two services removed at once, named in order',
      plan([...deletes(reporting), ...deletes(gateway), ...noops(stays)], priorState(...all)),
      {
        source: 'registry',
        services: {
          'gateway-service': expect.any(Array) as unknown as string[],
          'reporting-service': [
            'aws_ecr_repository 1',
            'aws_iam_role 1',
            'aws_ecr_lifecycle_policy 1',
            'aws_ecr_repository_policy 1',
            'aws_iam_role_policy 1'
          ]
        }
      }
    ],
    [
      'not when one of its resources is replaced rather than destroyed',
      plan(
        [
          ...deletes(gateway.filter(a => !a.includes('target_group'))),
          change('module.alb.aws_lb_target_group.this["gateway-service"]', ['delete', 'create'])
        ],
        priorState(...all)
      ),
      { source: 'registry', services: {} }
    ],
    [
      'not when the same key is created elsewhere (a resource moved to a new address)',
      plan(
        [
          ...deletes(gateway),
          change('module.registry.aws_ecr_repository.this["gateway-service"]', ['create'])
        ],
        priorState(...all)
      ),
      { source: 'registry', services: {} }
    ],
    [
      'not when the service stays and only its load balancer routing goes (expose turned off)',
      plan(
        [
          ...deletes(gateway.filter(a => a.includes('module.alb') || a.includes('alerts'))),
          ...noops(gateway.filter(a => a.includes('module.ecr')))
        ],
        priorState(...all)
      ),
      { source: 'registry', services: {} }
    ],
    [
      'not when a data source still reads with its key',
      plan(
        [
          ...deletes(reporting),
          change('module.eks.data.aws_iam_policy_document.irsa_assume["reporting-service"]', ['read'])
        ],
        priorState(...all)
      ),
      { source: 'registry', services: {} }
    ],
    [
      'not when only a deposed object of the key is destroyed and the current one is created',
      plan(
        [
          change('module.ecr.aws_ecr_repository.this["gateway-service"]', ['delete'], {
            deposed: 'abcd1234'
          }),
          change('module.ecr.aws_ecr_repository.this["gateway-service"]', ['create'])
        ],
        priorState(...all)
      ),
      { source: 'registry', services: {} }
    ],
    [
      'a destroyed key that is not a service (a port of the security group rules) is not one',
      plan(
        [
          ...deletes(gateway),
          change('module.alb.aws_vpc_security_group_ingress_rule.targets_from_alb["9090"]', ['delete'])
        ],
        priorState(...all)
      ),
      { source: 'registry', services: { 'gateway-service': expect.any(Array) as unknown as string[] } }
    ],
    [
      'without a prior state, the ECR repositories of the plan name the services',
      plan([...deletes(gateway), change('module.alb.aws_lb_target_group.this["web"]', ['delete'])]),
      { source: 'registry', services: { 'gateway-service': expect.any(Array) as unknown as string[] } }
    ],
    [
      'with no ECR repository at all, any key all of whose changes are destroys, module keys too',
      plan([
        change('module.svc["billing"].aws_s3_bucket.this', ['delete']),
        change('module.svc["billing"].aws_cloudwatch_log_group.this', ['delete']),
        change('module.svc["ledger"].aws_s3_bucket.this', ['no-op']),
        change('terraform_data.marker["ledger"]', ['delete'])
      ]),
      {
        source: 'keys',
        services: { billing: ['aws_cloudwatch_log_group 1', 'aws_s3_bucket 1'] }
      }
    ],
    [
      'a plan that destroys nothing',
      plan(noops(stays), priorState(...all)),
      { source: 'registry', services: {} }
    ],
    ['a plan with no resource changes', plan([]), { source: 'keys', services: {} }]
  ])('%s', (_, p, expected) => expect(seen(p)).toEqual(expected))

  it('reads keys with escapes and counts a key that appears twice in one address once', () => {
    expect(stringKeys('module.a["x\\"y"].b.c["x\\"y"]')).toEqual(['x"y', 'x"y'])
    const result = removedServices(plan([change('module.svc["b"].aws_s3_bucket.this["b"]', ['delete'])]))
    expect(result.services.map(s => [s.name, s.resources.length])).toEqual([['b', 1]])
  })
})

describe('the sentence for a removed service', () => {
  const first = (p: PlanJson) => sentence(removedServices(p).services[0] as never)

  it.each<[string, PlanJson, string]>([
    [
      'an exposed service: its repository and images first, then its target group',
      plan(deletes(gateway), priorState('gateway-service')),
      'Removing service `gateway-service` deletes the ECR repository `gateway-service` and every image in it (force_delete is false: the delete fails while it holds images); and the target group `erp-staging-gateway-service`: 6 resources in all.'
    ],
    [
      'a service with a database role',
      plan(deletes(reporting), priorState('reporting-service')),
      'Removing service `reporting-service` deletes the ECR repository `reporting-service` and every image in it; and the IAM role `erp-staging-reporting-service`: 5 resources in all.'
    ],
    [
      'a name the plan marks sensitive is not shown',
      plan([
        {
          ...change('module.svc["b"].aws_secretsmanager_secret.this', ['delete']),
          change: { actions: ['delete'], before: { name: 'db-password-b' }, before_sensitive: { name: true } }
        }
      ]),
      'Removing service `b` deletes the secret and its value: 1 resource in all.'
    ],
    [
      'only resources with no words for their type',
      plan([
        change('terraform_data.service["b"]', ['delete']),
        change('terraform_data.extra["b"]', ['delete'])
      ]),
      'Removing service `b` deletes 2 resources.'
    ]
  ])('%s', (_, p, expected) => expect(first(p)).toBe(expected))
})

describe('the section in a plan comment that must be cut', () => {
  const many = Array.from({ length: 400 }, (_, i) => `service-${String(i).padStart(3, '0')}`)
  const big = plan(
    many.flatMap(s =>
      deletes([
        `module.ecr.aws_ecr_repository.this["${s}"]`,
        `module.ecr.aws_ecr_lifecycle_policy.this["${s}"]`,
        `module.eks.aws_iam_role.irsa["${s}"]`
      ])
    ),
    priorState(...many)
  )

  it.each([65_536, 20_000, 4_000])(
    'fits in %i characters, cuts lists before sentences, and says so',
    maxChars => {
      const rendered = renderPlanComment(big, { maxChars })
      expect(rendered.markdown.length).toBeLessThanOrEqual(maxChars)
      expect(blocksClosed(rendered.markdown)).toBe(true)
      expect(rendered.removedServices).toHaveLength(400)
      const lines = rendered.markdown.split('\n')
      const first = lines.findIndex(l => l.startsWith('**:warning: Removing service'))
      expect(first).toBeGreaterThan(0)
      expect(first).toBeLessThan(lines.findIndex(l => l.includes('will be destroyed or replaced')) >>> 0)
      expect(rendered.cut.serviceListsCut + rendered.cut.servicesCut).toBeGreaterThan(0)
      expect(rendered.markdown).toMatch(/Cut to fit .*removed service/)
      if (rendered.cut.servicesCut)
        expect(rendered.markdown).toContain(`… and ${rendered.cut.servicesCut} more services are removed`)
    }
  )

  it('is whole in the job summary render', () => {
    const rendered = renderPlanComment(big, { maxChars: SUMMARY_LIMIT })
    expect(rendered.cut.serviceListsCut + rendered.cut.servicesCut).toBe(0)
    expect(rendered.markdown).toContain('- `aws_iam_role`: `module.eks.aws_iam_role.irsa["service-399"]`')
  })
})
