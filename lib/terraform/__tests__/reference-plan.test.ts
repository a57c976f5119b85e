import { describe, expect, it } from '@jest/globals'
import {
  FAKE_ENDPOINT_SERVICES,
  allowedAccountId,
  awsProviderAliases,
  copied,
  fakeAwsOverride,
  firstError,
  isolatedEnv,
  plannedResources,
  warningsOf
} from '../reference-plan.js'

describe('awsProviderAliases', () => {
  it('names the default aws provider and every alias, and no other provider', () => {
    const providers = `provider "aws" {
  region = var.region
}

# CloudFront-scoped WAF resources exist only in us-east-1.
provider "aws" {
  alias               = "us_east_1"
  region              = "us-east-1"

  default_tags {
    tags = local.tags
  }
}

provider "kubernetes" {
  alias = "cluster"
}
`
    expect(awsProviderAliases([providers, 'resource "aws_vpc" "this" {}\n'])).toEqual(['', 'us_east_1'])
    expect(awsProviderAliases(['terraform {}\n'])).toEqual([])
  })
})

describe('fakeAwsOverride', () => {
  const override = fakeAwsOverride('http://127.0.0.1:4566', ['', 'us_east_1'], '/tmp/w/terraform.tfstate')

  it('replaces the backend with a local one in the temporary directory', () => {
    expect(override).toContain(
      'terraform {\n  backend "local" {\n    path = "/tmp/w/terraform.tfstate"\n  }\n}'
    )
  })

  it('points every service endpoint of each provider block at the stand-in, with fake keys and skip flags', () => {
    const blocks = override.split('provider "aws" {').slice(1)
    expect(blocks).toHaveLength(2)
    expect(blocks[1]).toContain('alias = "us_east_1"')
    for (const block of blocks) {
      for (const service of FAKE_ENDPOINT_SERVICES)
        expect(block).toMatch(new RegExp(`\\n    ${service} += "http://127\\.0\\.0\\.1:4566"\\n`))
      expect(block).toContain('skip_credentials_validation = true')
      expect(block).toContain('skip_metadata_api_check     = true')
      expect(block).toContain('access_key                  = "AKIAIOSFODNN7EXAMPLE"')
    }
  })

  it('refuses an endpoint that is not on loopback', () => {
    expect(() => fakeAwsOverride('https://sts.amazonaws.com', [''], '/s')).toThrow(
      'endpoint "https://sts.amazonaws.com" is not a loopback stand-in; accepted: http://127.0.0.1:PORT'
    )
  })
})

describe('copied', () => {
  it.each([
    ['/c/main.tf', true],
    ['/c/modules', true],
    ['/c/environments/staging.tfvars', true],
    ['/c/.terraform', false],
    ['/c/.terraform.lock.hcl', false],
    ['/c/terraform.tfstate', false],
    ['/c/terraform.tfstate.backup', false],
    ['/c/plan.tfplan', false],
    ['/c/__tests__', false],
    ['/c/tests', false],
    ['/c/k8s', false],
    ['/c/bootstrap', false]
  ])('%s: %s', (path, expected) => {
    expect(copied(path)).toBe(expected)
  })
})

describe('plannedResources', () => {
  it('counts managed resources that change, not data reads or no-ops', () => {
    expect(
      plannedResources({
        resource_changes: [
          { mode: 'managed', change: { actions: ['create'] } },
          { mode: 'managed', change: { actions: ['delete', 'create'] } },
          { mode: 'managed', change: { actions: ['no-op'] } },
          { mode: 'data', change: { actions: ['read'] } },
          { change: { actions: ['update'] } }
        ]
      })
    ).toBe(3)
    expect(plannedResources({})).toBe(0)
  })
})

describe('firstError and warningsOf', () => {
  const output = `
Planning failed. Terraform encountered an error while generating this plan.

╷
│ Warning: Deprecated attribute
│
│   on main.tf line 3:
╵
╷
│ Error: Invalid for_each argument
│
│   on modules/rds/main.tf line 40, in resource "aws_vpc_security_group_ingress_rule" "postgres":
│   40:   for_each = toset(var.allowed_security_group_ids)
╵
`

  it('gives the first error with the lines that say where', () => {
    expect(firstError(output)).toBe(
      'Error: Invalid for_each argument on modules/rds/main.tf line 40, in resource "aws_vpc_security_group_ingress_rule" "postgres": 40:   for_each = toset(var.allowed_security_group_ids)'
    )
    expect(firstError('just this\n')).toBe('just this')
  })

  it('lists the warnings', () => {
    expect(warningsOf(output)).toEqual(['Deprecated attribute'])
  })
})

describe('isolatedEnv', () => {
  it('drops ambient AWS credentials and Terraform variables, and turns off the metadata service', () => {
    expect(
      isolatedEnv({
        PATH: '/bin',
        AWS_PROFILE: 'prod',
        AWS_ACCESS_KEY_ID: 'AKIA',
        TF_VAR_environment: 'production',
        TF_CLI_ARGS_plan: '-parallelism=1',
        TF_CLI_CONFIG_FILE: '/t/rc'
      })
    ).toEqual({
      PATH: '/bin',
      TF_CLI_CONFIG_FILE: '/t/rc',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
    })
  })
})

describe('allowedAccountId', () => {
  it('is the first account of allowed_account_ids', () => {
    expect(
      allowedAccountId('environment = "staging"\nallowed_account_ids = ["111111111111", "222222222222"]\n')
    ).toBe('111111111111')
    expect(
      allowedAccountId('# allowed_account_ids = ["111111111111"]\nregion = "eu-west-1"\n')
    ).toBeUndefined()
    expect(allowedAccountId('allowed_account_ids = []\n')).toBeUndefined()
  })
})
