/**
 * The Kubernetes stage of the local run: render the manifests with every pushed image pinned by
 * digest (as deploy-eks would apply them), and deploy them with deploy-eks when a kubeconfig is given.
 */
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { systemClock } from '../../../lib/core/clock.js'
import { UserError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { readRenderOptions } from '../../../lib/kube/options.js'
import { toYaml } from '../../../lib/kube/manifests.js'
import { renderManifests } from '../../../lib/kube/render.js'
import { defaultRunner } from '../../../lib/kube/sources.js'

export interface ManifestsResult {
  line: string
  file?: string
  deployed: boolean
}

export async function manifestsStage(options: {
  root: string
  manifests: string
  /** `name=repository@sha256:…` for every pushed service. */
  images: string[]
  kubectl: boolean
  kubeconfig?: string
  outDir: string
}): Promise<ManifestsResult> {
  if (!options.kubectl)
    return { line: 'skipped: kubectl not installed (it renders the kustomize overlays)', deployed: false }
  if (!existsSync(join(options.root, options.manifests)))
    return { line: `skipped: ${options.manifests} does not exist`, deployed: false }
  if (options.images.length === 0)
    return { line: 'skipped: no image was pushed, so there is nothing to pin', deployed: false }
  const source = recordInputSource({ manifests: options.manifests, images: options.images.join('\n') })
  const rendered = await renderManifests(readRenderOptions(new Inputs(source), options.root), defaultRunner)
  const file = join(options.outDir, 'manifests.yaml')
  await writeFile(file, toYaml(rendered.objects))
  if (!options.kubeconfig)
    return {
      line: `rendered ${rendered.objects.length} objects with ${options.images.length} image(s) pinned by digest (give --kubeconfig to deploy them)`,
      file,
      deployed: false
    }
  const { readDeployOptions } = await import('../../../lib/kube/options.js')
  const { deploy } = await import('../../../lib/kube/deploy.js')
  const { renderDeploySummary } = await import('../../../lib/kube/deploy-summary.js')
  const deployOptions = readDeployOptions(
    new Inputs(
      recordInputSource({
        kubeconfig: options.kubeconfig,
        manifests: options.manifests,
        images: options.images.join('\n')
      })
    ),
    options.root,
    // The kubeconfig was checked by the local command (it may be in ~/.kube).
    { kubeconfigDirs: [dirname(options.kubeconfig)] }
  )
  const result = await deploy(rendered, deployOptions, { clock: systemClock })
  await writeJobSummary(renderDeploySummary(result), join(options.outDir, 'summaries', 'deploy-eks.md'))
  if (result.failure) throw new UserError(result.failure)
  return {
    line: `rendered and deployed ${rendered.objects.length} objects with deploy-eks`,
    file,
    deployed: true
  }
}
