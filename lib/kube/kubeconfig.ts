/**
 * A kubeconfig's current (or named) context reduced to what a client needs: the server, its CA,
 * and a bearer token or a client certificate. Credential plugins (`exec`, `auth-provider`) are not
 * run: a kubeconfig for Shipline carries a token or a certificate (a kind or minikube kubeconfig
 * does; for EKS use cluster-name and aws-region instead).
 */
import { readFileSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { load } from 'js-yaml'
import { UserError } from '../core/errors.js'

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

/** A kubeconfig that cannot be used: the message says what is wrong with it. */
export class KubeconfigError extends UserError {
  constructor(message: string) {
    super(message)
    this.name = 'KubeconfigError'
  }
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

/** Parse kubeconfig `text` (read from `path`, for relative file references). */
export function parseKubeconfig(text: string, path = '.', contextName?: string): KubeCredentials {
  let doc: unknown
  try {
    doc = load(text)
  } catch (error) {
    throw new KubeconfigError(`is not valid YAML (${(error as Error).message.split('\n')[0]})`)
  }
  const config = asDict(doc)
  if (!config || !Array.isArray(config.clusters) || !Array.isArray(config.contexts))
    throw new KubeconfigError('is not a kubeconfig (it has no clusters and contexts lists)')
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
  const server = str(cluster.server)
  if (!server || !/^https?:\/\/[^/\s]+/.test(server))
    throw new KubeconfigError(`cluster "${clusterName}" has no http(s) server URL`)
  const userName = str(ctx.user)
  const user = (userName ? findNamed(config.users, userName, 'user') : undefined) ?? {}
  const base = dirname(path)
  const file = (value: unknown): string | undefined => {
    const name = str(value)
    if (!name) return undefined
    const full = isAbsolute(name) ? name : resolve(base, name)
    try {
      return readFileSync(full, 'utf8')
    } catch {
      throw new KubeconfigError(`refers to ${full}, which cannot be read`)
    }
  }
  const data = (value: unknown): string | undefined => {
    const encoded = str(value)
    return encoded ? Buffer.from(encoded, 'base64').toString('utf8') : undefined
  }
  if (user.exec || user['auth-provider'])
    throw new KubeconfigError(
      `user "${userName}" gets its credentials from ${user.exec ? 'an exec plugin' : 'an auth-provider'}, which Shipline does not run: use a kubeconfig with a bearer token or a client certificate, or cluster-name and aws-region for EKS`
    )
  const credentials: KubeCredentials = {
    server: server.replace(/\/+$/, ''),
    ca: data(cluster['certificate-authority-data']) ?? file(cluster['certificate-authority']),
    insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
    token: str(user.token) ?? file(user.tokenFile)?.trim(),
    clientCert: data(user['client-certificate-data']) ?? file(user['client-certificate']),
    clientKey: data(user['client-key-data']) ?? file(user['client-key']),
    namespace: str(ctx.namespace),
    context
  }
  if (!credentials.token && !(credentials.clientCert && credentials.clientKey))
    throw new KubeconfigError(
      `user "${userName ?? ''}" has neither a token nor a client certificate and key: Shipline needs one of them (exec plugins are not run)`
    )
  return credentials
}
