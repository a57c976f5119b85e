/**
 * Bad inputs: each is one exact `::error::` line naming the input, what was wrong and what is
 * accepted, exit 1, no stack trace, quickly, and nothing happened before it (no AWS call, no command
 * run, no request to the cluster, no output, no file written). Kubeconfig and manifest files are
 * named pipes, /dev/zero, huge sparse files, paths through files, too long or outside the workspace
 * and RUNNER_TEMP; a kubeconfig that would send its credentials over plain HTTP or unverified TLS to
 * a server off loopback is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DescribeClusterCommand, EKSClient } from '@aws-sdk/client-eks'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expectCleanRefusal, plantHostileFiles, snapshot, timed } from '../../../__fixtures__/bad-inputs.js'
import { FakeKubeApi } from '../../../__fixtures__/fake-kube-api.js'
import { DIGEST, KUBE_RUNNER_TEMP, MANIFESTS, runDeploy, writeKubeconfig } from './helpers.js'

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

// Hostile kubeconfig and manifest files in RUNNER_TEMP, where a workflow would write them.
const hostile = plantHostileFiles(join(KUBE_RUNNER_TEMP, 'hostile'), '.yaml', 17 * 1024 * 1024)
mkdirSync(join(hostile.dir, 'with-pipe'))
plantHostileFiles(join(hostile.dir, 'with-pipe'), '.yaml')
const KUBECONFIG_FILE =
  'the path of a kubeconfig file of at most 1 MiB in the workspace or RUNNER_TEMP, or its contents'
const MANIFEST_FILE = 'manifest files of at most 16 MiB in the workspace or RUNNER_TEMP'
const TRANSPORT =
  'an https server verified by its CA (certificate-authority-data); plain http or insecure-skip-tls-verify only for a server on loopback'
const LINES = (max: number, length: number) => `at most ${max} lines of at most ${length} characters each`
/** A kubeconfig with `server`, and `extra` lines under its cluster. */
const kubeconfigFor = (server: string, extra = '') =>
  fake.kubeconfig().replace(`    server: ${fake.url}\n`, `    server: ${server}\n${extra}`)

const manifests = join(MANIFESTS, 'plain/gateway.yaml')
const good = () => ({
  kubeconfig,
  manifests,
  images: `gateway-service=${ECR}/gateway-service@${DIGEST('c')}`
})

const NEEDS_CREDENTIALS =
  'a kubeconfig whose current context has a server and a bearer token or client certificate'
const IMAGE_LINES =
  'lines such as auth-service=123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service@sha256:<64 hex digits>'

/** [name, inputs, the exact error line (or how to make it from the inputs)] */
const cases: Array<
  [string, () => Record<string, string>, string | ((inputs: Record<string, string>) => string)]
> = [
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
    `Input "kubeconfig": "nowhere/config" does not exist; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig that is a named pipe',
    () => ({ ...good(), kubeconfig: hostile.fifo }),
    `Input "kubeconfig": "${hostile.fifo}" is not a regular file; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig that is a link to /dev/zero',
    () => ({ ...good(), kubeconfig: hostile.zero }),
    `Input "kubeconfig": "${hostile.zero}" is outside the workspace and the runner temporary directory; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig that is /dev/zero',
    () => ({ ...good(), kubeconfig: '/dev/zero' }),
    `Input "kubeconfig": "/dev/zero" is outside the workspace and the runner temporary directory; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig that is a directory',
    () => ({ ...good(), kubeconfig: hostile.directory }),
    `Input "kubeconfig": "${hostile.directory}" is a directory; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig larger than 1 MiB',
    () => ({ ...good(), kubeconfig: hostile.big }),
    `Input "kubeconfig": "${hostile.big}" is 17825792 bytes, more than the 1 MiB allowed; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig under a file (ENOTDIR)',
    () => ({ ...good(), kubeconfig: `${hostile.file}/config` }),
    `Input "kubeconfig": "${hostile.file}/config" goes through something that is not a directory; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig with too long a name (ENAMETOOLONG)',
    () => ({ ...good(), kubeconfig: 'k'.repeat(300) }),
    `Input "kubeconfig": "${'k'.repeat(120)}…" (300 characters) is too long a path; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig outside the workspace and RUNNER_TEMP',
    () => ({ ...good(), kubeconfig: '/etc/hostname' }),
    `Input "kubeconfig": "/etc/hostname" is outside the workspace and the runner temporary directory; accepted: ${KUBECONFIG_FILE}`
  ],
  [
    'a kubeconfig whose CA file is a named pipe',
    () => ({
      ...good(),
      kubeconfig: kubeconfigFor(fake.url, `    certificate-authority: ${hostile.fifo}\n`)
    }),
    `Input "kubeconfig": the kubeconfig input refers to ${hostile.fifo}, which is not a regular file; accepted: a kubeconfig whose current context has a server and a bearer token or client certificate`
  ],
  [
    'a kubeconfig whose token file is /dev/zero',
    () => ({
      ...good(),
      kubeconfig: fake.kubeconfig().replace('    token: fake-token\n', '    tokenFile: /dev/zero\n')
    }),
    'Input "kubeconfig": the kubeconfig input refers to /dev/zero, which is not a regular file; accepted: a kubeconfig whose current context has a server and a bearer token or client certificate'
  ],
  [
    'a kubeconfig with a plain HTTP server off loopback',
    () => ({ ...good(), kubeconfig: kubeconfigFor('http://10.0.0.12:8080') }),
    `Input "kubeconfig": the kubeconfig input has cluster "fake" with the plain HTTP server http://10.0.0.12:8080, which is not on loopback; accepted: ${TRANSPORT}`
  ],
  [
    'a kubeconfig file with insecure-skip-tls-verify off loopback',
    () => ({
      ...good(),
      kubeconfig: writeKubeconfig(
        kubeconfigFor('https://k8s.example.com:6443', '    insecure-skip-tls-verify: true\n')
      )
    }),
    inputs =>
      `Input "kubeconfig": ${inputs.kubeconfig} has cluster "fake" with insecure-skip-tls-verify for https://k8s.example.com:6443, which is not on loopback; accepted: ${TRANSPORT}`
  ],
  [
    'a kubeconfig with a plain HTTP server named like loopback',
    () => ({ ...good(), kubeconfig: kubeconfigFor('http://127.0.0.1.example.com') }),
    `Input "kubeconfig": the kubeconfig input has cluster "fake" with the plain HTTP server http://127.0.0.1.example.com, which is not on loopback; accepted: ${TRANSPORT}`
  ],
  [
    'kubeconfig contents over 128 KiB',
    () => ({ ...good(), kubeconfig: `${fake.kubeconfig()}#${'x'.repeat(140_000)}\n` }),
    'Input "kubeconfig": is 140245 characters long; accepted: at most 131072 characters'
  ],
  [
    'a manifest that is a named pipe',
    () => ({ ...good(), manifests: hostile.fifo }),
    `Input "manifests": "${hostile.fifo}" is not a regular file; accepted: ${MANIFEST_FILE}`
  ],
  [
    'a manifest that is a link to /dev/zero',
    () => ({ ...good(), manifests: hostile.zero }),
    `Input "manifests": "${hostile.zero}" is outside the workspace and the runner temporary directory; accepted: ${MANIFEST_FILE}`
  ],
  [
    'a manifest larger than 16 MiB',
    () => ({ ...good(), manifests: hostile.big }),
    `Input "manifests": "${hostile.big}" is 17825792 bytes, more than the 16 MiB allowed; accepted: ${MANIFEST_FILE}`
  ],
  [
    'a directory of manifests holding a named pipe',
    () => ({ ...good(), manifests: join(hostile.dir, 'with-pipe') }),
    `Input "manifests": "${join(hostile.dir, 'with-pipe', 'big.yaml')}" is 68719476737 bytes, more than the 16 MiB allowed; accepted: ${MANIFEST_FILE}`
  ],
  [
    'a manifest outside the workspace and RUNNER_TEMP',
    () => ({ ...good(), manifests: '/etc/hostname' }),
    `Input "manifests": "/etc/hostname" is outside the workspace and the runner temporary directory; accepted: ${MANIFEST_FILE}`
  ],
  [
    'a manifest under a file (ENOTDIR)',
    () => ({ ...good(), manifests: `${hostile.file}/gateway.yaml` }),
    `Input "manifests": "${hostile.file}/gateway.yaml" goes through something that is not a directory; accepted: a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml`
  ],
  [
    'a manifest with too long a name (ENAMETOOLONG)',
    () => ({ ...good(), manifests: `${'m'.repeat(300)}.yaml` }),
    `Input "manifests": "${'m'.repeat(120)}…" (305 characters) is too long a path; accepted: a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml`
  ],
  [
    'a glob from outside the workspace',
    () => ({ ...good(), manifests: '/etc/*.yaml' }),
    'Input "manifests": "/etc" is outside the workspace and the runner temporary directory; accepted: a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml'
  ],
  [
    'more than 100 manifests lines',
    () => ({ ...good(), manifests: Array.from({ length: 101 }, () => manifests).join('\n') }),
    `Input "manifests": has 101 lines; accepted: ${LINES(100, 4096)}`
  ],
  [
    'more than 500 images lines',
    () => ({
      ...good(),
      images: Array.from({ length: 501 }, (_, i) => `s${i}=${ECR}/s${i}@${DIGEST('c')}`).join('\n')
    }),
    `Input "images": has 501 lines; accepted: ${LINES(500, 1024)}`
  ],
  [
    'a kubeconfig with an exec plugin',
    () => ({ ...good(), kubeconfig: execKubeconfig() }),
    inputs =>
      `Input "kubeconfig": ${inputs.kubeconfig} user "deployer" gets its credentials from an exec plugin, which Shipline does not run: use a kubeconfig with a bearer token or a client certificate, or cluster-name and aws-region for EKS; accepted: ${NEEDS_CREDENTIALS}`
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
    `Input "manifests": directory "${MANIFESTS.replace(/manifests$/, '')}" has no kustomization file and no .yaml, .yml or .json file; accepted: a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml`
  ],
  [
    'an images line without =',
    () => ({ ...good(), images: `${ECR}/gateway-service@${DIGEST('c')}` }),
    `Input "images": "${ECR}/gateway-service@${DIGEST('c')}" is not name=reference; accepted: lines such as auth-service=123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service@sha256:<64 hex digits>`
  ],
  [
    'a short digest',
    () => ({ ...good(), images: `gateway-service=${ECR}/gateway-service@sha256:abc123` }),
    `Input "images": the digest of "${ECR}/gateway-service@sha256:abc123" (for gateway-service) is not sha256 with 64 hex digits; accepted: ${IMAGE_LINES}`
  ],
  [
    'a tag without digest',
    () => ({ ...good(), images: `gateway-service=${ECR}/gateway-service:3.1.0` }),
    `Input "images": "${ECR}/gateway-service:3.1.0" (for gateway-service) has a tag but no digest; accepted: references pinned by digest (repository@sha256:<64 hex digits>), or tags with allow-tags: true`
  ],
  [
    'neither tag nor digest',
    () => ({ ...good(), images: `gateway-service=${ECR}/gateway-service` }),
    `Input "images": "${ECR}/gateway-service" (for gateway-service) has no digest; accepted: references pinned by digest (repository@sha256:<64 hex digits>), or tags with allow-tags: true`
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
    `Input "images": "Gateway" in "Gateway=${ECR}/gateway-service@${DIGEST('c')}" is not an image name; accepted: ${IMAGE_LINES} (names in lower case: letters, digits, . _ - /)`
  ],
  [
    'an invalid reference',
    () => ({ ...good(), images: 'gateway-service=ECR/Gateway Service' }),
    `Input "images": "ECR/Gateway Service" (for gateway-service) is not an image reference; accepted: ${IMAGE_LINES}`
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
  ],
  [
    'prune not a boolean',
    () => ({ ...good(), prune: 'sometimes' }),
    'Input "prune": "sometimes" is not a boolean; accepted: true or false'
  ],
  [
    'an applyset that is not a Secret name',
    () => ({ ...good(), applyset: 'Shipline_Set' }),
    'Input "applyset": "Shipline_Set" is not a Secret name; accepted: a DNS subdomain: lower-case letters, digits, hyphens and dots, at most 253'
  ]
]

describe('bad inputs', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40))

  it.each(cases)('%s', async (_name, makeInputs, expected) => {
    const inputs = makeInputs()
    const message = typeof expected === 'string' ? expected : expected(inputs)
    const saved = { region: process.env.AWS_REGION, defaultRegion: process.env.AWS_DEFAULT_REGION }
    delete process.env.AWS_REGION
    delete process.env.AWS_DEFAULT_REGION
    const before = fake.requests.length
    const written = snapshot(KUBE_RUNNER_TEMP)
    eks.resetHistory()
    const { result, ms } = await timed(() =>
      runDeploy(inputs, { eksClient: new EKSClient({ region: 'eu-west-1' }) })
    )
    Object.assign(
      process.env,
      saved.region ? { AWS_REGION: saved.region } : {},
      saved.defaultRegion ? { AWS_DEFAULT_REGION: saved.defaultRegion } : {}
    )
    expectCleanRefusal(
      { ...result, errors: result.errors.map(line => line.replace(/^::error::/, '')) },
      ms,
      message
    )
    expect(message).toMatch(/^Input "[a-z-]+": .+; accepted: .+$/)
    expect(result.commands).toEqual([])
    expect(eks.calls()).toHaveLength(0)
    expect(fake.requests.length).toBe(before)
    expect(snapshot(KUBE_RUNNER_TEMP)).toEqual(written)
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
