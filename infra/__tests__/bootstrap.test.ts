import { describe, expect, it } from '@jest/globals'
import { block, loadInfra, resource, resources, statements, type Statement } from './hcl.js'

const { bootstrap } = await loadInfra()
const policy = (name: string): Statement[] =>
  statements(resource(bootstrap, 'aws_iam_policy_document', name, 'data'))
const condition = (statement: Statement | undefined, variable: string): string[] =>
  statement?.conditions.find(c => c.variable === variable)?.values ?? []

describe('Bootstrap', () => {
  it('Bootstrap: state bucket versioned, encrypted, public access blocked', () => {
    expect(
      block(resource(bootstrap, 'aws_s3_bucket_versioning', 'state'), 'versioning_configuration').status
    ).toBe('Enabled')
    const sse = block(
      resource(bootstrap, 'aws_s3_bucket_server_side_encryption_configuration', 'state'),
      'rule',
      'apply_server_side_encryption_by_default'
    )
    expect(sse).toEqual({ sse_algorithm: 'aws:kms', kms_master_key_id: '${aws_kms_key.state.arn}' })
    expect(resource(bootstrap, 'aws_kms_key', 'state').enable_key_rotation).toBe(true)
    expect(resource(bootstrap, 'aws_s3_bucket_public_access_block', 'state')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true
    })
    const [tls] = policy('state_bucket')
    expect(tls).toMatchObject({ effect: 'Deny', sid: 'DenyInsecureTransport' })
    expect(block(resource(bootstrap, 'aws_s3_bucket', 'state'), 'lifecycle').prevent_destroy).toBe(true)
  })

  it('Bootstrap: an OIDC provider for GitHub', () => {
    const provider = resource(bootstrap, 'aws_iam_openid_connect_provider', 'github')
    expect(provider.url).toBe('https://${local.github_host}')
    expect(provider.client_id_list).toEqual(['sts.amazonaws.com'])
    expect(bootstrap.files['main.tf']).toContain('github_host  = "token.actions.githubusercontent.com"')
  })

  it('Bootstrap: plan role trusted only for pull requests of the repository, read-only', () => {
    const [trust, ...others] = policy('plan_trust')
    expect(others).toEqual([])
    expect(trust?.actions).toEqual(['sts:AssumeRoleWithWebIdentity'])
    expect(condition(trust, '${local.github_host}:sub')).toEqual([
      'repo:${var.github_repository}:pull_request'
    ])
    expect(condition(trust, '${local.github_host}:aud')).toEqual(['sts.amazonaws.com'])
    expect(trust?.conditions.every(c => c.test === 'StringEquals')).toBe(true)
    const attached = Object.values(resources(bootstrap, 'aws_iam_role_policy_attachment')).filter(
      a => a.role === '${aws_iam_role.plan.name}'
    )
    expect(attached.map(a => a.policy_arn)).toEqual(['arn:${local.partition}:iam::aws:policy/ReadOnlyAccess'])
    // Its own policy writes lock files only, never state.
    const writes = policy('plan').filter(
      s => s.effect === 'Allow' && s.actions.some(a => /^s3:(Put|Delete)/.test(a))
    )
    expect(writes.flatMap(s => s.resources)).toEqual(['${aws_s3_bucket.state.arn}/workspaces/*.tflock'])
  })

  it('Bootstrap: deploy role trusted only for the given environment', () => {
    const [trust, ...others] = policy('deploy_trust')
    expect(others).toEqual([])
    expect(condition(trust, '${local.github_host}:sub')).toEqual([
      'repo:${var.github_repository}:environment:${each.value}'
    ])
    expect(condition(trust, '${local.github_host}:aud')).toEqual(['sts.amazonaws.com'])
    expect(resource(bootstrap, 'aws_iam_role', 'deploy').for_each).toBe('${toset(var.environments)}')
  })

  it('Bootstrap: least-privilege deploy policies', () => {
    const all = ['deploy_state', 'deploy_infrastructure', 'deploy_iam'].flatMap(policy)
    const allows = all.filter(s => s.effect === 'Allow')
    // No blanket admin, no s3:* and no iam:* anywhere.
    expect(
      allows.flatMap(s => s.actions).filter(a => a === '*' || a === 's3:*' || a.startsWith('iam:*'))
    ).toEqual([])
    // Every IAM write is confined to the project's prefix or the cluster OIDC providers.
    const iamAllows = policy('deploy_iam').filter(s => s.effect === 'Allow')
    expect(
      iamAllows.flatMap(s => s.resources).every(r => /:(role|instance-profile|oidc-provider)\//.test(r))
    ).toBe(true)
    // Roles can only be created with the workload boundary, and only passed to the services that need them.
    const create = iamAllows.find(s => s.actions.includes('iam:CreateRole'))
    expect(condition(create, 'iam:PermissionsBoundary')).toEqual(['${aws_iam_policy.workload_boundary.arn}'])
    const pass = iamAllows.find(s => s.actions.includes('iam:PassRole'))
    expect(condition(pass, 'iam:PassedToService')).toEqual([
      'eks.amazonaws.com',
      'ec2.amazonaws.com',
      'vpc-flow-logs.amazonaws.com'
    ])
    // State: only the environment's own workspace.
    const state = policy('deploy_state').find(s => s.actions.includes('s3:PutObject'))
    expect(state?.resources).toEqual(['${aws_s3_bucket.state.arn}/workspaces/${each.value}/*'])
    // Regional services only in the environment's region (and us-east-1 for the global APIs).
    const services = policy('deploy_infrastructure').find(s => s.sid === 'ArchitectureServices')
    expect(condition(services, 'aws:RequestedRegion')).toEqual(['${distinct([var.region, "us-east-1"])}'])
  })
})
