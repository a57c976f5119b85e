/**
 * The base images of a Dockerfile and their digests, so the content tag covers them: when
 * `busybox:1.36` moves to a new image, the tag changes, the registry lacks it, and the service is
 * rebuilt. The Dockerfile is read the way the builder reads it (global ARGs with the build args over
 * their defaults, `FROM … AS stage`, `COPY --from=`); a reference pinned by digest needs no lookup.
 */
import { UserError } from '../core/errors.js'
import type { Exec } from './build-push.js'
import { podmanGlobalArgs } from './builder-args.js'
import type { Builder, PodmanOptions } from './options.js'
import { isLoopback, RegistryClient, savedCredentials } from './registry.js'

const DIGEST = /@(sha256:[0-9a-f]{64})$/

/** Logical lines (continuations joined), comments and parser directives left out. */
function instructions(text: string): Array<{ keyword: string; rest: string }> {
  const out: Array<{ keyword: string; rest: string }> = []
  let pending = ''
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!pending && (line === '' || line.startsWith('#'))) continue
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `
      continue
    }
    const whole = `${pending}${line}`.trim()
    pending = ''
    const match = /^([A-Za-z]+)\s*(.*)$/.exec(whole)
    if (match) out.push({ keyword: match[1].toUpperCase(), rest: match[2] })
  }
  if (pending.trim()) {
    const match = /^([A-Za-z]+)\s*(.*)$/.exec(pending.trim())
    if (match) out.push({ keyword: match[1].toUpperCase(), rest: match[2] })
  }
  return out
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value
}

/** `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:+alternative}` with the global ARGs. */
function substitute(text: string, args: Map<string, string>): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_all, braced: string | undefined, op: string | undefined, word: string | undefined, bare) => {
      const value = args.get((braced ?? bare) as string) ?? ''
      if (op === '-') return value || (word ?? '')
      if (op === '+') return value ? (word ?? '') : ''
      return value
    }
  )
}

/**
 * The external images `dockerfile` builds from, in order and once each: every `FROM` that is not an
 * earlier stage or `scratch`, and every `COPY --from=IMAGE` / `RUN --mount=…,from=IMAGE` naming an image.
 */
export function dockerfileBases(dockerfile: string, buildArgs: Record<string, string>): string[] {
  const globals = new Map<string, string>()
  const stages = new Set<string>()
  const bases: string[] = []
  const add = (ref: string) => {
    const image = ref.trim()
    if (!image || image.toLowerCase() === 'scratch' || stages.has(image.toLowerCase())) return
    if (/^\d+$/.test(image)) return // COPY --from=0: a stage by index
    if (!bases.includes(image)) bases.push(image)
  }
  let seenFrom = false
  for (const { keyword, rest } of instructions(dockerfile)) {
    if (keyword === 'ARG' && !seenFrom) {
      for (const declaration of rest.split(/\s+/).filter(Boolean)) {
        const eq = declaration.indexOf('=')
        const name = eq < 0 ? declaration : declaration.slice(0, eq)
        const fallback = eq < 0 ? undefined : unquote(declaration.slice(eq + 1))
        const value = buildArgs[name] ?? fallback
        if (value !== undefined) globals.set(name, value)
      }
    } else if (keyword === 'FROM') {
      seenFrom = true
      const words = rest.split(/\s+/).filter(word => !word.startsWith('--'))
      add(substitute(words[0] ?? '', globals))
      if (words[1]?.toUpperCase() === 'AS' && words[2]) stages.add(words[2].toLowerCase())
    } else if (keyword === 'COPY' || keyword === 'ADD' || keyword === 'RUN') {
      for (const match of rest.matchAll(/--(?:from=|mount=\S*?\bfrom=)([^\s,]+)/g)) add(match[1])
    }
  }
  return bases
}

/** A reference's registry host, repository and tag, as Docker resolves short names. */
export function parseImageRef(ref: string): { host: string; repository: string; tag: string } {
  const withoutDigest = ref.replace(/@sha256:[0-9a-f]{64}$/, '')
  const slash = withoutDigest.indexOf('/')
  const first = slash < 0 ? '' : withoutDigest.slice(0, slash)
  const isHost = first.includes('.') || first.includes(':') || first === 'localhost'
  let host = isHost ? first : 'docker.io'
  let path = isHost ? withoutDigest.slice(slash + 1) : withoutDigest
  const colon = path.lastIndexOf(':')
  const tag = colon > path.lastIndexOf('/') && colon >= 0 ? path.slice(colon + 1) : 'latest'
  if (colon > path.lastIndexOf('/') && colon >= 0) path = path.slice(0, colon)
  if (host === 'docker.io' || host === 'index.docker.io') {
    host = 'registry-1.docker.io'
    if (!path.includes('/')) path = `library/${path}`
  }
  return { host, repository: path, tag }
}

/** The digest a base image reference names now. */
export type BaseResolver = (ref: string) => Promise<string>

/** ref → digest for each of `refs`: pinned digests as written, the others through `resolve`. */
export async function baseDigests(refs: string[], resolve: BaseResolver): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const ref of refs) {
    const pinned = DIGEST.exec(ref)
    out[ref] = pinned ? pinned[1] : await resolve(ref)
  }
  return out
}

export interface ResolverContext {
  exec: Exec
  fetch: typeof fetch
  env: NodeJS.ProcessEnv
  builder: Builder
  podman: PodmanOptions
}

/**
 * The builder's view of a base image: podman's local images (`localhost/…`) by their image id, every
 * other reference by the digest its registry serves for the tag (anonymously, or with the credentials
 * `docker login` saved).
 */
export function defaultBaseResolver(ctx: ResolverContext): BaseResolver {
  return async ref => {
    try {
      if (ctx.builder === 'podman' && ref.startsWith('localhost/')) {
        const { stdout } = await ctx.exec(
          'podman',
          [...podmanGlobalArgs(ctx.podman), 'image', 'inspect', '--format', '{{.Id}}', ref],
          { stream: false }
        )
        const id = stdout.trim()
        if (!/^(sha256:)?[0-9a-f]{64}$/.test(id)) throw new Error(`podman reported the image id "${id}"`)
        return id.startsWith('sha256:') ? id : `sha256:${id}`
      }
      const { host, repository, tag } = parseImageRef(ref)
      const credentials = await savedCredentials(host, ctx.env)
      const client = new RegistryClient({ host, insecure: isLoopback(host), credentials }, ctx.fetch)
      const digest = await client.manifestDigest(repository, tag)
      if (!digest) throw new Error(`${host} has no ${repository}:${tag}`)
      return digest
    } catch (error) {
      throw new UserError(
        `Base image ${ref}: cannot resolve its digest for the content tag (${(error as Error).message}); pin it by digest (FROM ${ref.replace(DIGEST, '')}@sha256:…) or make its registry reachable`
      )
    }
  }
}
