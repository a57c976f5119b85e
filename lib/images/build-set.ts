/**
 * What a deploy must do, decided from what the registry holds (pure: the lookups are made by
 * `converge.ts`). The build set is every service whose content tag the registry lacks, whatever the
 * previous run did: a first push after adoption builds everything, a cancelled or failed run heals
 * on the next push, and a push that changed nothing builds nothing. A later environment never
 * builds: it copies the digests the earlier one deployed (promotion by digest).
 *
 * Whether the rollout and the invalidation are due is read from records the deploy job leaves in
 * the registry once they succeeded: a tag `shipline-rollout-ENV-KEY` whose KEY covers every
 * service's digest and the manifests, and `shipline-cdn-ENV-KEY` over the CDN services' digests and
 * paths, and `shipline-static-ENV-KEY` over the static frontend's sources and settings. A record
 * exists only for a state that was rolled out; any other state is rolled out again.
 */
import { createHash } from 'node:crypto'
import { InputError } from '../core/errors.js'

/** What the registry holds under a service's content tag. */
export type Held =
  | { state: 'present'; digest: string }
  | { state: 'absent' }
  /** The repository does not exist yet (ECR, before the first apply created it). */
  | { state: 'no-repository' }

export interface Lookup {
  service: string
  contentTag: string
  /** `host/repository` of the service in this environment's registry. */
  image: string
  held: Held
}

/** An image a previous environment deployed: what a later one promotes. */
export interface Deployed {
  service: string
  contentTag: string
  /** `host/repository@sha256:…`. */
  image: string
  digest: string
}

export interface BuildSet {
  /** Services to build, scan and push (file order). */
  build: string[]
  /** Images to copy from the previous environment's registry, by digest (promotion). */
  copy: Deployed[]
  /** Every service's content tag. */
  tags: Record<string, string>
  /** Services the registry holds already: `host/repository@digest`. */
  present: Record<string, string>
  /** A repository is missing: the images can be pushed only after the apply creates it. */
  deferPush: boolean
}

/** The build set of one environment built from its own sources. */
export function decideBuildSet(lookups: Lookup[]): BuildSet {
  const present: Record<string, string> = {}
  for (const l of lookups) if (l.held.state === 'present') present[l.service] = `${l.image}@${l.held.digest}`
  return {
    build: lookups.filter(l => l.held.state !== 'present').map(l => l.service),
    copy: [],
    tags: Object.fromEntries(lookups.map(l => [l.service, l.contentTag])),
    present,
    deferPush: lookups.some(l => l.held.state === 'no-repository')
  }
}

/**
 * The build set of an environment that promotes `deployed`: nothing is built; what the registry lacks
 * is copied. A content tag the registry holds as another digest is a conflict (it was built apart):
 * refused, since the environment would run other bytes than the one before it.
 */
export function decidePromotion(deployed: Deployed[], lookups: Lookup[]): BuildSet & { conflicts: string[] } {
  const byService = new Map(lookups.map(l => [l.service, l]))
  const present: Record<string, string> = {}
  const copy: Deployed[] = []
  const conflicts: string[] = []
  let deferPush = false
  for (const d of deployed) {
    const l = byService.get(d.service)
    const held = l?.held ?? { state: 'absent' }
    if (held.state === 'present' && held.digest === d.digest) present[d.service] = `${l?.image}@${d.digest}`
    else if (held.state === 'present')
      conflicts.push(
        `${d.service}: ${l?.image}:${d.contentTag} is ${held.digest} here but ${d.digest} was deployed before`
      )
    else {
      copy.push(d)
      if (held.state === 'no-repository') deferPush = true
    }
  }
  return {
    build: [],
    copy,
    tags: Object.fromEntries(deployed.map(d => [d.service, d.contentTag])),
    present,
    deferPush,
    conflicts
  }
}

function key(lines: string[]): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)
}

/** The rollout's key: the environment, every service's digest, and the manifests' git trees. */
export function rolloutKey(environment: string, digests: Record<string, string>, watchKey: string): string {
  return key([
    'shipline-rollout-v1',
    `environment ${environment}`,
    ...Object.keys(digests)
      .sort()
      .map(service => `image ${service} ${digests[service]}`),
    `manifests ${watchKey}`
  ])
}

/** The invalidation's key: the environment, the CDN services' digests, and the paths. */
export function cdnKey(
  environment: string,
  digests: Record<string, string>,
  cdn: { services: string[]; paths: string[] }
): string {
  return key([
    'shipline-cdn-v1',
    `environment ${environment}`,
    ...[...cdn.services].sort().map(service => `image ${service} ${digests[service] ?? 'none'}`),
    ...cdn.paths.map(path => `path ${path}`)
  ])
}

/** The static frontend's key: the environment, its section of shipline.yml, its watched sources. */
export function staticKey(environment: string, section: unknown, ids: Record<string, string>): string {
  return key([
    'shipline-static-v1',
    `environment ${environment}`,
    `section ${JSON.stringify(section)}`,
    ...Object.keys(ids)
      .sort()
      .map(path => `path ${path} ${ids[path]}`)
  ])
}

export type RecordKind = 'rollout' | 'cdn' | 'static'

/** The tag of a record (a valid tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
export function recordTag(kind: RecordKind, environment: string, recordKey: string): string {
  return `shipline-${kind}-${environment}-${recordKey}`
}

/** `sha256:…` of `host/repository@sha256:…`. */
export function digestOf(image: string): string {
  return image.slice(image.lastIndexOf('@') + 1)
}

/**
 * Which records can answer: the rollout's only when every digest is known (nothing to build or copy),
 * the invalidation's when no CDN service is still to build or copy.
 */
export function recordsToLookUp(
  set: BuildSet,
  cdn: { services: string[] }
): { rollout: boolean; cdn: boolean } {
  const pending = new Set([...set.build, ...set.copy.map(c => c.service)])
  return { rollout: pending.size === 0, cdn: !cdn.services.some(service => pending.has(service)) }
}

export interface DeployDecision {
  /** The images must change in the cluster (or the rollout of this state never succeeded). */
  rollout: boolean
  /** The CDN paths must be invalidated (a CDN service's image changed since the last invalidation). */
  invalidate: boolean
  /** The static frontend must be published (its sources changed since its last publish). */
  publish: boolean
}

/**
 * Whether the rollout and the invalidation are due. With builds or copies pending the digests are not
 * all known, and a new digest is by definition not rolled out: both are due when they could be.
 */
export function decideDeploy(input: {
  set: BuildSet
  rolloutRecorded: boolean
  cdnRecorded: boolean
  cdn: { services: string[]; paths: string[] }
  /** Whether shipline.yml has a static section, and whether its publish is recorded. */
  static?: { configured: boolean; recorded: boolean }
}): DeployDecision {
  const { set, cdn } = input
  const pending = new Set([...set.build, ...set.copy.map(c => c.service)])
  const cdnConfigured = cdn.paths.length > 0 && cdn.services.length > 0
  return {
    rollout: pending.size > 0 || !input.rolloutRecorded,
    invalidate: cdnConfigured && (cdn.services.some(service => pending.has(service)) || !input.cdnRecorded),
    publish: Boolean(input.static?.configured && !input.static.recorded)
  }
}

const DEPLOYED_ACCEPTED =
  'the images output of the previous environment: a JSON list of {"service","content-tag","image","digest"}'

/** The images an environment hands on (its workflow output `images`), read back by the next one. */
export function parseDeployed(text: string, input: string): Deployed[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(input, `is not JSON (${(error as Error).message})`, DEPLOYED_ACCEPTED)
  }
  if (!Array.isArray(value) || value.length === 0)
    throw new InputError(input, 'is not a non-empty JSON list', DEPLOYED_ACCEPTED)
  return value.map((entry, i) => {
    const e = entry as Record<string, unknown>
    const ok =
      typeof e.service === 'string' &&
      typeof e['content-tag'] === 'string' &&
      /^src-[0-9a-f]{12}$/.test(e['content-tag']) &&
      typeof e.digest === 'string' &&
      /^sha256:[0-9a-f]{64}$/.test(e.digest) &&
      typeof e.image === 'string' &&
      e.image.endsWith(`@${e.digest}`)
    if (!ok)
      throw new InputError(
        input,
        `entry ${i} is not an image with its content tag and digest`,
        DEPLOYED_ACCEPTED
      )
    return {
      service: e.service as string,
      contentTag: e['content-tag'] as string,
      image: e.image as string,
      digest: e.digest as string
    }
  })
}

/** `images`: service → `host/repository@digest` → the list the next environment reads. */
export function formatDeployed(images: Record<string, string>, tags: Record<string, string>): string {
  return JSON.stringify(
    Object.keys(images).map(service => ({
      service,
      'content-tag': tags[service],
      image: images[service],
      digest: digestOf(images[service])
    }))
  )
}
