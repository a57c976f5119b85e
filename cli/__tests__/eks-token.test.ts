/** `shipline eks-token`: the aws CLI's ExecCredential, byte for byte, for the same clock and credentials. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fakeClock } from '../../lib/core/clock.js'
import { InputError } from '../../lib/core/errors.js'
import { createCommand } from '../src/commands/eks-token.js'

const NOW = Date.parse('2026-01-01T00:00:00Z')
const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'FwoGZXIvYXdzEBYaDH+/='
}

async function shipline(values: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  let credentialCalls = 0
  const command = createCommand({
    clock: fakeClock(NOW),
    env,
    credentials: async () => {
      credentialCalls++
      return CREDENTIALS
    },
    stdout: text => (stdout += text),
    stderr: text => (stderr += text)
  })
  const code = await command.run({ values, positionals: [] })
  return { code, stdout, stderr, credentialCalls }
}

describe('shipline eks-token', () => {
  it('prints an ExecCredential with a k8s-aws-v1 token expiring in 14 minutes', async () => {
    const { code, stdout, stderr } = await shipline({ 'cluster-name': 'erp-production', region: 'eu-west-1' })
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const credential = JSON.parse(stdout)
    expect(credential).toMatchObject({
      kind: 'ExecCredential',
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      spec: {},
      status: { expirationTimestamp: '2026-01-01T00:14:00Z' }
    })
    expect(credential.status.token).toMatch(/^k8s-aws-v1\.[A-Za-z0-9_-]+$/)
  })

  it('answers with the apiVersion kubectl asks for in KUBERNETES_EXEC_INFO', async () => {
    const { stdout } = await shipline(
      { 'cluster-name': 'erp', region: 'eu-west-1' },
      {
        KUBERNETES_EXEC_INFO:
          '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}'
      }
    )
    expect(JSON.parse(stdout).apiVersion).toBe('client.authentication.k8s.io/v1')
  })

  it.each([
    [{ region: 'eu-west-1' }, 'Input "cluster-name": is required but was empty; accepted: a non-empty value'],
    [
      { 'cluster-name': 'erp/prod', region: 'eu-west-1' },
      'Input "cluster-name": "erp/prod" is not an EKS cluster name; accepted: up to 100 letters, digits, hyphens and underscores, starting with a letter or digit'
    ],
    [
      { 'cluster-name': 'erp', region: 'mars-1' },
      'Input "region": "mars-1" is not an AWS region; accepted: an AWS region such as us-east-1 or eu-west-1'
    ]
  ])('refuses %j before reading credentials', async (values, message) => {
    let calls = 0
    const command = createCommand({
      credentials: async () => {
        calls++
        return CREDENTIALS
      },
      stdout: () => undefined
    })
    const error = await command.run({ values, positionals: [] }).catch(e => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toBe(message)
    expect(calls).toBe(0)
  })
})

const faketime = ['/usr/bin/faketime', '/usr/local/bin/faketime'].find(existsSync)
const available = existsSync('/usr/bin/aws') && faketime !== undefined
describe(`against /usr/bin/aws under faketime${available ? '' : ' (SKIPPED: /usr/bin/aws or faketime not installed)'}`, () => {
  ;(available ? it : it.skip).each([
    ['x', 'eu-west-1'],
    ['erp-production', 'us-east-1'],
    ['erp_staging', 'ap-southeast-2']
  ])('--cluster-name %s --region %s gives the same bytes', async (cluster, region) => {
    const home = mkdtempSync(join(tmpdir(), 'aws-home-'))
    const expected = execFileSync(
      faketime as string,
      [
        '-f',
        '2026-01-01 00:00:00',
        '/usr/bin/aws',
        'eks',
        'get-token',
        '--cluster-name',
        cluster,
        '--region',
        region
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: '/usr/bin:/bin',
          HOME: home,
          TZ: 'UTC',
          AWS_CONFIG_FILE: join(home, 'config'),
          AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
          AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
          AWS_SESSION_TOKEN: CREDENTIALS.sessionToken
        }
      }
    )
    const { stdout } = await shipline({ 'cluster-name': cluster, region })
    expect(stdout).toBe(expected)
  })
})
