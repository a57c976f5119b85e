/**
 * What the local run needs from the machine, and the one-line error naming what is missing with the
 * command that installs it. Terraform, Trivy and kubectl are optional: their stages say "skipped".
 */
import { existsSync } from 'node:fs'
import { UserError } from '../../../lib/core/errors.js'
import { commandExists, run } from '../../../lib/core/exec.js'
import { BUSYBOX } from '../../../lib/standins/busybox-base.js'
import { REGISTRY_BINARY } from '../../../lib/standins/local-registry.js'

export interface Tools {
  git: boolean
  podman: boolean
  /** A docker CLI with a reachable engine (the client alone cannot build). */
  docker: boolean
  registry: boolean
  busybox: boolean
  terraform: boolean
  trivy: boolean
  kubectl: boolean
}

export async function detectTools(): Promise<Tools> {
  const [git, podman, docker, terraform, trivy, kubectl] = await Promise.all([
    commandExists('git'),
    commandExists('podman'),
    dockerEngineUp(),
    commandExists('terraform', ['version']),
    commandExists('trivy'),
    commandExists('kubectl', ['version', '--client'])
  ])
  return {
    git,
    podman,
    docker,
    registry: existsSync(REGISTRY_BINARY),
    busybox: existsSync(BUSYBOX),
    terraform,
    trivy,
    kubectl
  }
}

/** A docker CLI whose engine answers (`docker info` fails, or is missing, without one). */
async function dockerEngineUp(): Promise<boolean> {
  try {
    const result = await run('docker', ['info', '--format', '{{.ServerVersion}}'], {
      stream: false,
      okExitCodes: [0, 1]
    })
    return result.exitCode === 0 && result.stdout.trim() !== ''
  } catch {
    return false
  }
}

export type Builder = 'podman' | 'docker'

/** The builder to use (podman first: it needs no daemon), or the error naming what to install. */
export function chooseBuilder(tools: Tools, wanted?: Builder): Builder {
  const missing: string[] = []
  if (!tools.git) missing.push('git')
  const builder: Builder | undefined =
    wanted ?? (tools.podman ? 'podman' : tools.docker ? 'docker' : undefined)
  if (!builder || (builder === 'podman' && !tools.podman)) missing.push('podman')
  if (builder === 'docker' && !tools.docker) missing.push('docker (with a running engine)')
  if (!tools.registry) missing.push('docker-registry')
  if ((builder ?? 'podman') === 'podman' && !tools.busybox) missing.push('busybox-static')
  if (missing.length) {
    const packages = missing.filter(name => !name.startsWith('docker (')).join(' ')
    throw new UserError(
      `The local run needs ${missing.join(', ')}: install ${missing.length === 1 ? 'it' : 'them'} with: sudo apt-get install ${packages}`
    )
  }
  return builder as Builder
}

/** What `shipline local` needs: a builder (podman), the registry and base image, terraform, kubectl. */
export function requireRunTools(tools: Tools): void {
  chooseBuilder(tools, 'podman')
  const needed = [
    [
      'terraform',
      tools.terraform,
      'Terraform 1.10 or later (https://developer.hashicorp.com/terraform/install)'
    ],
    ['kubectl', tools.kubectl, 'kubectl (https://kubernetes.io/docs/tasks/tools/)']
  ] as const
  for (const [tool, present, pkg] of needed)
    if (!present) throw new UserError(`The local run needs ${tool}: install ${pkg}`)
}
