/**
 * The ApplySet of a deploy, against the cluster: record the set in its parent Secret before the
 * members are applied (the union of what it held and what comes, so an interrupted run loses
 * nothing), and after every rollout succeeded list each recorded group-kind's members, delete those
 * the manifests no longer hold (propagationPolicy Background) and record the current set.
 */
import { UserError } from '../core/errors.js'
import { info } from '../core/log.js'
import { FIELD_MANAGER } from './apply.js'
import {
  type ApplySetParent,
  applySetId,
  groupOf,
  ID_LABEL,
  kindOf,
  type MemberKinds,
  memberRef,
  membersOf,
  PART_OF_LABEL,
  parentManifest,
  recordedInParent,
  TOOLING_ANNOTATION,
  unionOf
} from './applyset.js'
import type { KubeClient, KubeObject } from './client.js'
import { type Listing, planPrune, pruneLabel, type PruneTarget } from './prune-plan.js'

export interface PruneOutcome {
  /** `secret/shipline (erp)`. */
  parent: string
  /** Deleted (prune on), or what would be deleted (prune off). */
  targets: PruneTarget[]
  dryRun: boolean
  /** The targets deleted (or already gone). */
  deleted: PruneTarget[]
  /** One line per object that could not be deleted. */
  failures: string[]
}

/** What the parent records: its members' group-kinds and the namespaces besides its own. */
export type Recorded = MemberKinds

const parentLabel = (parent: ApplySetParent) => `secret/${parent.name} (${parent.namespace})`
const parentPath = (parent: ApplySetParent) =>
  `/api/v1/namespaces/${encodeURIComponent(parent.namespace)}/secrets/${encodeURIComponent(parent.name)}`

/** A Secret of that name that is not this set's parent is someone else's: refuse, naming the input. */
function checkOwnParent(parent: ApplySetParent, live: KubeObject): void {
  const id = live.metadata.labels?.[ID_LABEL]
  const tooling = live.metadata.annotations?.[TOOLING_ANNOTATION]
  if (id === applySetId(parent) && (!tooling || tooling.startsWith('shipline/'))) return
  throw new UserError(
    `applyset: ${parentLabel(parent)} exists and is not a Shipline ApplySet parent (${
      id ? `tooling ${tooling ?? 'unknown'}` : `no ${ID_LABEL} label`
    }); name another Secret with the applyset input`
  )
}

/** Record the union of the set's previous and coming members in its parent; returns what it now records. */
export async function recordComingMembers(
  client: KubeClient,
  parent: ApplySetParent,
  objects: KubeObject[]
): Promise<Recorded> {
  const live = await client.getOptional(parentPath(parent))
  if (live) checkOwnParent(parent, live)
  const { groupKinds, namespaces } = unionOf(recordedInParent(live), membersOf(objects))
  const manifest = parentManifest(parent, groupKinds, namespaces)
  await client.apply(manifest, FIELD_MANAGER)
  return recordedInParent(manifest)
}

/** Record `wanted` in the parent unless it records exactly that already. */
async function recordSet(client: KubeClient, parent: ApplySetParent, recorded: Recorded, wanted: Recorded) {
  const manifest = parentManifest(parent, wanted.groupKinds, wanted.namespaces)
  const next = recordedInParent(manifest)
  if (JSON.stringify(next) !== JSON.stringify(recorded)) await client.apply(manifest, FIELD_MANAGER)
}

/** The apiVersion to list a group-kind in: the manifests' own, else the group's preferred one. */
async function versionOf(client: KubeClient, groupKind: string, applied: KubeObject[]) {
  const own = applied.find(object => memberRef(object).groupKind === groupKind)
  return own?.apiVersion ?? (await client.preferredVersion(groupOf(groupKind)))
}

/** The members of each group-kind, in every namespace the set spans. */
async function listMembers(
  client: KubeClient,
  id: string,
  groupKinds: string[],
  namespaces: string[],
  applied: KubeObject[]
): Promise<Array<Listing & { apiVersion: string }>> {
  const listings: Array<Listing & { apiVersion: string }> = []
  const query = { labelSelector: `${PART_OF_LABEL}=${id}` }
  for (const groupKind of groupKinds) {
    const apiVersion = await versionOf(client, groupKind, applied)
    const resource = apiVersion ? await client.resourceFor(apiVersion, kindOf(groupKind)) : undefined
    if (!apiVersion || !resource) {
      info(`ApplySet: the cluster no longer serves ${groupKind}; nothing of it to prune`)
      continue
    }
    const items: KubeObject[] = []
    for (const namespace of resource.namespaced ? namespaces : [undefined])
      items.push(...(await client.list(apiVersion, kindOf(groupKind), namespace, query)))
    listings.push({ groupKind, apiVersion, items })
  }
  return listings
}

/** Delete each target; a failure is collected, not thrown, so every target is tried. */
async function deleteTargets(
  client: KubeClient,
  targets: PruneTarget[],
  versions: Map<string, string>
): Promise<{ deleted: PruneTarget[]; failures: string[] }> {
  const deleted: PruneTarget[] = []
  const failures: string[] = []
  for (const target of targets) {
    try {
      const path = await client.pathOf(
        versions.get(target.groupKind) as string,
        target.kind,
        target.name,
        target.namespace
      )
      const existed = await client.delete(path, target.uid)
      deleted.push(target)
      info(`${pruneLabel(target)} ${existed ? 'pruned' : 'already gone'}`)
    } catch (error) {
      failures.push(`${pruneLabel(target)}: ${(error as Error).message}`)
    }
  }
  return { deleted, failures }
}

/**
 * Prune the members `applied` no longer holds (only report them when `dryRun`), then record the
 * current set in the parent (kept as the union when anything was left, so the next run tries again).
 */
export async function pruneSet(
  client: KubeClient,
  parent: ApplySetParent,
  recorded: Recorded,
  applied: KubeObject[],
  dryRun: boolean
): Promise<PruneOutcome> {
  const id = applySetId(parent)
  const current = membersOf(applied)
  const union = unionOf(recorded, current)
  const namespaces = [...new Set([parent.namespace, ...union.namespaces])].sort()
  const listings = await listMembers(client, id, union.groupKinds, namespaces, applied)
  const targets = planPrune(id, applied.map(memberRef), listings)
  const outcome: PruneOutcome = { parent: parentLabel(parent), targets, dryRun, deleted: [], failures: [] }
  if (dryRun) {
    for (const target of targets) info(`${pruneLabel(target)} would be pruned (prune is false)`)
  } else {
    const versions = new Map(listings.map(listing => [listing.groupKind, listing.apiVersion]))
    Object.assign(outcome, await deleteTargets(client, targets, versions))
    info(`ApplySet ${outcome.parent}: ${outcome.deleted.length} of ${targets.length} object(s) pruned`)
  }
  await recordSet(client, parent, recorded, dryRun || outcome.failures.length ? union : current)
  return outcome
}
