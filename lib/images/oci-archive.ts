/**
 * Reading an OCI image layout packed as a tar archive (`podman push … oci-archive:`, `docker buildx
 * --output type=oci`): the entries are indexed once (name → offset, size) so blobs can be streamed
 * from the file without extracting it. Handles ustar, pax (`path=`) and GNU long names.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { UserError } from '../core/errors.js'
import { paxPath, tarEntrySize, tarField, tarPath } from '../core/tar.js'

export interface TarEntry {
  offset: number
  size: number
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
  platform?: { os?: string; architecture?: string; variant?: string }
}

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const

export function isIndex(mediaType: string): boolean {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList
}

/** Every regular file of a tar archive: name (without a leading `./`) → where its bytes are. */
export async function indexTar(path: string): Promise<Map<string, TarEntry>> {
  const entries = new Map<string, TarEntry>()
  const file = await open(path, 'r')
  try {
    const { size: total } = await file.stat()
    const block = Buffer.alloc(512)
    let offset = 0
    let longName: string | undefined
    while (offset + 512 <= total) {
      await file.read(block, 0, 512, offset)
      if (block.every(byte => byte === 0)) break
      const entrySize = tarEntrySize(block)
      const type = String.fromCharCode(block[156] || 48)
      const data = offset + 512
      const next = data + Math.ceil(entrySize / 512) * 512
      if (type === 'x' || type === 'L') {
        const content = Buffer.alloc(entrySize)
        await file.read(content, 0, entrySize, data)
        longName = type === 'L' ? tarField(content, 0, entrySize) : (paxPath(content) ?? longName)
      } else {
        const name = tarPath(block, longName)
        longName = undefined
        if (type === '0' || type === '7')
          entries.set(name.replace(/^\.\//, ''), { offset: data, size: entrySize })
      }
      offset = next
    }
  } finally {
    await file.close()
  }
  return entries
}

/** An OCI layout inside a tar archive. */
export class OciArchive {
  private constructor(
    readonly path: string,
    private readonly entries: Map<string, TarEntry>
  ) {}

  static async open(path: string): Promise<OciArchive> {
    let entries: Map<string, TarEntry>
    try {
      entries = await indexTar(path)
    } catch (error) {
      throw new UserError(`Cannot read the OCI archive ${path}: ${(error as Error).message}`)
    }
    if (!entries.has('index.json') || !entries.has('oci-layout'))
      throw new UserError(`${path} is not an OCI archive (no index.json and oci-layout inside)`)
    return new OciArchive(path, entries)
  }

  /** The descriptor of the image the archive holds (the only entry of index.json). */
  async top(): Promise<Descriptor> {
    const index = JSON.parse((await this.read('index.json')).toString('utf8')) as { manifests?: Descriptor[] }
    const manifests = index.manifests ?? []
    if (manifests.length !== 1)
      throw new UserError(`${this.path} holds ${manifests.length} images; expected exactly one`)
    return manifests[0]
  }

  hasBlob(digest: string): boolean {
    return this.entries.has(blobName(digest))
  }

  blobSize(digest: string): number {
    return this.entry(blobName(digest)).size
  }

  /** A blob's bytes, checked against its digest. */
  async blob(digest: string): Promise<Buffer> {
    const bytes = await this.read(blobName(digest))
    const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    if (actual !== digest) throw new UserError(`${this.path}: blob ${digest} has digest ${actual}`)
    return bytes
  }

  /** A stream of a blob's bytes (for large layers), from byte `from` on (to resume an upload). */
  blobStream(digest: string, from = 0): Readable {
    const entry = this.entry(blobName(digest))
    if (!Number.isInteger(from) || from < 0 || from > entry.size)
      throw new UserError(`${this.path}: blob ${digest} has no byte ${from} (it has ${entry.size})`)
    if (entry.size === from) return Readable.from([])
    return createReadStream(this.path, { start: entry.offset + from, end: entry.offset + entry.size - 1 })
  }

  private entry(name: string): TarEntry {
    const entry = this.entries.get(name)
    if (!entry) throw new UserError(`${this.path}: ${name} is missing from the archive`)
    return entry
  }

  private async read(name: string): Promise<Buffer> {
    const entry = this.entry(name)
    const file = await open(this.path, 'r')
    try {
      const buffer = Buffer.alloc(entry.size)
      await file.read(buffer, 0, entry.size, entry.offset)
      return buffer
    } finally {
      await file.close()
    }
  }
}

function blobName(digest: string): string {
  const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest)
  if (!match) throw new UserError(`"${digest}" is not a digest`)
  return `blobs/${match[1]}/${match[2]}`
}
