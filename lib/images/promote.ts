/**
 * Promotion by digest: an image an earlier environment deployed is copied, byte for byte, into the
 * next environment's registry, never rebuilt. The copy goes through an OCI archive so each side uses
 * only its own credentials (pull with the source's role, push with the target's), and the digest is
 * checked at both ends. The same push serves images built before their repository existed.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { UserError } from '../core/errors.js'
import { type Descriptor, isIndex, MEDIA_TYPES, OciArchive } from './oci-archive.js'
import { pushArchive, type RegistryClient } from './registry.js'

/** A ustar header for a regular file (names here are short: `blobs/sha256/<64 hex>`). */
export function tarHeader(name: string, size: number): Buffer {
  if (Buffer.byteLength(name) > 99) throw new Error(`tar entry name too long: ${name}`)
  const header = Buffer.alloc(512)
  const put = (text: string, offset: number, length: number) => header.write(text, offset, length, 'utf8')
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0')
  put(name, 0, 100)
  put(octal(0o644, 8), 100, 8)
  put(octal(0, 8), 108, 8)
  put(octal(0, 8), 116, 8)
  put(octal(size, 12), 124, 12)
  put(octal(0, 12), 136, 12)
  header.fill(' ', 148, 156)
  put('0', 156, 1)
  put('ustar\u0000', 257, 6)
  put('00', 263, 2)
  let sum = 0
  for (const byte of header) sum += byte
  put(`${octal(sum, 7)}\u0000 `, 148, 8)
  return header
}

const padding = (size: number) => Buffer.alloc((512 - (size % 512)) % 512)

/** Stream `response`'s body to `path`, refusing bytes whose digest is not `digest`. */
async function download(response: Response, digest: string, path: string): Promise<number> {
  if (!response.body) throw new UserError(`The registry sent no bytes for ${digest}`)
  const hash = createHash('sha256')
  let size = 0
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  await pipeline(Readable.fromWeb(response.body as never), count, createWriteStream(path))
  const actual = `sha256:${hash.digest('hex')}`
  if (actual !== digest) throw new UserError(`The registry sent ${actual} for the blob ${digest}`)
  return size
}

/**
 * `repo@digest` from `client` into an OCI archive at `path` (index.json naming exactly that digest):
 * every manifest and blob verified against its digest as it arrives.
 */
export async function pullToArchive(
  client: RegistryClient,
  repo: string,
  digest: string,
  path: string
): Promise<{ blobs: number }> {
  const work = await mkdtemp(join(tmpdir(), 'shipline-pull-'))
  const files: Array<{ name: string; file: string; size: number }> = []
  const seen = new Set<string>()
  try {
    const manifest = async (ref: string): Promise<{ mediaType: string; size: number; body: unknown }> => {
      const got = await client.getManifest(repo, ref)
      if (!got) throw new UserError(`${client.endpoint.host}/${repo}@${ref} is not in the registry`)
      if (got.digest !== ref)
        throw new UserError(
          `${client.endpoint.host}/${repo}@${ref} answered a manifest of digest ${got.digest}`
        )
      const file = join(work, ref.replace(':', '-'))
      await pipeline(Readable.from([got.bytes]), createWriteStream(file))
      files.push({ name: `blobs/sha256/${ref.slice(7)}`, file, size: got.bytes.length })
      return {
        mediaType: got.mediaType,
        size: got.bytes.length,
        body: JSON.parse(got.bytes.toString('utf8'))
      }
    }
    const blob = async (d: Descriptor) => {
      if (seen.has(d.digest)) return
      seen.add(d.digest)
      const file = join(work, d.digest.replace(':', '-'))
      const size = await download(await client.getBlob(repo, d.digest), d.digest, file)
      files.push({ name: `blobs/sha256/${d.digest.slice(7)}`, file, size })
    }
    const image = async (body: unknown) => {
      const m = body as { config?: Descriptor; layers?: Descriptor[] }
      for (const d of [...(m.config ? [m.config] : []), ...(m.layers ?? [])]) await blob(d)
    }
    const top = await manifest(digest)
    if (isIndex(top.mediaType))
      for (const child of (top.body as { manifests?: Descriptor[] }).manifests ?? [])
        await image((await manifest(child.digest)).body)
    else await image(top.body)
    await writeArchive(
      path,
      { mediaType: top.mediaType || MEDIA_TYPES.ociManifest, digest, size: top.size },
      files
    )
    return { blobs: seen.size }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function writeArchive(
  path: string,
  top: Descriptor,
  files: Array<{ name: string; file: string; size: number }>
): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const small = (name: string, text: string) => {
    const bytes = Buffer.from(text)
    return [tarHeader(name, bytes.length), bytes, padding(bytes.length)]
  }
  async function* entries() {
    yield* small('oci-layout', '{"imageLayoutVersion":"1.0.0"}')
    yield* small('index.json', JSON.stringify({ schemaVersion: 2, manifests: [top] }))
    for (const entry of files) {
      yield tarHeader(entry.name, entry.size)
      yield* createReadStream(entry.file)
      yield padding(entry.size)
    }
    yield Buffer.alloc(1024)
  }
  await pipeline(Readable.from(entries()), createWriteStream(path))
}

/**
 * Push the image of `archivePath` to `repo` under `tags` and check that the registry reports the
 * archive's digest, which must be `expected` when given (the digest the earlier environment ran).
 */
export async function pushArchiveAs(
  client: RegistryClient,
  archivePath: string,
  repo: string,
  tags: string[],
  expected?: string
): Promise<{ digest: string; uploaded: number; skipped: number }> {
  await stat(archivePath).catch(() => {
    throw new UserError(`The archive ${archivePath} does not exist`)
  })
  const archive = await OciArchive.open(archivePath)
  const local = (await archive.top()).digest
  if (expected && local !== expected)
    throw new UserError(`${basename(archivePath)} holds ${local}, not the promoted ${expected}`)
  const pushed = await pushArchive(client, archive, repo, tags)
  const reported = await client.manifestDigest(repo, tags[0])
  if (reported !== local)
    throw new UserError(
      `Registry ${client.endpoint.host} reports ${reported ?? 'no image'} for ${repo}:${tags[0]}, not ${local}`
    )
  return { digest: local, uploaded: pushed.uploaded, skipped: pushed.skipped }
}
