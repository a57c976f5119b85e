import { describe, expect, it } from '@jest/globals'
import {
  ENVIRONMENTS,
  block,
  blocks,
  defaultOf,
  expr,
  loadInfra,
  loadTfvars,
  named,
  resource,
  resources,
  statements,
  strings,
  tfvarsPath,
  type Body,
  type TfModule
} from './hcl.js'

const { root, modules } = await loadInfra()
const network = modules.network as TfModule
const eks = modules.eks as TfModule
const call = (name: string): Body => named(root, 'module')[name] as Body

describe('Network', () => {
  it('Network: VPC over 3 AZs with public, private and database subnets', async () => {
    expect(call('network').az_count).toBe(3)
    expect(expr(resource(network, 'aws_availability_zones', 'available', 'data').state)).toBe('available')
    for (const tier of ['public', 'private', 'database']) {
      const subnet = resource(network, 'aws_subnet', tier)
      expect(subnet.count).toBe('${var.az_count}')
      expect(subnet.availability_zone).toBe('${local.azs[count.index]}')
      expect(subnet.cidr_block).toBe(`\${var.${tier}_subnets[count.index]}`)
    }
    for (const environment of ENVIRONMENTS) {
      const values = await loadTfvars(tfvarsPath(environment))
      for (const tier of ['public', 'private', 'database']) expect(values[`${tier}_subnets`]).toHaveLength(3)
    }
  })

  it('Network: NAT for the private subnets, no internet route for the database subnets', () => {
    expect(resource(network, 'aws_nat_gateway', 'this').subnet_id).toBe(
      '${aws_subnet.public[count.index].id}'
    )
    expect(resource(network, 'aws_route', 'private_nat').nat_gateway_id).toMatch(/aws_nat_gateway\.this/)
    expect(resource(network, 'aws_route', 'public_internet').gateway_id).toBe(
      '${aws_internet_gateway.this.id}'
    )
    const routes = Object.values(resources(network, 'aws_route'))
    expect(routes.some(r => strings(r).some(s => s.includes('aws_route_table.database')))).toBe(false)
    expect(resource(network, 'aws_subnet', 'public').map_public_ip_on_launch).toBe(false)
  })

  it('Network: VPC flow logs of all traffic, encrypted and retained', () => {
    const flowLog = resource(network, 'aws_flow_log', 'this')
    expect(flowLog).toMatchObject({ vpc_id: '${aws_vpc.this.id}', traffic_type: 'ALL' })
    expect(flowLog.log_destination).toBe('${aws_cloudwatch_log_group.flow_logs.arn}')
    const group = resource(network, 'aws_cloudwatch_log_group', 'flow_logs')
    expect(group.kms_key_id).toBe('${aws_kms_key.flow_logs.arn}')
    expect(group.retention_in_days).toBe('${var.flow_log_retention_days}')
  })

  it('Network: subnet tags for load balancers', () => {
    expect(strings(resource(network, 'aws_subnet', 'public').tags).join()).toContain('kubernetes.io/role/elb')
    expect(strings(resource(network, 'aws_subnet', 'private').tags).join()).toContain(
      'kubernetes.io/role/internal-elb'
    )
  })
})

describe('EKS', () => {
  const cluster = resource(eks, 'aws_eks_cluster', 'this')

  it('EKS: version as a variable, defaulting to a supported release', () => {
    expect(cluster.version).toBe('${var.kubernetes_version}')
    expect(call('eks').kubernetes_version).toBe('${var.kubernetes_version}')
    const version = String(defaultOf(root, 'kubernetes_version'))
    expect(Number(version.split('.')[1])).toBeGreaterThanOrEqual(33)
    // The validation's own regex (HCL-escaped in the file) accepts supported versions only.
    const condition = expr(block(named(eks, 'variable').kubernetes_version as Body, 'validation').condition)
    const pattern = new RegExp(
      (/regex\("(.+?)", var\./.exec(condition)?.[1] ?? '$^').replaceAll('\\\\', '\\')
    )
    expect([version, '1.33', '1.40'].every(v => pattern.test(v))).toBe(true)
    expect(['1.31', '1.32', '1.3', 'latest'].some(v => pattern.test(v))).toBe(false)
  })

  it('EKS: managed node groups with autoscaling, nodes in the private subnets', async () => {
    const group = resource(eks, 'aws_eks_node_group', 'this')
    expect(group.for_each).toBe('${var.node_groups}')
    expect(block(group, 'scaling_config')).toMatchObject({
      min_size: '${each.value.min_size}',
      max_size: '${each.value.max_size}'
    })
    expect(group.subnet_ids).toBe('${var.subnet_ids}')
    expect(call('eks').subnet_ids).toBe('${module.network.private_subnet_ids}')
    for (const environment of ENVIRONMENTS) {
      const groups = (await loadTfvars(tfvarsPath(environment))).node_groups as Record<string, Body>
      for (const g of Object.values(groups)) expect(Number(g.max_size)).toBeGreaterThan(Number(g.min_size))
    }
  })

  it('EKS: private API endpoint, public access off unless CIDRs are given', () => {
    const vpc = block(cluster, 'vpc_config')
    expect(vpc.endpoint_private_access).toBe(true)
    expect(expr(vpc.endpoint_public_access)).toBe('length(var.endpoint_public_access_cidrs) > 0')
    expect(defaultOf(eks, 'endpoint_public_access_cidrs')).toEqual([])
    expect(defaultOf(root, 'cluster_endpoint_public_access_cidrs')).toEqual([])
    expect(
      expr(block(named(eks, 'variable').endpoint_public_access_cidrs as Body, 'validation').condition)
    ).toContain('cidr != "0.0.0.0/0"')
  })

  it('EKS: IRSA through the cluster OIDC provider', () => {
    const provider = resource(eks, 'aws_iam_openid_connect_provider', 'this')
    expect(provider.url).toBe('${aws_eks_cluster.this.identity[0].oidc[0].issuer}')
    expect(provider.client_id_list).toEqual(['sts.amazonaws.com'])
    const [trust] = statements(resource(eks, 'aws_iam_policy_document', 'irsa_assume', 'data'))
    expect(trust?.actions).toEqual(['sts:AssumeRoleWithWebIdentity'])
    expect(trust?.conditions.map(c => c.variable)).toEqual([
      '${local.oidc_issuer}:sub',
      '${local.oidc_issuer}:aud'
    ])
  })

  it('EKS: secrets encrypted with a KMS key with rotation on', () => {
    const encryption = block(cluster, 'encryption_config')
    expect(encryption.resources).toEqual(['secrets'])
    expect(block(encryption, 'provider').key_arn).toBe('${aws_kms_key.this.arn}')
    expect(resource(eks, 'aws_kms_key', 'this').enable_key_rotation).toBe(true)
  })

  it('EKS: access entries, not the aws-auth ConfigMap', () => {
    expect(block(cluster, 'access_config')).toEqual({
      authentication_mode: 'API',
      bootstrap_cluster_creator_admin_permissions: false
    })
    expect(resource(eks, 'aws_eks_access_entry', 'this').for_each).toBe('${var.access_entries}')
    expect(Object.keys(resource(eks, 'aws_eks_access_policy_association', 'this'))).toContain('access_scope')
  })

  it('EKS: control-plane logs', () => {
    expect(cluster.enabled_cluster_log_types).toBe('${var.enabled_log_types}')
    expect(defaultOf(eks, 'enabled_log_types')).toEqual([
      'api',
      'audit',
      'authenticator',
      'controllerManager',
      'scheduler'
    ])
  })

  it('EKS: IMDSv2 required on nodes', () => {
    const template = resource(eks, 'aws_launch_template', 'node')
    expect(block(template, 'metadata_options')).toMatchObject({
      http_tokens: 'required',
      http_put_response_hop_limit: 1
    })
    expect(block(resource(eks, 'aws_eks_node_group', 'this'), 'launch_template').id).toBe(
      '${aws_launch_template.node[each.key].id}'
    )
    expect(block(template, 'block_device_mappings', 'ebs').encrypted).toBe(true)
  })

  it('EKS: administration through SSM, a bastion only when a variable asks for it', () => {
    const attached = resource(eks, 'aws_iam_role_policy_attachment', 'node').for_each
    expect(expr(attached)).toContain('"AmazonSSMManagedInstanceCore"')
    expect(defaultOf(eks, 'enable_bastion')).toBe(false)
    expect(defaultOf(root, 'enable_bastion')).toBe(false)
    const bastion = resource(eks, 'aws_instance', 'bastion')
    expect(bastion.count).toBe('${var.enable_bastion ? 1 : 0}')
    expect(bastion.associate_public_ip_address).toBe(false)
    expect(bastion).not.toHaveProperty('key_name')
    expect(block(bastion, 'metadata_options').http_tokens).toBe('required')
    expect(blocks(resource(eks, 'aws_security_group', 'bastion'), 'ingress')).toEqual([])
  })
})
