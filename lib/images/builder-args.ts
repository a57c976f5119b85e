/**
 * The argv of every builder command, built by pure functions (as docker/build-push-action's
 * getArgs) so each is table-tested. Paths are relative to the configuration's directory, the
 * commands' working directory. No argv ever carries a password: logins read it from stdin.
 */
import { posix } from 'node:path'
import type { Builder, PodmanOptions } from './options.js'

export interface BuildSpec {
  /** `host/prefix/service`. */
  image: string
  /** Tags to give the image (content tag first). */
  tags: string[]
  context: string
  /** Relative to the context. */
  dockerfile: string
  buildArgs: Record<string, string>
  platforms: string[]
  /** Where the OCI archive of the image goes. */
  archive: string
}

export interface DockerCache {
  /** Registry cache reference, such as `host/repo:buildcache`. */
  ref: string
  /** Write the cache too, not only read it. */
  write: boolean
}

/**
 * podman's registry cache: a repository (no tag) whose tags are podman's cache keys, one per
 * layer; `insecure` for a plain-HTTP registry on loopback.
 */
export interface PodmanCache {
  repository: string
  write: boolean
  insecure: boolean
}

function buildArgFlags(buildArgs: Record<string, string>): string[] {
  return Object.keys(buildArgs)
    .sort()
    .flatMap(name => ['--build-arg', `${name}=${buildArgs[name]}`])
}

/**
 * `docker buildx build …`: the image goes to an OCI archive; the registry cache is read, and written
 * as ECR accepts it (an image manifest, OCI media types, every stage: mode=max). A failed cache
 * export (an immutable tag, a read-only role) never fails the build: ignore-error=true.
 */
export function dockerBuildArgs(spec: BuildSpec, cache?: DockerCache): string[] {
  const args = [
    'buildx',
    'build',
    '--file',
    posix.join(spec.context, spec.dockerfile),
    '--platform',
    spec.platforms.join(','),
    ...buildArgFlags(spec.buildArgs),
    ...spec.tags.flatMap(tag => ['--tag', `${spec.image}:${tag}`])
  ]
  if (cache) {
    args.push('--cache-from', `type=registry,ref=${cache.ref}`)
    if (cache.write)
      args.push(
        '--cache-to',
        `type=registry,ref=${cache.ref},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`
      )
  }
  args.push('--output', `type=oci,dest=${spec.archive}`, spec.context)
  return args
}

/** Options every podman command takes: storage root, run root, storage driver. */
export function podmanGlobalArgs(options: PodmanOptions): string[] {
  return [
    ...(options.root ? ['--root', options.root] : []),
    ...(options.runroot ? ['--runroot', options.runroot] : []),
    ...(options.storageDriver ? ['--storage-driver', options.storageDriver] : [])
  ]
}

/** `podman build …`: the image stays in local storage under every tag; layers from and to `cache`. */
export function podmanBuildArgs(spec: BuildSpec, options: PodmanOptions, cache?: PodmanCache): string[] {
  return [
    ...podmanGlobalArgs(options),
    'build',
    ...(options.isolation ? ['--isolation', options.isolation] : []),
    ...(cache
      ? [
          '--layers',
          '--cache-from',
          cache.repository,
          ...(cache.write ? ['--cache-to', cache.repository] : []),
          ...(cache.insecure ? ['--tls-verify=false'] : [])
        ]
      : []),
    '--file',
    posix.join(spec.context, spec.dockerfile),
    '--platform',
    spec.platforms.join(','),
    ...buildArgFlags(spec.buildArgs),
    ...spec.tags.flatMap(tag => ['--tag', `${spec.image}:${tag}`]),
    spec.context
  ]
}

/** `podman push IMAGE oci-archive:PATH`: the local image, gzip layers, into the archive that is scanned and pushed. */
export function podmanArchiveArgs(spec: BuildSpec, options: PodmanOptions): string[] {
  return [
    ...podmanGlobalArgs(options),
    'push',
    '--compression-format',
    'gzip',
    `${spec.image}:${spec.tags[0]}`,
    `oci-archive:${spec.archive}`
  ]
}

/** `docker|podman login`: the password comes on stdin, never in argv. */
export function loginArgs(
  builder: Builder,
  host: string,
  username: string,
  podman: PodmanOptions = {}
): string[] {
  return [
    ...(builder === 'podman' ? podmanGlobalArgs(podman) : []),
    'login',
    '--username',
    username,
    '--password-stdin',
    host
  ]
}

export function logoutArgs(builder: Builder, host: string, podman: PodmanOptions = {}): string[] {
  return [...(builder === 'podman' ? podmanGlobalArgs(podman) : []), 'logout', host]
}
