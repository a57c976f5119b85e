/**
 * What one environment's deploy must do, and what it ran: the edges of build-set.ts's decisions.
 * `planDeploy` (before any build, git at hand) looks every content tag and record up; `resolveDeploy`
 * (in the deploy job, no git needed) pushes kept archives, pins every image by digest and names the
 * records to leave once the rollout succeeded. Both compute the record keys the same way.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ShiplineConfig } from '../config/config.js'
import { UserError } from '../core/errors.js'
import { info } from '../core/log.js'
import { gitTopLevel } from '../git/git.js'
import { pathsKey } from '../git/trees.js'
import { watchedIds } from '../static/version.js'
import { type Context, type Options, RegistryAccess, withBuildArgs } from './build-push.js'
import {
  type BuildSet,
  cdnKey,
  decideBuildSet,
  decideDeploy,
  decidePromotion,
  type DeployDecision,
  type Deployed,
  digestOf,
  recordsToLookUp,
  recordTag,
  rolloutKey,
  staticKey
} from './build-set.js'
import { isRecorded, lookupDeployed, lookupServices, resolveTags } from './converge.js'
import type { ResolveOptions } from './deploy-options.js'
import { pushArchiveAs } from './promote.js'
import { repositoryOf } from './registry-target.js'

export interface DeployPlan {
  set: BuildSet
  decision: DeployDecision
  /** Key of the git trees of the watched deploy paths. */
  watchKey: string
  /** Key of the static frontend's sources, when shipline.yml has a static section. */
  staticKey?: string
}

const digests = (images: Record<string, string>) =>
  Object.fromEntries(Object.entries(images).map(([service, image]) => [service, digestOf(image)]))

/** The build set of `environment` (or, with `deployed`, its promotion) and whether a deploy is due. */
export async function planDeploy(input: {
  config: ShiplineConfig
  options: Options
  /** Build args over each service's own (a mirror's BASE_IMAGE, say): part of the content tags. */
  buildArgs: Record<string, string>
  ctx: Context
  environment: string
  /** Deploy paths relative to the repository's top level. */
  watch: string[]
  deployed?: Deployed[]
}): Promise<DeployPlan> {
  const { config, options, ctx, environment } = input
  let set: BuildSet
  if (input.deployed) {
    const promotion = decidePromotion(input.deployed, await lookupDeployed(input.deployed, options, ctx))
    if (promotion.conflicts.length) throw new UserError(`Cannot promote: ${promotion.conflicts.join('; ')}`)
    set = promotion
  } else {
    const services = config.services.map(service => withBuildArgs(service, input.buildArgs))
    set = decideBuildSet(await lookupServices(config, services, options, ctx))
  }
  const watchKey = await pathsKey(await gitTopLevel(config.root), input.watch)
  const site = config.static
  const siteKey = site ? staticKey(environment, site, await watchedIds(config.root, site)) : undefined
  const present = digests(set.present)
  const first = Object.keys(set.tags)[0]
  const lookUp = recordsToLookUp(set, config.cdn)
  const recorded = (tag: string) => isRecorded(first, tag, options, ctx)
  const decision = decideDeploy({
    set,
    rolloutRecorded:
      lookUp.rollout &&
      (await recorded(recordTag('rollout', environment, rolloutKey(environment, present, watchKey)))),
    cdnRecorded:
      lookUp.cdn && (await recorded(recordTag('cdn', environment, cdnKey(environment, present, config.cdn)))),
    cdn: config.cdn,
    static: {
      configured: siteKey !== undefined,
      recorded: siteKey !== undefined && (await recorded(recordTag('static', environment, siteKey)))
    }
  })
  info(
    `${environment}: ${set.build.length} to build, ${set.copy.length} to copy, ${Object.keys(set.present).length} in the registry; rollout ${decision.rollout ? 'due' : 'not needed'}, invalidation ${decision.invalidate ? 'due' : 'not needed'}${decision.publish ? ', the static frontend to publish' : ''}`
  )
  return { set, decision, watchKey, staticKey: siteKey }
}

/** Push the archives of `dir` named `SERVICE-TAG.oci.tar` for a service of `tags` (the others are left). */
async function pushKept(
  dir: string,
  tags: Record<string, string>,
  options: Options,
  ctx: Context
): Promise<void> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter(name => name.endsWith('.oci.tar'))
  if (!names.length) return
  const client = await new RegistryAccess(options.registry, options, ctx).client()
  for (const name of names) {
    const service = Object.keys(tags).find(s => name === `${s}-${tags[s]}.oci.tar`)
    if (!service) {
      info(`${name}: not an image of this deploy (no service has that content tag); left alone`)
      continue
    }
    const pushed = await pushArchiveAs(client, join(dir, name), repositoryOf(options.registry, service), [
      tags[service]
    ])
    info(`${service}: pushed ${pushed.digest} from ${name} (${pushed.uploaded} blob(s) uploaded)`)
  }
}

/** Every service's image by digest, and the records its successful rollout leaves. */
export async function resolveDeploy(
  input: ResolveOptions & { config: ShiplineConfig; options: Options; ctx: Context }
): Promise<{ images: Record<string, string>; records: string[] }> {
  const { config, options, ctx, environment, tags } = input
  if (input.archives) await pushKept(input.archives, tags, options, ctx)
  const images = await resolveTags(tags, options, ctx)
  const resolved = digests(images)
  const cdnConfigured = config.cdn.paths.length > 0 && config.cdn.services.length > 0
  return {
    images,
    records: [
      recordTag('rollout', environment, rolloutKey(environment, resolved, input.watchKey)),
      ...(cdnConfigured ? [recordTag('cdn', environment, cdnKey(environment, resolved, config.cdn))] : []),
      ...(input.staticKey ? [recordTag('static', environment, input.staticKey)] : [])
    ]
  }
}
