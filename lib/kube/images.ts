/**
 * Image references and the `images` input: `name=repository@sha256:<digest>` lines, and which
 * container images each entry pins.
 *
 * An entry matches a container whose image repository (the reference without tag and digest) is
 * the entry's name, the entry's repository, or ends with `/<name>`. So `auth-service=…` pins
 * `auth-service:latest`, `registry.example.com/erp/auth-service:1.2` and the ECR repository itself.
 */
import { InputError } from '../core/errors.js'
import { splitKeyValue } from '../core/key-value.js'

export interface ImageRef {
  /** Everything before the tag and digest (`123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service`). */
  repository: string
  tag?: string
  digest?: string
}

export interface ImageEntry {
  name: string
  ref: ImageRef
  /** The reference containers get, as written in the input. */
  image: string
}

const INPUT = 'images'
const NAME = /^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/
const REPOSITORY =
  /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^sha256:[0-9a-f]{64}$/
const ACCEPTED =
  'lines such as auth-service=123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service@sha256:<64 hex digits>'

/** Split an image reference; undefined when it is not one. */
export function parseImageRef(reference: string): ImageRef | undefined {
  const at = reference.indexOf('@')
  const digest = at === -1 ? undefined : reference.slice(at + 1)
  const rest = at === -1 ? reference : reference.slice(0, at)
  const slash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  const tag = colon > slash ? rest.slice(colon + 1) : undefined
  const repository = colon > slash ? rest.slice(0, colon) : rest
  if (!REPOSITORY.test(repository)) return undefined
  if (tag !== undefined && !TAG.test(tag)) return undefined
  if (digest !== undefined && !/^[a-z0-9]+:[0-9a-zA-Z]+$/.test(digest)) return undefined
  return { repository, tag, digest }
}

/** Parse and check the `images` lines; tags without a digest only with `allowTags`. */
export function parseImageEntries(lines: string[], allowTags: boolean): ImageEntry[] {
  const entries: ImageEntry[] = []
  for (const line of lines) {
    const pair = splitKeyValue(line)
    if (!pair) throw new InputError(INPUT, `"${line}" is not name=reference`, ACCEPTED)
    const { key: name, value: image } = pair
    if (!NAME.test(name))
      throw new InputError(
        INPUT,
        `"${name}" in "${line}" is not an image name`,
        `${ACCEPTED} (names in lower case: letters, digits, . _ - /)`
      )
    if (entries.some(entry => entry.name === name))
      throw new InputError(INPUT, `"${name}" is listed twice`, 'each image name once')
    const ref = parseImageRef(image)
    if (!ref) throw new InputError(INPUT, `"${image}" (for ${name}) is not an image reference`, ACCEPTED)
    if (ref.digest !== undefined && !DIGEST.test(ref.digest))
      throw new InputError(
        INPUT,
        `the digest of "${image}" (for ${name}) is not sha256 with 64 hex digits`,
        ACCEPTED
      )
    if (ref.digest === undefined && !allowTags)
      throw new InputError(
        INPUT,
        `"${image}" (for ${name}) ${ref.tag ? 'has a tag but no digest' : 'has no digest'}`,
        'references pinned by digest (repository@sha256:<64 hex digits>), or tags with allow-tags: true'
      )
    entries.push({ name, ref, image })
  }
  return entries
}

/** Whether `entry` pins a container whose image is `containerImage`. */
export function entryMatches(entry: ImageEntry, containerImage: string): boolean {
  const ref = parseImageRef(containerImage)
  const repository = ref?.repository ?? containerImage.split(/[@:]/)[0]
  return (
    repository === entry.name || repository === entry.ref.repository || repository.endsWith(`/${entry.name}`)
  )
}
