/** What a deploy needs, read from inputs (deploy-eks', or the CLI's flags), validated before anything runs. */
import { resolve } from 'node:path'
import { InputError } from '../core/errors.js'
import type { Inputs } from '../core/inputs.js'
import { fileInput, MiB, readCheckedFile } from '../core/paths.js'
import { type KubeCredentials, KubeconfigError, parseKubeconfig } from './kubeconfig.js'
import { type ImageEntry, parseImageEntries } from './images.js'
import { type ManifestSource, resolveManifestSources } from './sources.js'

export const DEPLOY_INPUTS = {
  clusterName: 'cluster-name',
  awsRegion: 'aws-region',
  kubeconfig: 'kubeconfig',
  manifests: 'manifests',
  images: 'images',
  allowTags: 'allow-tags',
  namespace: 'namespace',
  timeout: 'timeout',
  rollbackOnFailure: 'rollback-on-failure',
  pollInterval: 'poll-interval',
  prune: 'prune',
  applyset: 'applyset'
} as const

const INPUTS = DEPLOY_INPUTS

export type ClusterTarget =
  | { type: 'eks'; clusterName: string; region: string }
  | { type: 'kubeconfig'; credentials: KubeCredentials; source: string }

export interface RenderOptions {
  manifests: ManifestSource[]
  images: ImageEntry[]
  allowTags: boolean
}

export interface DeployOptions extends RenderOptions {
  cluster: ClusterTarget
  /** Namespace of namespaced objects that name none. */
  namespace: string
  timeoutMs: number
  rollbackOnFailure: boolean
  pollMs: number
  /** Delete the members of the ApplySet the manifests no longer hold (false: only report them). */
  prune: boolean
  /** The ApplySet's parent Secret: its name, and its namespace when the namespace input names one. */
  applyset: { name: string; namespace?: string }
}

/** Where the files inputs name may be besides the workspace: RUNNER_TEMP, and what a caller adds. */
export interface PathsAllowed {
  env?: NodeJS.ProcessEnv
  /** More directories a kubeconfig file may be in (the local run's ~/.kube). */
  kubeconfigDirs?: string[]
}

const MAX_KUBECONFIG_BYTES = 1 * MiB
const ACCEPTED_KUBECONFIG_FILE =
  'the path of a kubeconfig file of at most 1 MiB in the workspace or RUNNER_TEMP, or its contents'
const CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/
const SECRET_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/** The inputs `shipline render` shares with the action. */
export function readRenderOptions(
  inputs: Inputs,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env
): RenderOptions {
  const manifests = resolveManifestSources(
    inputs.multiline(INPUTS.manifests, { required: true, maxLines: 100, maxLineLength: 4096 }),
    { root: cwd, alsoUnder: [env.RUNNER_TEMP] }
  )
  const allowTags = inputs.boolean(INPUTS.allowTags, false)
  const images = parseImageEntries(
    inputs.multiline(INPUTS.images, { maxLines: 500, maxLineLength: 1024 }),
    allowTags
  )
  return { manifests, images, allowTags }
}

/** An EKS cluster name and region (shared with `shipline eks-token`, whose region flag is `region`). */
export function readEksTarget(
  inputs: Inputs,
  clusterInput: string,
  regionInput: string
): { clusterName: string; region: string } {
  const clusterName = inputs.string(clusterInput, { required: true })
  if (!CLUSTER_NAME.test(clusterName))
    throw new InputError(
      clusterInput,
      `"${clusterName}" is not an EKS cluster name`,
      'up to 100 letters, digits, hyphens and underscores, starting with a letter or digit'
    )
  return { clusterName, region: inputs.awsRegion(regionInput) }
}

function readKubeconfig(
  value: string,
  cwd: string,
  allowed: PathsAllowed
): { text: string; path: string; source: string } {
  // A value with a line break is the kubeconfig itself (a secret); otherwise it is a file path.
  if (/\r?\n/.test(value))
    return { text: value, path: resolve(cwd, 'kubeconfig'), source: 'the kubeconfig input' }
  const path = fileInput(INPUTS.kubeconfig, value, {
    root: cwd,
    alsoUnder: [(allowed.env ?? process.env).RUNNER_TEMP, ...(allowed.kubeconfigDirs ?? [])],
    accepted: ACCEPTED_KUBECONFIG_FILE,
    maxBytes: MAX_KUBECONFIG_BYTES
  })
  const text = readCheckedFile(INPUTS.kubeconfig, path, value, MAX_KUBECONFIG_BYTES, ACCEPTED_KUBECONFIG_FILE)
  return { text, path, source: value }
}

function getCluster(inputs: Inputs, cwd: string, allowed: PathsAllowed): ClusterTarget {
  const clusterName = inputs.optional(INPUTS.clusterName)
  const kubeconfig = inputs.optional(INPUTS.kubeconfig)
  if (clusterName && kubeconfig)
    throw new InputError(
      INPUTS.kubeconfig,
      'is set together with cluster-name',
      'either cluster-name (with aws-region) or kubeconfig, not both'
    )
  if (!clusterName && !kubeconfig)
    throw new InputError(
      INPUTS.clusterName,
      'is required when kubeconfig is empty',
      'an EKS cluster name (with aws-region), or set kubeconfig'
    )
  if (clusterName) {
    return { type: 'eks', ...readEksTarget(inputs, INPUTS.clusterName, INPUTS.awsRegion) }
  }
  const { text, path, source } = readKubeconfig(kubeconfig as string, cwd, allowed)
  try {
    return { type: 'kubeconfig', credentials: parseKubeconfig(text, path), source }
  } catch (error) {
    if (error instanceof KubeconfigError)
      throw new InputError(
        INPUTS.kubeconfig,
        `${source} ${error.message}`,
        error.accepted ??
          'a kubeconfig whose current context has a server and a bearer token or client certificate'
      )
    throw error
  }
}

/** Every deploy option; files stay in the workspace `cwd` or RUNNER_TEMP (and `allowed.kubeconfigDirs`). */
export function readDeployOptions(
  inputs: Inputs,
  cwd = process.cwd(),
  allowed: PathsAllowed = {}
): DeployOptions {
  const cluster = getCluster(inputs, cwd, allowed)
  const render = readRenderOptions(inputs, cwd, allowed.env)
  const namespace =
    inputs.optional(INPUTS.namespace) ??
    (cluster.type === 'kubeconfig' ? cluster.credentials.namespace : undefined) ??
    'default'
  if (!NAMESPACE.test(namespace))
    throw new InputError(
      INPUTS.namespace,
      `"${namespace}" is not a namespace name`,
      'a DNS label: lower-case letters, digits and hyphens, at most 63'
    )
  return {
    cluster,
    ...render,
    namespace,
    timeoutMs: inputs.duration(INPUTS.timeout, '10m', { min: 1000, max: 6 * 3_600_000 }),
    rollbackOnFailure: inputs.boolean(INPUTS.rollbackOnFailure, true),
    pollMs: inputs.duration(INPUTS.pollInterval, '5s', { min: 100, max: 60_000 }),
    prune: inputs.boolean(INPUTS.prune, true),
    applyset: { name: readApplySetName(inputs), namespace: inputs.optional(INPUTS.namespace) }
  }
}

/** The name of the ApplySet's parent Secret (default `shipline`). */
function readApplySetName(inputs: Inputs): string {
  const name = inputs.optional(INPUTS.applyset) ?? 'shipline'
  if (!SECRET_NAME.test(name))
    throw new InputError(
      INPUTS.applyset,
      `"${name}" is not a Secret name`,
      'a DNS subdomain: lower-case letters, digits, hyphens and dots, at most 253'
    )
  return name
}
