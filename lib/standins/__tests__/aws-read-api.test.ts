import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CloudFrontClient,
  GetCachePolicyCommand,
  GetResponseHeadersPolicyCommand,
  ListCachePoliciesCommand,
  ListOriginRequestPoliciesCommand
} from '@aws-sdk/client-cloudfront'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  type AwsReadApi,
  canonicalUserId,
  cloudFrontPrefixListId,
  credentialScope,
  startAwsReadApi,
  zoneIdPrefix
} from '../aws-read-api.js'

const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
}
let api: AwsReadApi

beforeAll(async () => {
  api = await startAwsReadApi({ accountId: '111111111111' })
})
afterAll(async () => {
  await api.close()
})

/** A request as the AWS provider sends it (the stand-in reads the credential scope, not the signature). */
async function call(
  service: string,
  region: string,
  init: { method?: string; path?: string; form?: Record<string, string>; target?: string; json?: unknown }
): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {
    Authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/${region}/${service}/aws4_request, SignedHeaders=host, Signature=0`
  }
  let body: string | undefined
  if (init.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8'
    body = new URLSearchParams(init.form).toString()
  } else if (init.target) {
    headers['Content-Type'] = 'application/x-amz-json-1.1'
    headers['X-Amz-Target'] = init.target
    body = JSON.stringify(init.json ?? {})
  }
  const response = await fetch(`${api.url}${init.path ?? '/'}`, {
    method: init.method ?? (body ? 'POST' : 'GET'),
    headers,
    body
  })
  return { status: response.status, text: await response.text() }
}

describe('the AWS read stand-in', () => {
  it('listens on loopback', () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('STS GetCallerIdentity, read by the AWS SDK: the configured account', async () => {
    const sts = new STSClient({ region: 'eu-west-1', endpoint: api.url, credentials })
    const identity = await sts.send(new GetCallerIdentityCommand({}))
    expect(identity).toMatchObject({
      Account: '111111111111',
      Arn: 'arn:aws:iam::111111111111:user/shipline-plan'
    })
  })

  it("CloudFront's managed policies, read by the AWS SDK, with their real IDs", async () => {
    const cloudfront = new CloudFrontClient({ region: 'us-east-1', endpoint: api.url, credentials })
    const cache = await cloudfront.send(new ListCachePoliciesCommand({ Type: 'managed' }))
    const names = cache.CachePolicyList?.Items?.map(i => [
      i.CachePolicy?.CachePolicyConfig?.Name,
      i.CachePolicy?.Id
    ])
    expect(names).toEqual([
      ['Managed-CachingOptimized', '658327ea-f89d-4fab-a63d-7e88639e58f6'],
      ['Managed-CachingDisabled', '4135ea2d-6df8-44a3-9df3-4b5a84be39ad']
    ])
    const optimized = await cloudfront.send(
      new GetCachePolicyCommand({ Id: '658327ea-f89d-4fab-a63d-7e88639e58f6' })
    )
    expect(optimized.ETag).toBeTruthy()
    expect(optimized.CachePolicy?.CachePolicyConfig).toMatchObject({
      Name: 'Managed-CachingOptimized',
      MinTTL: 1,
      ParametersInCacheKeyAndForwardedToOrigin: {
        EnableAcceptEncodingGzip: true,
        EnableAcceptEncodingBrotli: true
      }
    })
    const origin = await cloudfront.send(new ListOriginRequestPoliciesCommand({ Type: 'managed' }))
    expect(
      origin.OriginRequestPolicyList?.Items?.[0]?.OriginRequestPolicy?.OriginRequestPolicyConfig
    ).toMatchObject({
      Name: 'Managed-AllViewerExceptHostHeader',
      HeadersConfig: { HeaderBehavior: 'allExcept' }
    })
    const headers = await cloudfront.send(
      new GetResponseHeadersPolicyCommand({ Id: '67f7725c-6f97-4210-82d7-5512b31e9d03' })
    )
    expect(headers.ResponseHeadersPolicy?.ResponseHeadersPolicyConfig?.SecurityHeadersConfig).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31536000 },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'SAMEORIGIN' }
    })
    const custom = await cloudfront.send(new ListCachePoliciesCommand({ Type: 'custom' }))
    expect(custom.CachePolicyList?.Quantity).toBe(0)
  })

  it('EC2 DescribeAvailabilityZones: three zones of the signing region, with zone IDs', async () => {
    const { status, text } = await call('ec2', 'eu-west-1', {
      form: { Action: 'DescribeAvailabilityZones', Version: '2016-11-15', 'Filter.1.Name': 'opt-in-status' }
    })
    expect(status).toBe(200)
    expect([...text.matchAll(/<zoneName>([^<]+)<\/zoneName>/g)].map(m => m[1])).toEqual([
      'eu-west-1a',
      'eu-west-1b',
      'eu-west-1c'
    ])
    expect(text).toContain('<zoneId>euw1-az1</zoneId>')
    expect(text).toContain('<optInStatus>opt-in-not-required</optInStatus>')
  })

  it("EC2 managed prefix lists: CloudFront's origin-facing list, by name, with entries", async () => {
    const found = await call('ec2', 'eu-west-1', {
      form: {
        Action: 'DescribeManagedPrefixLists',
        'Filter.1.Name': 'prefix-list-name',
        'Filter.1.Value.1': 'com.amazonaws.global.cloudfront.origin-facing'
      }
    })
    expect(found.text).toContain('<prefixListId>pl-4fa04526</prefixListId>')
    const other = await call('ec2', 'eu-west-1', {
      form: {
        Action: 'DescribeManagedPrefixLists',
        'Filter.1.Name': 'prefix-list-name',
        'Filter.1.Value.1': 'x'
      }
    })
    expect(other.text).toContain('<prefixListSet></prefixListSet>')
    const entries = await call('ec2', 'eu-west-1', {
      form: { Action: 'GetManagedPrefixListEntries', PrefixListId: 'pl-4fa04526' }
    })
    expect(entries.text).toContain('<cidr>205.251.249.0/24</cidr>')
  })

  it('SSM GetParameter: public parameters only (the bastion AMI)', async () => {
    const ami = await call('ssm', 'eu-west-1', {
      target: 'AmazonSSM.GetParameter',
      json: { Name: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64' }
    })
    expect(JSON.parse(ami.text).Parameter).toMatchObject({
      Name: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
      Value: expect.stringMatching(/^ami-0[0-9a-f]{16}$/),
      ARN: 'arn:aws:ssm:eu-west-1::parameter/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'
    })
    const own = await call('ssm', 'eu-west-1', {
      target: 'AmazonSSM.GetParameter',
      json: { Name: '/erp/secret' }
    })
    expect(own.status).toBe(400)
  })

  it('IAM: the caller user, and an existing GitHub OIDC provider', async () => {
    const user = await call('iam', 'us-east-1', { form: { Action: 'GetUser', Version: '2010-05-08' } })
    expect(user.text).toContain('<Arn>arn:aws:iam::111111111111:user/shipline-plan</Arn>')
    const list = await call('iam', 'us-east-1', { form: { Action: 'ListOpenIDConnectProviders' } })
    const arn = 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com'
    expect(list.text).toContain(`<Arn>${arn}</Arn>`)
    const provider = await call('iam', 'us-east-1', {
      form: { Action: 'GetOpenIDConnectProvider', OpenIDConnectProviderArn: arn }
    })
    expect(provider.text).toContain('<Url>token.actions.githubusercontent.com</Url>')
    expect(provider.text).toContain('<member>sts.amazonaws.com</member>')
    const missing = await call('iam', 'us-east-1', {
      form: { Action: 'GetOpenIDConnectProvider', OpenIDConnectProviderArn: `${arn}x` }
    })
    expect(missing).toMatchObject({ status: 404, text: expect.stringContaining('<Code>NoSuchEntity</Code>') })
  })

  it("S3 ListBuckets: the account's canonical user id", async () => {
    const { text } = await call('s3', 'eu-west-1', { path: '/' })
    expect(text).toContain(`<ID>${canonicalUserId('111111111111')}</ID>`)
    expect(canonicalUserId('111111111111')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('answers an unknown call with an AWS error in its protocol, and records it as unknown', async () => {
    const before = api.calls.length
    const query = await call('rds', 'eu-west-1', { form: { Action: 'DescribeDBInstances' } })
    expect(query.status).toBe(400)
    expect(query.text).toContain('<Code>ShiplineStandInUnknownCall</Code>')
    const ec2 = await call('ec2', 'eu-west-1', { form: { Action: 'DescribeVpcs' } })
    expect(ec2.text).toMatch(/<Response><Errors><Error><Code>ShiplineStandInUnknownCall<\/Code>/)
    const jsonCall = await call('ecr', 'eu-west-1', {
      target: 'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories'
    })
    expect(JSON.parse(jsonCall.text)).toMatchObject({ __type: 'ShiplineStandInUnknownCall' })
    const rest = await call('cloudfront', 'us-east-1', { path: '/2020-05-31/distribution' })
    expect(rest.status).toBe(400)
    expect(api.calls.slice(before).map(c => [c.service, c.operation, c.known])).toEqual([
      ['rds', 'DescribeDBInstances', false],
      ['ec2', 'DescribeVpcs', false],
      ['ecr', 'DescribeRepositories', false],
      ['cloudfront', 'GET /2020-05-31/distribution', false]
    ])
    expect(api.unknownCalls().map(c => c.operation)).toContain('DescribeDBInstances')
  })
})

describe('helpers', () => {
  it('reads the service and region of a SigV4 credential scope', () => {
    expect(
      credentialScope(
        'AWS4-HMAC-SHA256 Credential=AKID/20250101/eu-west-1/sts/aws4_request, SignedHeaders=host'
      )
    ).toEqual({ service: 'sts', region: 'eu-west-1' })
    expect(credentialScope(undefined)).toEqual({ service: '', region: '' })
  })

  it.each([
    ['eu-west-1', 'euw1'],
    ['us-east-1', 'use1'],
    ['ap-southeast-2', 'apse2'],
    ['eu-central-1', 'euc1']
  ])('zone IDs of %s start with %s', (region, prefix) => {
    expect(zoneIdPrefix(region)).toBe(prefix)
  })

  it("knows CloudFront's origin-facing prefix list where it is published, and is stable elsewhere", () => {
    expect(cloudFrontPrefixListId('us-east-1')).toBe('pl-3b927c52')
    expect(cloudFrontPrefixListId('sa-east-1')).toMatch(/^pl-[0-9a-f]{8}$/)
    expect(cloudFrontPrefixListId('sa-east-1')).toBe(cloudFrontPrefixListId('sa-east-1'))
  })

  it('refuses an account ID that is not 12 digits', async () => {
    await expect(startAwsReadApi({ accountId: '1234' })).rejects.toThrow(
      'accountId "1234" is not an AWS account ID; accepted: 12 digits'
    )
  })
})
