/**
 * What a plan cannot show, checked on the configuration as HashiCorp's HCL parser reads it. Every
 * control a plan can show is an assertion of `terraform test` (infra/tests, infra/bootstrap/tests,
 * run by infra/tests/__tests__/terraform-test.test.ts); references and module arguments are
 * terraform validate's (infra/tests/__tests__/terraform-validate.test.ts). Needs no Terraform: the
 * local run falls back to this directory where Terraform or its providers are missing.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_HEALTH_PATH, DEFAULT_NAMESPACE, DEFAULT_PORT } from '../../lib/config/schema.js'
import {
  ENVIRONMENTS,
  INFRA_DIR,
  block,
  blocks,
  expr,
  loadInfra,
  loadTfvars,
  named,
  resource,
  resources,
  strings,
  tfvarsPath,
  varRefs,
  type Body,
  type TfModule
} from './hcl.js'

const infra = await loadInfra()
const all: [string, TfModule][] = [
  ['root', infra.root],
  ['bootstrap', infra.bootstrap],
  ...Object.entries(infra.modules).map(([name, mod]): [string, TfModule] => [`modules/${name}`, mod])
]

describe('Conventions (a plan does not show them)', () => {
  it('loads the root, bootstrap and the thirteen modules (six of the architecture, seven of the platform)', () => {
    expect(Object.keys(infra.modules).sort()).toEqual([
      'alb',
      'alerts',
      'audit',
      'autoscaling',
      'cdn',
      'cognito',
      'ecr',
      'eks',
      'iam_baseline',
      'network',
      'observability',
      'rds',
      'runtime_security'
    ])
  })

  it.each(all)('%s: every declared variable is used', (_, mod) => {
    const { variable: _declarations, ...rest } = mod.tree
    const used = varRefs(rest)
    expect(Object.keys(named(mod, 'variable')).filter(v => !used.has(v))).toEqual([])
  })

  it.each(all)('%s: every variable has a type and a description', (_, mod) => {
    const variables = Object.entries(named(mod, 'variable'))
    expect(variables.length).toBeGreaterThan(0)
    const incomplete = variables
      .filter(([, v]) => typeof v.type !== 'string' || !v.description)
      .map(([n]) => n)
    expect(incomplete).toEqual([])
  })

  it.each(all)('%s: every output has a description', (_, mod) => {
    const outputs = Object.entries(named(mod, 'output'))
    expect(outputs.length).toBeGreaterThan(0)
    expect(outputs.filter(([, o]) => !o.description).map(([n]) => n)).toEqual([])
  })

  it.each(all)(
    '%s: Terraform >= 1.10 and hashicorp/aws >= 5.100, < 7.0 (the mirror has 5.100.0; 6.x admitted)',
    (_, mod) => {
      const terraform = block(mod.tree, 'terraform')
      expect(terraform.required_version).toBe('>= 1.10')
      const providers = block(terraform, 'required_providers')
      expect(Object.keys(providers)).toEqual(['aws'])
      expect(providers.aws).toMatchObject({ source: 'hashicorp/aws', version: '>= 5.100, < 7.0' })
    }
  )

  it.each(ENVIRONMENTS)(
    // terraform plan only warns about an undeclared variable in a tfvars file.
    '%s.tfvars sets only declared variables, every required one, and its own environment',
    async environment => {
      const values = await loadTfvars(tfvarsPath(environment))
      const variables = named(infra.root, 'variable')
      expect(Object.keys(values).filter(k => !(k in variables))).toEqual([])
      const required = Object.keys(variables).filter(v => !('default' in (variables[v] ?? {})))
      expect(required.length).toBeGreaterThan(0)
      expect(required.filter(v => !(v in values))).toEqual([])
      expect(values.environment).toBe(environment)
    }
  )
})

describe('State (the backend is not part of a plan)', () => {
  it('Root: S3 backend with native locking and encryption, no DynamoDB table', () => {
    const backend = block(block(infra.root.tree, 'terraform'), 'backend', 's3')
    expect(backend).toMatchObject({ use_lockfile: true, encrypt: true, workspace_key_prefix: 'workspaces' })
    expect(backend).not.toHaveProperty('dynamodb_table')
  })

  it.each(ENVIRONMENTS)(
    'Root: %s has a tfvars file and a backend configuration with bucket and KMS key',
    environment => {
      expect(existsSync(tfvarsPath(environment))).toBe(true)
      const backend = readFileSync(join(INFRA_DIR, 'environments', `${environment}.s3.tfbackend`), 'utf8')
      expect(backend).toMatch(/^bucket\s*=/m)
      expect(backend).toMatch(/^kms_key_id\s*=/m)
    }
  )

  it('Root: a workspace only ever holds its own environment (terraform test plans in the default workspace only)', () => {
    const identity = resources(infra.root, 'aws_caller_identity', 'data').current
    expect(strings(identity)).toContain(
      '${terraform.workspace == "default" || terraform.workspace == var.environment}'
    )
  })

  it('Bootstrap: the state bucket cannot be destroyed (prevent_destroy shows only as a refused destroy)', () => {
    expect(block(resource(infra.bootstrap, 'aws_s3_bucket', 'state'), 'lifecycle').prevent_destroy).toBe(true)
  })
})

describe('Values a plan leaves unknown', () => {
  it('no security group declares inline rules (a plan shows ingress and egress as known after apply)', () => {
    const groups = Object.entries(infra.modules).flatMap(([name, mod]) =>
      ['aws_security_group', 'aws_default_security_group'].flatMap(type =>
        Object.entries(resources(mod, type)).map(([id, body]): [string, Body] => [
          `${name}.${type}.${id}`,
          body
        ])
      )
    )
    expect(groups.length).toBeGreaterThanOrEqual(5)
    expect(
      groups.filter(([, g]) => blocks(g, 'ingress').length || blocks(g, 'egress').length).map(([id]) => id)
    ).toEqual([])
  })

  it('EKS: the bastion has no SSH key (key_name is known after apply)', () => {
    expect(resource(infra.modules.eks as TfModule, 'aws_instance', 'bastion')).not.toHaveProperty('key_name')
  })
})

describe('Validations over many values (a plan tries one value per run)', () => {
  it('EKS: kubernetes_version accepts supported minor versions only', () => {
    const eks = infra.modules.eks as TfModule
    // The validation's own regex (HCL-escaped in the file).
    const condition = expr(block(named(eks, 'variable').kubernetes_version as Body, 'validation').condition)
    const pattern = new RegExp(
      (/regex\("(.+?)", var\./.exec(condition)?.[1] ?? '$^').replaceAll('\\\\', '\\')
    )
    expect(['1.33', '1.35', '1.40', '1.99'].filter(v => !pattern.test(v))).toEqual([])
    expect(['1.31', '1.32', '1.3', '1.330', 'latest', '2.0'].filter(v => pattern.test(v))).toEqual([])
  })

  it('EKS: the version floor says why and names the supported versions, the same at the root and in the module', () => {
    const validation = (mod: TfModule) =>
      block(named(mod, 'variable').kubernetes_version as Body, 'validation') as Record<string, string>
    const root = validation(infra.root)
    const eks = validation(infra.modules.eks as TfModule)
    expect(root.condition).toBe(eks.condition)
    expect(root.error_message).toBe(eks.error_message)
    const message = root.error_message as string
    expect(message).toMatch(/^kubernetes_version must be a minor version such as 1\.35, at least 1\.33\./)
    expect(message).toContain('1.29, the version of the reference design, since 2026-03-23')
    for (const version of ['1.33', '1.34', '1.35'])
      expect(message).toMatch(
        new RegExp(`${version.replace('.', '\\.')} \\([^)]*until 20\\d\\d-\\d\\d-\\d\\d`)
      )
    expect(message).toContain('https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html')
  })
})

describe('shipline.yml as Terraform reads it (services.tf)', () => {
  const text = readFileSync(join(INFRA_DIR, 'services.tf'), 'utf8')

  it("applies shipline.yml's defaults: port, health path, namespace (lib/config/schema.ts)", () => {
    expect(/port\s*=\s*try\(s\.port, (\d+)\)/.exec(text)?.[1]).toBe(String(DEFAULT_PORT))
    expect(/health\s*=\s*try\(s\.health, "([^"]+)"\)/.exec(text)?.[1]).toBe(DEFAULT_HEALTH_PATH)
    expect(/try\(local\.shipline\.kubernetes\.namespace, "([^"]+)"\)/.exec(text)?.[1]).toBe(DEFAULT_NAMESPACE)
  })

  it('reads the file every environment names, and no hand-kept service list is left', async () => {
    for (const environment of ENVIRONMENTS)
      expect((await loadTfvars(tfvarsPath(environment))).shipline_config).toBe('../examples/shipline.yml')
    const declared = Object.keys(named(infra.root, 'variable'))
    expect(
      ['services', 'database_services', 'app_port', 'api_path_pattern', 'k8s_namespace'].filter(v =>
        declared.includes(v)
      )
    ).toEqual([])
  })
})
