/** A tiny valid OCI archive (one image, one layer) written without any tool, for tests that fake a builder. */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'

function header(name: string, size: number): Buffer {
  const block = Buffer.alloc(512)
  block.write(name, 0, 100, 'utf8')
  block.write('0000644\0', 100)
  block.write('0000000\0', 108)
  block.write('0000000\0', 116)
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
  block.write('00000000000\0', 136)
  block.write('        ', 148)
  block.write('0', 156)
  block.write('ustar\0', 257)
  block.write('00', 263)
  const sum = block.reduce((total, byte) => total + byte, 0)
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
  return block
}

export function tar(files: Array<[string, Buffer]>): Buffer {
  const parts: Buffer[] = []
  for (const [name, data] of files) {
    parts.push(header(name, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

const sha = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`

/** Write an OCI archive to `path`; returns the image manifest's digest. */
export function writeOciArchive(path: string, content = 'hello'): string {
  const layer = tar([['hello.txt', Buffer.from(content)]])
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [sha(layer)] } })
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha(config),
        size: config.length
      },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha(layer), size: layer.length }
      ]
    })
  )
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: sha(manifest),
          size: manifest.length
        }
      ]
    })
  )
  const blob = (data: Buffer): [string, Buffer] => [`blobs/sha256/${sha(data).slice(7)}`, data]
  writeFileSync(
    path,
    tar([
      ['oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}')],
      ['index.json', index],
      blob(config),
      blob(layer),
      blob(manifest)
    ])
  )
  return sha(manifest)
}
