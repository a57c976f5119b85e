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

  it('Bootstrap: plan role trusted for pull requests and the default branch, reading only, writing nothing', () => {
    const [trust, ...others] = policy('plan_trust')
    expect(others).toEqual([])
    expect(trust?.actions).toEqual(['sts:AssumeRoleWithWebIdentity'])
    expect(condition(trust, '${local.github_host}:sub')).toEqual([
      'repo:${var.github_repository}:pull_request',
      'repo:${var.github_repository}:ref:refs/heads/${var.default_branch}'
    ])
    expect(condition(trust, '${local.github_host}:aud')).toEqual(['sts.amazonaws.com'])
    expect(trust?.conditions.every(c => c.test === 'StringEquals')).toBe(true)
    // No account-wide managed policy (ReadOnlyAccess reads every service and every object).
    const attached = Object.values(resources(bootstrap, 'aws_iam_role_policy_attachment')).filter(
      a => a.role === '${aws_iam_role.plan.name}'
    )
    expect(attached).toEqual([])
    // Every action it is allowed reads: no write, not even a lock file (plans run with lock = false).
    const allows = policy('plan').filter(s => s.effect === 'Allow')
    for (const action of allows.flatMap(s => s.actions))
      expect(action).toMatch(
        /^[a-z0-9-]+:(Describe|Get|List|BatchGet|BatchCheck)[A-Za-z*]*$|^kms:Decrypt$|^sts:GetCallerIdentity$/
      )
    expect(allows.flatMap(s => s.actions).filter(a => a.endsWith(':*'))).toEqual([])
    // The state of its environments only, and no object of any other bucket.
    const state = allows.find(s => s.sid === 'ReadState')
    expect(state?.resources).toEqual([
      '${[for env in var.environments : "${aws_s3_bucket.state.arn}/workspaces/${env}/*"]}'
    ])
    const deny = policy('plan').find(s => s.effect === 'Deny')
    expect(deny).toMatchObject({
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      notResources: [
        '${aws_s3_bucket.state.arn}/*',
        'arn:${local.partition}:s3:::${var.project}-*/*.shipline/publish-manifest.json'
      ]
    })
    // Of other buckets' objects, only the static frontend's publish manifest (names and hashes).
    const objects = allows.filter(s => s.actions.includes('s3:GetObject')).flatMap(s => s.resources)
    expect(objects.filter(r => !r.includes('aws_s3_bucket.state'))).toEqual([
      'arn:${local.partition}:s3:::${var.project}-*/*.shipline/publish-manifest.json'
    ])
  })

  it("Bootstrap: build role trusted for the default branch only, allowed only the project's images", () => {
    const [trust, ...others] = policy('build_trust')
    expect(others).toEqual([])
    expect(condition(trust, '${local.github_host}:sub')).toEqual([
      'repo:${var.github_repository}:ref:refs/heads/${var.default_branch}'
    ])
    expect(condition(trust, '${local.github_host}:aud')).toEqual(['sts.amazonaws.com'])
    const statements = policy('build')
    expect(statements.every(s => s.effect === 'Allow' && s.actions.every(a => a.startsWith('ecr:')))).toBe(
      true
    )
    const login = statements.find(s => s.actions.includes('ecr:GetAuthorizationToken'))
    expect(login?.actions).toEqual(['ecr:GetAuthorizationToken'])
    const images = statements.find(s => s.actions.includes('ecr:PutImage'))
    expect(condition(images, 'aws:ResourceTag/Project')).toEqual(['${var.project}'])
    expect(images?.resources).toEqual([
      'arn:${local.partition}:ecr:${var.region}:${local.account_id}:repository/*'
    ])
    for (const forbidden of [
      'ecr:DeleteRepository',
      'ecr:SetRepositoryPolicy',
      'ecr:BatchDeleteImage',
      'ecr:CreateRepository'
    ])
      expect(statements.flatMap(s => s.actions)).not.toContain(forbidden)
    expect(
      Object.values(resources(bootstrap, 'aws_iam_role_policy_attachment')).filter(
        a => a.role === '${aws_iam_role.build.name}'
      )
    ).toEqual([])
  })

  it('Bootstrap: deploy sessions may outlive the deploy and destroy jobs (two hours)', () => {
    expect(resource(bootstrap, 'aws_iam_role', 'deploy').max_session_duration).toBe(7200)
    for (const name of ['plan', 'build'])
      expect(resource(bootstrap, 'aws_iam_role', name).max_session_duration).toBe(3600)
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
