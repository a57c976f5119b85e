/**
 * The kubectl that renders kustomize directories (`kubectl kustomize`): the one on PATH, else the
 * pinned release below, downloaded from dl.k8s.io, verified against its published SHA-256 embedded
 * here, and kept in the tool cache (lib/core/install.ts `installBinary`). So deploy-eks needs only
 * Node on the runner.
 *
 * The digests are those Kubernetes publishes beside each binary,
 * https://dl.k8s.io/release/v1.34.3/bin/OS/ARCH/kubectl.sha256, as recorded in
 * cashapp/hermit-packages, kubectl.hcl (sha256sums, commit 0e4549be91d00e65dcc5cdd8acd8ef4e7687ca7f),
 * and for linux/amd64 and linux/arm64 also in rancher/security-scan, hack/make/deps.mk
 * (KUBECTL_SUM_amd64, KUBECTL_SUM_arm64 for 1.34.3). To move to another release, take its four
 * kubectl.sha256 files and check them against a second source.
 */
import { UserError } from '../core/errors.js'
import { type BinaryRelease, installBinary } from '../core/install.js'
import { info } from '../core/log.js'
import { findOnPath } from '../terraform/install.js'

export const KUBECTL_VERSION = '1.34.3'
export const KUBECTL_BASE_URL = 'https://dl.k8s.io/release'

export const KUBECTL_SHA256: Record<string, string> = {
  'linux/amd64': 'ab60ca5f0fd60c1eb81b52909e67060e3ba0bd27e55a8ac147cbc2172ff14212',
  'linux/arm64': '46913a7aa0327f6cc2e1cc2775d53c4a2af5e52f7fd8dacbfbfd098e757f19e9',
  'darwin/amd64': '657afbd0e653c4ce3af1b5a645a4eaba282cf8eb2bcda7191ff60866e50e4d7f',
  'darwin/arm64': 'e51367d2107d605f4edd7c2fb25897b0c0695a7de1a9f9d04cd6c9356b890b14'
}

const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' }

/** The pinned kubectl for a Node platform and arch (`linux`, `x64`), or undefined when none is pinned. */
export function kubectlRelease(
  platform: string,
  arch: string,
  baseUrl = KUBECTL_BASE_URL
): BinaryRelease | undefined {
  const target = `${platform}/${ARCH[arch] ?? arch}`
  const sha256 = KUBECTL_SHA256[target]
  if (!sha256) return undefined
  return {
    tool: 'kubectl',
    version: KUBECTL_VERSION,
    url: `${baseUrl.replace(/\/+$/, '')}/v${KUBECTL_VERSION}/bin/${target}/kubectl`,
    sha256,
    binary: 'kubectl'
  }
}

export interface KubectlOptions {
  env?: NodeJS.ProcessEnv
  platform?: string
  arch?: string
  /** The releases' base URL (a mirror with dl.k8s.io's layout). */
  baseUrl?: string
  /** Another release than the pinned one, with its own digest (tests). */
  release?: BinaryRelease
}

/** The kubectl to run: `kubectl` when it is on PATH, else the pinned, verified, tool-cached release. */
export async function resolveKubectl(options: KubectlOptions = {}): Promise<string> {
  const env = options.env ?? process.env
  if (findOnPath('kubectl', env.PATH)) return 'kubectl'
  const platform = options.platform ?? process.platform
  const arch = options.arch ?? process.arch
  const release = options.release ?? kubectlRelease(platform, arch, options.baseUrl)
  if (!release || !env.RUNNER_TOOL_CACHE || !env.RUNNER_TEMP)
    throw new UserError(
      `kubectl was not found on PATH, and ${release ? 'there is no tool cache to install it into (RUNNER_TOOL_CACHE and RUNNER_TEMP are unset outside GitHub Actions)' : `no kubectl is pinned for ${platform}/${arch} (pinned: ${Object.keys(KUBECTL_SHA256).join(', ')})`}: install kubectl ${KUBECTL_VERSION} or later, or list rendered YAML files in manifests`
    )
  info(`kubectl is not on PATH: installing the pinned kubectl ${release.version}`)
  return installBinary(release)
}
