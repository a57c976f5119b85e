/**
 * The Kubernetes stage of the local run: render the manifests with every pushed image pinned by
 * digest (as deploy-eks would apply them), and deploy them with deploy-eks when a kubeconfig is given.
 */
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { getRenderInputs } from '../../../actions/deploy-eks/src/inputs.js'
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
  withActionFiles: <T>(stage: string, fn: () => Promise<T>) => Promise<T>
}): Promise<ManifestsResult> {
  if (!options.kubectl)
    return { line: 'skipped: kubectl not installed (it renders the kustomize overlays)', deployed: false }
  if (!existsSync(join(options.root, options.manifests)))
    return { line: `skipped: ${options.manifests} does not exist`, deployed: false }
  if (options.images.length === 0)
    return { line: 'skipped: no image was pushed, so there is nothing to pin', deployed: false }
  const source = recordInputSource({ manifests: options.manifests, images: options.images.join('\n') })
  const rendered = await renderManifests(getRenderInputs(new Inputs(source), options.root), defaultRunner)
  const file = join(options.outDir, 'manifests.yaml')
  await writeFile(file, toYaml(rendered.objects))
  if (!options.kubeconfig)
    return {
      line: `rendered ${rendered.objects.length} objects with ${options.images.length} image(s) pinned by digest (give --kubeconfig to deploy them)`,
      file,
      deployed: false
    }
  const { run } = await import('../../../actions/deploy-eks/src/main.js')
  const kubeconfig = options.kubeconfig
  await options.withActionFiles('deploy-eks', () =>
    run({
      cwd: options.root,
      source: recordInputSource({
        kubeconfig,
        manifests: options.manifests,
        images: options.images.join('\n')
      })
    })
  )
  return {
    line: `rendered and deployed ${rendered.objects.length} objects with deploy-eks`,
    file,
    deployed: true
  }
}
