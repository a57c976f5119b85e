/**
 * Connecting to the cluster: for EKS, DescribeCluster gives the endpoint and CA, and a presigned
 * STS token (renewed before it expires) authenticates; with a kubeconfig, its server, CA and token
 * or client certificate. No aws CLI, no kubectl.
 */
import type { EKSClient } from '@aws-sdk/client-eks'
import { awsClientConfig, awsErrorName, describeAwsError, isAccessDenied } from '../core/aws.js'
import type { Clock } from '../core/clock.js'
import { UserError } from '../core/errors.js'
import { type AwsCredentials, EksTokenProvider } from './eks-token.js'
import { KubeClient } from './client.js'
import { info } from '../core/log.js'
import { mask } from '../core/secrets.js'
import type { ClusterTarget } from './options.js'

export interface ConnectDeps {
  clock: Clock
  /** The EKS client (tests pass one whose calls are mocked). */
  eksClient?: EKSClient
  /** AWS credentials for the token (default: the EKS client's provider chain). */
  credentials?: () => Promise<AwsCredentials>
  /** Renew the token this long before it expires. */
  tokenRefreshBeforeMs?: number
}

export interface Connection {
  client: KubeClient
  /** `EKS cluster prod in eu-west-1` or `kubeconfig context kind-kind`. */
  description: string
  tokens?: EksTokenProvider
}

async function describeCluster(eks: EKSClient, name: string, region: string) {
  const { DescribeClusterCommand } = await import('@aws-sdk/client-eks')
  try {
    const { cluster } = await eks.send(new DescribeClusterCommand({ name }))
    if (!cluster?.endpoint)
      throw new UserError(
        `EKS cluster ${name} in ${region} has no API endpoint yet (status ${cluster?.status ?? 'unknown'})`
      )
    if (cluster.status && cluster.status !== 'ACTIVE' && cluster.status !== 'UPDATING')
      throw new UserError(`EKS cluster ${name} in ${region} is ${cluster.status}, not ACTIVE`)
    return cluster
  } catch (error) {
    if (error instanceof UserError) throw error
    if (awsErrorName(error) === 'ResourceNotFoundException')
      throw new UserError(`EKS cluster ${name} was not found in ${region}: check cluster-name and aws-region`)
    if (isAccessDenied(error))
      throw new UserError(
        `Access denied to EKS cluster ${name}: the role needs eks:DescribeCluster on arn:aws:eks:${region}:<account>:cluster/${name}`
      )
    throw new UserError(`EKS DescribeCluster failed: ${describeAwsError(error)}`)
  }
}

export async function connect(target: ClusterTarget, deps: ConnectDeps): Promise<Connection> {
  if (target.type === 'kubeconfig') {
    const { credentials } = target
    mask(credentials.token)
    mask(credentials.clientKey)
    const token = credentials.token
    const client = new KubeClient(
      {
        server: credentials.server,
        ca: credentials.ca,
        insecureSkipTlsVerify: credentials.insecureSkipTlsVerify,
        clientCert: credentials.clientCert,
        clientKey: credentials.clientKey,
        token: token ? async () => token : undefined
      },
      { clock: deps.clock }
    )
    return { client, description: `${credentials.server} (kubeconfig context ${credentials.context})` }
  }
  const { EKSClient } = await import('@aws-sdk/client-eks')
  const eks = deps.eksClient ?? new EKSClient(awsClientConfig(target.region))
  const cluster = await describeCluster(eks, target.clusterName, target.region)
  info(`EKS cluster ${target.clusterName} (${cluster.version ?? 'unknown version'}) at ${cluster.endpoint}`)
  const credentials =
    deps.credentials ??
    (async () => {
      const provider = eks.config.credentials as () => Promise<AwsCredentials>
      return provider()
    })
  const tokens = new EksTokenProvider({
    clusterName: target.clusterName,
    region: target.region,
    credentials,
    clock: deps.clock,
    refreshBeforeMs: deps.tokenRefreshBeforeMs,
    onToken: mask
  })
  const ca = cluster.certificateAuthority?.data
    ? Buffer.from(cluster.certificateAuthority.data, 'base64').toString('utf8')
    : undefined
  const client = new KubeClient(
    {
      server: cluster.endpoint as string,
      ca,
      token: () => tokens.token(),
      onUnauthorized: () => tokens.invalidate()
    },
    { clock: deps.clock }
  )
  return { client, description: `EKS cluster ${target.clusterName} in ${target.region}`, tokens }
}
