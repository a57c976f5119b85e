/**
 * Whether a file handed to `trivy image --input` is an image archive at all: a gzip stream (checked
 * by its magic number only), or a tar archive holding an OCI layout (index.json) or a `docker save`
 * image (manifest.json). Only the 512-byte tar headers are read, by offset; the caller has checked
 * that the path is a regular file of a bounded size (lib/core/paths.ts).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { paxPath, tarEntrySize, tarField, tarPath } from '../core/tar.js'

const BLOCK = 512
/** Stop looking after this many entries: an image layout names index.json or manifest.json early. */
const MAX_ENTRIES = 100_000

/** The entry's size, or -1 when its size field is not a number. */
function entrySize(block: Buffer): number {
  const size = tarEntrySize(block)
  return Number.isFinite(size) && size >= 0 ? size : -1
}

/** A tar header: "ustar" magic, or a checksum that adds up (old v7 archives). */
function isHeader(block: Buffer): boolean {
  if (tarField(block, 257, 5) === 'ustar') return true
  const stored = parseInt(tarField(block, 148, 8).trim(), 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]
  return Number.isFinite(stored) && stored === sum
}

/** What is wrong with `path` as an image archive, or undefined when it is one. */
export function imageArchiveProblem(path: string): string | undefined {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const total = fstatSync(fd).size
    const block = Buffer.alloc(BLOCK)
    if (readSync(fd, block, 0, BLOCK, 0) >= 2 && block[0] === 0x1f && block[1] === 0x8b) return undefined
    let offset = 0
    let longName: string | undefined
    for (let entries = 0; offset + BLOCK <= total && entries < MAX_ENTRIES; entries++) {
      readSync(fd, block, 0, BLOCK, offset)
      if (block.every(byte => byte === 0)) break
      const size = entrySize(block)
      if (!isHeader(block) || size < 0)
        return entries === 0 ? 'is not a tar archive' : 'is a damaged tar archive'
      const type = String.fromCharCode(block[156] || 48)
      if (type === 'x' || type === 'L') {
        const data = Buffer.alloc(Math.min(size, 64 * 1024))
        readSync(fd, data, 0, data.length, offset + BLOCK)
        longName = type === 'L' ? tarField(data, 0, data.length) : (paxPath(data) ?? longName)
      } else {
        const name = tarPath(block, longName).replace(/^\.\//, '')
        longName = undefined
        if ((type === '0' || type === '7') && (name === 'index.json' || name === 'manifest.json'))
          return undefined
      }
      offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
    }
    return offset === 0 ? 'is not a tar archive' : 'holds no image (neither index.json nor manifest.json)'
  } finally {
    closeSync(fd)
  }
}
