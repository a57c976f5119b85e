/**
 * aws-actions/configure-aws-credentials: OIDC → STS AssumeRoleWithWebIdentity against the AWS
 * stand-in (which records the role), the credentials exported and masked as the real action exports
 * them (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION,
 * AWS_DEFAULT_REGION), and its documented output `aws-account-id` from GetCallerIdentity.
 */
import { UserError } from '../../core/errors.js'
import type { StandIn } from './types.js'

function tag(xml: string, name: string): string {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? ''
}

async function sts(endpoint: string, params: Record<string, string>, credentials?: string): Promise<string> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(credentials ? { authorization: `AWS4-HMAC-SHA256 Credential=${credentials}/sts/aws4_request` } : {})
    },
    body: new URLSearchParams({ Version: '2011-06-15', ...params }).toString()
  })
  const text = await response.text()
  if (!response.ok) throw new UserError(`Could not assume role with OIDC: ${tag(text, 'Message') || text}`)
  return text
}

export const configureAwsCredentials: StandIn = {
  repository: 'aws-actions/configure-aws-credentials',
  summary: 'assumes the role at the AWS stand-in’s STS (any role is trusted) instead of AWS',
  async run(context) {
    const { inputs, runner } = context
    const region = inputs['aws-region']
    if (!region) throw new UserError('Input required and not supplied: aws-region')
    const role = inputs['role-to-assume']
    if (!role)
      throw new UserError(
        'Could not load credentials from any providers (the rehearsal stands in for OIDC role assumption only: set role-to-assume)'
      )
    const assumed = await sts(runner.endpoints.aws, {
      Action: 'AssumeRoleWithWebIdentity',
      RoleArn: role,
      RoleSessionName: inputs['role-session-name'] || 'GitHubActions',
      WebIdentityToken: `rehearsal-oidc-token-for-${String(context.github.repository)}`
    })
    const accessKeyId = tag(assumed, 'AccessKeyId')
    const secretAccessKey = tag(assumed, 'SecretAccessKey')
    const sessionToken = tag(assumed, 'SessionToken')
    for (const secret of [secretAccessKey, sessionToken]) context.setSecret(secret)
    const identity = await sts(runner.endpoints.aws, { Action: 'GetCallerIdentity' }, accessKeyId)
    const account = tag(identity, 'Account')
    context.exportVariable('AWS_ACCESS_KEY_ID', accessKeyId)
    context.exportVariable('AWS_SECRET_ACCESS_KEY', secretAccessKey)
    context.exportVariable('AWS_SESSION_TOKEN', sessionToken)
    context.exportVariable('AWS_REGION', region)
    context.exportVariable('AWS_DEFAULT_REGION', region)
    if (inputs['mask-aws-account-id'] === 'true') context.setSecret(account)
    context.setOutput('aws-account-id', account)
    if (inputs['output-credentials'] === 'true') {
      context.setOutput('aws-access-key-id', accessKeyId)
      context.setOutput('aws-secret-access-key', secretAccessKey)
      context.setOutput('aws-session-token', sessionToken)
    }
    context.log(`Assumed role ${role} in account ${account} (${region})`)
  }
}
