/**
 * The registry's side of convergence: each service's content tag looked up in the registry (the
 * lookups `build-set.ts` decides from), the images a deploy pins resolved from their content tags,
 * and the records a successful rollout leaves (`shipline-rollout-ENV-KEY` tags).
 */
import type { ServiceConfig, ShiplineConfig } from '../config/config.js'
import { UserError } from '../core/errors.js'
import { info } from '../core/log.js'
import { type Context, identify, newSession, type Options, RegistryAccess } from './build-push.js'
import type { Deployed, Lookup } from './build-set.js'
import { imageOf, repositoryOf } from './registry-target.js'

const CONCURRENCY = 4

async function eachLimited<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i])
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker))
  return out
}

/** Every service's content tag (computed now, from the sources) and what the registry holds under it. */
export async function lookupServices(
  config: ShiplineConfig,
  services: ServiceConfig[],
  options: Options,
  ctx: Context
): Promise<Lookup[]> {
  const session = newSession()
  const access = new RegistryAccess(options.registry, options, ctx)
  return eachLimited(services, async service => {
    const id = await identify(config, service, options, ctx, session)
    const held = await access.held(repositoryOf(options.registry, service.name), id.tag)
    return { service: service.name, contentTag: id.tag, image: imageOf(options.registry, service.name), held }
  })
}

/** What this environment's registry holds of the images an earlier environment deployed. */
export async function lookupDeployed(
  deployed: Deployed[],
  options: Options,
  ctx: Context
): Promise<Lookup[]> {
  const access = new RegistryAccess(options.registry, options, ctx)
  return eachLimited(deployed, async d => ({
    service: d.service,
    contentTag: d.contentTag,
    image: imageOf(options.registry, d.service),
    held: await access.held(repositoryOf(options.registry, d.service), d.contentTag)
  }))
}

/**
 * `host/repository@digest` of each service's content tag; every missing one named in one error
 * (nothing is built here: the build jobs pushed them, or the run must be repeated).
 */
export async function resolveTags(
  tags: Record<string, string>,
  options: Options,
  ctx: Context
): Promise<Record<string, string>> {
  const access = new RegistryAccess(options.registry, options, ctx)
  const services = Object.keys(tags)
  const held = await eachLimited(services, service =>
    access.held(repositoryOf(options.registry, service), tags[service])
  )
  const missing = services.filter((_, i) => held[i].state !== 'present')
  if (missing.length)
    throw new UserError(
      `${missing.length} of ${services.length} image(s) are not in the registry ${options.registry.host}: ${missing
        .map(service => `${imageOf(options.registry, service)}:${tags[service]}`)
        .join(', ')}; their build job did not push them (see its log), so nothing was rolled out`
    )
  return Object.fromEntries(
    services.map((service, i) => {
      const h = held[i]
      return [service, `${imageOf(options.registry, service)}@${h.state === 'present' ? h.digest : ''}`]
    })
  )
}

/** Whether the registry holds the record `tag` in `service`'s repository. */
export async function isRecorded(
  service: string,
  tag: string,
  options: Options,
  ctx: Context
): Promise<boolean> {
  const access = new RegistryAccess(options.registry, options, ctx)
  return (await access.held(repositoryOf(options.registry, service), tag)).state === 'present'
}

/** Tag `service`'s image `digest` with each record tag (records are never moved: each is new). */
export async function writeRecords(
  service: string,
  digest: string,
  tags: string[],
  options: Options,
  ctx: Context
): Promise<void> {
  const access = new RegistryAccess(options.registry, { ...options, push: true }, ctx)
  const client = await access.client()
  const repo = repositoryOf(options.registry, service)
  const manifest = await client.getManifest(repo, digest)
  if (!manifest) throw new UserError(`${imageOf(options.registry, service)}@${digest} is not in the registry`)
  for (const tag of tags) {
    if ((await client.manifestDigest(repo, tag)) === digest) continue
    await client.putManifest(repo, tag, manifest.bytes, manifest.mediaType)
    info(`Recorded ${tag} on ${imageOf(options.registry, service)}@${digest}`)
  }
}
