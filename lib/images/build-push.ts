/**
 * One service through build-push: content tag → registry check → build into an OCI archive (or take
 * the archive built and scanned earlier) → push those bytes → verify the registry's digest. Shared
 * by the action and `shipline build`.
 */
import { access, mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { gitPrefix } from '../git/changed.js'
import type { ServiceConfig, ShiplineConfig } from '../config/config.js'
import { InputError, UserError } from '../core/errors.js'
import type { RunOptions, RunResult } from '../core/exec.js'
import { dirtyPaths, gitTopLevel, headCommit } from '../git/git.js'
import { info } from '../core/log.js'
import { OciArchive } from './oci-archive.js'
import { type Credentials, pushArchive, RegistryClient, savedCredentials } from './registry.js'
import { mask } from '../core/secrets.js'
import {
  type BuildSpec,
  dockerBuildArgs,
  loginArgs,
  podmanArchiveArgs,
  podmanBuildArgs
} from './builder-args.js'
import { contentTag, readContentSources } from './content-tag.js'
import type { Builder, BuildPushOptions } from './options.js'
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
  if (options.archive) {
    try {
      await access(options.archive)
    } catch {
      throw new InputError(
        'archive',
        `${options.archive} does not exist`,
        'the archive output of an earlier build-push step'
      )
    }
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
  const top = await once(session, `top ${config.root}`, () => gitTopLevel(config.root))
  const prefix = await once(session, `prefix ${config.root}`, () => gitPrefix(top, config.root))
  const head = await once(session, `head ${top}`, async () => (await headCommit(top)) ?? null)
  const dirtyFiles = session ? await once(session, `dirty ${top}`, () => dirtyPaths(top, ['.'])) : undefined
  const { sources, dirty } = await readContentSources(top, prefix, service, { head, dirtyFiles })
  const tag = contentTag(sources)
  const commit = dirty ? undefined : (head ?? undefined)
  if (dirty)
    info(
      `${service.name}: uncommitted changes under its watched paths; ${tag} is of the working tree, no commit tag`
    )
  const tags = [tag, ...(commit ? [commit] : [])]
  const repo = repositoryOf(registry, service.name)
  const image = imageOf(registry, service.name)
  const refs = (names: string[]) => names.map(name => `${image}:${name}`)

  let ecrCredentials: Credentials | undefined
  const ecrClient = async () => {
    if (!registry.ecr || !ctx.ecr) throw new UserError('internal: no ECR client')
    return ctx.ecr(registry.ecr.region)
  }
  const credentials = async (): Promise<Credentials | undefined> => {
    if (registry.ecr) {
      if (!ecrCredentials) {
        const { ecrCredentials: fetchCredentials } = await import('./ecr.js')
        ecrCredentials = await fetchCredentials(await ecrClient(), registry.ecr.accountId)
      }
      return ecrCredentials
    }
    const saved = await savedCredentials(registry.host, ctx.env)
    if (saved) mask(saved.password)
    return saved
  }
  let registryClient: RegistryClient | undefined
  const client = async () =>
    (registryClient ??= new RegistryClient(
      { host: registry.host, insecure: options.insecure, credentials: await credentials() },
      ctx.fetch
    ))

  // 1. The registry may hold this content already.
  const existing = registry.ecr
    ? await (
        await import('./ecr.js')
      ).ecrTagDigest(await ecrClient(), registry.ecr.accountId, repo, tag, !options.push)
    : await (await client()).manifestDigest(repo, tag)
  if (existing) {
    info(`${service.name}: ${image}:${tag} is already in the registry (${existing}); nothing to build`)
    const present = [tag]
    if (options.push && commit) {
      const c = await client()
      if ((await c.manifestDigest(repo, commit)) !== existing) {
        const manifest = await c.getManifest(repo, tag)
        if (!manifest || manifest.digest !== existing)
          throw new UserError(`${image}:${tag} changed while it was being tagged ${commit}`)
        await c.putManifest(repo, commit, manifest.bytes, manifest.mediaType)
        info(`${service.name}: tagged ${existing} as ${commit}`)
      }
      present.push(commit)
    }
    return {
      service: service.name,
      image: `${image}@${existing}`,
      digest: existing,
      tags: refs(present),
      contentTag: tag,
      built: false,
      pushed: false,
      dirty
    }
  }

  if (options.resolveOnly)
    throw new UserError(
      `${service.name}: ${image}:${tag} is not in the registry; build, scan and push it first (nothing was built)`
    )

  // 2. Build into an OCI archive, or take the one built (and scanned) before.
  let archive = options.archive
  const built = !archive
  if (archive) {
    if (!basename(archive).includes(tag))
      throw new UserError(
        `The archive ${archive} was not built from the current sources of ${service.name} (content tag ${tag}); build again`
      )
  } else {
    archive = archivePath(ctx.env, service.name, tag)
    await mkdir(join(archive, '..'), { recursive: true })
    await rm(archive, { force: true })
    if (registry.ecr) await cliLogin(ctx, options, registry.host, (await credentials()) as Credentials)
    const spec: BuildSpec = {
      image,
      tags,
      context: service.context,
      dockerfile: service.dockerfile,
      buildArgs: service.buildArgs,
      platforms: service.platforms,
      archive
    }
    await serialized(session, () => build(ctx, options, spec, config.root, service.name))
  }
  const oci = await OciArchive.open(archive)
  const local = (await oci.top()).digest
  info(`${service.name}: ${built ? 'built' : 'archive'} ${local} (${archive})`)
  const result = {
    service: service.name,
    image: `${image}@${local}`,
    digest: local,
    tags: refs(tags),
    contentTag: tag,
    built,
    archive,
    dirty
  }
  if (!options.push) return { ...result, pushed: false }

  // 3. Push exactly the archive's bytes, then check what the registry reports.
  const c = await client()
  const pushed = await pushArchive(c, oci, repo, tags)
  const reported = await c.manifestDigest(repo, tag)
  if (reported !== local)
    throw new UserError(
      `Registry ${registry.host} reports ${reported ?? 'no image'} for ${image}:${tag}, not the built and scanned ${local}`
    )
  info(
    `${service.name}: pushed ${image}@${local} as ${tags.join(', ')} (${pushed.uploaded} blob(s) uploaded, ${pushed.skipped} already there); the registry reports the same digest`
  )
  return { ...result, pushed: true }
}

async function build(
  ctx: Context,
  options: Options,
  spec: BuildSpec,
  cwd: string,
  name: string
): Promise<void> {
  if (options.builder === 'docker') {
    const cacheRef = options.cacheRef ?? `${spec.image}:buildcache`
    const cache = options.cache ? { ref: cacheRef, write: options.push } : undefined
    await ctx.exec('docker', dockerBuildArgs(spec, cache), {
      cwd,
      groupTitle: `Build ${name} (docker buildx)`
    })
    return
  }
  await ctx.exec('podman', podmanBuildArgs(spec, options.podman), {
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
