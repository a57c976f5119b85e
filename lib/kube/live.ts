/** What a workload runs now, read from the cluster: its current revision and its containers' images. */
import { oneLine } from '../core/errors.js'
import type { KubeClient, KubeObject } from './client.js'
import type { LiveState } from './outcome.js'
import { currentRevisionNumber, listRevisions } from './revisions.js'

/** The images of a pod template's containers, in order. */
export function templateImages(workload: KubeObject): string[] {
  const containers = (workload.spec?.template?.spec?.containers ?? []) as Array<{ image?: string }>
  return containers.map(container => String(container.image))
}

/** The live state of the workload at `path`; a failure to read it is part of the answer, never thrown. */
export async function readLiveState(client: KubeClient, path: string): Promise<LiveState> {
  try {
    const live = await client.get(path)
    const revisions = live.kind === 'Deployment' ? [] : await listRevisions(client, live)
    return { revision: currentRevisionNumber(live, revisions) ?? null, images: templateImages(live) }
  } catch (error) {
    return { unreadable: oneLine(error) }
  }
}
