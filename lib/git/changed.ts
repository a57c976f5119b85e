/**
 * Which services changed: a service changed when a file under one of its watched paths, or its
 * Dockerfile, differs from the base. The result is a GitHub Actions matrix (`{"include":[…]}`).
 */
import { realpath } from 'node:fs/promises'
import { posix, relative } from 'node:path'
import type { ServiceConfig, ShiplineConfig } from '../config/config.js'
import { changedFilesSince, gitTopLevel } from './git.js'

/** The paths (relative to the configuration's directory) whose change rebuilds `service`. */
export function watchedPaths(service: ServiceConfig): string[] {
  const dockerfile = posix.join(service.context, service.dockerfile)
  const paths = [...service.watch]
  if (!paths.some(path => covers(path, dockerfile))) paths.push(dockerfile)
  return paths
}

/** Whether `path` is `dir` itself or inside it ('.' covers everything). */
export function covers(dir: string, path: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`)
}

/** A path relative to the configuration's directory → relative to the git top level. */
export function toGitPath(prefix: string, path: string): string {
  const joined = posix.normalize(posix.join(prefix || '.', path))
  return joined === './' ? '.' : joined.replace(/\/$/, '')
}

/** The services (in the file's order) that `files` (git top-level relative) touch. */
export function servicesTouched(services: ServiceConfig[], files: string[], prefix = ''): ServiceConfig[] {
  return services.filter(service =>
    watchedPaths(service)
      .map(path => toGitPath(prefix, path))
      .some(dir => files.some(file => covers(dir, file)))
  )
}

export interface MatrixEntry {
  service: string
  context: string
  dockerfile: string
  platforms: string
  workload?: string
}

/** `{"include":[…]}` for `strategy.matrix`: one entry per service, platforms comma-separated. */
export function matrix(services: ServiceConfig[]): { include: MatrixEntry[] } {
  return {
    include: services.map(service => ({
      service: service.name,
      context: service.context,
      dockerfile: service.dockerfile,
      platforms: service.platforms.join(','),
      ...(service.workload ? { workload: service.workload } : {})
    }))
  }
}

export interface ChangedResult {
  services: ServiceConfig[]
  /** Why every service was listed, when the base could not be used. */
  allBecause?: string
}

/** The services changed since `base` (all of them, with the reason, when there is no usable base). */
export async function changedServices(
  config: ShiplineConfig,
  base: string | undefined
): Promise<ChangedResult> {
  if (!base) return { services: config.services, allBecause: 'no base was given' }
  const top = await gitTopLevel(config.root)
  const files = await changedFilesSince(top, base)
  if (!files)
    return {
      services: config.services,
      allBecause: /^0+$/.test(base)
        ? `the base ${base} is the all-zero sha of a new branch`
        : `the base ${base} is not a commit of this repository (shallow clone? fetch it first)`
    }
  const prefix = await gitPrefix(top, config.root)
  return { services: servicesTouched(config.services, files, prefix) }
}

/** The configuration's directory relative to the git top level ('' when it is the top level). */
export async function gitPrefix(top: string, root: string): Promise<string> {
  return relative(await realpath(top), await realpath(root))
    .split('\\')
    .join('/')
}
