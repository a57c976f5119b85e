/**
 * Bad inputs: each is one `::error::` line naming the input, what was wrong and what is accepted,
 * and nothing happened before it (no AWS call, no command run, no request to the cluster, no output).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DescribeClusterCommand, EKSClient } from '@aws-sdk/client-eks'
import { mockClient } from 'aws-sdk-client-mock'
import { join } from 'node:path'
import { FakeKubeApi } from '../../../__fixtures__/fake-kube-api.js'
import { DIGEST, MANIFESTS, runDeploy, writeKubeconfig } from './helpers.js'

const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
let fake: FakeKubeApi
let kubeconfig: string
const eks = mockClient(EKSClient)

beforeAll(async () => {
  fake = new FakeKubeApi()
  await fake.start()
  kubeconfig = writeKubeconfig(fake.kubeconfig())
  eks.on(DescribeClusterCommand).resolves({ cluster: { endpoint: fake.url, status: 'ACTIVE' } })
})
afterAll(async () => {
  eks.restore()
  await fake.stop()
})

const execKubeconfig = () =>
  writeKubeconfig(
    fake
      .kubeconfig()
      .replace(
        / {2}user:\n {4}token: fake-token\n/,
        '  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, erp]\n'
      )
  )

const manifests = join(MANIFESTS, 'plain/gateway.yaml')
const good = () => ({
  kubeconfig,
  manifests,
  images: `gateway-service=${ECR}/gateway-service@${DIGEST('c')}`
})

const cases: Array<[string, () => Record<string, string>, string]> = [
  [
    'no cluster at all',
    () => ({ manifests }),
    'Input "cluster-name": is required when kubeconfig is empty; accepted: an EKS cluster name (with aws-region), or set kubeconfig'
  ],
  [
    'cluster-name and kubeconfig',
    () => ({ ...good(), 'cluster-name': 'erp', 'aws-region': 'eu-west-1' }),
    'Input "kubeconfig": is set together with cluster-name; accepted: either cluster-name (with aws-region) or kubeconfig, not both'
  ],
  [
    'a bad cluster name',
    () => ({ manifests, 'cluster-name': 'erp prod', 'aws-region': 'eu-west-1' }),
    'Input "cluster-name": "erp prod" is not an EKS cluster name; accepted: up to 100 letters, digits, hyphens and underscores, starting with a letter or digit'
  ],
  [
    'no region',
    () => ({ manifests, 'cluster-name': 'erp' }),
    'Input "aws-region": is required but was empty; accepted: an AWS region such as us-east-1'
  ],
  [
    'a bad region',
    () => ({ manifests, 'cluster-name': 'erp', 'aws-region': 'Europe' }),
    'Input "aws-region": "Europe" is not an AWS region; accepted: an AWS region such as us-east-1 or eu-west-1'
  ],
  [
    'a missing kubeconfig file',
    () => ({ ...good(), kubeconfig: 'nowhere/config' }),
    'Input "kubeconfig": file "nowhere/config" does not exist; accepted: the path of a kubeconfig file, or its contents'
  ],
  [
    'a kubeconfig with an exec plugin',
    () => ({ ...good(), kubeconfig: execKubeconfig() }),
    'gets its credentials from an exec plugin, which Shipline does not run: use a kubeconfig with a bearer token or a client certificate, or cluster-name and aws-region for EKS; accepted: a kubeconfig whose current context has a server and a bearer token or client certificate'
  ],
  [
    'kubeconfig contents that are not a kubeconfig',
    () => ({ ...good(), kubeconfig: 'hello: world\nfoo: bar\n' }),
    'Input "kubeconfig": the kubeconfig input is not a kubeconfig (it has no clusters and contexts lists); accepted: a kubeconfig whose current context has a server and a bearer token or client certificate'
  ],
  [
    'a kubeconfig without current-context',
    () => ({ ...good(), kubeconfig: fake.kubeconfig().replace('current-context: fake\n', '') }),
    'Input "kubeconfig": the kubeconfig input sets no current-context; accepted: a kubeconfig whose current context has a server and a bearer token or client certificate'
  ],
  [
    'no manifests',
    () => ({ ...good(), manifests: '' }),
    'Input "manifests": is required but was empty; accepted: one value per line'
  ],
  [
    'a missing manifest path',
    () => ({ ...good(), manifests: 'k8s/missing.yaml' }),
    'Input "manifests": "k8s/missing.yaml" does not exist; accepted: a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml'
  ],
  [
    'a glob matching nothing',
    () => ({ ...good(), manifests: `${MANIFESTS}/plain/*.txt` }),
    `Input "manifests": "${MANIFESTS}/plain/*.txt" matches no .yaml, .yml or .json file; accepted: a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml`
  ],
  [
    'a directory without manifests',
    () => ({ ...good(), manifests: MANIFESTS.replace(/manifests$/, '') }),
    'has no kustomization file and no .yaml, .yml or .json file; accepted:'
  ],
  [
    'an images line without =',
    () => ({ ...good(), images: `${ECR}/gateway-service@${DIGEST('c')}` }),
    `Input "images": "${ECR}/gateway-service@${DIGEST('c')}" is not name=reference; accepted: lines such as auth-service=123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service@sha256:<64 hex digits>`
  ],
  [
    'a short digest',
    () => ({ ...good(), images: `gateway-service=${ECR}/gateway-service@sha256:abc123` }),
    `Input "images": the digest of "${ECR}/gateway-service@sha256:abc123" (for gateway-service) is not sha256 with 64 hex digits; accepted: lines such as`
  ],
  [
    'a tag without digest',
    () => ({ ...good(), images: `gateway-service=${ECR}/gateway-service:3.1.0` }),
    `Input "images": "${ECR}/gateway-service:3.1.0" (for gateway-service) has a tag but no digest; accepted: references pinned by digest (repository@sha256:<64 hex digits>), or tags with allow-tags: true`
  ],
  [
    'neither tag nor digest',
    () => ({ ...good(), images: `gateway-service=${ECR}/gateway-service` }),
    `Input "images": "${ECR}/gateway-service" (for gateway-service) has no digest; accepted:`
  ],
  [
    'a name listed twice',
    () => ({
      ...good(),
      images: `gateway-service=${ECR}/gateway-service@${DIGEST('c')}\ngateway-service=${ECR}/gateway-service@${DIGEST('d')}`
    }),
    'Input "images": "gateway-service" is listed twice; accepted: each image name once'
  ],
  [
    'an upper-case name',
    () => ({ ...good(), images: `Gateway=${ECR}/gateway-service@${DIGEST('c')}` }),
    'Input "images": "Gateway" in "Gateway='
  ],
  [
    'an invalid reference',
    () => ({ ...good(), images: 'gateway-service=ECR/Gateway Service' }),
    'Input "images": "ECR/Gateway Service" (for gateway-service) is not an image reference; accepted:'
  ],
  [
    'allow-tags not a boolean',
    () => ({ ...good(), 'allow-tags': 'yes' }),
    'Input "allow-tags": "yes" is not a boolean; accepted: true or false'
  ],
  [
    'a bad namespace',
    () => ({ ...good(), namespace: 'ERP_prod' }),
    'Input "namespace": "ERP_prod" is not a namespace name; accepted: a DNS label: lower-case letters, digits and hyphens, at most 63'
  ],
  [
    'a bad timeout',
    () => ({ ...good(), timeout: 'ten minutes' }),
    'Input "timeout": "ten minutes" is not a duration; accepted: a duration such as 90s, 15m, 1h or 1h30m'
  ],
  [
    'a timeout too long',
    () => ({ ...good(), timeout: '7h' }),
    'Input "timeout": "7h" is too long; accepted: a duration such as 90s, 15m, 1h or 1h30m, at most 21600s'
  ],
  [
    'rollback-on-failure not a boolean',
    () => ({ ...good(), 'rollback-on-failure': 'maybe' }),
    'Input "rollback-on-failure": "maybe" is not a boolean; accepted: true or false'
  ],
  [
    'a poll interval too short',
    () => ({ ...good(), 'poll-interval': '10ms' }),
    'Input "poll-interval": "10ms" is too short; accepted: a duration such as 90s, 15m, 1h or 1h30m, at least 0.1s'
  ]
]

describe('bad inputs', () => {
  it.each(cases)('%s', async (_name, inputs, message) => {
    const saved = { region: process.env.AWS_REGION, defaultRegion: process.env.AWS_DEFAULT_REGION }
    delete process.env.AWS_REGION
    delete process.env.AWS_DEFAULT_REGION
    const before = fake.requests.length
    eks.resetHistory()
    const result = await runDeploy(inputs(), { eksClient: new EKSClient({ region: 'eu-west-1' }) })
    Object.assign(
      process.env,
      saved.region ? { AWS_REGION: saved.region } : {},
      saved.defaultRegion ? { AWS_DEFAULT_REGION: saved.defaultRegion } : {}
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0].startsWith('::error::')).toBe(true)
    if (message.startsWith('Input "')) expect(result.errors[0].startsWith(`::error::${message}`)).toBe(true)
    else expect(result.errors[0]).toContain(message)
    if (
      message.endsWith('accepted: true or false') ||
      / at (most|least) /.test(message) ||
      message.endsWith('at most 63')
    )
      expect(result.errors[0]).toBe(`::error::${message}`)
    expect(result.errors[0]).toMatch(/^::error::Input "[a-z-]+": .+; accepted: .+$/)
    expect(result.commands).toEqual([])
    expect(eks.calls()).toHaveLength(0)
    expect(fake.requests.length).toBe(before)
    expect(result.outputs).toEqual({})
    expect(result.summary).toBe('')
  })

  it('reads kubeconfig contents given inline (a secret), not only a path', async () => {
    const result = await runDeploy({
      ...good(),
      manifests: `${join(MANIFESTS, 'plain/namespace.yml')}\n${manifests}`,
      kubeconfig: fake.kubeconfig(),
      'poll-interval': '100ms'
    })
    expect(result.errors).toEqual([])
    expect(result.outputs.status).toBe('succeeded')
  })

  it('names kubectl when a kustomize directory cannot be rendered', async () => {
    const before = fake.requests.length
    const result = await runDeploy(
      { ...good(), manifests: join(MANIFESTS, 'erp') },
      {
        runCommand: async command => {
          const { UserError } = await import('../../../lib/core/errors.js')
          throw new UserError(`${command} was not found on PATH`)
        }
      }
    )
    expect(result.errors).toEqual([
      `::error::kubectl was not found on PATH: ${join(MANIFESTS, 'erp')} is a kustomize directory, rendered with "kubectl kustomize"; install kubectl (azure/setup-kubectl) or list rendered YAML files in manifests`
    ])
    expect(fake.requests.length).toBe(before)
  })

  it('refuses an images entry that matches nothing before touching the cluster', async () => {
    const before = fake.requests.length
    const result = await runDeploy({
      ...good(),
      images: `payroll-service=${ECR}/payroll-service@${DIGEST('c')}`
    })
    expect(result.errors).toEqual([
      `::error::Input "images": "payroll-service" matches no container image in the manifests; accepted: names or repositories of images the manifests use (they use: ${ECR}/gateway-service:3.0.0)`
    ])
    expect(fake.requests.length).toBe(before)
  })
})
