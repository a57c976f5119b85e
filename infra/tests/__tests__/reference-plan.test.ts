/**
 * The first `terraform plan` a user makes of the reference architecture, for real: the machine's
 * Terraform and AWS provider, no AWS account (the provider's read calls go to the loopback stand-in
 * of lib/standins/aws-read-api.ts), one plan per environments/*.tfvars. What is asserted is what the
 * user sees: the plan succeeds with no warning, creates the architecture, makes no call the stand-in
 * does not know, the provider's own computations (policy JSON, managed policy IDs) come out right,
 * and `shipline plan-comment` renders it. Without terraform or the provider mirror, these fail with
 * what is missing and how to provide it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { startAwsReadApi } from '../../../lib/standins/aws-read-api.js'
import { TerraformRunError, referencePlan } from '../../../lib/terraform/reference-plan.js'
import { cleanupReferencePlans, referencePlanJson } from './reference-plan-json.js'
import { environmentVarFiles } from './tftest-files.js'
import { INFRA_DIR, INFRA_READS, terraformSetup } from './terraform-tools.js'

const TIMEOUT = 15 * 60_000

afterAll(cleanupReferencePlans)

interface ResourceChange {
  address: string
  type: string
  mode: string
  change: { actions: string[]; after: Record<string, unknown> | null }
}
interface PlanJson {
  terraform_version: string
  errored: boolean
  complete: boolean
  applyable: boolean
  resource_changes: ResourceChange[]
  configuration: {
    provider_config: Record<string, { expressions?: Record<string, { constant_value?: unknown }> }>
    root_module: {
      module_calls: Record<
        string,
        { module: { resources: Array<{ address: string; provider_config_key: string }> } }
      >
    }
  }
}

async function planOf(
  varFile: string
): Promise<{ json: PlanJson; plan: Awaited<ReturnType<typeof referencePlanJson>> }> {
  const plan = await referencePlanJson(varFile)
  return { plan, json: JSON.parse(readFileSync(plan.planJsonPath, 'utf8')) as PlanJson }
}

const after = (json: PlanJson, address: string): Record<string, unknown> => {
  const change = json.resource_changes.find(rc => rc.address === address)
  if (!change?.change.after) throw new Error(`${address} is not in the plan`)
  return change.change.after
}

/** Every read call the first plan of infra/ makes (the optional bastion's SSM parameter aside). */
const READ_CALLS = [
  'cloudfront GetCachePolicy',
  'cloudfront GetOriginRequestPolicy',
  'cloudfront GetResponseHeadersPolicy',
  'cloudfront ListCachePolicies',
  'cloudfront ListOriginRequestPolicies',
  'cloudfront ListResponseHeadersPolicies',
  'ec2 DescribeAvailabilityZones',
  'ec2 DescribeManagedPrefixLists',
  'ec2 GetManagedPrefixListEntries',
  'iam GetUser',
  's3 ListBuckets',
  'sts GetCallerIdentity'
]

describe.each(environmentVarFiles(INFRA_DIR))(
  'the first plan of infra/ with %s, with no AWS account',
  varFile => {
    it(
      'succeeds with no warning, creating the whole architecture and changing nothing else',
      async () => {
        const { plan, json } = await planOf(varFile)
        expect(plan.warnings).toEqual([])
        expect({ errored: json.errored, complete: json.complete, applyable: json.applyable }).toEqual({
          errored: false,
          complete: true,
          applyable: true
        })
        const managed = json.resource_changes.filter(rc => rc.mode === 'managed')
        expect(managed.filter(rc => rc.change.actions.join() !== 'create').map(rc => rc.address)).toEqual([])
        expect(plan.resourceCount).toBe(managed.length)
        expect(plan.resourceCount).toBeGreaterThan(140)
        const addresses = new Set(managed.map(rc => rc.address))
        for (const address of [
          'terraform_data.origin_verify',
          'module.network.aws_vpc.this',
          'module.network.aws_flow_log.this',
          'module.eks.aws_eks_cluster.this',
          'module.eks.aws_eks_node_group.this["general"]',
          'module.rds.aws_db_instance.this',
          'module.rds.aws_vpc_security_group_ingress_rule.postgres["eks_nodes"]',
          'module.alb.aws_lb.this',
          'module.cdn.aws_cloudfront_distribution.this',
          'module.cdn.aws_wafv2_web_acl.this',
          ...['auth-service', 'gateway-service', 'frontend'].flatMap(s => [
            `module.ecr.aws_ecr_repository.this["${s}"]`,
            `module.ecr.aws_ecr_repository.cache["${s}"]`
          ])
        ])
          expect(addresses).toContain(address)
        expect(json.terraform_version).toMatch(/^1\.\d+\.\d+$/)
      },
      TIMEOUT
    )

    it(
      'makes only the read calls the AWS stand-in knows, from the account the tfvars allow',
      async () => {
        const { plan } = await planOf(varFile)
        expect(plan.calls.filter(c => !c.known)).toEqual([])
        expect([...new Set(plan.calls.map(c => `${c.service} ${c.operation}`))].sort()).toEqual(READ_CALLS)
        expect(plan.calls.filter(c => c.service !== 'cloudfront').map(c => c.region)).toContain('us-east-1')
        expect(plan.accountId).toMatch(/^\d{12}$/)
      },
      TIMEOUT
    )

    it(
      "reads CloudFront's managed policies and origin-facing prefix list, and uses their real IDs",
      async () => {
        const { json } = await planOf(varFile)
        const distribution = after(json, 'module.cdn.aws_cloudfront_distribution.this') as {
          default_cache_behavior: Array<Record<string, string>>
          ordered_cache_behavior: Array<Record<string, string>>
        }
        const [frontend] = distribution.default_cache_behavior
        const [api] = distribution.ordered_cache_behavior
        expect(frontend).toMatchObject({
          cache_policy_id: '658327ea-f89d-4fab-a63d-7e88639e58f6', // Managed-CachingOptimized
          response_headers_policy_id: '67f7725c-6f97-4210-82d7-5512b31e9d03' // Managed-SecurityHeadersPolicy
        })
        expect(api).toMatchObject({
          path_pattern: '/api/*',
          cache_policy_id: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
          origin_request_policy_id: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
          response_headers_policy_id: '67f7725c-6f97-4210-82d7-5512b31e9d03'
        })
        expect(
          after(json, 'module.alb.aws_vpc_security_group_ingress_rule.https_from_cloudfront')
        ).toMatchObject({
          prefix_list_id: 'pl-4fa04526', // com.amazonaws.global.cloudfront.origin-facing in eu-west-1
          from_port: 443,
          to_port: 443,
          cidr_ipv4: null
        })
      },
      TIMEOUT
    )

    it(
      'computes the policies for real: the flow logs key is usable by CloudWatch Logs of the region for that log group only',
      async () => {
        const { json, plan } = await planOf(varFile)
        const environment = /environments\/(\w+)\.tfvars$/.exec(varFile)?.[1]
        const policy = JSON.parse(String(after(json, 'module.network.aws_kms_key.flow_logs').policy)) as {
          Statement: Array<{ Sid: string; Principal: Record<string, string>; Condition?: unknown }>
        }
        expect(policy.Statement.find(s => s.Sid === 'CloudWatchLogsUse')).toMatchObject({
          Principal: { Service: 'logs.eu-west-1.amazonaws.com' },
          Condition: {
            ArnEquals: {
              'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:eu-west-1:${plan.accountId}:log-group:/aws/vpc/erp-${environment}/flow-logs`
            }
          }
        })
        const lifecycle = JSON.parse(
          String(after(json, 'module.ecr.aws_ecr_lifecycle_policy.this["frontend"]').policy)
        )
        expect(lifecycle.rules[0].selection).toEqual({
          countNumber: 10,
          countType: 'imageCountMoreThan',
          tagStatus: 'any'
        })
        // The build cache: its own mutable repository, whose replaced cache images expire.
        expect(after(json, 'module.ecr.aws_ecr_repository.cache["frontend"]')).toMatchObject({
          name: 'cache/frontend',
          image_tag_mutability: 'MUTABLE'
        })
        const cache = JSON.parse(
          String(after(json, 'module.ecr.aws_ecr_lifecycle_policy.cache["frontend"]').policy)
        )
        expect(cache.rules.map((rule: { selection: unknown }) => rule.selection)).toEqual([
          { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 3 },
          { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 50 }
        ])
      },
      TIMEOUT
    )

    it(
      "plans CloudFront's WAF with the provider configured for us-east-1",
      async () => {
        const { json } = await planOf(varFile)
        const cdn = json.configuration.root_module.module_calls.cdn?.module.resources ?? []
        const keys = Object.fromEntries(cdn.map(r => [r.address, r.provider_config_key]))
        expect(keys).toMatchObject({
          'aws_wafv2_web_acl.this': 'aws.us_east_1',
          'aws_wafv2_web_acl_logging_configuration.this': 'aws.us_east_1',
          'aws_cloudwatch_log_group.waf': 'aws.us_east_1',
          'aws_cloudfront_distribution.this': 'aws'
        })
        expect(json.configuration.provider_config['aws.us_east_1']?.expressions?.region?.constant_value).toBe(
          'us-east-1'
        )
      },
      TIMEOUT
    )

    it(
      'renders as the pull request comment shipline plan-comment writes',
      async () => {
        const { plan } = await planOf(varFile)
        const cli = join(INFRA_DIR, '..', 'cli', 'dist', 'index.js')
        expect(existsSync(cli)).toBe(true)
        // The command reads files in its current directory (its workspace): the plan's directory here.
        const result = spawnSync(process.execPath, [cli, 'plan-comment', plan.planJsonPath], {
          encoding: 'utf8',
          cwd: dirname(plan.planJsonPath)
        })
        expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' })
        expect(result.stdout.split('\n')[0]).toBe(
          `**Plan: ${plan.resourceCount} to add, 0 to change, 0 to destroy.**`
        )
        expect(result.stdout).toContain('module.rds.aws_db_instance.this')
        expect(result.stdout.length).toBeLessThanOrEqual(65_536)
      },
      TIMEOUT
    )
  }
)

describe('the account guard, for real', () => {
  it(
    'refuses to plan staging with credentials of another account (allowed_account_ids)',
    async () => {
      const setup = terraformSetup()
      const api = await startAwsReadApi({ accountId: '999999999999' })
      try {
        const error = await referencePlan({
          configDir: INFRA_DIR,
          alongside: INFRA_READS,
          varFile: 'environments/staging.tfvars',
          endpoint: api.url,
          env: setup.env,
          terraform: setup.terraform
        }).then(
          () => undefined,
          (e: unknown) => e
        )
        expect(error).toBeInstanceOf(TerraformRunError)
        expect((error as TerraformRunError).message).toMatch(
          /^terraform plan failed \(exit 1\): Error: .*999999999999/
        )
      } finally {
        await api.close()
      }
    },
    TIMEOUT
  )
})
