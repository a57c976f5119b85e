/** Manifests rendered for apply: loaded, images pinned by digest, in dependency order. Shared with `shipline render`. */
import type { KubeObject } from './client.js'
import { info, warning } from '../core/log.js'
import type { RenderOptions } from './options.js'
import { orderForApply, type Pinned, pinImages } from './manifests.js'
import { loadManifests, type Runner } from './sources.js'

export interface Rendered {
  objects: KubeObject[]
  pinned: Pinned[]
}

export async function renderManifests(inputs: RenderOptions, runCommand: Runner): Promise<Rendered> {
  const loaded = await loadManifests(inputs.manifests, runCommand)
  const { objects, pinned, unpinned } = pinImages(loaded, inputs.images)
  for (const pin of pinned) info(`${pin.object} container ${pin.container}: ${pin.from} → ${pin.to}`)
  for (const image of unpinned)
    warning(
      `${image.object} container ${image.container} runs ${image.image}, which no images entry pins by digest`
    )
  return { objects: orderForApply(objects), pinned }
}
