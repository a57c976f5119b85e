/**
 * The EKS token: its presigned URL checked against SigV4's presign rules with the AWS SDK's own
 * signer (@smithy/signature-v4) under a fixed clock and fixed credentials, byte-compared with the
 * real aws CLI's token, and renewed by the provider before it expires.
 */
import { describe, expect, it } from '@jest/globals'
import { Hash } from '@smithy/hash-node'
import { HttpRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fakeClock } from '../../core/clock.js'
import {
  type AwsCredentials,
  decodeEksToken,
  EksTokenProvider,
  execCredentialApiVersion,
  execCredentialJson,
  makeEksToken,
  stsHost
} from '../eks-token.js'

const NOW = Date.parse('2026-01-01T00:00:00Z')
const CREDENTIALS: AwsCredentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
}
const SESSION: AwsCredentials = {
  ...CREDENTIALS,
  accessKeyId: 'ASIAEXAMPLE',
  sessionToken: 'IQoJb3JpZ2luX2VjEHcaCXVzLWVhc3QtMSJHMEUCIQD/ab+cd=='
}

/** The SDK's SHA-256 as SignatureV4 wants it: a constructor taking an optional HMAC secret. */
class Sha256 extends Hash {
  constructor(secret?: ConstructorParameters<typeof Hash>[1]) {
    super('sha256', secret)
  }
}

async function sdkPresign(cluster: string, region: string, credentials: AwsCredentials, now: number) {
  const signer = new SignatureV4({ credentials, region, service: 'sts', sha256: Sha256 })
  const request = new HttpRequest({
    method: 'GET',
    protocol: 'https:',
    hostname: stsHost(region),
    path: '/',
    query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
    headers: { host: stsHost(region), 'x-k8s-aws-id': cluster }
  })
  return signer.presign(request, { expiresIn: 60, signingDate: new Date(now) })
}

describe('EKS token', () => {
  it.each([
    ['eu-west-1', 'erp-production', CREDENTIALS],
    ['us-east-1', 'x', CREDENTIALS],
    ['ap-southeast-2', 'cluster_with_underscores-1', SESSION],
    ['cn-north-1', 'erp', SESSION]
  ])(
    'in %s for %s is a SigV4-presigned GetCallerIdentity URL the SDK signer agrees with',
    async (region, cluster, credentials) => {
      const token = makeEksToken(cluster, region, credentials, NOW)
      expect(token.token.startsWith('k8s-aws-v1.')).toBe(true)
      expect(token.token).not.toMatch(/[=+/]/)
      const url = decodeEksToken(token.token)
      expect(url).toBeDefined()
      const q = (url as URL).searchParams
      expect((url as URL).protocol).toBe('https:')
      expect((url as URL).host).toBe(
        region.startsWith('cn-') ? `sts.${region}.amazonaws.com.cn` : `sts.${region}.amazonaws.com`
      )
      expect((url as URL).pathname).toBe('/')
      expect(q.get('Action')).toBe('GetCallerIdentity')
      expect(q.get('Version')).toBe('2011-06-15')
      expect(q.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256')
      expect(q.get('X-Amz-Credential')).toBe(`${credentials.accessKeyId}/20260101/${region}/sts/aws4_request`)
      expect(q.get('X-Amz-Date')).toBe('20260101T000000Z')
      expect(q.get('X-Amz-Expires')).toBe('60')
      expect(q.get('X-Amz-SignedHeaders')).toBe('host;x-k8s-aws-id')
      expect(q.get('X-Amz-Security-Token')).toBe(credentials.sessionToken ?? null)
      const sdk = (await sdkPresign(cluster, region, credentials, NOW)).query ?? {}
      expect(sdk['X-Amz-SignedHeaders']).toBe('host;x-k8s-aws-id')
      expect(q.get('X-Amz-Signature')).toBe(sdk['X-Amz-Signature'])
      // Every parameter the SDK put in the URL, with the same value.
      for (const [key, value] of Object.entries(sdk)) expect([key, q.get(key)]).toEqual([key, value])
      expect(token.expirationTimestamp).toBe('2026-01-01T00:14:00Z')
    }
  )

  it('changes its signature with the cluster name (the signed x-k8s-aws-id header) and the clock', async () => {
    const base = decodeEksToken(makeEksToken('a', 'eu-west-1', CREDENTIALS, NOW).token)?.searchParams.get(
      'X-Amz-Signature'
    )
    const other = decodeEksToken(makeEksToken('b', 'eu-west-1', CREDENTIALS, NOW).token)?.searchParams.get(
      'X-Amz-Signature'
    )
    const later = decodeEksToken(
      makeEksToken('a', 'eu-west-1', CREDENTIALS, NOW + 1000).token
    )?.searchParams.get('X-Amz-Signature')
    expect(new Set([base, other, later]).size).toBe(3)
  })

  it('prints the ExecCredential as the aws CLI does, honouring KUBERNETES_EXEC_INFO', () => {
    const token = makeEksToken('x', 'eu-west-1', CREDENTIALS, NOW)
    expect(execCredentialJson(token)).toBe(
      `{"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {}, "status": {"expirationTimestamp": "2026-01-01T00:14:00Z", "token": "${token.token}"}}\n`
    )
    expect(execCredentialApiVersion(undefined)).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1beta1'
    })
    expect(
      execCredentialApiVersion('{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"}')
    ).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1'
    })
    expect(
      execCredentialApiVersion('{"apiVersion":"client.authentication.k8s.io/v1alpha1"}').warning
    ).toContain('deprecated')
    expect(execCredentialApiVersion('{"apiVersion":"v9"}')).toMatchObject({
      apiVersion: 'client.authentication.k8s.io/v1beta1'
    })
    expect(execCredentialApiVersion('not json')).toMatchObject({
      apiVersion: 'client.authentication.k8s.io/v1beta1'
    })
  })

  it('is renewed by the provider a minute before its 14-minute expiry, with fresh credentials', async () => {
    const clock = fakeClock(NOW)
    let calls = 0
    const seen: string[] = []
    const provider = new EksTokenProvider({
      clusterName: 'erp',
      region: 'eu-west-1',
      clock,
      credentials: async () => {
        calls++
        return CREDENTIALS
      },
      onToken: token => seen.push(token)
    })
    const first = await provider.token()
    await clock.sleep(13 * 60_000 - 1)
    expect(await provider.token()).toBe(first)
    await clock.sleep(1)
    const second = await provider.token()
    expect(second).not.toBe(first)
    expect(decodeEksToken(second)?.searchParams.get('X-Amz-Date')).toBe('20260101T001300Z')
    provider.invalidate()
    const third = await provider.token()
    expect(third).toBe(second) // same clock and credentials: the same token, made again
    expect(calls).toBe(3)
    expect(seen).toEqual([first, second, third])
    expect(provider.issued).toBe(3)
  })
})

const AWS = '/usr/bin/aws'
const faketime = ['/usr/bin/faketime', '/usr/local/bin/faketime'].find(existsSync)
const reference = existsSync(AWS) && faketime ? it : it.skip
const why =
  existsSync(AWS) && faketime
    ? ''
    : ` (SKIPPED: ${existsSync(AWS) ? '' : `${AWS} `}${faketime ? '' : 'faketime '}not installed)`

describe(`the aws CLI as reference${why}`, () => {
  // faketime -f with an absolute time freezes the clock, so the CLI signs at exactly 00:00:00 however
  // long Python takes to start (the plain `faketime '2026-01-01 00:00:00'` form lets it run on).
  function awsGetToken(cluster: string, region: string, credentials: AwsCredentials): string {
    const home = mkdtempSync(join(tmpdir(), 'aws-home-'))
    return execFileSync(
      faketime as string,
      ['-f', '2026-01-01 00:00:00', AWS, 'eks', 'get-token', '--cluster-name', cluster, '--region', region],
      {
        env: {
          PATH: '/usr/bin:/bin',
          HOME: home,
          TZ: 'UTC',
          AWS_CONFIG_FILE: join(home, 'config'),
          AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
          AWS_ACCESS_KEY_ID: credentials.accessKeyId,
          AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
          ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {})
        },
        encoding: 'utf8',
        timeout: 60_000
      }
    )
  }

  reference.each([
    ['x', 'eu-west-1', CREDENTIALS],
    ['erp-production', 'us-east-1', CREDENTIALS],
    ['erp-production', 'eu-central-1', SESSION]
  ])(
    '`aws eks get-token --cluster-name %s --region %s` prints byte for byte what Shipline makes',
    (cluster, region, credentials) => {
      const expected = awsGetToken(cluster, region, credentials)
      expect(execCredentialJson(makeEksToken(cluster, region, credentials, NOW))).toBe(expected)
    }
  )
})
