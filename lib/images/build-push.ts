/**
 * One service through build-push: content tag → registry check → build into an OCI archive (or take
 * the archive built and scanned earlier) → push those bytes → verify the registry's digest. Shared
 * by the action and `shipline build`.
 */
import { access, mkdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { gitPrefix } from '../git/changed.js'
import type { ServiceConfig, ShiplineConfig } from '../config/config.js'
import { InputError, UserError } from '../core/errors.js'
import type { Clock } from '../core/clock.js'
import type { RunOptions, RunResult } from '../core/exec.js'
import { dirtyPaths, gitTopLevel, headCommit } from '../git/git.js'
import { info } from '../core/log.js'
import { OciArchive } from './oci-archive.js'
import {
  type Credentials,
  pushArchive,
  type PushResult,
  RegistryClient,
  savedCredentials
} from './registry.js'
import { mask } from '../core/secrets.js'
import {
  type BuildSpec,
  dockerBuildArgs,
  loginArgs,
  podmanArchiveArgs,
  podmanBuildArgs
} from './builder-args.js'
import { baseDigests, defaultBaseResolver, dockerfileBases } from './base-images.js'
import { contentTag, readContentSources } from './content-tag.js'
import type { Held } from './build-set.js'
import { type Builder, type BuildPushOptions, checkArchive } from './options.js'
import { imageOf, repositoryOf } from './registry-target.js'

export type Exec = (command: string, args: string[], options?: RunOptions) => Promise<RunResult>

/** What the run needs from the outside world, injectable for tests. */
export interface Context {
  exec: Exec
  fetch: typeof fetch
  env: NodeJS.ProcessEnv
  /** An ECR client for a region (loaded lazily: only ECR registries need the SDK). */
  ecr?: (region: string) => Promise<import('@aws-sdk/client-ecr').ECRClient>
  /** Registries this run logged into with the builder's CLI (for the logout). */
  logins: Login[]
  onLogin?: (logins: Login[]) => void
  /** The clock of the registry client's retries (the system's by default). */
  clock?: Clock
}

/**
 * What the services of one run share when built together: answers computed once (the git top
 * level, HEAD, uncommitted files) and a queue that runs builds one at a time (each builder already
 * uses every core) while registry checks and pushes overlap.
 */
export interface Session {
  memo: Map<string, Promise<unknown>>
  buildQueue: { tail: Promise<unknown> }
}

export function newSession(): Session {
  return { memo: new Map(), buildQueue: { tail: Promise.resolve() } }
}

/** Run `fn` after every build queued before it. */
function serialized<T>(session: Session | undefined, fn: () => Promise<T>): Promise<T> {
  if (!session) return fn()
  const result = session.buildQueue.tail.then(fn, fn)
  session.buildQueue.tail = result.catch(() => undefined)
  return result
}

function once<T>(session: Session | undefined, key: string, compute: () => Promise<T>): Promise<T> {
  if (!session) return compute()
  if (!session.memo.has(key)) session.memo.set(key, compute())
  return session.memo.get(key) as Promise<T>
}

export interface Login {
  builder: Builder
  host: string
}

export type Options = Omit<BuildPushOptions, 'configFile' | 'buildArgs'> & {
  /** Only look the content tag up (the deploy job pins every service): never build. */
  resolveOnly?: boolean
}

export interface ServiceResult {
  service: string
  /** `host/repo@digest`. */
  image: string
  digest: string
  /** Full references, content tag first. */
  tags: string[]
  contentTag: string
  /** Whether this run built the image (false: the registry already held its content tag). */
  built: boolean
  pushed: boolean
  /** The OCI archive of the image, when this run built it or was given one. */
  archive?: string
  /** Whether the watched paths had uncommitted changes. */
  dirty: boolean
}

/** Where the OCI archive of a build goes (`$RUNNER_TEMP/shipline-build/<service>-<content tag>.oci.tar`). */
export function archivePath(env: NodeJS.ProcessEnv, service: string, tag: string): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'shipline-build', `${service}-${tag}.oci.tar`)
}

/** The service with `overrides` over its own build args. */
export function withBuildArgs(service: ServiceConfig, overrides: Record<string, string>): ServiceConfig {
  return Object.keys(overrides).length
    ? { ...service, buildArgs: { ...service.buildArgs, ...overrides } }
    : service
}

/** Checks that need the file system only, before any side effect. */
export async function checkService(
  config: ShiplineConfig,
  service: ServiceConfig,
  options: Options
): Promise<void> {
  if (options.builder === 'podman' && service.platforms.length > 1)
    throw new UserError(
      `${config.file}: services.${service.name}.platforms: builder podman builds one platform at a time; use builder docker for ${service.platforms.join(', ')}`
    )
  const dockerfile = join(config.root, service.context, service.dockerfile)
  try {
    await access(dockerfile)
  } catch {
    throw new UserError(
      `${config.file}: services.${service.name}: ${join(service.context, service.dockerfile)} does not exist`
    )
  }
  // An archive given instead of a build: one OCI image, checked before any network call.
  if (options.archive) await checkArchive(options.archive)
}

/** A service's identity in the registry: its content tag, and the commit tag when the tree is clean. */
export interface Identity {
  tag: string
  commit?: string
  /** The content tag first. */
  tags: string[]
  dirty: boolean
}

/** The content tag of `service` now (its sources, build args, platforms and base image digests). */
export async function identify(
  config: ShiplineConfig,
  service: ServiceConfig,
  options: Options,
  ctx: Context,
  session?: Session
): Promise<Identity> {
  const top = await once(session, `top ${config.root}`, () => gitTopLevel(config.root))
  const prefix = await once(session, `prefix ${config.root}`, () => gitPrefix(top, config.root))
  const head = await once(session, `head ${top}`, async () => (await headCommit(top)) ?? null)
  const dirtyFiles = session ? await once(session, `dirty ${top}`, () => dirtyPaths(top, ['.'])) : undefined
  const { sources, dirty } = await readContentSources(top, prefix, service, { head, dirtyFiles })
  const dockerfile = await readFile(join(config.root, service.context, service.dockerfile), 'utf8')
  const resolver = defaultBaseResolver({ ...ctx, builder: options.builder, podman: options.podman })
  const bases = await baseDigests(dockerfileBases(dockerfile, service.buildArgs), ref =>
    once(session, `base ${ref}`, () => resolver(ref))
  )
  const tag = contentTag({ ...sources, bases })
  const commit = dirty ? undefined : (head ?? undefined)
  if (dirty)
    info(
      `${service.name}: uncommitted changes under its watched paths; ${tag} is of the working tree, no commit tag`
    )
  return { tag, commit, tags: [tag, ...(commit ? [commit] : [])], dirty }
}

/** The registry of a run: credentials (ECR's, or saved ones, masked) and a client, made on first use. */
export class RegistryAccess {
  private ecrCredentials?: Credentials
  private registryClient?: RegistryClient

  constructor(
    private readonly registry: Options['registry'],
    private readonly options: Options,
    private readonly ctx: Context
  ) {}

  async ecrClient() {
    if (!this.registry.ecr || !this.ctx.ecr) throw new UserError('internal: no ECR client')
    return this.ctx.ecr(this.registry.ecr.region)
  }

  async credentials(): Promise<Credentials | undefined> {
    if (this.registry.ecr) {
      if (!this.ecrCredentials) {
        const { ecrCredentials } = await import('./ecr.js')
        this.ecrCredentials = await ecrCredentials(await this.ecrClient(), this.registry.ecr.accountId)
      }
      return this.ecrCredentials
    }
    const saved = await savedCredentials(this.registry.host, this.ctx.env)
    if (saved) mask(saved.password)
    return saved
  }

  async client(): Promise<RegistryClient> {
    this.registryClient ??= new RegistryClient(
      { host: this.registry.host, insecure: this.options.insecure, credentials: await this.credentials() },
      this.ctx.fetch,
      { clock: this.ctx.clock }
    )
    return this.registryClient
  }

  /** What the registry holds under `repo:tag`: a digest, nothing, or not even the repository (ECR). */
  async held(repo: string, tag: string): Promise<Held> {
    if (this.registry.ecr) {
      const { ecrTagDigest, RepositoryMissingError } = await import('./ecr.js')
      try {
        const digest = await ecrTagDigest(await this.ecrClient(), this.registry.ecr.accountId, repo, tag)
        return digest ? { state: 'present', digest } : { state: 'absent' }
      } catch (error) {
        if (error instanceof RepositoryMissingError) return { state: 'no-repository' }
        throw error
      }
    }
    const digest = await (await this.client()).manifestDigest(repo, tag)
    return digest ? { state: 'present', digest } : { state: 'absent' }
  }

  /** The digest the registry holds under `repo:tag`, or undefined. */
  async digestOf(repo: string, tag: string): Promise<string | undefined> {
    if (this.registry.ecr) {
      const { ecrTagDigest } = await import('./ecr.js')
      return ecrTagDigest(await this.ecrClient(), this.registry.ecr.accountId, repo, tag, !this.options.push)
    }
    return (await this.client()).manifestDigest(repo, tag)
  }
}

export async function buildPushService(
  config: ShiplineConfig,
  service: ServiceConfig,
  options: Options,
  ctx: Context,
  session?: Session
): Promise<ServiceResult> {
  const { registry } = options
  const id = await identify(config, service, options, ctx, session)
  const repo = repositoryOf(registry, service.name)
  const image = imageOf(registry, service.name)
  const refs = (names: string[]) => names.map(name => `${image}:${name}`)
  const access = new RegistryAccess(registry, options, ctx)
  // An archive built earlier must be of these sources; known before the registry is asked.
  if (options.archive) checkedArchive(options.archive, service.name, id.tag)

  // 1. The registry may hold this content already.
  const existing = await access.digestOf(repo, id.tag)
  if (existing) {
    const present = await reuse(access, {
      service: service.name,
      image,
      repo,
      existing,
      push: options.push,
      id
    })
    return {
      service: service.name,
      image: `${image}@${existing}`,
      digest: existing,
      tags: refs(present),
      contentTag: id.tag,
      built: false,
      pushed: false,
      dirty: id.dirty
    }
  }
  if (options.resolveOnly)
    throw new UserError(
      `${service.name}: ${image}:${id.tag} is not in the registry; build, scan and push it first (nothing was built)`
    )

  // 2. Build into an OCI archive, or take the one built (and scanned) before.
  const built = !options.archive
  const archive = options.archive
    ? options.archive
    : await buildArchive(config, service, options, ctx, session, { image, id, access })
  const oci = await OciArchive.open(archive)
  const local = (await oci.top()).digest
  info(`${service.name}: ${built ? 'built' : 'archive'} ${local} (${archive})`)
  const result = {
    service: service.name,
    image: `${image}@${local}`,
    digest: local,
    tags: refs(id.tags),
    contentTag: id.tag,
    built,
    archive,
    dirty: id.dirty
  }
  if (!options.push) return { ...result, pushed: false }

  // 3. Push exactly the archive's bytes, then check what the registry reports.
  await pushAndVerify(await access.client(), oci, {
    service: service.name,
    image,
    repo,
    local,
    id,
    host: registry.host
  })
  return { ...result, pushed: true }
}

/** The registry holds the content tag: also tag it with the commit when pushing; the tags present. */
async function reuse(
  access: RegistryAccess,
  target: { service: string; image: string; repo: string; existing: string; push: boolean; id: Identity }
): Promise<string[]> {
  const { service, image, repo, existing, id } = target
  info(`${service}: ${image}:${id.tag} is already in the registry (${existing}); nothing to build`)
  if (!target.push || !id.commit) return [id.tag]
  const c = await access.client()
  if ((await c.manifestDigest(repo, id.commit)) !== existing) {
    const manifest = await c.getManifest(repo, id.tag)
    if (!manifest || manifest.digest !== existing)
      throw new UserError(`${image}:${id.tag} changed while it was being tagged ${id.commit}`)
    await c.putManifest(repo, id.commit, manifest.bytes, manifest.mediaType)
    info(`${service}: tagged ${existing} as ${id.commit}`)
  }
  return [id.tag, id.commit]
}

/** An archive built earlier must be of the current sources (its name carries the content tag). */
function checkedArchive(archive: string, service: string, tag: string): void {
  if (!basename(archive).includes(tag))
    throw new InputError(
      'archive',
      `"${archive}" was not built from the current sources of ${service} (its name does not carry the content tag ${tag})`,
      'the archive output of the build-push step of these sources'
    )
}

async function buildArchive(
  config: ShiplineConfig,
  service: ServiceConfig,
  options: Options,
  ctx: Context,
  session: Session | undefined,
  target: { image: string; id: Identity; access: RegistryAccess }
): Promise<string> {
  const archive = archivePath(ctx.env, service.name, target.id.tag)
  await mkdir(join(archive, '..'), { recursive: true })
  await rm(archive, { force: true })
  if (options.registry.ecr)
    await cliLogin(ctx, options, options.registry.host, (await target.access.credentials()) as Credentials)
  const spec: BuildSpec = {
    image: target.image,
    tags: target.id.tags,
    context: service.context,
    dockerfile: service.dockerfile,
    buildArgs: service.buildArgs,
    platforms: service.platforms,
    archive
  }
  await serialized(session, () => build(ctx, options, spec, config.root, service.name))
  return archive
}

async function pushAndVerify(
  client: RegistryClient,
  oci: OciArchive,
  target: { service: string; image: string; repo: string; local: string; id: Identity; host: string }
): Promise<void> {
  const { service, image, repo, local, id } = target
  let pushed: PushResult
  try {
    pushed = await pushArchive(client, oci, repo, id.tags)
  } catch (error) {
    throw new UserError(`${service}: ${(error as Error).message}`)
  }
  const reported = await client.manifestDigest(repo, id.tag)
  if (reported !== local)
    throw new UserError(
      `Registry ${target.host} reports ${reported ?? 'no image'} for ${image}:${id.tag}, not the built and scanned ${local}`
    )
  info(
    `${service}: pushed ${image}@${local} as ${id.tags.join(', ')} (${pushed.uploaded} blob(s) uploaded, ${pushed.skipped} already there); the registry reports the same digest`
  )
}

async function build(
  ctx: Context,
  options: Options,
  spec: BuildSpec,
  cwd: string,
  name: string
): Promise<void> {
  const write = options.cacheWrite ?? options.push
  if (options.builder === 'docker') {
    const cacheRef = options.cacheRef ?? `${spec.image}:buildcache`
    const cache = options.cache ? { ref: cacheRef, write } : undefined
    await ctx.exec('docker', dockerBuildArgs(spec, cache), {
      cwd,
      groupTitle: `Build ${name} (docker buildx)`
    })
    return
  }
  // podman's cache is a repository of many tags: only where cache-ref names one, never the image's own.
  const cache =
    options.cache && options.cacheRef
      ? { repository: options.cacheRef, write, insecure: options.insecure }
      : undefined
  await ctx.exec('podman', podmanBuildArgs(spec, options.podman, cache), {
    cwd,
    groupTitle: `Build ${name} (podman)`
  })
  await ctx.exec('podman', podmanArchiveArgs(spec, options.podman), {
    cwd,
    groupTitle: `Export ${name} to ${spec.archive}`
  })
}

/** `docker|podman login` with the password on stdin, once per registry and builder. */
async function cliLogin(
  ctx: Context,
  options: Options,
  host: string,
  credentials: Credentials
): Promise<void> {
  if (ctx.logins.some(login => login.host === host && login.builder === options.builder)) return
  await ctx.exec(options.builder, loginArgs(options.builder, host, credentials.username, options.podman), {
    input: credentials.password,
    stream: false
  })
  ctx.logins.push({ builder: options.builder, host })
  ctx.onLogin?.(ctx.logins)
  info(`Logged in to ${host} (${options.builder})`)
}
