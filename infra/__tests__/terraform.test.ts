import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  ENVIRONMENTS,
  INFRA_DIR,
  block,
  defaultOf,
  loadInfra,
  loadTfvars,
  localNames,
  localRefs,
  moduleArguments,
  moduleRefs,
  named,
  resources,
  strings,
  tfvarsPath,
  varRefs,
  type TfModule
} from './hcl.js'

const infra = await loadInfra()
const all: [string, TfModule][] = [
  ['root', infra.root],
  ['bootstrap', infra.bootstrap],
  ...Object.entries(infra.modules).map(([name, mod]): [string, TfModule] => [`modules/${name}`, mod])
]

describe('Terraform references', () => {
  it('loads the root, bootstrap and the six modules', () => {
    expect(Object.keys(infra.modules).sort()).toEqual(['alb', 'cdn', 'ecr', 'eks', 'network', 'rds'])
  })

  it.each(all)('%s: every var.x is declared', (_, mod) => {
    const used = varRefs(mod.tree)
    expect(used.size).toBeGreaterThan(0)
    const declared = Object.keys(named(mod, 'variable'))
    expect([...used].filter(v => !declared.includes(v))).toEqual([])
  })

  it.each(all)('%s: every declared variable is used', (_, mod) => {
    const { variable: _declarations, ...rest } = mod.tree
    const used = varRefs(rest)
    expect(Object.keys(named(mod, 'variable')).filter(v => !used.has(v))).toEqual([])
  })

  it.each(all)('%s: every local.x is defined', (_, mod) => {
    const defined = localNames(mod)
    expect([...localRefs(mod.tree)].filter(l => !defined.has(l))).toEqual([])
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

  it('every module argument is a variable of that module, and every required variable is given', () => {
    const calls = Object.entries(named(infra.root, 'module'))
    expect(calls).toHaveLength(6)
    for (const [name, call] of calls) {
      const child = infra.modules[name] as TfModule
      const variables = named(child, 'variable')
      const args = moduleArguments(call)
      expect({ module: name, unknown: args.filter(a => !(a in variables)) }).toEqual({
        module: name,
        unknown: []
      })
      const required = Object.keys(variables).filter(v => !('default' in (variables[v] ?? {})))
      expect({ module: name, missing: required.filter(v => !args.includes(v)) }).toEqual({
        module: name,
        missing: []
      })
    }
  })

  it('every module.x.y reference names a real output', () => {
    const refs = moduleRefs(infra.root.tree)
    expect(refs.length).toBeGreaterThan(10)
    const broken = refs.filter(r => {
      const child = infra.modules[r.module]
      return !child || !(r.output in named(child, 'output'))
    })
    expect(broken).toEqual([])
  })

  it.each(ENVIRONMENTS)(
    '%s.tfvars sets only declared variables and every required one',
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

describe('Root configuration', () => {
  it('Root: S3 backend with native locking, Terraform >= 1.10, AWS provider 5.100 to 6.x', () => {
    for (const [, mod] of all) {
      const terraform = block(mod.tree, 'terraform')
      expect(terraform.required_version).toBe('>= 1.10')
      const providers = block(terraform, 'required_providers')
      expect(providers.aws).toMatchObject({ source: 'hashicorp/aws', version: '>= 5.100, < 7.0' })
    }
    const backend = block(block(infra.root.tree, 'terraform'), 'backend', 's3')
    expect(backend).toMatchObject({ use_lockfile: true, encrypt: true })
    expect(backend).not.toHaveProperty('dynamodb_table')
  })

  it.each(ENVIRONMENTS)('Root: %s has a tfvars file and a backend configuration', environment => {
    expect(existsSync(tfvarsPath(environment))).toBe(true)
    const backend = readFileSync(join(INFRA_DIR, 'environments', `${environment}.s3.tfbackend`), 'utf8')
    expect(backend).toMatch(/^bucket\s*=/m)
    expect(backend).toMatch(/^kms_key_id\s*=/m)
  })

  it('Root: a workspace only ever holds its own environment', () => {
    const identity = resources(infra.root, 'aws_caller_identity', 'data').current
    expect(strings(identity)).toContain(
      '${terraform.workspace == "default" || terraform.workspace == var.environment}'
    )
  })

  it('Root: outputs the pipeline needs', () => {
    const outputs = named(infra.root, 'output')
    const expected = {
      registry_url: 'module.ecr.registry_url',
      repository_urls: 'module.ecr.repository_urls',
      cluster_name: 'module.eks.cluster_name',
      region: 'var.region',
      cloudfront_distribution_id: 'module.cdn.distribution_id',
      cloudfront_domain_name: 'module.cdn.distribution_domain_name',
      static_bucket: 'module.cdn.static_bucket_name',
      target_group_arn: 'module.alb.target_group_arns["api"]',
      database_endpoint: 'module.rds.endpoint',
      database_secret_arn: 'module.rds.master_user_secret_arn'
    }
    for (const [name, value] of Object.entries(expected)) expect(outputs[name]?.value).toBe(`\${${value}}`)
  })

  it('Root: IAM roles carry the permissions boundary', () => {
    const roles = Object.values(infra.modules).flatMap(mod => Object.values(resources(mod, 'aws_iam_role')))
    expect(roles.length).toBeGreaterThanOrEqual(5)
    for (const role of roles) expect(role.permissions_boundary).toBe('${var.iam_role_permissions_boundary}')
    expect(defaultOf(infra.root, 'iam_role_permissions_boundary_arn')).toBeNull()
  })
})
