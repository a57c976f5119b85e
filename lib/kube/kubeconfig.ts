/**
 * A kubeconfig's current (or named) context reduced to what a client needs: the server, its CA,
 * and a bearer token or a client certificate. Credential plugins (`exec`, `auth-provider`) are not
 * run: a kubeconfig for Shipline carries a token or a certificate (a kind or minikube kubeconfig
 * does; for EKS use cluster-name and aws-region instead).
 *
 * The server is reached over verified TLS: a plain `http://` server, or `insecure-skip-tls-verify`,
 * is refused unless the server is on loopback (a local kind or minikube cluster), since the bearer
 * token or client key would otherwise go to whoever answers. Files the kubeconfig refers to are
 * regular files of at most 1 MiB (never a pipe or a device).
 */
import { dirname, isAbsolute, resolve } from 'node:path'
import { load } from 'js-yaml'
import { UserError } from '../core/errors.js'
import { isLoopbackHost } from '../core/net.js'
import { MiB, readCheckedFile, regularFileProblem } from '../core/paths.js'

export interface KubeCredentials {
  server: string
  /** PEM of the cluster's CA, when the kubeconfig names one. */
  ca?: string
  insecureSkipTlsVerify?: boolean
  token?: string
  clientCert?: string
  clientKey?: string
  /** The context's namespace, when it sets one. */
  namespace?: string
  context: string
}

/** A kubeconfig that cannot be used: the message says what is wrong with it, `accepted` what would do. */
export class KubeconfigError extends UserError {
  constructor(
    message: string,
    readonly accepted?: string
  ) {
    super(message)
    this.name = 'KubeconfigError'
  }
}

/** The largest file (CA, certificate, key, token) a kubeconfig may refer to. */
export const MAX_KUBECONFIG_FILE_BYTES = 1 * MiB
const ACCEPTED_TRANSPORT =
  'an https server verified by its CA (certificate-authority-data); plain http or insecure-skip-tls-verify only for a server on loopback'

/** The server's URL, refused when it would send credentials without verified TLS off loopback. */
function checkTransport(server: string, clusterName: string, skipTls: boolean): void {
  let url: URL
  try {
    url = new URL(server)
  } catch {
    throw new KubeconfigError(`cluster "${clusterName}" has no http(s) server URL`)
  }
  if (isLoopbackHost(url.hostname)) return
  if (url.protocol === 'http:')
    throw new KubeconfigError(
      `has cluster "${clusterName}" with the plain HTTP server ${url.origin}, which is not on loopback`,
      ACCEPTED_TRANSPORT
    )
  if (skipTls)
    throw new KubeconfigError(
      `has cluster "${clusterName}" with insecure-skip-tls-verify for ${url.origin}, which is not on loopback`,
      ACCEPTED_TRANSPORT
    )
}

interface Named<T> {
  name?: string
  [key: string]: unknown
  value?: T
}

type Dict = Record<string, unknown>

function asDict(value: unknown): Dict | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Dict) : undefined
}

function findNamed(list: unknown, name: string, field: string): Dict | undefined {
  if (!Array.isArray(list)) return undefined
  const entry = (list as Array<Named<unknown>>).find(item => asDict(item)?.name === name)
  return entry ? asDict(entry[field]) : undefined
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function loadConfig(text: string): Dict {
  let doc: unknown
  try {
    doc = load(text)
  } catch (error) {
    throw new KubeconfigError(`is not valid YAML (${(error as Error).message.split('\n')[0]})`)
  }
  const config = asDict(doc)
  if (!config || !Array.isArray(config.clusters) || !Array.isArray(config.contexts))
    throw new KubeconfigError('is not a kubeconfig (it has no clusters and contexts lists)')
  return config
}

/** The context to use (`contextName`, else the current one) and the cluster it names. */
function selectContext(
  config: Dict,
  contextName: string | undefined
): { context: string; ctx: Dict; clusterName: string; cluster: Dict } {
  const context = contextName ?? str(config['current-context'])
  if (!context) throw new KubeconfigError('sets no current-context')
  const ctx = findNamed(config.contexts, context, 'context')
  if (!ctx) throw new KubeconfigError(`has no context named "${context}"`)
  const clusterName = str(ctx.cluster)
  const cluster = clusterName ? findNamed(config.clusters, clusterName, 'cluster') : undefined
  if (!cluster)
    throw new KubeconfigError(
      `context "${context}" names cluster "${clusterName ?? ''}", which it does not define`
    )
  return { context, ctx, clusterName: clusterName as string, cluster }
}

/** The contents of a file the kubeconfig refers to (relative to its directory, `base`). */
function referencedFile(base: string, value: unknown): string | undefined {
  const name = str(value)
  if (!name) return undefined
  const full = isAbsolute(name) ? name : resolve(base, name)
  const problem = regularFileProblem(full, MAX_KUBECONFIG_FILE_BYTES)
  if (problem) throw new KubeconfigError(`refers to ${full}, which ${problem}`)
  try {
    return readCheckedFile('kubeconfig', full, full, MAX_KUBECONFIG_FILE_BYTES, '')
  } catch {
    throw new KubeconfigError(`refers to ${full}, which cannot be read`)
  }
}

function base64Data(value: unknown): string | undefined {
  const encoded = str(value)
  return encoded ? Buffer.from(encoded, 'base64').toString('utf8') : undefined
}

/** Parse kubeconfig `text` (read from `path`, for relative file references). */
export function parseKubeconfig(text: string, path = '.', contextName?: string): KubeCredentials {
  const config = loadConfig(text)
  const { context, ctx, clusterName, cluster } = selectContext(config, contextName)
  const server = str(cluster.server)
  if (!server || !/^https?:\/\/[^/\s]+/.test(server))
    throw new KubeconfigError(`cluster "${clusterName}" has no http(s) server URL`)
  const insecureSkipTlsVerify = cluster['insecure-skip-tls-verify'] === true
  checkTransport(server, clusterName, insecureSkipTlsVerify)
  const userName = str(ctx.user)
  const user = (userName ? findNamed(config.users, userName, 'user') : undefined) ?? {}
  const file = (value: unknown) => referencedFile(dirname(path), value)
  if (user.exec || user['auth-provider'])
    throw new KubeconfigError(
      `user "${userName}" gets its credentials from ${user.exec ? 'an exec plugin' : 'an auth-provider'}, which Shipline does not run: use a kubeconfig with a bearer token or a client certificate, or cluster-name and aws-region for EKS`
    )
  const credentials: KubeCredentials = {
    server: server.replace(/\/+$/, ''),
    ca: base64Data(cluster['certificate-authority-data']) ?? file(cluster['certificate-authority']),
    insecureSkipTlsVerify,
    token: str(user.token) ?? file(user.tokenFile)?.trim(),
    clientCert: base64Data(user['client-certificate-data']) ?? file(user['client-certificate']),
    clientKey: base64Data(user['client-key-data']) ?? file(user['client-key']),
    namespace: str(ctx.namespace),
    context
  }
  if (!credentials.token && !(credentials.clientCert && credentials.clientKey))
    throw new KubeconfigError(
      `user "${userName ?? ''}" has neither a token nor a client certificate and key: Shipline needs one of them (exec plugins are not run)`
    )
  return credentials
}
