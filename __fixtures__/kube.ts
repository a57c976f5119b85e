/** Kubernetes test helpers: the manifest trees, digests, a recording kustomize runner, kubeconfig files. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run as runProcess } from '../lib/core/exec.js'
import type { Runner } from '../lib/kube/sources.js'
import { repoPath } from './paths.js'

export const MANIFESTS = repoPath('__fixtures__', 'manifests')
export const DIGEST = (c: string) => `sha256:${c.repeat(64)}`

/** A runner that records argv and really runs the command (kubectl kustomize). */
export function recordingRunner(commands: string[][], real = true): Runner {
  return async (command, args) => {
    commands.push([command, ...args])
    if (!real) throw new Error(`unexpected command ${command}`)
    return runProcess(command, args, { stream: false })
  }
}

/** The runner temporary directory of the kube tests: kubeconfig files go there, as a workflow writes them. */
export const KUBE_RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'shipline-kube-runner-'))

/** A kubeconfig file for `server`, under KUBE_RUNNER_TEMP. */
export function writeKubeconfig(text: string): string {
  const dir = mkdtempSync(join(KUBE_RUNNER_TEMP, 'kubeconfig-'))
  const path = join(dir, 'config')
  writeFileSync(path, text)
  return path
}
