import { describe, expect, it } from '@jest/globals'
import {
  block,
  blocks,
  defaultOf,
  expr,
  loadInfra,
  named,
  resource,
  resources,
  statements,
  type Body,
  type TfModule
} from './hcl.js'

const { root, modules } = await loadInfra()
const ecr = modules.ecr as TfModule
const rds = modules.rds as TfModule
const call = (name: string): Body => named(root, 'module')[name] as Body

const REFERENCE_SERVICES = [
  'auth-service',
  'hr-service',
  'finance-service',
  'operation-service',
  'gateway-service',
  'discovery-server',
  'config-server',
  'reporting-service',
  'frontend'
]

describe('ECR', () => {
  const repository = resource(ecr, 'aws_ecr_repository', 'this')

  it('ECR: one repository per service of the reference system, from a variable list', () => {
    expect([...(defaultOf(root, 'services') as string[])].sort()).toEqual([...REFERENCE_SERVICES].sort())
    expect(call('ecr').repositories).toBe('${var.services}')
    expect(repository.for_each).toBe('${toset(var.repositories)}')
    expect(repository.name).toBe('${each.value}')
  })

  it('ECR: scan on push', () => {
    expect(block(repository, 'image_scanning_configuration').scan_on_push).toBe(true)
  })

  it('ECR: encryption with a customer managed KMS key', () => {
    expect(block(repository, 'encryption_configuration')).toEqual({
      encryption_type: 'KMS',
      kms_key: '${aws_kms_key.this.arn}'
    })
    expect(resource(ecr, 'aws_kms_key', 'this').enable_key_rotation).toBe(true)
  })

  it('ECR: immutable tags', () => {
    expect(repository.image_tag_mutability).toBe('IMMUTABLE')
  })

  it('ECR: lifecycle policy keeping the last 10 images', () => {
    const policy = expr(resource(ecr, 'aws_ecr_lifecycle_policy', 'this').policy)
    expect(policy).toMatch(/countType\s*=\s*"imageCountMoreThan"/)
    expect(policy).toMatch(/countNumber\s*=\s*var\.keep_last_images/)
    expect(policy).toMatch(/tagStatus\s*=\s*"any"/)
    expect(call('ecr').keep_last_images).toBe(10)
  })

  it('ECR: pull access for the nodes only', () => {
    const [statement, ...others] = statements(resource(ecr, 'aws_iam_policy_document', 'pull', 'data'))
    expect(others).toEqual([])
    expect(
      statement?.actions.every(a =>
        /^ecr:(BatchGetImage|GetDownloadUrlForLayer|BatchCheckLayerAvailability)$/.test(a)
      )
    ).toBe(true)
    expect(statement?.principals).toEqual([{ type: 'AWS', identifiers: ['${var.pull_principal_arns}'] }])
    expect(call('ecr').pull_principal_arns).toEqual(['${module.eks.node_role_arn}'])
    expect(resource(ecr, 'aws_ecr_repository_policy', 'this').policy).toBe(
      '${data.aws_iam_policy_document.pull.json}'
    )
  })
})

describe('RDS', () => {
  const db = resource(rds, 'aws_db_instance', 'this')

  it('RDS: PostgreSQL in the private database subnets, never publicly accessible', () => {
    expect(db.engine).toBe('postgres')
    expect(db.publicly_accessible).toBe(false)
    expect(resource(rds, 'aws_db_subnet_group', 'this').subnet_ids).toBe('${var.subnet_ids}')
    expect(call('rds').subnet_ids).toBe('${module.network.database_subnet_ids}')
  })

  it('RDS: reachable only from the EKS nodes security group', () => {
    expect(db.vpc_security_group_ids).toEqual(['${aws_security_group.this.id}'])
    const rules = Object.values(resources(rds, 'aws_vpc_security_group_ingress_rule'))
    expect(rules).toHaveLength(1)
    expect(rules[0]).toMatchObject({
      from_port: '${local.port}',
      referenced_security_group_id: '${each.value}'
    })
    expect(rules[0]).not.toHaveProperty('cidr_ipv4')
    expect(blocks(resource(rds, 'aws_security_group', 'this'), 'ingress')).toEqual([])
    expect(call('rds').allowed_security_groups).toEqual({ eks_nodes: '${module.eks.node_security_group_id}' })
  })

  it('RDS: storage encrypted with KMS', () => {
    expect(db.storage_encrypted).toBe(true)
    expect(db.kms_key_id).toBe('${aws_kms_key.this.arn}')
    expect(resource(rds, 'aws_kms_key', 'this').enable_key_rotation).toBe(true)
  })

  it('RDS: master password managed in Secrets Manager', () => {
    expect(db.manage_master_user_password).toBe(true)
    expect(db).not.toHaveProperty('password')
    expect(named(rds, 'output').master_user_secret_arn?.value).toBe(
      '${aws_db_instance.this.master_user_secret[0].secret_arn}'
    )
  })

  it('RDS: automated backups kept at least 7 days', () => {
    expect(db.backup_retention_period).toBe('${var.backup_retention_days}')
    expect(defaultOf(rds, 'backup_retention_days')).toBeGreaterThanOrEqual(7)
    expect(
      expr(block(named(rds, 'variable').backup_retention_days as Body, 'validation').condition)
    ).toContain('var.backup_retention_days >= 7')
  })

  it('RDS: deletion protection and final snapshot controlled by variables, on by default', () => {
    expect(db.deletion_protection).toBe('${var.deletion_protection}')
    expect(db.skip_final_snapshot).toBe('${!var.final_snapshot}')
    expect(defaultOf(rds, 'deletion_protection')).toBe(true)
    expect(defaultOf(rds, 'final_snapshot')).toBe(true)
    expect(defaultOf(root, 'db_deletion_protection')).toBe(true)
    expect(defaultOf(root, 'db_final_snapshot')).toBe(true)
  })

  it('RDS: TLS enforced by the parameter group', () => {
    expect(db.parameter_group_name).toBe('${aws_db_parameter_group.this.name}')
    const parameters = blocks(resource(rds, 'aws_db_parameter_group', 'this'), 'parameter')
    expect(parameters).toContainEqual({ name: 'rds.force_ssl', value: '1' })
  })
})
